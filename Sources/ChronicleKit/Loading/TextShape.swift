/// Cheap facts about the shape of a line, used to tell titles, captions, bylines and prose apart.
enum TextShape {
    /// The number of a part of a list or roster (case-sensitive): "II", "B", or a small letter closed by a parenthesis ("a)").
    static let partNumber = #"(?:[IVX]{1,4}|[A-D]|[a-d](?=\)))"#

    /// Runs of non-space; called for every line several times, so it walks scalars, not Characters.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// Unicode White_Space, from its short fixed list rather than a property lookup (which is
    /// the costliest part of walking every line several times).
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if value <= 0xA0 { return value == 0x85 || value == 0xA0 }
        if value < 0x1680 { return false }
        return value == 0x1680 || (0x2000...0x200A).contains(value) || value == 0x2028 || value == 0x2029 || value == 0x202F
            || value == 0x205F || value == 0x3000
    }

    /// White space or a control character (C0, DEL, C1), also without a property lookup.
    @inline(__always)
    static func isSpaceOrControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value <= 0x20 || (0x7F...0xA0).contains(value) || (value >= 0x1680 && isSpace(scalar))
    }

    /// Ends with . ! ? … possibly inside closing quotes or brackets: a sentence, not a label.
    static func endsLikeSentence(_ text: String) -> Bool {
        let closers: Set<Character> = ["”", "\"", "’", "'", "»", ")", "]", " "]
        guard let last = text.reversed().first(where: { !closers.contains($0) }) else { return false }
        return last == "." || last == "!" || last == "?" || last == "…" || last == ";"
    }

    /// Most letters are capitals: a kicker or an all-caps byline.
    static func isMostlyUppercase(_ text: String) -> Bool {
        var upper = 0
        var lower = 0
        for character in text where character.isLetter {
            if character.isUppercase { upper += 1 } else if character.isLowercase { lower += 1 }
        }
        return upper >= 4 && lower * 10 <= upper
    }
}
