import Foundation
import Synchronization

/// The literal phrases one of which every match of a pattern holds, read from the pattern's source, so that a text
/// holding none of them is turned away without asking ICU. ICU tries a pattern at every position of a text, and a long
/// alternation from the data files (cumulative figures, unit kinds) costs a fraction of a millisecond per sentence;
/// searching a few byte strings costs microseconds.
///
/// The reading is conservative: any syntax it does not know makes that part "anything", and a pattern it cannot
/// read at all gets no prefilter. Phrases are compared case-folded (see `CaseFolding`), which is right for
/// case-sensitive patterns too: a match there is a match ignoring case.
struct LiteralPrefilter: Sendable {
    /// Folded UTF-8 phrases; a match holds at least one.
    let phrases: [[UInt8]]

    init?(source: String) {
        var parser = Parser(Array(source.unicodeScalars))
        guard let info = parser.parseWhole(), case .oneOf(let phrases) = info.need,
              phrases.allSatisfy({ $0.count >= 2 }) else { return nil }
        // A phrase holding another of the set is implied by it: keep the shorter.
        let sorted = phrases.sorted { $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1) }
        var kept: [[UInt8]] = []
        for phrase in sorted where !kept.contains(where: { Self.contains(phrase, $0) }) { kept.append(phrase) }
        self.phrases = kept
    }

    /// Whether folded text may hold a match.
    func admits(_ folded: [UInt8]) -> Bool {
        folded.withUnsafeBytes { text in phrases.contains { phrase in phrase.withUnsafeBytes { ByteSearch.contains($0, in: text) } } }
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBytes { text in needle.withUnsafeBytes { ByteSearch.contains($0, in: text) } }
    }

    // MARK: - Reading a pattern

    /// What the strings a part of a pattern matches must hold: one of a set of phrases, or nothing known.
    enum Need: Equatable {
        case anything
        case oneOf(Set<[UInt8]>)
    }

    /// A part of a pattern: the finite set of strings it matches when small and known (`exact`), and what any of them holds.
    struct Info {
        var exact: Set<[UInt8]>?
        var need: Need

        static let empty = Info(exact: [[]], need: .anything)
        static let unknown = Info(exact: nil, need: .anything)

        static func exactly(_ strings: Set<[UInt8]>) -> Info {
            Info(exact: strings, need: strings.contains([]) ? .anything : .oneOf(strings))
        }
    }

    static let exactLimit = 16, phraseLimit = 400

    /// The more selective of two needs that both hold: the one whose shortest phrase is longer.
    static func stronger(_ a: Need, _ b: Need) -> Need {
        func score(_ need: Need) -> Int {
            guard case .oneOf(let phrases) = need, let shortest = phrases.map(\.count).min() else { return -1 }
            return shortest * 1000 - min(phrases.count, 999)
        }
        return score(b) > score(a) ? b : a
    }

    /// A recursive-descent reader of ICU pattern syntax, as far as literals go.
    struct Parser {
        let scalars: [Unicode.Scalar]
        var position = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        /// Nil when the pattern uses syntax this reader does not know well enough to be safe.
        mutating func parseWhole() -> Info? {
            guard let info = parseAlternation(), position == scalars.count else { return nil }
            return info
        }

        private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }
        private func peek(_ offset: Int) -> Unicode.Scalar? { position + offset < scalars.count ? scalars[position + offset] : nil }

        private mutating func parseAlternation() -> Info? {
            var branches: [Info] = []
            while true {
                guard let branch = parseSequence() else { return nil }
                branches.append(branch)
                guard current == "|" else { break }
                position += 1
            }
            guard branches.count > 1 else { return branches[0] }
            if branches.allSatisfy({ $0.exact != nil }) {
                let union = branches.reduce(into: Set<[UInt8]>()) { $0.formUnion($1.exact!) }
                if union.count <= exactLimit { return .exactly(union) }
            }
            var phrases = Set<[UInt8]>()
            for branch in branches {
                guard case .oneOf(let some) = branch.need else { return .unknown }
                phrases.formUnion(some)
            }
            return Info(exact: nil, need: phrases.count <= phraseLimit ? .oneOf(phrases) : .anything)
        }

        private mutating func parseSequence() -> Info? {
            var run: Set<[UInt8]> = [[]]     // the exact strings of the latest run of exactly known parts
            var best = Need.anything          // the strongest need of the parts before that run
            var allExact = true
            while let scalar = current, scalar != "|", scalar != ")" {
                guard let atom = parseAtom(), let part = parseQuantifier(on: atom) else { return nil }
                if let exact = part.exact {
                    if run.count * exact.count <= exactLimit {
                        run = Set(run.flatMap { head in exact.map { head + $0 } })
                    } else {
                        best = stronger(best, Info.exactly(run).need)
                        run = exact
                        allExact = false
                    }
                } else {
                    best = stronger(stronger(best, Info.exactly(run).need), part.need)
                    run = [[]]
                    allExact = false
                }
            }
            return allExact ? .exactly(run) : Info(exact: nil, need: stronger(best, Info.exactly(run).need))
        }

        private mutating func parseQuantifier(on atom: Info) -> Info? {
            guard let scalar = current else { return atom }
            var minimum = 1, maximum: Int? = 1
            switch scalar {
            case "?": minimum = 0; position += 1
            case "*": minimum = 0; maximum = nil; position += 1
            case "+": maximum = nil; position += 1
            case "{":
                position += 1
                guard let low = readNumber() else { return nil }
                minimum = low
                if current == "," {
                    position += 1
                    maximum = readNumber()
                } else {
                    maximum = low
                }
                guard current == "}" else { return nil }
                position += 1
            default: return atom
            }
            if current == "?" || current == "+" { position += 1 }   // lazy or possessive: the same strings
            if minimum == 1 && maximum == 1 { return atom }
            if minimum == 0 {
                if maximum == 1, let exact = atom.exact { return .exactly(exact.union([[]])) }
                return .unknown
            }
            return Info(exact: nil, need: atom.exact.map { Info.exactly($0).need } ?? atom.need)
        }

        private mutating func readNumber() -> Int? {
            var digits = ""
            while let scalar = current, ("0"..."9").contains(scalar) { digits.unicodeScalars.append(scalar); position += 1 }
            return Int(digits)
        }

        private mutating func parseAtom() -> Info? {
            guard let scalar = current else { return nil }
            position += 1
            switch scalar {
            case "(": return parseGroup()
            case "[": return readClass()
            case ".": return .unknown
            case "^", "$": return .empty
            case "\\": return parseEscape()
            case "*", "+", "?", "{": return nil
            default: return literal(scalar)
            }
        }

        private func literal(_ scalar: Unicode.Scalar) -> Info {
            guard let folded = CaseFolding.fold(scalar) else { return .unknown }
            return .exactly([Array(String(folded).utf8)])
        }

        private mutating func parseGroup() -> Info? {
            var zeroWidth = false
            if current == "?" {
                position += 1
                guard let kind = current else { return nil }
                switch kind {
                case ":", ">": position += 1
                case "=", "!": position += 1; zeroWidth = true
                case "#":
                    while let scalar = current, scalar != ")" { position += 1 }
                    guard current == ")" else { return nil }
                    position += 1
                    return .empty
                case "<":
                    position += 1
                    if current == "=" || current == "!" {
                        position += 1; zeroWidth = true
                    } else {
                        while let scalar = current, scalar != ">" {
                            guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) else { return nil }
                            position += 1
                        }
                        guard current == ">" else { return nil }
                        position += 1
                    }
                default:
                    // Flags: "(?i)", "(?-i)", "(?i:…)". Case does not matter here; free spacing ("x") changes the syntax.
                    while let scalar = current, "imsw-".unicodeScalars.contains(scalar) { position += 1 }
                    guard let end = current else { return nil }
                    position += 1
                    if end == ")" { return .empty }
                    guard end == ":" else { return nil }
                }
            }
            guard let inner = parseAlternation(), current == ")" else { return nil }
            position += 1
            return zeroWidth ? .empty : inner
        }

        /// A character class: a small list of plain letters is an exact set of them; anything else is one unknown character.
        private mutating func readClass() -> Info? {
            var depth = 1, members: [Unicode.Scalar] = [], plain = current != "^" && current != "]"
            guard current != "]" && !(current == "^" && peek(1) == "]") else { return nil }
            while depth > 0 {
                guard let scalar = current else { return nil }
                position += 1
                switch scalar {
                case "\\":
                    plain = false
                    // "[\Q]\E]": a quoted "]" would end the class as read here.
                    guard let escaped = current, escaped != "Q", escaped != "E" else { return nil }
                    position += 1
                    if "pPxN".unicodeScalars.contains(escaped), current == "{" {
                        while let inner = current, inner != "}" { position += 1 }
                        guard current == "}" else { return nil }
                        position += 1
                    }
                case "[": depth += 1; plain = false
                case "]": depth -= 1
                default:
                    if "-&^: ".unicodeScalars.contains(scalar) || scalar.properties.isWhitespace { plain = false }
                    members.append(scalar)
                }
            }
            guard plain, !members.isEmpty else { return .unknown }
            var folded = Set<[UInt8]>()
            for member in members {
                guard let letter = CaseFolding.fold(member) else { return .unknown }
                folded.insert(Array(String(letter).utf8))
            }
            return folded.count <= 8 ? .exactly(folded) : .unknown
        }

        private mutating func parseEscape() -> Info? {
            guard let scalar = current else { return nil }
            position += 1
            switch scalar {
            case "b", "B", "A", "z", "Z", "G": return .empty
            case "s", "S", "d", "D", "w", "W", "h", "H", "v", "V", "R", "X", "t", "n", "r", "e", "f", "a": return .unknown
            case "p", "P", "x", "N":
                if current == "{" {
                    while let inner = current, inner != "}" { position += 1 }
                    guard current == "}" else { return nil }
                    position += 1
                } else if scalar == "x" {
                    position += min(2, scalars.count - position)
                } else if scalar != "N" {
                    position += 1   // "\pL"
                } else {
                    return nil
                }
                return .unknown
            case "u": position += min(4, scalars.count - position); return .unknown
            case "U": position += min(8, scalars.count - position); return .unknown
            case "c": position += 1; return .unknown
            case "k":
                guard current == "<" else { return nil }
                while let inner = current, inner != ">" { position += 1 }
                guard current == ">" else { return nil }
                position += 1
                return .unknown
            case "0"..."9":
                while let digit = current, ("0"..."9").contains(digit) { position += 1 }
                return .unknown
            default:
                // Any other escaped letter or digit is syntax this reader does not know; punctuation stands for itself.
                if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) { return nil }
                return literal(scalar)
            }
        }
    }
}

/// A pattern's prefilter, read from its source the first time the pattern is asked: a run asks few of the thousand patterns
/// the data files compile (one article's `chronicle extract`), and reading them all would cost it 50 ms.
final class LazyPrefilter: @unchecked Sendable {
    private let source: String
    private let ready = Atomic<Bool>(false)
    private let lock = NSLock()
    // Written once, under the lock, before `ready` is released; read only after it is acquired.
    private var computed: LiteralPrefilter?

    init(source: String) { self.source = source }

    var value: LiteralPrefilter? {
        if ready.load(ordering: .acquiring) { return computed }
        lock.withLock {
            guard !ready.load(ordering: .relaxed) else { return }
            computed = LiteralPrefilter(source: source)
            ready.store(true, ordering: .releasing)
        }
        return computed
    }
}
