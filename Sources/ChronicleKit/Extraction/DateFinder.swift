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
        /// Long before the article's time: "ngày 19/5/1890".
        case historical
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
    private static let numeric = Pattern(literal: #"(?<![\p{L}\d/.,])(?:(?<tod>rạng sáng|sáng|chiều|tối|trưa|đêm|hôm)\s+(?:nay\s+|qua\s+)?)?(?:(?<wd>thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s+nhật)\s*,?\s*(?:\(\s*)?)?(?:(?<ngay>ngày)\s+)?(?:(?<=\p{L}\s)\(\s*)?(?<d>\d{1,2})\s*(?<sep>[/.-])\s*(?<m>\d{1,2})(?:\s*\k<sep>\s*(?<y>\d{4}))?(?:(?<=\(\d{1,2}[/.-]\d{1,2})\)|(?<=\(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\))?(?!\d|[/.]\d)"#)
    private static let long = Pattern(literal: #"(?<![\p{L}])(?:(?<tod>rạng sáng|sáng|chiều|tối|trưa|đêm)\s+)?(?:(?<wd>thứ\s+\p{L}+|chủ\s+nhật)\s*,?\s*)?ngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})(?:\s*,?\s*năm\s+(?<y>\d{4}))?"#)
    private static let rangeJoiner = Pattern(literal: #"^\s*(?:[-–—]|đến|tới)\s*$"#)
    private static let deadlineBefore = Pattern(literal: #"(?:trước|chậm nhất|hạn chót|hạn cuối|đến hết|muộn nhất)\s*$"#)
    private static let periods = Pattern(literal: #"(?<![\p{L}\d])(?<target>đến năm|tới năm|đến|tầm nhìn|nhiệm kỳ)?\s*(?:(?:năm|giai đoạn|niên khóa|quý\s+(?:I|II|III|IV|\d)\s*/|tháng\s+\d{1,2}\s*/|chuyên đề(?: năm)?)\s*)(?<a>(?:19|20)\d{2})(?:\s*[-–]\s*(?<b>(?:19|20)\d{2}))?(?!\d)"#)

    let documentBefore: Pattern

    init(documentKinds: [String]) {
        let kinds = documentKinds.map(Pattern.escape).joined(separator: "|")
        // "Kết luận số 01-KL/TW ngày", "Chỉ thị 05 ngày", "số 123/QĐ-UBND, ngày".
        documentBefore = Pattern(literal: #"(?:(?:\#(kinds))(?:\s+số)?\s+[\p{L}\d][\p{L}\d./-]*|số\s+\d+[\p{L}\d./-]*|\d+-[\p{L}]+/[\p{L}]+)\s*,?\s*(?:ban hành\s+|ký\s+)?$"#)
    }

    func find(in text: ArticleText) -> (dates: [DateMention], periods: [PeriodMention]) {
        var dates: [DateMention] = []
        var periods: [PeriodMention] = []
        for block in text.blocks where block.part != .caption {
            for sentence in block.sentences {
                let sentenceText = block.foldedText(sentence)
                dates += days(in: sentenceText, block: block, sentence: sentence)
                for match in Self.periods.matches(in: sentenceText) {
                    guard let start = Int(match["a"] ?? "") else { continue }
                    periods.append(PeriodMention(startYear: start, endYear: match["b"].flatMap { Int($0) },
                                                 evidence: String(match.value).trimmingCharacters(in: .whitespaces),
                                                 isTarget: match["target"] != nil, paragraph: block.paragraph, sentence: sentence))
                }
            }
        }
        return (dates, periods)
    }

    private func days(in sentence: String, block: ArticleText.Block, sentence range: NSRange) -> [DateMention] {
        var found: [(match: Pattern.Match, day: Int, month: Int, year: Int?)] = []
        for pattern in [Self.long, Self.numeric] {
            for match in pattern.matches(in: sentence) {
                guard let day = Int(match["d"] ?? ""), let month = Int(match["m"] ?? ""),
                      (1...31).contains(day), (1...12).contains(month) else { continue }
                let year = match["y"].flatMap { Int($0) }
                // "3.5" or "5-3" alone is a number or a score; a day needs its year, a day word or "/".
                let introduced = match["tod"] != nil || match["wd"] != nil || match["ngay"] != nil || pattern.source == Self.long.source
                guard year != nil || introduced || (match["sep"] == "/" && isParenthesized(match, in: sentence)) else { continue }
                let nsRange = NSRange(match.range, in: sentence)
                guard !found.contains(where: { NSIntersectionRange(NSRange($0.match.range, in: sentence), nsRange).length > 0 }) else { continue }
                found.append((match, day, month, year))
            }
        }
        found.sort { $0.match.range.lowerBound < $1.match.range.lowerBound }
        var mentions: [DateMention] = []
        for (index, item) in found.enumerated() {
            let nsRange = NSRange(item.match.range, in: sentence)
            let before = String(sentence[..<item.match.range.lowerBound])
            var role = DateMention.Role.candidate
            if documentBefore.matches(before) {
                role = .document
            } else if Self.deadlineBefore.matches(before) {
                role = .deadline
            } else if let partner = rangePartner(index, found, sentence), let a = item.year, let b = partner.year, a != b {
                role = .anniversary
            }
            let absolute = NSRange(location: range.location + nsRange.location, length: nsRange.length)
            mentions.append(DateMention(day: item.day, month: item.month, year: item.year, role: role,
                                        evidence: block.text(absolute).trimmingCharacters(in: .whitespaces), line: block.line,
                                        paragraph: block.paragraph, sentence: range, range: absolute, hasTimeOfDay: item.match["tod"] != nil))
        }
        return mentions
    }

    /// The other end of "d/m/y - d/m/y" when this date is one end.
    private func rangePartner(_ index: Int, _ found: [(match: Pattern.Match, day: Int, month: Int, year: Int?)], _ sentence: String)
        -> (match: Pattern.Match, day: Int, month: Int, year: Int?)? {
        if index + 1 < found.count {
            let between = String(sentence[found[index].match.range.upperBound..<found[index + 1].match.range.lowerBound])
            if Self.rangeJoiner.matches(between) { return found[index + 1] }
        }
        if index > 0 {
            let between = String(sentence[found[index - 1].match.range.upperBound..<found[index].match.range.lowerBound])
            if Self.rangeJoiner.matches(between) { return found[index - 1] }
        }
        return nil
    }

    private func isParenthesized(_ match: Pattern.Match, in sentence: String) -> Bool {
        let before = sentence[..<match.range.lowerBound].last
        let after = sentence[match.range.upperBound...].first
        return before == "(" && after == ")"
    }
}
