import Synchronization

/// Search terms numbered in the order this process first saw them, so that documents' terms are
/// kept (`SearchIndex.termCodesMemo`) and merged as numbers. Numbers never reach the index files,
/// which are written in term order.
final class TermNumbers: Sendable {
    private struct Table {
        var numbers: [String: Int32] = [:]
        var terms: [String] = []
    }

    private let table = Mutex(Table())

    /// `number × 2 + 1` for a term in the names, `number × 2` for one only in the text.
    func codes(_ documentTerms: [String: Bool]) -> [Int32] {
        table.withLock { table in
            documentTerms.map { term, inNames in
                let number = table.numbers[term] ?? {
                    let new = Int32(table.terms.count)
                    table.numbers[term] = new
                    table.terms.append(term)
                    return new
                }()
                return number * 2 + (inNames ? 1 : 0)
            }
        }
    }

    /// Numbers the terms in this order, from 0, when no term is numbered yet (`SearchTermsCache`); false otherwise.
    func restore(_ terms: [String]) -> Bool {
        table.withLock { table in
            guard table.terms.isEmpty else { return false }
            table.terms = terms
            table.numbers = Dictionary(terms.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
            return true
        }
    }

    /// Every term numbered so far, in number order.
    func all() -> [String] {
        table.withLock { $0.terms }
    }

    /// The terms numbered 0 to `count` − 1.
    func terms(upTo count: Int) -> ArraySlice<String> {
        table.withLock { $0.terms[..<count] }
    }
}
