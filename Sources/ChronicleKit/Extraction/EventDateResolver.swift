import Foundation

/// Chooses the event's day among the written days, and supplies a missing year the way a
/// careful reader would, saying how. When no day can be known the event is undated, with the
/// period it most likely belongs to; a day is never invented.
struct EventDateResolver: Sendable {
    /// "sơ kết 3 năm thực hiện Kết luận … ngày 18.5.2021": the event is 3 years after the document.
    let yearsOfImplementation: Pattern
    /// "Chiều qua, …": a day counted from the publication date.
    let relativeDay: Pattern?
    let relativeDayOffsets: [String: Int]
    /// "Chiều thứ Sáu tuần trước, …": a weekday counted back from the publication date.
    let relativeWeekday: Pattern?
    let weekdayNumbers: [String: Int]
    /// "nhân kỷ niệm 91 năm Ngày thành lập Đoàn": the year it is held, counted from the founding.
    let anniversaries: [(since: Int, pattern: Pattern)]
    /// "Đại hội … lần thứ V (2020-2025)": held in the first year of its term.
    let termMeeting: Pattern
    /// Solar days of lunar ones ("mùng 10 tháng Giêng").
    let lunar: LunarCalendar
    /// "Trước đó, ngày 15/12, … tổ chức đoàn khảo sát …": a sentence opening so tells another event (events.yml).
    let otherEventOpener: Pattern
    /// "Huyện ủy X tổ chức …": the verb of holding, which the event's own sentence has.
    let heldVerb: Pattern
    /// Words that report the event in a sentence outside the lead.
    let eventVerbs: Pattern
    /// "… hội thảo diễn ra chiều 12.7": the event taking place on the day right after (dates.yml `took_place`).
    let tookPlaceBefore: Pattern?
    /// "sáng 19/5 tới, …": a day still to come, a plan (dates.yml `upcoming_words`).
    let upcomingAfter: Pattern?
    /// "Sau vòng sơ khảo diễn ra từ ngày 8 đến 12/8, …, vòng chung kết diễn ra tối 24/8": a day in a sentence's opening clause
    /// after another event's name is that one's (events.yml `other_event_prepositions`).
    var afterAnotherOpening: Pattern? = nil
    /// "Trước hội nghị của huyện, đến ngày 15/8, …": a day in a sentence telling what came before the event.
    var beforeEventOpening: Pattern? = nil
    /// "Theo kế hoạch, hội thảo được tổ chức vào ngày 13/10, tuy nhiên …": a plan that changed.
    var planSentence: Pattern? = nil
    /// "Chiều 18/4, Ban Thường vụ họp …. Sáng hôm sau, hội nghị sơ kết được tổ chức …" (dates.yml `next_day_words`).
    var nextDay: Pattern? = nil
    /// Each event type's id and pattern (events.yml), to tell which kind of event a sentence names (several share the name "khác").
    var eventKinds: [(id: String, pattern: Pattern)] = []
    /// How far (UTF-16 units) after "5 năm thực hiện" the implemented document's date may stand.
    static let implementedDocumentDistance = 60
    /// A report may run a day before its event ("Sáng mai, … sẽ tổ chức …"); later days are plans.
    static let daysReportedAhead = 1
    /// Days this many years before the article's time are history, not the event.
    static let historicalYears = 3
    /// "Kết luận số 114-KL/TW (2021)": a document's year in parentheses after its number.
    static let documentYear = Pattern(literal: #"\S/\S*\s*\((?<year>(?:19|20)\d{2})\)"#)

    func resolve(article: Article, dates: [DateMention], periods: [PeriodMention]) -> EventDate {
        if let date = article.frontMatter.eventDate {
            return EventDate(date: date, evidence: "event_date: \(date.iso)", line: nil, yearInferredFrom: "front matter")
        }
        let reference = article.published?.date ?? article.pageClock?.date
        let referenceYear = reference?.year ?? (dates.compactMap(\.year) + periods.map { $0.endYear ?? $0.startYear }).max()
        let candidates = dates.filter { mention in
            guard mention.role == .candidate else { return false }
            if let year = mention.year, let referenceYear, year < referenceYear - Self.historicalYears { return false }
            if isUpcoming(mention, article: article) || opensAfterAnother(mention, article: article) { return false }
            // A day after the page was published or saved is a plan ("… dự kiến tổ chức vào dịp 19/5/2025"), not what it reports.
            if let year = mention.year, let reference, let date = mention.date(in: year, lunar: lunar),
               let latest = reference.adding(days: Self.daysReportedAhead), date > latest { return false }
            return true
        }
        let lead = candidates.filter { $0.paragraph == 0 }
        let later = candidates.filter { $0.paragraph > 0 && $0.paragraph <= 3 && sentenceReportsEvent($0, article: article) && !tellsAnotherEvent($0, article: article) }
        let title = candidates.filter { $0.paragraph == -1 }
        // "Ngày 8/6, Ban Thường vụ họp thống nhất danh sách …; sáng 10/6, Ban Thường vụ tổ chức Lễ biểu dương …": the
        // day whose clause holds the event, over an earlier one of the lead whose clause holds none.
        let holding = lead.filter { clauseHolds($0, article: article) }
        // "Sau phiên họp ngày 6/5 của Ban Chỉ đạo, …" over "Hội nghị … do Ban Thường vụ Tỉnh ủy tổ chức sáng 14/5" in the
        // paragraph after: a lead day holding no event gives way to a later one that does.
        let leadDay = lastBeforeHeldVerb(holding, article: article) ?? holding.first
            ?? (lead.isEmpty ? nil : later.first { clauseHolds($0, article: article) && $0.hasTimeOfDay }) ?? lead.first
        // With no day in the lead, a day counted from publication: "Sáng qua, Đảng ủy Khối … tổ chức hội nghị …" (in the
        // lead, or holding the event after a sapo), and with no day in the title either, a weekday counted back that holds
        // the event ("… do Ban Thường vụ Huyện ủy tổ chức vào thứ Năm tuần trước. Trước đó, ngày 28/5, …").
        // A title saying the day with its time ("Sáng 21/7, Tỉnh ủy quán triệt …") or with its year ("… quán triệt Chuyên đề năm 2018
        // (22/3/2018)") over "Sáng nay, …" under an update line of days later: the title's day (a page's date may be when it was posted
        // or last updated).
        if leadDay == nil, !title.contains(where: { $0.hasTimeOfDay || $0.year != nil }),
           let relative = relativeDate(article) ?? relativeDate(article, holding: true) ?? relativeWeekdayDate(article)
            ?? (title.isEmpty ? relativeWeekdayDate(article, holding: true) : nil) { return relative }
        // "Vừa qua, … tổ chức lễ tuyên dương …" and, far below, "Lễ tuyên dương được tổ chức vào sáng 26/1, …" or "Hội nghị
        // diễn ra trong ngày 11/7, …".
        let anywhere = candidates.filter { $0.paragraph > 3 && (($0.hasTimeOfDay && clauseHolds($0, article: article)) || tookPlace($0, article: article))
            && sentenceReportsEvent($0, article: article)
            && !tellsAnotherEvent($0, article: article) }
        // "Can Lộc tuyên dương 45 tập thể …" over "Ngày 3/6 vừa qua, Huyện ủy đã tổ chức hội nghị tổng kết …" after a sapo, and far
        // down "Buổi lễ tuyên dương được Ban Thường vụ Huyện ủy tổ chức sáng 14/6": the day of the event the title names.
        let titled = leadDay == nil && title.isEmpty ? laterOfTitlesKind(later.first, later.dropFirst() + anywhere, article: article) : nil
        guard let chosen = leadDay ?? title.first ?? titled ?? later.first ?? anywhere.first else {
            return EventDate(undatedEstimate: estimate(article: article, dates: dates, periods: periods))
        }
        // "Chiều 13/5, … chủ trì cuộc họp … chuẩn bị Lễ biểu dương." then "Sáng nay, Ban Thường vụ … tổ chức Lễ biểu
        // dương …": the day of the sentence that holds the event, over a lead day whose sentence holds none.
        if chosen.paragraph == 0, !sentenceHolds(chosen, article: article), let relative = relativeDate(article, holding: true) { return relative }
        // "Sáng nay, Ban Thường vụ Huyện ủy tổ chức buổi lễ biểu dương cô giáo A, vì đã … trong đêm 17/10": the day opening the
        // sentence, before the verb of holding, is the event's; the one after it tells the deed.
        if chosen.paragraph == 0, let relative = openingBeforeHolding(chosen, article: article) { return relative }
        // "Chiều 18/4, Ban Thường vụ … họp …. Sáng hôm sau, hội nghị sơ kết được tổ chức …": the day after a lead day whose
        // sentence holds no event, in a sentence that does.
        let dayAfter = chosen.paragraph == 0 && !sentenceHolds(chosen, article: article) ? nextDayHolding(article) : nil
        let dated: (date: CalendarDate, how: String?)? = chosen.year.flatMap { year in chosen.date(in: year, lunar: lunar).map { ($0, nil) } }
            ?? inferYear(chosen, article: article, dates: dates, periods: periods).map { ($0.0, $0.1) }
        if let (date, how) = dated {
            if let (said, line) = dayAfter, let next = date.adding(days: 1) {
                return EventDate(date: next, evidence: said, line: line,
                                 yearInferredFrom: "'\(said)' tính từ '\(chosen.evidence)'" + (how.map { " (\($0))" } ?? ""))
            }
            return EventDate(date: date, evidence: chosen.evidence, line: chosen.line, yearInferredFrom: how)
        }
        return EventDate(evidence: chosen.evidence, line: chosen.line, undatedEstimate: estimate(article: article, dates: dates, periods: periods))
    }

    /// "Sáng hôm sau, hội nghị … được tổ chức …" in the lead, the rest of its sentence holding the event: what it says, and its line.
    private func nextDayHolding(_ article: Article) -> (said: String, line: Int)? {
        guard let nextDay, let lead = article.paragraphs.first, let match = nextDay.firstMatch(in: lead.text),
              let said = match["said"], heldVerb.matches(Self.sentence(around: said.startIndex..<said.endIndex, in: lead.text)) else { return nil }
        return (String(said), lead.number)
    }

    /// "Chiều qua, Đảng ủy … tổ chức …" in the lead (or, `holding`, in the first two paragraphs, in a sentence
    /// that holds the event), with a publication date to count from.
    private func relativeDate(_ article: Article, holding: Bool = false) -> EventDate? {
        guard let relativeDay, article.published != nil else { return nil }
        for paragraph in article.paragraphs.prefix(holding ? 2 : 1) {
            guard let match = relativeDay.firstMatch(in: paragraph.text) else { continue }
            if holding, !heldVerb.matches(String(paragraph.text[match.range.lowerBound...])) { continue }
            if let date = relativeDate(match, line: paragraph.number, article: article) { return date }
        }
        return nil
    }

    /// The day a match of `relativeDay` names, counted from the publication date.
    private func relativeDate(_ match: Pattern.Match, line: Int, article: Article) -> EventDate? {
        guard let published = article.published?.date, let word = match["rel"], let offset = relativeDayOffsets[word.lowercased()],
              let date = published.adding(days: offset) else { return nil }
        let said = match["said"] ?? match.value
        return EventDate(date: date, evidence: String(said).trimming(charactersIn: ".!? "), line: line,
                         yearInferredFrom: "'\(said)' tính từ ngày đăng \(published.display)")
    }

    /// "Chiều thứ Sáu tuần trước, …" (the week before publication) or "Thứ Sáu vừa qua, …" (the latest before it) in the lead
    /// (or, `holding`, in the first two paragraphs, in a sentence that holds the event).
    private func relativeWeekdayDate(_ article: Article, holding: Bool = false) -> EventDate? {
        guard let relativeWeekday, let published = article.published?.date else { return nil }
        for paragraph in article.paragraphs.prefix(holding ? 2 : 1) {
            guard let match = relativeWeekday.firstMatch(in: paragraph.text), let name = match["wd"],
                  let weekday = weekdayNumbers[name.lowercased().replacingOccurrences(of: "  ", with: " ")] else { continue }
            // A weekday alone names a day only after a time of day: "Sáng thứ Hai, …", not "Thứ hai, cần …" (secondly).
            if match["week"] == nil, match["thisWeek"] == nil, match["recent"] == nil, match["tod"] == nil { continue }
            // … that holds the event or reports it taking place ("Buổi lễ diễn ra vào sáng thứ Bảy tại …").
            if holding, case let sentence = Self.sentence(around: match.range, in: paragraph.text),
               !heldVerb.matches(sentence), !eventVerbs.matches(sentence) { continue }
            let back = match["week"] != nil ? published.weekday - 1 + 7 - (weekday - 1)
                : match["thisWeek"] != nil ? published.weekday - weekday : ((published.weekday - weekday + 6) % 7) + 1
            // A day still to come this week is a plan, not the event reported.
            guard back >= 0 else { continue }
            guard let date = published.adding(days: -back) else { continue }
            return EventDate(date: date, evidence: String(match.value).trimming(charactersIn: ".!? "),
                             line: paragraph.number, yearInferredFrom: "'\(match.value)' tính từ ngày đăng \(published.display)")
        }
        return nil
    }

    /// The sentence of `text` holding `range`, cut as `ArticleText` cuts sentences.
    static func sentence(around range: Range<String.Index>, in text: String) -> String {
        let location = NSRange(range, in: text).location
        let nsText = text as NSString
        return nsText.substring(with: ArticleText.sentences(text).first { NSLocationInRange(location, $0) } ?? NSRange(location: 0, length: nsText.length))
    }

    /// The text of the paragraph a day stands in, when it holds the day's sentence; nil for a day of the title.
    private func paragraphText(of mention: DateMention, in article: Article) -> NSString? {
        guard article.paragraphs.indices.contains(mention.paragraph) else { return nil }
        let text = article.paragraphs[mention.paragraph].text as NSString
        return mention.range.upperBound <= text.length && mention.sentence.upperBound <= text.length ? text : nil
    }

    private func tellsAnotherEvent(_ mention: DateMention, article: Article) -> Bool {
        paragraphText(of: mention, in: article).map { otherEventOpener.matches($0.substring(with: mention.sentence)) } ?? false
    }

    /// The day's sentence opens with a day counted from publication ("Sáng nay, …"), then the verb of holding, then this
    /// day: that opening day.
    private func openingBeforeHolding(_ mention: DateMention, article: Article) -> EventDate? {
        guard let relativeDay, article.published != nil, let text = paragraphText(of: mention, in: article) else { return nil }
        let beforeDay = (text as String).substring(utf16: NSRange(location: mention.sentence.location, length: mention.range.location - mention.sentence.location))
        guard let match = relativeDay.firstMatch(in: beforeDay), heldVerb.matches(String(beforeDay[match.range.upperBound...])) else { return nil }
        return relativeDate(match, line: article.paragraphs[mention.paragraph].number, article: article)
    }

    private func sentenceHolds(_ mention: DateMention, article: Article) -> Bool {
        paragraphText(of: mention, in: article).map { heldVerb.matches($0.substring(with: mention.sentence)) } ?? true
    }

    private func sentenceReportsEvent(_ mention: DateMention, article: Article) -> Bool {
        paragraphText(of: mention, in: article).map { eventVerbs.matches($0.substring(with: mention.sentence)) } ?? false
    }

    /// The clause of the day's sentence (between semicolons) has the verb of holding.
    private func clauseHolds(_ mention: DateMention, article: Article) -> Bool {
        guard let text = paragraphText(of: mention, in: article) else { return false }
        let start = max(mention.sentence.location, text.clauseStart(before: mention.range.location))
        let end = min(mention.sentence.upperBound, text.clauseEnd(from: mention.range.upperBound))
        return heldVerb.matches(text.substring(with: NSRange(location: start, length: end - start)))
    }

    /// "Cũng trong dịp này, sáng 19/5 tới, Tỉnh ủy … sẽ tổ chức dâng hương …": the words right after the day say it is to come.
    private func isUpcoming(_ mention: DateMention, article: Article) -> Bool {
        guard let upcomingAfter, let text = paragraphText(of: mention, in: article) else { return false }
        return upcomingAfter.matches(text.substring(with: NSRange(location: mention.range.upperBound, length: mention.sentence.upperBound - mention.range.upperBound)))
    }

    /// The kinds of event `text` names.
    private func kinds(in text: String) -> Set<String> {
        Set(eventKinds.filter { $0.pattern.matches(text) }.map(\.id))
    }

    /// A day further down whose sentence names the kind of event the title does, when `first`'s names only others.
    private func laterOfTitlesKind(_ first: DateMention?, _ further: [DateMention], article: Article) -> DateMention? {
        guard let first, let text = paragraphText(of: first, in: article) else { return nil }
        let titled = kinds(in: article.title), named = kinds(in: text.substring(with: first.sentence))
        guard !titled.isEmpty, !named.isEmpty, titled.isDisjoint(with: named) else { return nil }
        return further.first { mention in
            paragraphText(of: mention, in: article).map { !kinds(in: $0.substring(with: mention.sentence)).isDisjoint(with: titled) } ?? false
        }
    }

    private func opensAfterAnother(_ mention: DateMention, article: Article) -> Bool {
        guard let text = paragraphText(of: mention, in: article) else { return false }
        let opening = text.substring(with: NSRange(location: mention.sentence.location, length: mention.range.location - mention.sentence.location))
        // (In the lead, "Trước buổi lễ, sáng 19/5, …" is the same morning.)
        return (afterAnotherOpening?.matches(opening) == true && !otherEventOpener.matches(opening))
            || (mention.paragraph > 0 && beforeEventOpening?.matches(opening) == true)
            || planSentence?.matches(text.substring(with: mention.sentence)) == true
    }

    /// "Phát biểu bế mạc hội thảo diễn ra chiều 12.7, …": the words right before the day say the event took place then.
    private func tookPlace(_ mention: DateMention, article: Article) -> Bool {
        guard let tookPlaceBefore, let text = paragraphText(of: mention, in: article) else { return false }
        return tookPlaceBefore.matches(text.substring(with: NSRange(location: mention.sentence.location, length: mention.range.location - mention.sentence.location)))
    }

    /// "… tại cuộc họp Ban Tổ chức ngày 6/9, ngày 19/9, Ban Tuyên giáo Tỉnh ủy … tổ chức Hội thảo": of the days of the first
    /// sentence holding the event, the last one before its verb of holding; of a span ("Từ ngày 12/7 đến ngày 14/7, …"),
    /// its first day.
    private func lastBeforeHeldVerb(_ holding: [DateMention], article: Article) -> DateMention? {
        guard let first = holding.first, let text = paragraphText(of: first, in: article) else { return nil }
        let before = holding.filter { $0.paragraph == first.paragraph && $0.sentence == first.sentence && precedesHeldVerb($0, article: article) }
        var chosen = before.first
        for (previous, next) in zip(before, before.dropFirst()) where next.range.location >= previous.range.upperBound
            && text.substring(with: NSRange(location: previous.range.upperBound, length: next.range.location - previous.range.upperBound)).contains(",") {
            chosen = next
        }
        return chosen
    }

    /// The day stands before its clause's verb of holding.
    private func precedesHeldVerb(_ mention: DateMention, article: Article) -> Bool {
        guard let text = paragraphText(of: mention, in: article) else { return false }
        let end = min(mention.sentence.upperBound, text.clauseEnd(from: mention.range.upperBound))
        return heldVerb.firstMatch(in: text as String, range: NSRange(location: mention.range.upperBound, length: end - mention.range.upperBound)) != nil
    }

    /// The year of a day written without one, with the reason.
    private func inferYear(_ mention: DateMention, article: Article, dates: [DateMention], periods: [PeriodMention]) -> (CalendarDate, String)? {
        func day(_ year: Int) -> CalendarDate? { mention.date(in: year, lunar: lunar) }
        // Reported after the fact: a day later in the year than the report is from the year before.
        func before(_ limit: CalendarDate, _ how: String) -> (CalendarDate, String)? {
            // A twelfth lunar month may start in December or January: the last one's day before the report.
            if mention.isLunarTwelfthMonth { return lunar.date(day: mention.day, ofTwelfthMonthOnOrBefore: limit).map { ($0, how) } }
            if let date = day(limit.year), date <= limit { return (date, how) }
            return day(limit.year - 1).map { ($0, how + ", năm trước đó vì ngày này sau mốc ấy") }
        }
        if let published = article.published?.date {
            return before(published, "ngày đăng \(published.display)")
        }
        let sentence = dates.filter { $0.paragraph == mention.paragraph && $0.sentence == mention.sentence }
        if let paragraph = paragraphText(of: mention, in: article) {
            let text = paragraph.substring(with: mention.sentence)
            // The document implemented is the one written right after the phrase: "tổng kết 5 năm thực hiện Chỉ thị
            // 05-CT/TW … và triển khai Kết luận số 01-KL/TW ngày 18/5/2021" does not count from Kết luận 01's date.
            if let years = yearsOfImplementation.firstMatch(in: text), let count = NumberWords.value(String(years[1]!)),
               case let phraseEnd = NSRange(years.range, in: text).upperBound,
               let base = sentence.first(where: { $0.role == .document && $0.year != nil
                       && $0.range.location - mention.sentence.location - phraseEnd <= Self.implementedDocumentDistance })?.year
                   ?? Self.documentYear.firstMatch(in: text)?["year"].flatMap({ Int($0) }),
               let date = day(base + count) {
                return (date, "'\(years.value)' tính từ văn bản năm \(base): \(base) + \(count)")
            }
            // "Tối 26/3, … tổ chức Lễ khen thưởng … năm 2021, nhân kỷ niệm 91 năm Ngày thành lập Đoàn": held in the
            // anniversary's year, whatever year the honours are for.
            if let anniversary = anniversary(in: text), let date = day(anniversary.year),
               article.pageClock.map({ $0.date >= date }) ?? true {
                return (date, "'\(anniversary.evidence)' tính từ năm \(anniversary.since): \(anniversary.since) + \(anniversary.count)")
            }
            // "Ngày 16/7, UBND huyện tổ chức Đại hội Thi đua yêu nước huyện lần thứ V (2020-2025)": a term opens with it.
            if let match = termMeeting.firstMatch(in: text), let start = match["start"].flatMap({ Int($0) }), let date = day(start) {
                return (date, "'\(match.value)' mở nhiệm kỳ năm \(start)")
            }
            // "Chiều 16/5, … tổ chức lễ biểu dương …. Đây là hoạt động chào mừng kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí
            // Minh.": an anniversary the paragraph names after the event's sentence.
            let after = paragraph.substring(from: mention.sentence.upperBound)
            if let anniversary = anniversary(in: after), let date = day(anniversary.year),
               article.pageClock.map({ $0.date >= date }) ?? true {
                return (date, "'\(anniversary.evidence)' trong đoạn, tính từ năm \(anniversary.since): \(anniversary.since) + \(anniversary.count)")
            }
        }
        // "tổng kết … năm 2023 và triển khai Chuyên đề năm 2024": the latest period named is the event's year.
        // (Not history: "… nơi Bác Hồ nói chuyện với cán bộ, chiến sĩ năm 1954" on a page of 2020.)
        let recent = { (period: PeriodMention) in article.pageClock.map { (period.endYear ?? period.startYear) >= $0.date.year - Self.historicalYears } ?? true }
        if let period = periods.filter({ $0.paragraph == mention.paragraph && $0.sentence == mention.sentence && !$0.isTarget && recent($0) })
            .max(by: { ($0.endYear ?? $0.startYear) < ($1.endYear ?? $1.startYear) }),
           let date = day(period.endYear ?? period.startYear) {
            // Never after the page was saved: "Chiều 27/12 … năm 2024" on a page of 03/01/2025 is still 2024.
            if let clock = article.pageClock?.date, clock < date { return before(clock, "giờ của trang \(clock.display) (trang được lưu sau sự kiện)") }
            return (date, "'\(period.evidence)' trong cùng câu")
        }
        if let year = dates.filter({ $0.role == .anniversary }).compactMap(\.year).max(), let date = day(year) {
            return (date, "mốc kỷ niệm đến năm \(year)")
        }
        if let clock = article.pageClock?.date {
            return before(clock, "giờ của trang \(clock.display) (trang được lưu sau sự kiện)")
        }
        // (The end of a campaign's span, "đến ngày 31/10/2025", often alone holds the year.)
        if let other = dates.first(where: { ($0.role == .candidate || $0.role == .deadline || $0.role == .until) && $0.year != nil }), let year = other.year,
           let date = day(year) {
            return (date, "'\(other.evidence)' ở đoạn khác của bài")
        }
        // Last resort: the latest year the article speaks of ("Chuyên đề năm 2024", "năm 2023-2024").
        if let period = periods.filter({ !$0.isTarget }).max(by: { ($0.endYear ?? $0.startYear) < ($1.endYear ?? $1.startYear) }),
           let date = day(period.endYear ?? period.startYear) {
            return (date, "năm gần nhất bài nhắc tới: '\(period.evidence)'")
        }
        return nil
    }

    /// The first anniversary `text` names, counted from its founding year: "kỷ niệm 91 năm Ngày thành lập Đoàn" is of 1931 + 91.
    private func anniversary(in text: String) -> (year: Int, since: Int, count: Int, evidence: String)? {
        for (since, pattern) in anniversaries {
            if let match = pattern.firstMatch(in: text), let count = match["n"].flatMap({ Int($0) }) {
                return (since + count, since, count, String(match.value))
            }
        }
        return nil
    }

    /// The period an undated event most likely belongs to: the publication year, else the year of an anniversary
    /// the lead ties it to ("hướng tới kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh" → 2023), else the
    /// latest year the article reviews or plans ("năm 2024-2025" → 2024).
    private func estimate(article: Article, dates: [DateMention], periods: [PeriodMention]) -> String? {
        if let year = (article.published ?? article.pageClock)?.date.year { return String(year) }
        if let lead = article.paragraphs.first?.text, let anniversary = anniversary(in: lead) { return String(anniversary.year) }
        let years = periods.filter { !$0.isTarget }.map(\.startYear) + dates.filter { $0.role == .candidate }.compactMap(\.year)
        return years.max().map(String.init)
    }
}

/// Vietnamese numbers as written in articles: "17.300", "1.250", "một", "mười hai".
enum NumberWords {
    /// One, which is also the article "a" ("là một tấm gương").
    static let one = "một"

    /// One to ninety-nine as words: "mười lăm" 15, "hai mươi mốt" 21, "ba mươi tư" 34.
    static let words: [String: Int] = {
        let units: [(String, Int)] = [(one, 1), ("hai", 2), ("ba", 3), ("bốn", 4), ("năm", 5), ("sáu", 6), ("bảy", 7), ("bẩy", 7),
                                      ("tám", 8), ("chín", 9)]
        // After "mươi"/"mười" some units change: mốt (1), tư (4), lăm (5).
        let trailing = units.filter { $0.1 != 1 && $0.1 != 5 } + [("mốt", 1), ("tư", 4), ("lăm", 5)]
        var words = Dictionary(units, uniquingKeysWith: { first, _ in first })
        words["tư"] = 4
        words["mười"] = 10
        for (word, value) in trailing where value != 1 { words["mười " + word] = 10 + value }
        words["mười một"] = 11
        for (tens, ten) in units where ten >= 2 {
            words[tens + " mươi"] = ten * 10
            for (word, value) in trailing { words[tens + " mươi " + word] = ten * 10 + value }
        }
        return words
    }()

    /// "17.300" → 17300 ("." groups thousands), "12" → 12, "ba" → 3.
    static func value(_ text: String) -> Int? {
        let trimmed = text.trimmingWhitespace().lowercased()
        if let number = words[trimmed] { return number }
        let digits = trimmed.replacingOccurrences(of: ".", with: "")
        guard !digits.isEmpty, digits.allSatisfy(\.isNumber) else { return nil }
        return Int(digits)
    }
}
