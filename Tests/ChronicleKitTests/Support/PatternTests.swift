import Foundation
import Testing
@testable import ChronicleKit

/// Alternations built so ICU tries fewer positions must match exactly what the plain ones match.
struct PatternTests {
    static let lines = ["Ý kiến (3)", "0:00 / 03:42", "Tags: Chỉ thị 05", "Xem Ý kiến (3)", "Bình luận ()", "A  A", "Trang chủ", ""]

    @Test func oneLineStartBeforeAnchoredAlternatives() throws {
        let patterns = [#"^(Ý kiến|Bình luận)\s*\(\d*\)$"#, #"^[▶►⏵]?\s*\d{1,2}:\d{2}(\s*/\s*\d{1,2}:\d{2})?$"#, #"^(Tags?|Từ khóa)\s*:.*$"#, #"^(A[-+]?\s*){2,4}$"#]
        let combined = Pattern.lineStartAlternatives(patterns)
        #expect(combined.hasPrefix("^(?:"))
        let fast = try Pattern(combined), plain = try Pattern(Pattern.alternatives(patterns))
        for line in Self.lines { #expect(fast.matches(line) == plain.matches(line), "\(line)") }
    }

    /// "^a|b" is "(^a)|b": its "b" may match anywhere, so the `^` cannot be moved out; nor for a pattern without one.
    @Test func aBarOutsideGroupsKeepsThePlainAlternation() {
        #expect(Pattern.hasTopLevelBar("^Ý kiến|Bình luận"))
        #expect(!Pattern.hasTopLevelBar(#"^(Ý kiến|Bình luận)\s*\(\d*\)$"#))
        #expect(!Pattern.hasTopLevelBar(#"^[|(]a\|b"#))
        #expect(Pattern.lineStartAlternatives(["^Ý kiến|Bình luận", "^Trang"]) == Pattern.alternatives(["^Ý kiến|Bình luận", "^Trang"]))
        #expect(Pattern.lineStartAlternatives([#"\sảnh\s+\d$"#]) == Pattern.alternatives([#"\sảnh\s+\d$"#]))
    }

    /// The first letters of the alternatives, in both cases, ahead of a look-behind; none when a pattern's opening cannot be
    /// read (see `theLettersAMatchOpensWith`).
    @Test func aFirstLetterGuardMatchesTheSame() throws {
        let verbs = ["khen thưởng", "biểu dương", "tuyên dương", "Đón nhận", "trao( tặng)?"]
        let guardText = Pattern.leadingLetterGuard(verbs)
        #expect(guardText.hasPrefix("(?=[") && ["Đ", "đ", "K", "k", "t", "b"].allSatisfy(guardText.contains))
        let guarded = try Pattern(guardText + #"(?<!\p{L})(?:"# + Pattern.alternatives(verbs) + #")(?!\p{L})"#)
        let plain = try Pattern(#"(?<!\p{L})(?:"# + Pattern.alternatives(verbs) + #")(?!\p{L})"#)
        for text in ["Dịp này, BTV Tỉnh ủy TẶNG Bằng khen và Khen thưởng 5 tập thể", "UBND huyện đón nhận Cờ thi đua; trao tặng",
                     "Hội đồng Thi đua - Khen thưởng", "tặngkhen"] {
            #expect(guarded.matches(in: text).map(\.value) == plain.matches(in: text).map(\.value), "\(text)")
        }
        #expect(Pattern.leadingLetterGuard(["mười", "hơn"], orDigit: true) == "(?=[\\dHMhm])")
        #expect(Pattern.leadingLetterGuard(["(?-i:TG)", "tặng"]) == "(?=[Tt])")
        #expect(Pattern.leadingLetterGuard(["a{0,2}b", "tặng"]) == "")
        #expect(Pattern.leadingLetterGuard(["trao|\\d+ tặng"]) == "")
        // The letters themselves, lowercased, for a kind's patterns (`UnitCatalog.kindIndex`); nil when any may open otherwise.
        #expect(Pattern.openingLetters(["Đảng ủy", "Huyện ủy", "HĐND"]) == ["đ", "h"])
        #expect(Pattern.openingLetters(["a{0,2}b", "Tỉnh ủy"]) == nil)
        #expect(Pattern.openingLetters(["Tỉnh ủy|\\d+"]) == nil)
        #expect(Pattern.openingLetters(["(?<=Tư lệnh )Quân khu"]) == ["q"])
        // A letter whose cases are not one code point each, mapping to each other, tells nothing: "ß" (its capital is "SS"), the
        // Kelvin sign (its small letter is "k", whose capital is "K"), "ǅ" (a title case).
        #expect(Pattern.leadingLetterGuard(["ßa"]) == "" && Pattern.leadingLetterGuard(["\u{212A}m"]) == "" && Pattern.leadingLetterGuard(["ǅa"]) == "")
    }

    /// The letters a pattern's matches open with are read through groups, alternatives and zero-width parts; anything the
    /// reading does not know says "any character"; a part that may be skipped adds what follows it.
    @Test func theLettersAMatchOpensWith() {
        let cases: [(String, Set<String>?)] = [
            ("Bằng khen", ["b"]), ("(?<=Tư lệnh )(Bộ đội Biên phòng|BĐBP)(?! (tỉnh|thành phố))", ["b"]),
            ("(?-i:TU)", ["t"]), ("(Đảng ủy|(?-i:ĐU)) (xã|phường)", ["đ"]), (#"(?<![\p{L}/-])(?-i:HU)(?![\p{L}\d/-])"#, ["h"]),
            (#"^\bHội (?<kind>nghị|thảo)"#, ["h"]), (#"(?<!\p{L})(?:(?:trước đó)|(?:g(?:ần đây)))|kỳ trước"#, ["t", "g", "k"]),
            (#"(?<![(|])Ban"#, ["b"]), (#"(?<!\))x|y"#, ["x", "y"]),
            ("(?:Ban )?TGTW", ["b", "t"]), ("a?b", ["a", "b"]), ("a*?b", ["a", "b"]), ("tỉnh( ủy)?", ["t"]), ("a?", nil), ("a{0,2}b", nil), (#"\d+ tập thể"#, nil), (#"[BG]ằng"#, nil),
            ("(?i:khen)", nil), ("(?x)a", nil), ("(?:)", nil), ("", nil), ("tỉnh|", nil), ("^$", nil), ("(Ban", nil),
        ]
        for (pattern, letters) in cases {
            #expect(PatternOpenings.letters(pattern) == letters, "\(pattern)")
        }
    }

    /// A pattern opening with a look-behind is guarded by its opening letters; the guard changes no match. Proven for every
    /// guarded pattern of the bundled knowledge over the sentences of one article in each fiftieth held-out set, and for texts whose case folding is more than
    /// one letter ("ß" is "ss"), which the guard's class does not hold and are put to the pattern as written.
    @Test func aGuardAddedAtALookBehindMatchesTheSame() throws {
        #expect(Pattern.guardedAtOpening(#"(?<!\p{L})(?:Bằng khen|giấy khen)"#) == #"(?=[BGbg])(?<!\p{L})(?:Bằng khen|giấy khen)"#)
        #expect(Pattern.guardedAtOpening("Bằng khen") == "Bằng khen")
        #expect(Pattern.guardedAtOpening(#"(?<!\p{L})\d+"#) == #"(?<!\p{L})\d+"#)
        let anyKind = Fixtures.knowledge.extraction.units.catalog.anyKind
        #expect(Pattern.guardedAtOpening(anyKind.source).hasPrefix("(?=["))
        let fixtures = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures")
        let files = try #require(FileManager.default.enumerator(atPath: fixtures.path)).compactMap { $0 as? String }
            .filter { $0.hasPrefix("extraction-holdout-") && ($0.hasSuffix("00/h10.txt") || $0.hasSuffix("50/h10.txt")) }
        let sentences = try files.flatMap { file in
            try String(contentsOf: fixtures.appendingPathComponent(file), encoding: .utf8).components(separatedBy: ". ")
        }
        #expect(sentences.count > 70)
        let guarded = Pattern.guardedSources.withLock { $0 }
        #expect(guarded.count > 50)
        var compared = 0
        for entry in guarded {
            let pattern = try Pattern(entry.source, caseInsensitive: entry.caseInsensitive)
            var options: NSRegularExpression.Options = [.useUnicodeWordBoundaries]
            if entry.caseInsensitive { options.insert(.caseInsensitive) }
            let plain = try NSRegularExpression(pattern: entry.source, options: options)
            for text in sentences + ["Straße ssa", "Ban ẞa"] {
                let all = NSRange(location: 0, length: (text as NSString).length)
                let found = pattern.matches(in: text, range: all)
                #expect(found == plain.matches(in: text, range: all).map(\.range), "\(entry.source.prefix(80)) in \(text)")
                compared += found.count
            }
        }
        #expect(compared > 1_000)
        // A text folding to more letters than it has goes to the pattern as written: "ß" matches "ss" without case.
        let doubled = try Pattern(#"(?<!\p{L})(?:ssa|tb)"#)
        #expect(doubled.matches("Straße ßa") == (try NSRegularExpression(pattern: #"(?<!\p{L})(?:ssa|tb)"#, options: .caseInsensitive)
            .firstMatch(in: "Straße ßa", range: NSRange(location: 0, length: 9)) != nil))
    }

    /// Alternatives grouped by their first letter match what the plain alternation matches, at the same places and with the
    /// same alternative: same-letter patterns keep their order ("Ban Thường vụ" before "Ban"), and a pattern not opening with
    /// a plain letter ends a run.
    @Test func alternativesGroupedByLetterMatchTheSame() throws {
        let patterns = ["Ban Thường vụ Tỉnh ủy", "Ban", "bằng khen", "(?-i:UBND) tỉnh", "Ủy ban", "Đảng ủy( Khối)?", "đ?oàn", "tỉnh|huyện", "B\\.?TV", "u?ban"]
        let grouped = Pattern.letterGroupedAlternatives(patterns, caseInsensitive: true)
        #expect(grouped.hasPrefix("(?:B(?:(?:an Thường vụ Tỉnh ủy)|(?:an)|(?:ằng khen)))|"), "\(grouped)")
        let plain = try Pattern("(?<!\\p{L})(?:\(Pattern.alternatives(patterns)))"), letters = try Pattern("(?<!\\p{L})(?:\(grouped))")
        for text in ["Ban Thường vụ Tỉnh ủy tặng Bằng khen", "ban thường vụ huyện ủy", "UBND tỉnh và ubnd tỉnh", "Ủy ban MTTQ, Đảng ủy Khối",
                     "oàn kết, đoàn viên", "tỉnh, huyện", "BTV và B.TV", "uban"] {
            #expect(letters.matches(in: text).map(\.value) == plain.matches(in: text).map(\.value), "\(text)")
        }
        #expect(Pattern.letterGroupedAlternatives([], caseInsensitive: true) == "(?!)")
        // A letter written decomposed ("Ủ" as U and two marks) opens no group: ICU would not match it to the composed one.
        let decomposed = "U\u{031B}\u{0309}y ban", composed = "Ủy ban nhân dân"
        #expect(Pattern.letterGroupedAlternatives([composed, decomposed], caseInsensitive: true) == "(?:Ủy ban nhân dân)|(?:\(decomposed))")
        // With case: "Ban" and "ban" are two letters.
        #expect(Pattern.letterGroupedAlternatives(["Ban", "ban"], caseInsensitive: false) == "(?:Ban)|(?:ban)")
    }

    /// Patterns asked one at a time find a match wherever their alternation finds one, and offer each pattern's matches: one
    /// that an earlier pattern's match overlaps is asked too.
    @Test func aPatternSetAsksEachPatternsMatches() throws {
        let sources = ["trong \\d+ năm", "\\d+ năm liền", "đến nay"]
        let set = try PatternSet(sources, prefix: "(?<!\\p{L})")
        let plain = try Pattern("(?<!\\p{L})(?:" + Pattern.alternatives(sources) + ")")
        for text in ["Trong 5 năm liền, đơn vị được …", "3 năm liền được tặng", "Từ năm 2020 đến nay", "trong 5 nămxx", "không có gì"] {
            #expect(set.contains(in: text) { _ in true } == plain.matches(text), "\(text)")
        }
        // The alternation's one match starts at "Trong"; the set also offers "5 năm liền", inside it.
        var offered: [Int] = []
        #expect(!set.contains(in: "Trong 5 năm liền, …") { offered.append($0.location); return false })
        #expect(offered.sorted() == [0, 6])
        #expect(set.contains(in: "Trong 5 năm liền, …") { $0.location == 6 })
    }
}
