import Foundation

/// A day written in the article, with the role its context gives it.
public struct DateMention: Sendable, Codable, Hashable {
    public enum Role: String, Sendable, Codable {
        /// May be the event's day.
        case candidate
        /// The date of a cited document: "Kết luận số 01-KL/TW ngày 18.5.2021".
        case document
        /// Either end of an anniversary: "(3/2/1930-3/2/2024)".
        case anniversary
        /// A deadline: "trước ngày 30/6".
        case deadline
        /// The start of a state that goes on: "từ ngày 1/7/2025 là phường trung tâm của tỉnh".
        case since
        /// The end of a span of weeks whose start is a `since`: "(từ ngày 01/10 đến ngày 31/10/2025)", a campaign's month.
        case until
        /// Long before the article's time: "ngày 19/5/1890".
        case historical
        /// The lunar calendar's name for a day: "Sáng 29-1, nhằm ngày 19 tháng Chạp năm Quý Mão".
        case lunar
    }

    public var day: Int
    public var month: Int
    public var year: Int?
    public var role: Role
    /// As written: "Sáng 10/4", "ngày 21/6/2024".
    public var evidence: String
    public var line: Int
    /// Body paragraph index; -1 outside the body.
    var paragraph: Int
    var sentence: NSRange
    var range: NSRange
    /// Sáng, chiều, tối…: a strong sign of the event's own day.
    var hasTimeOfDay: Bool
    /// A day of the lunar year's first month ("mùng 10 tháng Giêng"): days after its new year. `day` and `month` are then
    /// as written in that calendar; `date(in:lunar:)` gives the solar day.
    var lunarDaysAfterNewYear: Int? = nil
    /// A day of the twelfth lunar month, its year not written ("Sáng 25 tháng Chạp"): `day` and `month` are as written;
    /// `date(in:lunar:)` gives the solar day of that month falling in the year.
    var isLunarTwelfthMonth = false

    /// The solar day this is, written without its year, near `date` (in its year; a twelfth lunar month's day, the last one on or
    /// before `latest`, as a year may hold two such months).
    func day(near date: CalendarDate, latest: CalendarDate, lunar: LunarCalendar) -> CalendarDate? {
        isLunarTwelfthMonth ? lunar.date(day: day, ofTwelfthMonthOnOrBefore: latest) : self.date(in: date.year, lunar: lunar)
    }

    /// The solar day this is in `year`.
    func date(in year: Int, lunar: LunarCalendar) -> CalendarDate? {
        if let days = lunarDaysAfterNewYear { return lunar.date(daysAfterNewYear: days, year: year) }
        if isLunarTwelfthMonth { return lunar.date(day: day, ofTwelfthMonthFallingIn: year) }
        return CalendarDate(year: year, month: month, day: day)
    }
}

/// A year or span of years written in the article: "năm 2022-2023", "quý I/2024", "giai đoạn 2018-2020".
public struct PeriodMention: Sendable, Codable, Hashable {
    public var startYear: Int
    public var endYear: Int?
    public var evidence: String
    /// Terms, deadlines and targets ("nhiệm kỳ 2020-2025", "đến năm 2030") say little about when the event was.
    public var isTarget: Bool
    var paragraph: Int
    var sentence: NSRange
}

/// Finds every written day and period and gives each day its role.
struct DateFinder: Sendable {
    let vocabulary: DateVocabulary
    let documentBefore: Pattern
    /// "Ngày 4/3, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 62-KH/HU …": the day a document was issued, told in its own clause.
    let issuedAfter: Pattern

    /// `heldVerbs`: verbs reporting an event taking place (events.yml `reporting_verbs`); a clause holding the event before it
    /// issues a document ("Ngày 4/3, Huyện ủy tổ chức hội nghị quán triệt và ban hành Kế hoạch …") keeps its day.
    init(vocabulary: DateVocabulary, documentKinds: [String], heldVerbs: [String]) throws {
        self.vocabulary = vocabulary
        let kinds = Pattern.phrases(documentKinds)
        let number = vocabulary.documentNumberWords
        // "Kết luận số 01-KL/TW ngày", "Chỉ thị 05 ngày", "số 123/QĐ-UBND, ngày"; a kind alone only after one of the citing words
        // ("Theo Quyết định ngày", "căn cứ Quyết định ngày": "Chương trình ngày 19/5 …" opening a sentence is the event's
        // programme); a kind written with its capital, then its owner ("Quyết định của Ban Thường vụ Tỉnh ủy ngày").
        documentBefore = try Pattern(#"(?:(?:"# + kinds + #")(?:\s+(?:"# + number + #"))?\s+[\p{L}\d][\p{L}\d./-]*"#
            + #"|(?<!\p{L})(?:"# + vocabulary.documentCitingWords + #")\s+(?-i:"# + kinds + #")|(?:"# + number
            + #")\s+\d+[\p{L}\d./-]*|\d+-[\p{L}]+/[\p{L}]+)\s*,?\s*(?:"# + vocabulary.documentDateWords + #")?$"#
            // Not set off by a comma: "Thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy, ngày 21 tháng 3 năm 2023, …" is the event's day.
            + #"|(?<!\p{L})(?-i:"# + kinds + #")\s+(?:"# + vocabulary.documentOwnerWords + #")\s+[^,;.()\d]{3,80}?\s+(?:"# + vocabulary.documentDateWords + #")?$"#)
        issuedAfter = try Pattern(#"^\s*,(?:(?!\s(?:"# + Pattern.phrases(heldVerbs) + #")\s)[^,;.]){0,80}?\s(?:"# + vocabulary.issuedWords
            + #")\s+(?-i:"# + kinds + #")(?!\p{L})"#)
    }

    func find(in text: ArticleText) -> (dates: [DateMention], periods: [PeriodMention]) {
        var dates: [DateMention] = []
        var periods: [PeriodMention] = []
        for block in text.blocks where block.part != .caption {
            for sentence in block.sentences {
                let sentenceText = block.foldedText(sentence)
                // Every day and period is written with digits, but for a day in words before its month
                // ("hai mươi mốt tháng Sáu") or Tết ("mùng sáu Tết"); most sentences have none of them.
                let lowered = sentenceText.lowercased()
                let hasMonth = lowered.includes(vocabulary.monthWord), hasNewYear = vocabulary.newYearWords.contains(where: lowered.includes)
                guard hasMonth || hasNewYear || sentenceText.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { continue }
                dates += days(in: sentenceText, block: block, sentence: sentence, hasMonth: hasMonth, hasNewYear: hasNewYear)
                for match in vocabulary.periods.matches(in: sentenceText) {
                    guard let start = Int(match["a"] ?? "") else { continue }
                    periods.append(PeriodMention(startYear: start, endYear: match["b"].flatMap { Int($0) },
                                                 evidence: String(match.value).trimmingWhitespace(),
                                                 isTarget: match["target"] != nil, paragraph: block.paragraph, sentence: sentence))
                }
            }
        }
        return (dates, periods)
    }

    /// A day matched in a sentence. `writtenDay`: the day as written, when the day found is the solar one of a lunar day
    /// ("21 tháng Chạp năm Nhâm Dần").
    private typealias FoundDay = (match: Pattern.Match, day: Int, month: Int, year: Int?, writtenDay: Int)

    /// `hasMonth`, `hasNewYear`: the sentence holds the month word or a word of the lunar new year; the patterns
    /// needing them run only then (most sentences have neither).
    private func days(in sentence: String, block: ArticleText.Block, sentence range: NSRange, hasMonth: Bool, hasNewYear: Bool) -> [DateMention] {
        var found: [FoundDay] = []
        // Days of the lunar year's first month, and days of its other months (no solar day), by match.
        var firstMonthDays = Set<Range<String.Index>>(), twelfthMonthDays = Set<Range<String.Index>>(), otherLunar = Set<Range<String.Index>>()
        enum Form { case newYearDay, long, numeric }
        let forms: [(Form, Pattern)] = (hasNewYear ? [(.newYearDay, vocabulary.newYearDay)] : []) + (hasMonth ? [(.long, vocabulary.long)] : [])
            + [(.numeric, vocabulary.numeric)]
        for (form, pattern) in forms {
            for match in pattern.matches(in: sentence) {
                let newYearDay = form == .newYearDay
                guard var day = Int(match["d"] ?? "") ?? match["dw"].flatMap({ NumberWords.words[$0.lowercased()] })
                        ?? match["dn"].flatMap({ vocabulary.lunarDayNames[$0.lowercased()] }),
                      var month = newYearDay ? 1 : Int(match["m"] ?? "") ?? match["mw"].flatMap({ vocabulary.monthNumbers[$0.lowercased()] }),
                      (1...31).contains(day), (1...12).contains(month) else { continue }
                let namedYear = match["cc"].flatMap { vocabulary.lunar.year(named: String($0)) }
                var year = match["y"].flatMap { Int($0) } ?? namedYear
                let monthName = match["mw"].map { $0.lowercased() }
                let lunarFirst = newYearDay || monthName.map(vocabulary.lunarFirstMonth.contains) == true
                // "19 tháng Chạp", any month of a year named by stem and branch ("5 tháng Năm năm Giáp Thìn") and any
                // month of a day named ("Rằm tháng 7") is lunar.
                var lunarOther = !lunarFirst && (monthName.map(vocabulary.lunarOtherMonths.contains) == true || match["cc"] != nil || match["dn"] != nil)
                // "21 tháng Chạp năm Nhâm Dần": the last month of a year named has its solar days.
                let writtenDay = day
                if lunarOther, month == 12, let namedYear, let solar = vocabulary.lunar.date(day: day, ofTwelfthMonthOf: namedYear) {
                    (day, month, year, lunarOther) = (solar.day, solar.month, solar.year, false)
                }
                // "Sáng 25 tháng Chạp": the last month's day, in the year the article's dates give (`isLunarTwelfthMonth`).
                let twelfthMonth = lunarOther && month == 12 && namedYear == nil && match["y"] == nil && match["dn"] == nil
                if twelfthMonth { lunarOther = false }
                // "3.5" or "5-3" alone is a number or a score; a day needs its year, a day word or "/".
                let introduced = match["tod"] != nil || match["wd"] != nil || match["ngay"] != nil || form != .numeric
                    || vocabulary.dayListBefore.matches(String(sentence[..<match.range.lowerBound]))
                guard year != nil || introduced || (match["sep"] == "/" && isParenthesized(match, in: sentence)) else { continue }
                let nsRange = NSRange(match.range, in: sentence)
                guard !found.contains(where: { NSIntersectionRange(NSRange($0.match.range, in: sentence), nsRange).length > 0 }) else { continue }
                found.append((match, day, month, year, writtenDay))
                if lunarFirst { firstMonthDays.insert(match.range) }
                if lunarOther { otherLunar.insert(match.range) }
                if twelfthMonth { twelfthMonthDays.insert(match.range) }
            }
        }
        found.sort { $0.match.range.lowerBound < $1.match.range.lowerBound }
        var mentions: [DateMention] = []
        for (index, item) in found.enumerated() {
            let nsRange = NSRange(item.match.range, in: sentence)
            let before = String(sentence[..<item.match.range.lowerBound]), after = String(sentence[item.match.range.upperBound...])
            var role = DateMention.Role.candidate
            // "…, sáng ngày 28 tháng 11 năm 2024" right after "Chỉ thị 05-CT/TW": a time of day or a weekday dates no document.
            if item.match["tod"] == nil, item.match["wd"] == nil, documentBefore.matches(before) {
                role = .document
            } else if vocabulary.deadlineBefore.matches(before) {
                role = .deadline
            } else if issuedAfter.matches(after) {
                role = .document
            } else if vocabulary.lunarBefore.matches(before) || otherLunar.contains(item.match.range) {
                role = .lunar
            } else if vocabulary.sinceBefore.matches(before),
                      !vocabulary.rangeAfter.matches(after) || spansWeeks(index, found, sentence) {
                // "từ ngày 12/7 đến 14/7" is the event's span; "từ ngày 1/7/2025 là …" a state since then, and so is a span of
                // weeks ("nhận tác phẩm từ ngày 15/11/2024 đến hết ngày 31/3/2025"): no meeting lasts that long.
                role = .since
            } else if index > 0, mentions[index - 1].role == .since, spansWeeks(index - 1, found, sentence) {
                role = .until
            } else if let partner = rangePartner(index, found, sentence), let a = item.year, let b = partner.year, a != b {
                role = .anniversary
            }
            var absolute = NSRange(location: range.location + nsRange.location, length: nsRange.length)
            var (day, month, year) = (item.day, item.month, item.year)
            // "Trong 2 ngày 14 và 15/3": the event begins on the first day of the list (of a lunar month converted, as many
            // days before as the lunar days written say: "ngày 20 và ngày 21 tháng Chạp năm Quý Mão").
            if let list = vocabulary.dayListBefore.firstResult(in: before, range: NSRange(location: 0, length: (before as NSString).length)),
               let first = Int(before.substring(utf16: list.range(withName: "first"))), first < item.writtenDay,
               let start = CalendarDate(year: year ?? 2000, month: month, day: day)?.adding(days: first - item.writtenDay) {
                (day, month) = (start.day, start.month)
                if year != nil { year = start.year }
                absolute = NSRange(location: range.location + list.range.location, length: nsRange.upperBound - list.range.location)
            }
            mentions.append(DateMention(day: day, month: month, year: year, role: role,
                                        evidence: block.text(absolute).trimmingWhitespace(), line: block.line,
                                        paragraph: block.paragraph, sentence: range, range: absolute, hasTimeOfDay: item.match["tod"] != nil,
                                        lunarDaysAfterNewYear: firstMonthDays.contains(item.match.range) ? day - 1 : nil,
                                        isLunarTwelfthMonth: twelfthMonthDays.contains(item.match.range)))
        }
        return mentions
    }

    /// Longest span of days an event may take ("Trong 2 ngày 14 và 15/5", a three-day course).
    static let longestEventDays = 7

    /// This date opens a range ("từ … đến …") to a day more than `longestEventDays` later.
    private func spansWeeks(_ index: Int, _ found: [FoundDay], _ sentence: String) -> Bool {
        guard index + 1 < found.count else { return false }
        let partner = found[index + 1]
        // "từ ngày 15/11/2024 đến hết ngày 31/3/2025": the range's words ("đến", "đến hết") lead to the next day.
        guard vocabulary.rangeAfter.matches(String(sentence[found[index].match.range.upperBound..<partner.match.range.lowerBound])) else { return false }
        let start = found[index], year = start.year ?? partner.year ?? 2000
        guard let from = CalendarDate(year: year, month: start.month, day: start.day),
              let to = CalendarDate(year: partner.year ?? year, month: partner.month, day: partner.day),
              let limit = from.adding(days: Self.longestEventDays) else { return false }
        return to > limit
    }

    /// The other end of "d/m/y - d/m/y" when this date is one end.
    private func rangePartner(_ index: Int, _ found: [FoundDay], _ sentence: String) -> FoundDay? {
        if index + 1 < found.count {
            let between = String(sentence[found[index].match.range.upperBound..<found[index + 1].match.range.lowerBound])
            if vocabulary.rangeJoiner.matches(between) { return found[index + 1] }
        }
        if index > 0 {
            let between = String(sentence[found[index - 1].match.range.upperBound..<found[index].match.range.lowerBound])
            if vocabulary.rangeJoiner.matches(between) { return found[index - 1] }
        }
        return nil
    }

    private func isParenthesized(_ match: Pattern.Match, in sentence: String) -> Bool {
        let before = sentence[..<match.range.lowerBound].last
        let after = sentence[match.range.upperBound...].first
        return before == "(" && after == ")"
    }
}
