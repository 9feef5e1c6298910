import Foundation

/// Patterns from a data file asked one question ("does any of them match here?"), each compiled on its own rather than
/// as one alternation. ICU tries every alternative of an alternation at each position of a text, and the prefilter of
/// a long list admits nearly every sentence, since some alternative holds a common word ("trong", "có"); alone, each
/// pattern's prefilter turns most sentences away, and ICU tries only the few patterns whose phrases are there.
/// The `cumulative` phrases of awards.yml cost 1.2 ms a sentence as one alternation.
struct PatternSet: Sendable {
    let patterns: [Pattern]

    /// `prefix` opens each pattern: "(?<!\\p{L})" for patterns that begin a word.
    init(_ sources: [String], prefix: String = "", caseInsensitive: Bool = true) throws {
        patterns = try sources.map { try Pattern("\(prefix)(?:\($0))", caseInsensitive: caseInsensitive) }
    }

    /// Whether some pattern matches where `accept` takes the match (the range in UTF-16 units). Each pattern's matches are
    /// offered in turn, not only the leftmost of them all: a match one pattern's earlier match overlaps is still asked.
    func contains(in text: String, where accept: (NSRange) -> Bool) -> Bool {
        let whole = NSRange(location: 0, length: (text as NSString).length)
        return patterns.contains { pattern in pattern.matches(in: text, range: whole).contains(where: accept) }
    }
}
