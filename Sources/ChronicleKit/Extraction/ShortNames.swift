import Foundation

/// Short names an article defines in parentheses after a unit: "Đảng ủy Tổng công ty Điện lực miền Trung
/// (EVNCPC)" makes "EVNCPC" stand for "Tổng công ty Điện lực miền Trung", so that a later "Đảng ủy EVNCPC tặng
/// Giấy khen" names that committee. Short names the unit vocabulary knows ("UBND", "MTTQ") keep their own
/// meaning: "Ủy ban nhân dân tỉnh (UBND)" does not make every "UBND huyện" the province's.
struct ShortNames: Sendable {
    /// "(EVNCPC)", "(GD&ĐT)": two to twelve capitals and figures, with "&" or "-" ("(PV GAS)", with a space, is none).
    static let definition = Pattern(literal: #"\s*\((\p{Lu}[\p{Lu}\d&-]{1,11})\)"#, caseInsensitive: false)

    private(set) var longForms: [String: String] = [:]

    /// `namedUnitEnding`: a named unit no kind knows closing a phrase ("… Tổng công ty Điện lực miền Trung").
    init(_ text: ArticleText, units: UnitFinder, namedUnitEnding: Pattern) {
        for block in text.blocks where block.folded.includes("(") {
            // The spelling folded, as units are found ("Đảng uỷ" is "Đảng ủy").
            for match in Self.definition.matches(in: block.folded) {
                guard let short = match[1].map(String.init), longForms[short] == nil, units.mentions(in: short).isEmpty else { continue }
                let before = String(block.folded[..<match.range.lowerBound])
                // The unit whose name ends where the parenthesis opens, without the committee or organ acting for it.
                if let unit = units.mentions(in: before).last, unit.range.upperBound == (before as NSString).length {
                    longForms[short] = Self.spelledOut(short, in: unit.organ.map { String(unit.text.dropFirst($0.count)).trimmingWhitespace() } ?? unit.text)
                } else if let named = namedUnitEnding.firstMatch(in: before) {
                    longForms[short] = Self.spelledOut(short, in: String(named.value))
                }
            }
        }
    }

    /// The words of `name` a short name stands for: those its letters are the initials of ("KCN" in "Công đoàn các Khu
    /// công nghiệp" is "Khu công nghiệp"), else the whole name ("EVNCPC").
    static func spelledOut(_ short: String, in name: String) -> String {
        let words = name.split(separator: " ")
        let letters = String(short.filter(\.isLetter)).lowercased()
        for count in 1...max(1, words.count) where count <= words.count {
            let tail = words.suffix(count)
            if String(tail.compactMap(\.first)).lowercased() == letters { return tail.joined(separator: " ") }
        }
        return name
    }

    /// `phrase` with each short name the article defined, as a whole word, written out, unless it is read as part of a
    /// unit's name already ("Bộ CHQS tỉnh"); words before it that open the long form are not written twice.
    func expanded(_ phrase: String, units: UnitFinder) -> String {
        guard !longForms.isEmpty, longForms.keys.contains(where: { phrase.includes($0) }) else { return phrase }
        let named = units.mentions(in: phrase).map(\.range)
        var words: [String] = []
        var location = 0
        for word in phrase.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            defer { location += (word as NSString).length + 1 }
            guard let long = longForms[word], !long.isEmpty, !named.contains(where: { NSLocationInRange(location, $0) }) else { words.append(word); continue }
            let longWords = long.split(separator: " ").map(String.init)
            let overlap = (0...min(words.count, longWords.count - 1)).last { count in
                count == 0 || Array(words.suffix(count)) == Array(longWords.prefix(count))
            } ?? 0
            words.removeLast(overlap)
            words += longWords
        }
        return words.joined(separator: " ")
    }
}
