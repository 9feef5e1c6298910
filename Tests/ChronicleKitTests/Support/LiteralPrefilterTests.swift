import Foundation
import Testing
@testable import ChronicleKit

/// The prefilter only ever turns away texts ICU would not match: what it reads from a pattern is what every match
/// holds, folded as ICU folds case. (Debug builds also check each refusal against ICU, over the whole test corpus.)
struct LiteralPrefilterTests {
    func phrases(_ source: String) -> [String]? {
        LiteralPrefilter(source: source)?.phrases.map { String(decoding: $0, as: UTF8.self) }.sorted()
    }

    @Test func alternativesAndTheWordsAfterThemMakePhrases() {
        #expect(phrases("(?:Bằng khen|Giấy khen) của") == ["bằng khen của", "giấy khen của"])
        #expect(phrases("(?<!\\p{L})(?:khen thưởng|biểu dương)(?!\\p{L})") == ["biểu dương", "khen thưởng"])
        #expect(phrases("[Đđ]ảng [uủ]y") == ["đảng uy", "đảng ủy"])
    }

    /// Of the parts a match must hold in turn, the longest known one is kept; an optional part holds nothing.
    @Test func theStrongestPartOfASequenceIsKept() {
        #expect(phrases("\\d+ tập thể\\s+và\\s+\\d+ cá nhân") == [" tập thể"])
        #expect(phrases("Ủy ban( nhân dân)? tỉnh") == ["ủy ban nhân dân tỉnh", "ủy ban tỉnh"])
        #expect(phrases("(?:trong|suốt) (?:\\d+ )?năm qua") == ["năm qua"])
        // "khen" is in every phrase that holds "bằng khen": the shorter one is enough.
        #expect(phrases("Bằng khen|khen thưởng|khen") == ["khen"])
    }

    /// A pattern with a part that may match anything, or syntax the reader does not know, gets no prefilter.
    @Test func unknownSyntaxGivesNoPrefilter() {
        for source in ["\\d+", "khen|\\d+", "a(?x) b", "\\Qkhen\\E", "x\\Ky", "ab?", "(khen", "khen)", "(?<=a)b*", "[\\Q]\\E]ab"] {
            #expect(LiteralPrefilter(source: source) == nil, "\(source)")
        }
        // A class that is not a short list of letters is one character of any kind.
        #expect(phrases("[^ab]khen") == ["khen"])
    }

    @Test func textsAreFoldedAsICUFoldsThem() {
        #expect(CaseFolding.fold("ĐẢNG ỦY Khối") == Array("đảng ủy khối".utf8))
        #expect(CaseFolding.fold("Ǆ") == Array("ǆ".utf8))
        // "ß" folds to "ss", "İ" to two letters, "ſ" to "s": no fold stands for them, and ICU decides alone.
        for text in ["Straße", "İstanbul", "ſ", "Ꭰ"] { #expect(CaseFolding.fold(text) == nil, "\(text)") }
    }

    @Test func matchesAreTheSameWithAndWithoutIt() throws {
        let kinds = try Pattern("(?<!\\p{L})(?:Bằng khen|Giấy khen)(?!\\p{L})")
        #expect(kinds.matches(in: "UBND tỉnh tặng BẰNG KHEN cho 5 tập thể và Giấy Khen").map(\.value) == ["BẰNG KHEN", "Giấy Khen"])
        #expect(kinds.matches(in: "Hội nghị sơ kết 3 năm thực hiện Kết luận 01").isEmpty)
        #expect(kinds.firstResult(in: "Tặng bằng khen", range: .init(location: 5, length: 9)) != nil)
        // A case-sensitive pattern: the fold admits "tw", and ICU then says no.
        let central = try Pattern("TW", caseInsensitive: false)
        #expect(central.matches("Chỉ thị 05-CT/TW") && !central.matches("Chỉ thị 05-ct/tw"))
        // A text the fold cannot stand for is put to ICU.
        #expect(try Pattern("khen").matches("ſ khen"))
    }

    /// The cache keys texts by their storage: texts of one length made and freed in turn, whose storage may be reused once the
    /// cache lets them go, are not confused, and each folds as alone.
    @Test func theCacheTellsTextsApart() {
        let cache = FoldedTextCache()
        for round in 0..<200 {
            let text = round % 3 == 0 ? "Straße Straße Straße \(round % 10)" : "Bằng khen số \(round % 10) của Tỉnh ủy"
            #expect(cache.folded(text) == CaseFolding.fold(text), "\(text)")
            #expect(cache.folded(text) == CaseFolding.fold(text), "\(text)")
        }
    }

    /// Every character the fold stands for, written in either case or decomposed, as ICU matches it ignoring case: what ICU
    /// matches, the folded bytes hold ("ǰ" folds to "j" and a caron, so it is one the fold does not stand for).
    @Test func theFoldAgreesWithICUForEveryLetterItStandsFor() throws {
        var disagreements: [String] = []
        for value in UInt32(0x20)..<0x2000 {
            guard let scalar = Unicode.Scalar(value), CaseFolding.fold(scalar) != nil else { continue }
            let plain = String(scalar)
            let forms = Array(Set([plain, plain.uppercased(), plain.lowercased(), plain.decomposedStringWithCanonicalMapping]))
            for pattern in forms {
                guard let foldedPattern = CaseFolding.fold(pattern) else { continue }
                let regex = try NSRegularExpression(pattern: NSRegularExpression.escapedPattern(for: pattern), options: [.caseInsensitive])
                for text in forms {
                    guard let foldedText = CaseFolding.fold(text),
                          regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil else { continue }
                    if foldedText.count < foldedPattern.count || !(0...(foldedText.count - foldedPattern.count)).contains(where: {
                        Array(foldedText[$0..<($0 + foldedPattern.count)]) == foldedPattern
                    }) {
                        disagreements.append(String(format: "U+%04X", value))
                    }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements)")
    }
}
