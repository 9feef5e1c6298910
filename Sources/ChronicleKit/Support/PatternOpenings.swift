/// The letters a pattern's matches can open with, read from its source. ICU tries a pattern at every position of a
/// text; a guard built from these letters ("(?=[BbĐđ])") fails at most positions in one comparison, before the
/// look-behinds and alternatives that would each be tried there.
///
/// Conservative: any construct it does not read (a class, an escape, a count `{n,m}`, a flag, quoted text `\Q…\E`) makes the
/// answer nil, "any character may open a match", and so does a letter whose cases are not one code point each that map to each
/// other ("ß", "ǅ", the Kelvin sign). Zero-width parts (look-arounds, `^`, `\b`) are passed over, groups are read through,
/// and a part that may be skipped (`?`, `*`) adds what follows it: "(?<=Tư lệnh )(Bộ đội Biên phòng|BĐBP)" opens with "b",
/// "(?-i:TU)" with "t", "(?:Ban )?TGTW" with "b" or "t".
enum PatternOpenings {
    /// Lowercased letters, one of which opens every match; nil when the source does not tell.
    static func letters(_ pattern: String) -> Set<String>? {
        guard !pattern.contains("\\Q") else { return nil }
        let characters = Array(pattern)
        return alternation(characters[...])
    }

    /// A letter whose two cases are one code point each and map to each other ("đ" and "Đ", "ằ" and "Ằ"): a guard of both cases
    /// holds every character ICU matches it to, with case or without.
    static func isPlainLetter(_ character: Character) -> Bool {
        // Code points compared, not strings: Swift's string equality holds the Kelvin sign equal to "K".
        func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }
        let written = scalars(String(character)), lower = scalars(character.lowercased()), upper = scalars(character.uppercased())
        return character.isLetter && lower.count == 1 && upper.count == 1 && (written == lower || written == upper)
            && scalars(String(upper[0]).lowercased()) == lower && scalars(String(lower[0]).uppercased()) == upper
    }

    /// The union over `|`-separated alternatives; nil when any of them does not tell.
    private static func alternation(_ characters: ArraySlice<Character>) -> Set<String>? {
        var letters = Set<String>()
        for alternative in topLevelAlternatives(characters) {
            guard let opening = sequence(alternative) else { return nil }
            letters.formUnion(opening)
        }
        return letters
    }

    /// What one alternative opens with: its first part that consumes text, zero-width parts passed over.
    private static func sequence(_ characters: ArraySlice<Character>) -> Set<String>? {
        var index = characters.startIndex
        while index < characters.endIndex {
            let character = characters[index]
            if character == "^" { index += 1; continue }
            if character == "\\" {
                // A word boundary is zero-width; any other escape names a class or a character not read here.
                guard index + 1 < characters.endIndex, characters[index + 1] == "b" else { return nil }
                index += 2
                continue
            }
            if character == "(" {
                guard let close = closingParenthesis(characters, from: index) else { return nil }
                let inner = characters[(index + 1)..<close]
                let after = close + 1
                if isZeroWidth(inner) { index = after; continue }
                guard let body = groupBody(inner), let opening = alternation(body) else { return nil }
                return opening.orWhatFollows(characters, after: after)
            }
            guard isPlainLetter(character) else { return nil }
            return Set([character.lowercased()]).orWhatFollows(characters, after: index + 1)
        }
        // Nothing that consumes text: an empty alternative matches anywhere.
        return nil
    }

    /// Look-aheads and look-behinds, which consume nothing.
    private static func isZeroWidth(_ inner: ArraySlice<Character>) -> Bool {
        for opening in ["?=", "?!", "?<=", "?<!"] where inner.starts(with: opening) { return true }
        return false
    }

    /// The pattern inside a group, past its opening: "(?:", "(?-i:", "(?<name>", or a plain "(". Nil for any other "(?"
    /// (an inline flag that holds for the rest, a comment…), and for "(?i:": in a pattern matched with case, a letter
    /// without case also matches what folds to it (the Kelvin sign for "k"), which a guard of two cases would refuse.
    private static func groupBody(_ inner: ArraySlice<Character>) -> ArraySlice<Character>? {
        guard inner.first == "?" else { return inner }
        for opening in ["?:", "?-i:"] where inner.starts(with: opening) { return inner.dropFirst(opening.count) }
        if inner.starts(with: "?<"), let close = inner.firstIndex(of: ">"),
           inner[(inner.startIndex + 2)..<close].allSatisfy({ $0.isLetter || $0.isNumber }) {
            return inner[(close + 1)...]
        }
        return nil
    }

    /// The index of the ")" closing the group opened at `open`.
    private static func closingParenthesis(_ characters: ArraySlice<Character>, from open: Int) -> Int? {
        var close: Int?
        walkStructure(characters[open...]) { index, character, depth in
            guard character == ")", depth == 0 else { return true }
            close = index
            return false
        }
        return close
    }

    /// The alternatives split at each `|` outside groups and classes.
    static func topLevelAlternatives(_ characters: ArraySlice<Character>) -> [ArraySlice<Character>] {
        var parts: [ArraySlice<Character>] = []
        var start = characters.startIndex
        walkStructure(characters) { index, character, depth in
            if character == "|", depth == 0 {
                parts.append(characters[start..<index])
                start = index + 1
            }
            return true
        }
        parts.append(characters[start..<characters.endIndex])
        return parts
    }

    /// Calls `visit` with each character outside escapes and classes (which ICU nests: "[a[b]]"), and the depth of groups it
    /// stands at (after a ")", the depth it closes to), until `visit` returns false.
    private static func walkStructure(_ characters: ArraySlice<Character>, _ visit: (Int, Character, Int) -> Bool) {
        var depth = 0, classDepth = 0, escaped = false
        for index in characters.indices {
            let character = characters[index]
            if escaped { escaped = false; continue }
            if classDepth > 0 {
                switch character {
                case "\\": escaped = true
                case "[": classDepth += 1
                case "]": classDepth -= 1
                default: break
                }
                continue
            }
            switch character {
            case "\\": escaped = true; continue
            case "[": classDepth = 1; continue
            case "(": depth += 1
            case ")": depth -= 1
            default: break
            }
            guard visit(index, character, character == "(" ? depth - 1 : depth) else { return }
        }
    }
}

private extension Set<String> {
    /// These letters, and when the part they open may be skipped (a `?` or `*` after it at `after`), the letters of what
    /// follows; nil when a count (`{`) says how often (it may be none) or what follows does not tell.
    func orWhatFollows(_ characters: ArraySlice<Character>, after: Int) -> Set<String>? {
        guard after < characters.endIndex else { return self }
        switch characters[after] {
        case "{": return nil
        case "?", "*":
            // A lazy or possessive mark after the quantifier changes how often, not whether it may be none.
            var rest = after + 1
            if rest < characters.endIndex, "?+".contains(characters[rest]) { rest += 1 }
            return PatternOpenings.letters(String(characters[rest...])).map(union)
        default: return self
        }
    }
}

