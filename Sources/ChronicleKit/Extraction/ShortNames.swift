import Foundation

/// Short names an article defines in parentheses after a unit: "Đảng ủy Tổng công ty Điện lực miền Trung
/// (EVNCPC)" makes "EVNCPC" stand for "Tổng công ty Điện lực miền Trung", so that a later "Đảng ủy EVNCPC tặng
/// Giấy khen" names that committee. Short names the unit vocabulary knows ("UBND", "MTTQ") keep their own
/// meaning: "Ủy ban nhân dân tỉnh (UBND)" does not make every "UBND huyện" the province's.
struct ShortNames: Sendable {
    /// A short name in parentheses, "(EVNCPC)", "(GD&ĐT)", "(CCB)", "(PV GAS)": up to twelve capitals and figures, with "&", "-"
    /// or ".", perhaps two such words. Givers and organizers are read without it.
    static let inParentheses = Pattern(literal: #"\s*\((\p{Lu}[\p{Lu}\d&.-]{0,11}(?: \p{Lu}[\p{Lu}\d&.-]{1,11})?)\)"#, caseInsensitive: false)

    private let units: UnitFinder
    private(set) var longForms: [String: String] = [:]

    /// `namedUnitEnding`: a named unit no kind knows closing a phrase ("… Tổng công ty Điện lực miền Trung").
    init(_ text: ArticleText, units: UnitFinder, namedUnitEnding: Pattern) {
        self.units = units
        for block in text.blocks where block.folded.includes("(") {
            // The spelling folded, as units are found ("Đảng uỷ" is "Đảng ủy"). A name of two letters or more, no place
            // written short ("TP.HCM").
            for match in Self.inParentheses.matches(in: block.folded) {
                guard let short = match[1].map(String.init), short.count >= 2, !short.contains("."), longForms[short] == nil,
                      units.mentions(in: short).isEmpty else { continue }
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
        let tails = words.indices.reversed().map { words[$0...] }
        return tails.first { String($0.compactMap(\.first)).lowercased() == letters }?.joined(separator: " ") ?? name
    }

    /// `phrase` with each short name the article defined, as a whole word, written out, unless it is read as part of a
    /// unit's name already ("Bộ CHQS tỉnh"); words before it that open the long form are not written twice.
    func expanded(_ phrase: String) -> String {
        guard !longForms.isEmpty, longForms.keys.contains(where: { phrase.includes($0) }) else { return phrase }
        let named = units.mentions(in: phrase).map(\.range)
        var words: [String] = []
        var location = 0
        let written = phrase.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < written.count {
            // A short name of two words ("PV GAS") before one of one.
            let pair = index + 1 < written.count ? written[index] + " " + written[index + 1] : nil
            let word = pair.flatMap { longForms[$0] == nil ? nil : $0 } ?? written[index]
            index += word == pair ? 2 : 1
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
