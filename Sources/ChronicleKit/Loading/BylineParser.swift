import Foundation

/// Reads the byline that closes many articles: "Ngọc Như", "HOÀI NHÂN", "Thanh Thủy – Xuân Quốc",
/// "Bài, ảnh: Minh Anh", "Nguyễn Hà (TTXVN)", "PV".
struct BylineParser: Sendable {
    struct Byline: Equatable {
        var authors: [String]
        /// A news agency or collective name that signs instead of, or beside, people.
        var source: String?
        /// Labelled as a credit: "Bài, ảnh: Minh Anh", "Hồng Duyên - Ảnh: Quang Vinh".
        var credited = false
    }

    let rules: PageChromeRules

    private static let trailingAgency = Pattern(literal: #"\s*[(\[]\s*([\p{Lu}][\p{L}.\s]{0,30})\s*[)\]]\s*$"#, caseInsensitive: false)
    private static let separators = Pattern(literal: #"\s+[-–—/&]\s+|\s*[,;]\s*|\s+và\s+"#, caseInsensitive: false)
    /// "I. TẬP THỂ", "II.CÁ NHÂN": a part of a roster, numbered as no name's initial is (no Vietnamese name opens with I;
    /// a bare V or X, which some do, is left out).
    private static let partNumber = Pattern(literal: #"^(?:I{1,3}|IV|VI{1,3}|IX)\.\s*\p{Lu}"#, caseInsensitive: false)
    static let maximumLength = 70
    static let maximumWordsPerName = 5

    /// A byline, or nil when the line reads like anything else (a sentence, a caption, a heading).
    func parse(_ line: String) -> Byline? {
        var text = line.trimmingWhitespace()
        guard !text.isEmpty, text.count <= Self.maximumLength, !TextShape.endsLikeSentence(text), !Self.partNumber.matches(text) else { return nil }
        var prefixed = false
        (text, prefixed) = withoutCredit(text)
        var source: String?
        if let match = Self.trailingAgency.firstMatch(in: text) {
            source = String(match[1]!).trimmingWhitespace()
            text.removeSubrange(match.range)
        }
        // "PV", or a team of reporters and its desk ("Nhóm PV Thời sự"): no person is named ("PV Thu Hà" names one).
        let key = PageChromeRules.lineKey(text)
        if rules.bylineCollectiveNames.contains(key)
            || (TextShape.wordCount(text) <= Self.maximumWordsPerName
                && rules.bylineCollectiveNames.contains { $0.contains(" ") && key.hasPrefix($0 + " ") }) {
            return Byline(authors: [], source: text)
        }
        // "PV Thu Hà", "CTV Minh Anh": a one-word label before the reporter's name.
        if let label = rules.bylineCollectiveNames.first(where: { !$0.contains(" ") && key.hasPrefix($0 + " ") }) {
            text = String(text.dropFirst(label.count)).trimmingWhitespace()
        }
        // "Hồng Duyên - Ảnh: Quang Vinh": a credit may label a later name too.
        let parts = Self.separators.replacingMatches(in: text, with: "\u{1F}").split(separator: "\u{1F}")
            .map { part in
                let (name, credited) = withoutCredit(String(part).trimmingWhitespace())
                if credited { prefixed = true }
                return name.trimmingWhitespace()
            }.filter { !$0.isEmpty }
        guard !parts.isEmpty, parts.allSatisfy({ Self.looksLikeName($0, allowInitials: prefixed || source != nil) }) else {
            // "Tin, ảnh: Phòng Tổ chức - Hành chính": an office signs after the credit's label ("Ảnh: Quang cảnh hội nghị" is a caption).
            if prefixed, source == nil, TextShape.wordCount(text) <= Self.longestOfficeWords,
               case let written = PageChromeRules.lineKey(text), rules.bylineOffices.contains(where: { written.hasPrefix($0 + " ") }) {
                return Byline(authors: [], source: text.trimmingWhitespace(), credited: true)
            }
            return nil
        }
        return Byline(authors: parts.map(Self.titleCased), source: source, credited: prefixed)
    }

    /// Words an office signing a credit may run to ("Phòng Tổ chức - Hành chính", "Trung tâm Văn hóa - Thông tin huyện").
    static let longestOfficeWords = 8

    /// The text without a credit's label ("Bài, ảnh: ", "Ảnh: "), and whether it had one.
    private func withoutCredit(_ text: String) -> (String, Bool) {
        guard let match = rules.bylinePrefix.firstMatch(in: text) else { return (text, false) }
        var text = text
        text.removeSubrange(match.range)
        return (text, true)
    }

    /// One to five capitalized words, letters only: "Hoa Vinh Tuấn Kiệt", "HOÀI NHÂN", "H.N".
    static func looksLikeName(_ text: String, allowInitials: Bool) -> Bool {
        let words = text.split(separator: " ")
        guard (1...maximumWordsPerName).contains(words.count) else { return false }
        if words.count == 1, !allowInitials, !(words[0].count >= 2 && words[0].allSatisfy(\.isUppercase)) { return false }
        return words.allSatisfy { word in
            guard let first = word.first, first.isUppercase else { return false }
            return word.allSatisfy { $0.isLetter || $0 == "." }
        }
    }

    /// "HOÀI NHÂN" → "Hoài Nhân"; names already in mixed case are kept as written.
    static func titleCased(_ name: String) -> String {
        guard name.contains(where: \.isLetter), !name.contains(where: \.isLowercase) else { return name }
        return name.split(separator: " ").map { word in
            word.count <= 2 && word.contains(".") ? String(word) : word.prefix(1) + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }
}
