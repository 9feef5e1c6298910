/// The patterns for days and their roles, built once from `extraction/dates.yml`.
public struct DateVocabulary: Sendable {
    struct Source: Codable, Sendable {
        var schema: String
        var times_of_day: [String]?
        var relative_days: [String]?
        /// "… vào sáng thứ Bảy tại Hội trường …": a weekday alone before these is the latest such day.
        var place_prepositions: [String]?
        var relative_day_offsets: [String: Int]?
        /// "Để triển khai kế hoạch, sáng nay, …": a phrase of purpose may open the sentence before the day.
        var relative_day_purposes: [String]?
        var weekdays: [String]?
        var weekday_abbreviations: [String]?
        var day_word: String?
        var month_word: String?
        var year_word: String?
        var range_joiners: [String]?
        var list_joiners: [String]?
        var deadline_words: [String]?
        var since_words: [String]?
        var day_prefixes: [String]?
        var weekday_numbers: [String: Int]?
        var previous_week_words: [String]?
        var this_week_words: [String]?
        var recent_words: [String]?
        /// "Chiều 18/4, … họp …. Sáng hôm sau, hội nghị được tổ chức …": the day after the one told before.
        var next_day_words: [String]?
        var time_prepositions: [String]?
        var took_place: [String]?
        var took_place_subjects: [String]?
        var upcoming_words: [String]?
        /// "Trước hội nghị của huyện, đến ngày 15/8, …": before one of `took_place_subjects`, a sentence telling what came first.
        var before_event_words: [String]?
        /// "Theo kế hoạch, hội thảo được tổ chức vào ngày 13/10, tuy nhiên …": a sentence opening with these tells a plan.
        var plan_openers: [String]?
        var plan_changes: [String]?
        var document_number_words: [String]?
        var document_date_words: [String]?
        var document_owner_words: [String]?
        var document_citing_words: [String]?
        /// "Ngày 4/3, Ban Thường vụ Huyện ủy ban hành Kế hoạch …": the day of a document issued, not of the event.
        var issued_words: [String]?
        var period_words: [String]?
        var target_words: [String]?
        var implementation_words: [String]?
        var anniversaries: [Anniversary]?
        var anniversary_words: [String]?
        var term_meetings: [String]?
        var month_names: [String: Int]?
        var lunar_words: [String]?
        var lunar_new_year: [String: String]?
        var lunar_twelfth_month: [String: String]?
        var lunar_day_names: [String: Int]?
        var lunar_first_month: [String]?
        var lunar_other_months: [String]?
        var lunar_new_year_words: [String]?
        var year_stems: [String]?
        var year_branches: [String]?

        static let schemaName = "chronicle.dates/1"
        static let keys: Set<String> = ["schema", "times_of_day", "relative_days", "place_prepositions", "relative_day_offsets", "relative_day_purposes", "weekdays", "weekday_abbreviations", "day_word", "month_word",
                                        "year_word", "range_joiners", "list_joiners", "deadline_words", "since_words", "day_prefixes",
                                        "weekday_numbers", "previous_week_words", "this_week_words", "recent_words", "next_day_words", "time_prepositions", "took_place", "took_place_subjects", "upcoming_words", "before_event_words", "plan_openers", "plan_changes", "document_number_words", "document_date_words", "document_owner_words", "document_citing_words", "issued_words",
                                        "period_words", "target_words", "implementation_words", "anniversaries", "anniversary_words", "term_meetings", "month_names",
                                        "lunar_words", "lunar_new_year", "lunar_twelfth_month", "lunar_day_names", "lunar_first_month", "lunar_other_months", "lunar_new_year_words",
                                        "year_stems", "year_branches"]
    }

    /// "Ngày thành lập Đoàn" counted from 1931: "kỷ niệm 91 năm Ngày thành lập Đoàn" is in 2022.
    struct Anniversary: Codable, Sendable {
        var since: Int
        var patterns: [String]
    }

    /// "Sáng thứ Bảy (11/3)", "ngày 21/6/2024", "Chiều 5-3".
    let numeric: Pattern
    /// "ngày 21 tháng 6 năm 2024".
    let long: Pattern
    let rangeJoiner: Pattern
    let deadlineBefore: Pattern
    /// "từ ngày 1/7/2025": a state since then, unless a range goes on ("từ ngày 12/7 đến 14/7").
    let sinceBefore: Pattern
    /// "nhằm ngày 19 tháng Chạp": the lunar calendar's name for the day just given.
    let lunarBefore: Pattern
    /// "ngày 14 và 15/3", "ngày 14, 15/3": the first day of a list right before a date.
    let dayListBefore: Pattern
    /// "Chiều thứ Sáu tuần trước, …": `wd` the weekday, `week` the previous week or `recent` the latest.
    let relativeWeekday: Pattern?
    let weekdayNumbers: [String: Int]
    let rangeAfter: Pattern
    let periods: Pattern
    let yearsOfImplementation: Pattern
    /// "… hội thảo diễn ra chiều 12.7": the event, named bare, taking place on the day right after.
    let tookPlaceBefore: Pattern?
    /// "sáng 19/5 tới, …": the day is still to come (a plan), read right after it.
    let upcomingAfter: Pattern?
    /// A sentence opening before the event, up to a day: "Trước hội nghị của huyện, đến " (`before_event_words`).
    let beforeEventOpening: Pattern?
    /// A sentence telling a plan that changed: "Theo kế hoạch, hội thảo được tổ chức vào ngày 13/10, tuy nhiên …" (`plan_openers`, `plan_changes`).
    let planSentence: Pattern?
    /// Weekday names as a timestamp line writes them, abbreviations included.
    let timestampWeekday: Pattern
    let documentNumberWords: String
    let documentDateWords: String
    let documentOwnerWords: String
    let documentCitingWords: String
    let issuedWords: String
    /// "Chiều qua", "Sáng nay" with no day written, and how many days from the publication date each means.
    let relativeDay: Pattern?
    let relativeDayOffsets: [String: Int]
    /// "Sáng hôm sau, …" opening a sentence: the day after the one told before it.
    let nextDay: Pattern?
    /// "kỷ niệm 91 năm Ngày thành lập Đoàn": `n` years after `since`.
    let anniversaries: [(since: Int, pattern: Pattern)]
    /// `weekdays` as one alternation, for patterns of other files that name a weekday (awards.yml's `{weekday}`).
    let weekdayAlternation: String
    /// "Đại hội … lần thứ V (2020-2025)": a meeting opening a term, held in its first year (`start`).
    let termMeeting: Pattern
    /// "tháng Tám" → 8: months written as words in a long date ("ngày 29 tháng Mười Hai").
    let monthNumbers: [String: Int]
    /// "tháng", lowercased: a day written in words has no digit, but has this after it.
    let monthWord: String
    let lunar: LunarCalendar
    /// Month names of the lunar calendar, lowercased: the first ("Giêng") counts from the new year; others name no solar day.
    let lunarFirstMonth: Set<String>
    let lunarOtherMonths: Set<String>
    /// "Rằm" → 15, lowercased: lunar days named, not numbered.
    let lunarDayNames: [String: Int]
    /// "mùng 6 Tết", "mồng 2 Tết Nguyên đán năm Giáp Thìn": `d`/`dw` days into the lunar year, `cc` its name.
    let newYearDay: Pattern
    /// The words `newYearDay` needs, lowercased.
    let newYearWords: [String]

    init(sources: [Source]) throws {
        func all(_ path: KeyPath<Source, [String]?>) -> [String] { sources.all(path) }
        func word(_ path: KeyPath<Source, String?>, _ fallback: String) -> String {
            Pattern.escape(sources.compactMap { $0[keyPath: path] }.last ?? fallback)
        }
        let times = Pattern.phrases(all(\.times_of_day))
        let relative = all(\.relative_days).map { Pattern.escape($0) + "\\s+" }.joined(separator: "|")
        let weekdays = Pattern.alternatives(all(\.weekdays))
        weekdayAlternation = weekdays
        monthWord = (sources.compactMap(\.month_word).last ?? "tháng").lowercased()
        let day = word(\.day_word, "ngày"), month = Pattern.escape(monthWord), year = word(\.year_word, "năm")
        // "Tối thứ Bảy tuần trước (5-8)": the week said between the weekday and its date.
        let weekWords = Pattern.phrases(all(\.previous_week_words) + all(\.recent_words))
        numeric = try Pattern(#"(?<![\p{L}\d/.,])(?:(?<tod>"# + times + #")\s+(?:"# + relative + #")?)?(?:(?<wd>"# + weekdays
            + #")(?:\s+(?:"# + weekWords + #"))?\s*,?\s*(?:\(\s*)?)?(?:(?<ngay>"# + day + #")\s+)?(?:(?<=\p{L}\s)\(\s*)?(?<d>\d{1,2})\s*(?<sep>[/.-])\s*(?<m>\d{1,2})(?:\s*\k<sep>\s*(?<y>\d{4}))?(?:(?<=\((?:\p{L}{1,5}\s)?\d{1,2}[/.-]\d{1,2})\)|(?<=\((?:\p{L}{1,5}\s)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\))?(?!\d|[/.]\d)"#)
        let prefixes = Pattern.phrases(all(\.day_prefixes))
        let dayOrPrefix = all(\.day_prefixes).isEmpty ? day : "(?:" + day + "(?:\\s+(?:" + prefixes + "))?|(?:" + prefixes + "))"
        /// A table of every source (later ones win), as written (for patterns) and by its keys lowercased (for lookups).
        func table(_ path: KeyPath<Source, [String: Int]?>) -> (written: [String: Int], lowercased: [String: Int]) {
            var merged: [String: Int] = [:]
            for source in sources { merged.merge(source[keyPath: path] ?? [:]) { _, new in new } }
            return (merged, Dictionary(merged.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { _, new in new }))
        }
        let names: [String: Int]
        (names, monthNumbers) = table(\.month_names)
        let monthWords = names.isEmpty ? "" : "|(?<mw>" + Pattern.phrases(Array(names.keys)) + #")(?!\p{L})"#
        func daysByYear(_ path: KeyPath<Source, [String: String]?>, _ key: String) throws -> [Int: CalendarDate] {
            var days: [Int: CalendarDate] = [:]
            for source in sources {
                for (year, date) in source[keyPath: path] ?? [:] {
                    guard let year = Int(year), let date = CalendarDate(iso: date) else { throw ChronicleError(file: "dates.yml", "\(key): '\(year)': '\(date)' is not a year and a YYYY-MM-DD date", hint: "write them as '2024': '2024-02-10'") }
                    days[year] = date
                }
            }
            return days
        }
        lunar = LunarCalendar(newYears: try daysByYear(\.lunar_new_year, "lunar_new_year"),
                              twelfthMonths: try daysByYear(\.lunar_twelfth_month, "lunar_twelfth_month"),
                              stems: sources.compactMap(\.year_stems).last ?? [], branches: sources.compactMap(\.year_branches).last ?? [])
        let dayNames: [String: Int]
        (dayNames, lunarDayNames) = table(\.lunar_day_names)
        let namedDays = dayNames.isEmpty ? "" : "|(?<dn>" + Pattern.phrases(Array(dayNames.keys)) + #")(?!\p{L})"#
        lunarFirstMonth = Set(all(\.lunar_first_month).map { $0.lowercased() })
        lunarOtherMonths = Set(all(\.lunar_other_months).map { $0.lowercased() })
        let yearNames = Pattern.phrases(lunar.yearNames)
        // A day of the month in words, longest first ("hai mươi mốt" before "hai"); only with a month after it.
        let dayWords = Pattern.phrases(NumberWords.words.filter { (1...31).contains($0.value) }.map(\.key))
        // "ngày 17 tháng 5", "mùng 3 tháng Tám", after a time of day "Sáng 17 tháng Năm", or in words "Chiều hai mươi mốt tháng Sáu"
        // or by name ("ngày Rằm tháng Giêng"); a lunar year by its name ("mùng 10 tháng Giêng năm Giáp Thìn").
        long = try Pattern(#"(?<![\p{L}])(?:(?<tod>"# + times + #")\s+)?(?:(?<wd>"# + weekdays + #")\s*,?\s*)?(?:"# + dayOrPrefix
            + #"\s+|(?<=(?:"# + times + #")\s))(?:(?<d>\d{1,2})|(?<dw>"# + dayWords + #")"# + namedDays + #")\s+"# + month + #"\s+(?:(?<m>\d{1,2})"# + monthWords
            + #")(?:\s*,?\s*"# + year + #"\s+(?:(?<y>\d{4})|(?<cc>"# + yearNames + #")(?!\p{L})))?"#)
        newYearWords = all(\.lunar_new_year_words).map { $0.lowercased() }
        newYearDay = try Pattern(#"(?<![\p{L}])(?:(?<tod>"# + times + #")\s+)?(?:"# + day + #"\s+)?(?:"# + prefixes + #")\s+(?:(?<d>\d{1,2})|(?<dw>"#
            + dayWords + #"))\s+(?:"# + Pattern.phrases(all(\.lunar_new_year_words)) + #")(?!\p{L})(?:\s*,?\s*(?:"# + year + #"\s+)?(?<cc>"# + yearNames + #")(?!\p{L}))?"#)
        // "(19-5-1890 / 19-5-2024)": a slash between two whole dates joins them too.
        rangeJoiner = try Pattern(#"^\s*(?:[-–—/]|"# + Pattern.phrases(all(\.range_joiners)) + #")\s*$"#)
        deadlineBefore = try Pattern("(?:" + Pattern.phrases(all(\.deadline_words)) + #")\s*$"#)
        // Also in parentheses: "Trong 2 ngày (27 - 28/3)".
        dayListBefore = try Pattern(#"(?<!\p{L})"# + day + #"\s+\(?\s*(?<first>\d{1,2})\s*(?:,|[-–]|"# + Pattern.phrases(all(\.list_joiners) + all(\.range_joiners)) + #")\s*$"#)
        sinceBefore = try Pattern("(?<!\\p{L})(?:" + Pattern.phrases(all(\.since_words)) + #")\s*$"#)
        lunarBefore = try Pattern("(?<!\\p{L})(?:" + Pattern.phrases(all(\.lunar_words)) + #")\s*$"#)
        rangeAfter = try Pattern(#"^\s*(?:[-–]|"# + Pattern.phrases(all(\.range_joiners)) + ")")
        periods = try Pattern(#"(?<![\p{L}\d])(?<target>"# + Pattern.phrases(all(\.target_words)) + #")?\s*(?:(?:"#
            + Pattern.alternatives(all(\.period_words)) + #")\s*)(?<a>(?:19|20)\d{2})(?:\s*[-–]\s*(?<b>(?:19|20)\d{2}))?(?!\d)"#)
        let numbers = Pattern.phrases(Array(NumberWords.words.keys))
        // "sơ kết 3 năm (2021 - 2024) thực hiện Kết luận …": the span may stand between.
        yearsOfImplementation = try Pattern(#"(?<!\p{L})(\d{1,2}|"# + numbers + #")\s+"# + year + #"\s+(?:\([^()]{1,20}\)\s+)?(?:"#
            + Pattern.phrases(all(\.implementation_words)) + ")")
        timestampWeekday = try Pattern(#"(?<!\p{L})(?:"# + Pattern.alternatives(all(\.weekdays) + all(\.weekday_abbreviations)) + #")(?!\p{L})"#)
        let offsets: [String: Int]
        (offsets, relativeDayOffsets) = table(\.relative_day_offsets)
        // "(13 tháng Giêng Giáp Thìn)": a lunar day with its month's own name, no "tức" before it.
        let lunarMonths = Pattern.phrases(all(\.lunar_first_month) + all(\.lunar_other_months))
        let lunarMonthDay = "(?:(?:" + Pattern.phrases(all(\.day_prefixes)) + ")\\s+)?\\d{1,2}\\s+" + Pattern.escape(monthWord) + "\\s+(?:" + lunarMonths + ")(?!\\p{L})[^()]{0,40}"
        // Only opening a sentence (perhaps after a source tag: "(BĐ) -", "ĐBP -", or a short phrase of purpose: "Để triển
        // khai kế hoạch, sáng nay, …") and followed by a comma: "Chiều qua, …" — never "thành quả như hôm nay", nor
        // "Trước đó, chiều qua, …". The lunar calendar's name for the day may come before the comma: "Sáng qua (tức mùng 10
        // tháng Giêng năm Bính Ngọ), …", "Sáng nay (13 tháng Giêng Giáp Thìn), …".
        relativeDay = offsets.isEmpty ? nil : try Pattern(#"(?:^(?:(?:\([^()]{1,24}\)\s*[-–—]?|(?-i:\p{Lu}{2,8})\s*[-–—])\s*)?|[.!?]\s+)(?:(?i:"# + Pattern.phrases(all(\.relative_day_purposes)) + #")\s+(?:\p{L}+\s+){0,4}\p{L}+,\s+)?(?<said>(?:"# + times + #")\s+(?<rel>"# + Pattern.phrases(Array(offsets.keys))
            + #"))(?=\s*(?:\(\s*(?:(?:"# + Pattern.phrases(all(\.lunar_words)) + #")\s[^()]{1,60}|"# + lunarMonthDay + #")\)\s*)?,)"#)
        nextDay = all(\.next_day_words).isEmpty ? nil
            : try Pattern(#"(?:^|[.!?]\s+)(?<said>(?:(?:"# + times + #")\s+)?(?:"# + Pattern.phrases(all(\.next_day_words)) + #"))(?=\s*,)"#)
        let weekdayTable: [String: Int]
        (weekdayTable, weekdayNumbers) = table(\.weekday_numbers)
        let previousWeek = Pattern.phrases(all(\.previous_week_words)), recent = Pattern.phrases(all(\.recent_words))
        let thisWeek = Pattern.phrases(all(\.this_week_words))
        let weekdayNames = Pattern.phrases(Array(weekdayTable.keys))
        // Opening a sentence ("Chiều thứ Sáu tuần trước, …"), or after a preposition of time ending one ("… do Ban
        // Thường vụ Huyện ủy tổ chức vào (sáng) thứ Năm tuần trước.").
        let prepositions = all(\.time_prepositions).map { "(?<=\\s\(Pattern.escape($0))\\s)" }
        // The event itself, named bare, takes place: "Hội nghị diễn ra trong …", not "Hội nghị Ban Chấp hành … lần thứ 15 diễn ra …".
        tookPlaceBefore = all(\.took_place).isEmpty || all(\.took_place_subjects).isEmpty ? nil
            : try Pattern("(?<!\\p{L})(?:\(Pattern.phrases(all(\.took_place_subjects))))\\s+(?:\(Pattern.phrases(all(\.took_place))))\\s+$")
        beforeEventOpening = all(\.before_event_words).isEmpty || all(\.took_place_subjects).isEmpty ? nil
            : try Pattern("^\\s*(?:\(Pattern.phrases(all(\.before_event_words))))\\s+(?:\(Pattern.phrases(all(\.took_place_subjects))))(?!\\p{L})[^;]*$")
        // A plan is told as one only when the sentence says it changed or is still to come ("tuy nhiên", "lùi", "sẽ").
        planSentence = all(\.plan_openers).isEmpty || all(\.plan_changes).isEmpty ? nil
            : try Pattern("^\\s*(?:\(Pattern.phrases(all(\.plan_openers))))(?!\\p{L})(?=[^;]*(?<!\\p{L})(?:\(Pattern.phrases(all(\.plan_changes))))(?!\\p{L}))")
        upcomingAfter = all(\.upcoming_words).isEmpty ? nil : try Pattern("^\\s*(?:\(Pattern.phrases(all(\.upcoming_words))))(?=\\s*[,.;:)]|\\s*$)")
        // "(VLO) Sáng thứ Sáu, …", "(BL) - Sáng thứ Hai …": a newspaper's tag may open the lead.
        // After an occasion's dates closing the opening phrase, a weekday with its time and week: "Chào mừng 92 năm … (20/10/1930 -
        // 20/10/2022), sáng thứ Ba vừa qua, …".
        let afterOccasion = "|(?<=\\),\\s)(?=(?:" + times + ")\\s+(?:" + weekdayNames + ")\\s+(?:" + previousWeek + "|" + thisWeek + "|" + recent + ")(?!\\p{L}))"
        relativeWeekday = weekdayTable.isEmpty ? nil : try Pattern(#"(?:(?:^|(?<=^\([^()]{1,12}\)\s{0,2}[-–—]?\s{1,2})|[.!?]\s+"# + prepositions.map { "|" + $0 }.joined() + afterOccasion
            + #")(?:(?<tod>"# + times + #")\s+)?)(?<wd>"# + weekdayNames + #")(?:\s+(?:(?<week>"# + previousWeek + #")|(?<thisWeek>"# + thisWeek + #")|(?<recent>"# + recent + #"))(?=\s*[,.;]|\s*$)"#
            // A weekday alone before a comma or a place ("Sáng thứ Hai, …", "… diễn ra vào sáng thứ Bảy tại …"): the latest one,
            // when a time of day stands before it (the resolver checks `tod`: "Thứ hai, cần …" counts reasons), and not one
            // of a list of days ("vào sáng thứ Bảy, Chủ nhật hằng tuần").
            + #"|(?=\s*,(?!\s*(?:"# + weekdayNames + #"))|\s+(?:"# + Pattern.phrases(all(\.place_prepositions)) + #")\s))"#)
        // With no anniversary words there is nothing to count from.
        let anniversaryWords = Pattern.phrases(all(\.anniversary_words))
        anniversaries = anniversaryWords.isEmpty ? [] : try sources.flatMap { $0.anniversaries ?? [] }.map { anniversary in
            (anniversary.since, try Pattern(#"(?<!\p{L})(?:"# + anniversaryWords + #")\s+(?<n>\d{1,3})\s+"# + year + #"\s+(?:"# + Pattern.alternatives(anniversary.patterns) + ")"))
        }
        termMeeting = try Pattern(Pattern.alternatives(all(\.term_meetings)))
        documentNumberWords = Pattern.phrases(all(\.document_number_words))
        documentDateWords = all(\.document_date_words).map { Pattern.escape($0) + "\\s+" }.joined(separator: "|")
        issuedWords = Pattern.phrases(all(\.issued_words))
        documentOwnerWords = Pattern.phrases(all(\.document_owner_words))
        documentCitingWords = Pattern.phrases(all(\.document_citing_words))
    }
}
