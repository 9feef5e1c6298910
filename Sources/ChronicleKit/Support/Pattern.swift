import Foundation
import Synchronization

/// A compiled regular expression with a Swift-string API.
///
/// NSRegularExpression, not Swift Regex: it is several times faster on Linux, and the
/// patterns come from data files at run time. Compile once, reuse everywhere.
public struct Pattern: @unchecked Sendable {
    // NSRegularExpression is immutable and documented as thread-safe.
    private let regex: NSRegularExpression
    /// As written, without the guard `guardedAtOpening` put before it: for a text holding a character whose case folding is
    /// more than one letter ("ß" is "ss", "ﬁ" is "fi"), which ICU matches to a pattern opening with those letters though the
    /// guard's class does not hold it. Nil when no guard was put.
    private let unguarded: NSRegularExpression?
    public let source: String
    /// The phrases one of which every match holds, when the source tells; a text without them is not put to ICU.
    private let prefilter: LazyPrefilter

    /// A pattern from a data file; a bad one is reported with its text, so it can be found.
    public init(_ source: String, caseInsensitive: Bool = true) throws {
        var options: NSRegularExpression.Options = [.useUnicodeWordBoundaries]
        if caseInsensitive { options.insert(.caseInsensitive) }
        do {
            let guarded = Self.guardedAtOpening(source)
            self.regex = try NSRegularExpression(pattern: guarded, options: options)
            self.unguarded = guarded == source ? nil : try NSRegularExpression(pattern: source, options: options)
            #if DEBUG
            if unguarded != nil { Self.guardedSources.withLock { $0.insert(GuardedSource(source: source, caseInsensitive: caseInsensitive)) } }
            #endif
        } catch {
            throw ChronicleError("invalid pattern `\(source.count > 160 ? String(source.prefix(160)) + "…" : source)`",
                                 hint: "check the patterns in Content/data/*.yml (ICU regular expressions)")
        }
        self.source = source
        self.prefilter = LazyPrefilter(source: source)
    }

    /// A pattern opening with a look-behind ("(?<!\\p{L})(?:Bằng khen|Giấy khen)") is tried by ICU at every position of a text,
    /// look-behind first: led by a guard of the letters its matches open with, most positions fail at one comparison. A
    /// pattern opening otherwise is left as written (ICU finds the places a plain letter or phrase opens by itself).
    static func guardedAtOpening(_ source: String) -> String {
        guard source.hasPrefix("(?<!") || source.hasPrefix("(?<=") else { return source }
        return leadingLetterGuard([source]) + source
    }

    #if DEBUG
    struct GuardedSource: Hashable { let source: String, caseInsensitive: Bool }
    /// Every source a guard was put before, for the tests to prove the guard changes no match.
    static let guardedSources = Mutex<Set<GuardedSource>>([])
    #endif

    /// For patterns written in code, which are known to compile.
    public init(literal source: String, caseInsensitive: Bool = true) {
        do { try self.init(source, caseInsensitive: caseInsensitive) } catch {
            preconditionFailure("invalid built-in pattern \(source): \(error)")
        }
    }

    public struct Match {
        public let text: String
        let result: NSTextCheckingResult

        /// The whole match.
        public var range: Range<String.Index> { Self.range(result.range, in: text)! }
        public var value: Substring { text[range] }

        /// A capture group, or nil when it did not take part.
        public subscript(group: Int) -> Substring? {
            guard group < result.numberOfRanges, let range = Self.range(result.range(at: group), in: text) else { return nil }
            return text[range]
        }

        public func range(of group: Int) -> Range<String.Index>? {
            guard group < result.numberOfRanges else { return nil }
            return Self.range(result.range(at: group), in: text)
        }

        public subscript(name: String) -> Substring? {
            guard let range = Self.range(result.range(withName: name), in: text) else { return nil }
            return text[range]
        }

        /// UTF-16 offsets to string indices. Unlike `Range(_:in:)` this never fails inside a
        /// grapheme cluster (a stray combining mark after a digit): the indices are UTF-16 positions,
        /// which String slicing accepts. Nil only for a group that did not take part.
        static func range(_ nsRange: NSRange, in text: String) -> Range<String.Index>? {
            guard nsRange.location != NSNotFound else { return nil }
            let utf16 = text.utf16
            guard nsRange.location + nsRange.length <= utf16.count else { return nil }
            let lower = utf16.index(utf16.startIndex, offsetBy: nsRange.location)
            let upper = utf16.index(lower, offsetBy: nsRange.length)
            return lower..<upper
        }
    }

    /// The guarded expression, but for a text whose case folding the guard does not hold (see `unguarded`).
    private func matcher(for text: String) -> NSRegularExpression {
        guard let unguarded, FoldedTextCache.current.folded(text) == nil else { return regex }
        return unguarded
    }

    /// False when the text holds none of the phrases every match holds, so ICU need not be asked.
    private func mayMatch(_ text: String) -> Bool {
        guard let prefilter = prefilter.value, let folded = FoldedTextCache.current.folded(text) else { return true }
        let admitted = prefilter.admits(folded)
        #if DEBUG || FUZZING
        // Debug builds (the tests, `make evaluate`) and the fuzzer prove each refusal against ICU.
        if !admitted, let found = (unguarded ?? regex).firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) {
            preconditionFailure("the prefilter of `\(source)` refused a text it matches at \(found.range): \(text)")
        }
        #endif
        return admitted
    }

    public func firstMatch(in text: String) -> Match? {
        guard mayMatch(text) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        return matcher(for: text).firstMatch(in: text, options: [], range: range).map { Match(text: text, result: $0) }
    }

    public func matches(in text: String) -> [Match] {
        guard mayMatch(text) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return matcher(for: text).matches(in: text, options: [], range: range).map { Match(text: text, result: $0) }
    }

    public func matches(_ text: String) -> Bool {
        guard mayMatch(text) else { return false }
        let range = NSRange(text.startIndex..., in: text)
        return matcher(for: text).firstMatch(in: text, options: [], range: range) != nil
    }

    /// The text between matches.
    public func split(_ text: String) -> [String] {
        guard mayMatch(text) else { return [text] }
        let nsText = text as NSString
        var parts: [String] = []
        var start = 0
        for match in matcher(for: text).matches(in: text, range: NSRange(location: 0, length: nsText.length)) {
            parts.append(nsText.substring(with: NSRange(location: start, length: match.range.location - start)))
            start = match.range.upperBound
        }
        parts.append(nsText.substring(from: start))
        return parts
    }

    public func replacingMatches(in text: String, with template: String) -> String {
        guard mayMatch(text) else { return text }
        let range = NSRange(text.startIndex..., in: text)
        return matcher(for: text).stringByReplacingMatches(in: text, options: [], range: range, withTemplate: template)
    }

    /// The first match inside `range` (UTF-16), optionally only one starting at its start.
    public func firstMatch(in text: String, range: NSRange, anchored: Bool = false) -> NSRange? {
        firstResult(in: text, options: anchored ? [.anchored] : [], range: range).map(\.range)
    }

    /// As `firstMatch(in:range:)`, with the match's groups.
    public func match(in text: String, range: NSRange) -> Match? {
        firstResult(in: text, range: range).map { Match(text: text, result: $0) }
    }

    public func matches(in text: String, range: NSRange) -> [NSRange] {
        results(in: text, range: range).map(\.range)
    }

    /// Foundation's results inside `range` (UTF-16), for callers that read groups by offset.
    public func results(in text: String, range: NSRange) -> [NSTextCheckingResult] {
        guard mayMatch(text) else { return [] }
        return matcher(for: text).matches(in: text, options: [], range: range)
    }

    /// Foundation's first result inside `range` (UTF-16); `.anchored` for one starting at its start.
    public func firstResult(in text: String, options: NSRegularExpression.MatchingOptions = [], range: NSRange) -> NSTextCheckingResult? {
        // An anchored try costs ICU one position, less than looking through the whole text for the phrases.
        guard options.contains(.anchored) || mayMatch(text) else { return nil }
        return matcher(for: text).firstMatch(in: text, options: options, range: range)
    }

    /// Literal phrases as one alternation, longest first so "Ngày cập nhật" wins over "Ngày".
    public static func phrases(_ phrases: [String]) -> String {
        // None matches nothing: an empty alternation would match everywhere (a missing data key, say).
        guard !phrases.isEmpty else { return "(?!)" }
        return phraseList(phrases).joined(separator: "|")
    }

    /// The phrases `phrases` joins, each once, escaped, longest first: for `letterGroupedAlternatives`.
    public static func phraseList(_ phrases: [String]) -> [String] {
        Array(Set(phrases)).sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }.map(escape)
    }

    /// Patterns from a data file as one alternation, in their order; none matches nothing (an empty
    /// alternation would match everywhere).
    public static func alternatives(_ patterns: [String]) -> String {
        patterns.isEmpty ? "(?!)" : patterns.map { "(?:\($0))" }.joined(separator: "|")
    }

    /// As `alternatives`, with the patterns that open with a plain letter grouped by it: "(?:b(?:an …|ộ …)|đ(?:ảng …))".
    /// ICU tries every alternative in turn at each position, and most of a long list fail on their first letter; grouped,
    /// a position tries one letter a group. Only runs of such patterns are grouped (any other pattern ends a run), and the
    /// patterns of a run that open with different letters can never match at one position, so the alternative that matches
    /// is the one it was (same-letter patterns keep their order).
    /// `caseInsensitive` must say how the pattern holding them matches: grouped without case, "Ban" and "ban" share a letter.
    /// Only a letter of one code point opens a group (ICU compares code points; a letter with a combining mark, written
    /// decomposed, ends the run), and no pattern may use numbered groups, which grouping renumbers.
    public static func letterGroupedAlternatives(_ patterns: [String], caseInsensitive: Bool) -> String {
        guard !patterns.isEmpty else { return "(?!)" }
        func leadingLetter(_ pattern: String) -> Character? {
            let characters = Array(pattern.prefix(2))
            guard let first = characters.first, first.isLetter, first.unicodeScalars.count == 1,
                  characters.count < 2 || !"?*+{".contains(characters[1]), !hasTopLevelBar(pattern) else { return nil }
            return first
        }
        var parts: [String] = []
        var run: [(key: Character, letter: Character, rests: [String])] = []
        func endRun() {
            for group in run {
                parts.append(group.rests.count == 1 ? "(?:\(group.letter)\(group.rests[0]))"
                             : "(?:\(group.letter)(?:" + group.rests.map { "(?:\($0))" }.joined(separator: "|") + "))")
            }
            run = []
        }
        for pattern in patterns {
            guard let letter = leadingLetter(pattern) else {
                endRun()
                parts.append("(?:\(pattern))")
                continue
            }
            let key = caseInsensitive ? Character(letter.lowercased()) : letter
            let rest = String(pattern.dropFirst())
            if let index = run.firstIndex(where: { $0.key == key }) { run[index].rests.append(rest) } else { run.append((key, letter, [rest])) }
        }
        endRun()
        return parts.joined(separator: "|")
    }

    /// As `alternatives`, but when every pattern starts with `^` (and has no `|` outside its groups), the `^` stands
    /// once in front: ICU then tries the line's start only, not every position of it.
    public static func lineStartAlternatives(_ patterns: [String]) -> String {
        guard !patterns.isEmpty, patterns.allSatisfy({ $0.hasPrefix("^") && !hasTopLevelBar($0) }) else { return alternatives(patterns) }
        return "^(?:" + alternatives(patterns.map { String($0.dropFirst()) }) + ")"
    }

    /// "(?=[bgk])" for patterns that each open with a letter ("Bằng khen", "Giấy khen", "Kỷ niệm chương"), put
    /// before look-behinds that ICU would otherwise test at every position of a sentence; empty when any opens otherwise.
    /// `orDigit`: a digit may open a match too (a count: "15 tập thể", "mười tập thể").
    public static func leadingLetterGuard(_ patterns: [String], orDigit: Bool = false) -> String {
        guard let letters = openingLetters(patterns), !letters.isEmpty else { return "" }
        // Strings, not Characters: a capital may be two letters ("ß" is "SS"), no one Character.
        let both = Set(letters.flatMap { [$0, $0.uppercased()] })
        return "(?=[" + (orDigit ? "\\d" : "") + both.sorted().joined() + "])"
    }

    /// The letters (lowercased) the patterns open with (see `PatternOpenings`); nil when any pattern may open otherwise
    /// (with a class or an escape, say), and then any character may begin a match.
    public static func openingLetters(_ patterns: [String]) -> Set<String>? {
        var letters = Set<String>()
        for pattern in patterns {
            guard let opening = PatternOpenings.letters(pattern) else { return nil }
            letters.formUnion(opening)
        }
        return letters
    }

    /// A `|` outside every group and character class: "^a|b" is "(^a)|b".
    static func hasTopLevelBar(_ pattern: String) -> Bool {
        PatternOpenings.topLevelAlternatives(Array(pattern)[...]).count > 1
    }

    /// Escapes a literal phrase from a data file for use inside a pattern.
    public static func escape(_ literal: String) -> String {
        NSRegularExpression.escapedPattern(for: literal)
    }
}
