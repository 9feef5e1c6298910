/// Cheap facts about the shape of a line, used to tell titles, captions, bylines and prose apart.
enum TextShape {
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

    /// ASCII spaces without a Unicode property lookup; other scalars with it.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0B}" || scalar == "\u{0C}")
            : scalar.properties.isWhitespace
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
