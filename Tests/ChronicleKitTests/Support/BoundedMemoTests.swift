import Testing
@testable import ChronicleKit

/// A memo derives a value once per key, and forgets everything when full rather than growing.
struct BoundedMemoTests {
    @Test func derivesOncePerKeyAndForgetsWhenFull() {
        let memo = BoundedMemo<String, Int>(capacity: 2)
        var derived: [String] = []
        func value(_ key: String) -> Int { memo.value(for: key) { derived.append(key); return key.count } }
        #expect(value("Tỉnh ủy") == 7 && value("Tỉnh ủy") == 7)
        #expect(value("UBND") == 4)
        #expect(derived == ["Tỉnh ủy", "UBND"])
        // Full: the third key empties it, so the first is derived again.
        #expect(value("Huyện ủy") == 8 && value("Tỉnh ủy") == 7)
        #expect(derived == ["Tỉnh ủy", "UBND", "Huyện ủy", "Tỉnh ủy"])
    }

    /// A decomposed text is another key than its composed form (their offsets differ), though Swift holds the strings equal.
    @Test func aKeyIsItsCodePoints() {
        let composed = "Huyện ủy", decomposed = "Huye\u{0302}\u{0323}n u\u{0309}y"
        #expect(composed == decomposed && ExactText(composed) != ExactText(decomposed))
        #expect(ExactText(composed) == ExactText(String(composed)))
    }

    /// A phrase's units are remembered once found, and found again the same; a paragraph is not remembered.
    @Test func unitMentionsRememberedAreTheSame() {
        let units = Fixtures.knowledge.extraction.units
        let phrase = "Ban Thường vụ Huyện ủy Thạnh Hóa và UBND tỉnh Long An"
        let first = units.mentions(in: phrase).map(\.text)
        #expect(first == ["Ban Thường vụ Huyện ủy Thạnh Hóa", "UBND tỉnh Long An"])
        #expect(units.remembered.value(for: ExactText(phrase)) { [] }.map(\.text) == first, "remembered, not derived again")
        #expect(units.mentions(in: phrase).map(\.text) == first)
        let paragraph = String(repeating: phrase + ". ", count: 12)
        #expect(units.mentions(in: paragraph).count == 24)
        #expect(units.remembered.value(for: ExactText(paragraph)) { [] }.isEmpty, "too long to remember")
    }
}
