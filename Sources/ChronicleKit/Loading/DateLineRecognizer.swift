import Foundation

/// Recognizes a line that holds nothing but a timestamp: a site's clock or an article's
/// publication line, in the many ways Vietnamese sites print them:
/// "Thứ Tư, 17/07/2024 02:52 (GMT +7)", "Thứ 7, 22/06/2024 | 10:28:23 [GMT +7]  A  A",
/// "Cập nhật: 08:15, 05/04/2024", "Thứ Ba, 12/3/2024, 15:20 (GMT+7)".
///
/// Whether such a line is the clock or the publication depends on where it stands
/// (before or after the title); that is the parser's call, not this one's.
struct DateLineRecognizer: Sendable {
    private static let date = Pattern(literal: #"(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/.-])"#)
    private static let time = Pattern(literal: #"(?<![\d:])(\d{1,2})\s*[:hg]\s*(\d{2})(?:\s*:\s*(\d{2}))?(?:\s*(AM|PM|SA|CH))?(?![\d:])"#)
    private static let zone = Pattern(literal: #"(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?"#)
    /// The paper's tag or the dateline's place opening the line: "BGĐT - Thứ Ba, 25/03/2025 06:40",
    /// "Cà Mau - 09/01/2025 - 11:26".
    private static let sourceTag = Pattern(literal: #"^\s*(?:\p{Lu}{2,10}|\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){0,3})\s*[-–—]\s*"#, caseInsensitive: false)

    /// Words the site may print beside the timestamp, removed before deciding the line holds nothing else.
    private let words: Pattern
    /// Longer lines are prose that happens to contain a date.
    static let maximumLength = 120

    /// Weekday names, from dates.yml.
    private let weekday: Pattern

    init(rules: PageChromeRules, weekday: Pattern) {
        self.weekday = weekday
        let alternation = rules.dateLineWords.map(Pattern.escape).joined(separator: "|")
        // A word may carry its counter: "Lượt xem: 256" beside "Cập nhật: 12/03/2020".
        words = Pattern(literal: "(?<!\\p{L})(?:\(alternation.isEmpty ? "(?!)" : alternation))(?!\\p{L})(?:\\s*:?\\s*[\\d.]+(?![\\d/-]))?")
        creditLabel = Pattern(literal: "^\\s*(?:\(Pattern.phrases(rules.dateLineCreditLabels)))\\s*:")
    }

    /// "Tác giả: …": a credit beside the date, up to `maximumCreditWords` long.
    private let creditLabel: Pattern
    static let maximumCreditWords = 14

    /// Bars, and dashes or dots with spaces around them, between the timestamp and what the site prints
    /// beside it: "Thanh Lê • 06/07/2021 17:32".
    private static let segmentSeparator = Pattern(literal: #"\s+[-–•·]\s+"#)

    /// Words a segment beside the timestamp may hold: "Lượt xem: 312", "Người đăng: Ban Biên tập".
    static let maximumSideSegmentWords = 6

    func recognize(_ line: String) -> LocalDateTime? {
        guard line.count <= Self.maximumLength, line.contains(where: \.isNumber) else { return nil }
        if let stamp = recognizeSegment(line) { return stamp }
        // "Ngày đăng: 16/10/2024 | Lượt xem: 312", "12-11-2024 - 09:12 AM | Thời sự", "Đăng ngày: 08/06/2020  -  Người
        // đăng: Quản trị viên  -  Lượt xem: 329": short side segments go.
        let segments = Self.segmentSeparator.replacingMatches(in: line, with: "|").split(separator: "|").map { String($0) }
        guard segments.count > 1 else { return nil }
        let dated = segments.filter { Self.date.matches($0) || Self.time.matches($0) || Self.zone.matches($0) }
        let others = segments.filter { segment in !dated.contains(segment) }
        guard !dated.isEmpty, others.allSatisfy({ segment in
            TextShape.wordCount(segment) <= (creditLabel.matches(segment) ? Self.maximumCreditWords : Self.maximumSideSegmentWords)
        }) else { return nil }
        // "Tạo lúc: 09:12, 09/10/2024 | Cập nhật: 10:05, 09/10/2024": two timestamps, the first the publication.
        if dated.count > 1, let first = recognizeSegment(dated[0]), dated.dropFirst().allSatisfy({ recognizeSegment($0) != nil }) { return first }
        return recognizeSegment(dated.joined(separator: " "))
    }

    private func recognizeSegment(_ line: String) -> LocalDateTime? {
        guard let dateMatch = Self.date.firstMatch(in: line),
              let day = Int(dateMatch[1]!), let month = Int(dateMatch[3]!), let year = Int(dateMatch[4]!),
              let date = CalendarDate(year: year, month: month, day: day) else { return nil }

        var rest = line.replacingCharacters(in: dateMatch.range, with: " ")
        var time: LocalDateTime.TimeOfDay?
        if let match = Self.time.firstMatch(in: rest), var hour = Int(match[1]!), let minute = Int(match[2]!) {
            let meridiem = match[4]?.uppercased()
            if meridiem == "PM" || meridiem == "CH", hour < 12 { hour += 12 }
            if meridiem == "AM" || meridiem == "SA", hour == 12 { hour = 0 }
            time = .init(hour: hour, minute: minute, second: match[3].flatMap { Int($0) })
            rest = rest.replacingCharacters(in: match.range, with: " ")
        }
        var offset = LocalDateTime.vietnamOffsetMinutes
        if let match = Self.zone.firstMatch(in: rest), let hours = Int(match[2]!) {
            let minutes = match[3].flatMap { Int($0) } ?? 0
            offset = (hours * 60 + minutes) * (match[1] == "-" ? -1 : 1)
            rest = rest.replacingCharacters(in: match.range, with: " ")
        }
        rest = Self.sourceTag.replacingMatches(in: rest, with: " ")
        rest = weekday.replacingMatches(in: rest, with: " ")
        rest = words.replacingMatches(in: rest, with: " ")
        // What is left may only be separators: "|", ",", "(", "]", "-", ":".
        guard rest.allSatisfy({ $0.isWhitespace || $0.isPunctuation || $0.isSymbol }) else { return nil }
        return LocalDateTime(date: date, time: time, utcOffsetMinutes: offset)
    }
}
