/// Folds older Vietnamese tone placement to the modern one ("Hoà" → "Hòa", "uỷ" → "ủy") so
/// names match whatever the article's spelling. Each pair keeps the text's length, so ranges
/// found in folded text point at the same characters of the original.
public struct SpellingFolder: Sendable {
    public struct Source: Codable, Sendable {
        var schema: String
        var variants: [[String]]

        static let schemaName = "chronicle.spelling/1"
        static let keys: Set<String> = ["schema", "variants"]
    }

    /// First scalar of an old-style pair → (second scalar, replacement pair).
    private let pairs: [Unicode.Scalar: [(Unicode.Scalar, [Unicode.Scalar])]]

    public init(sources: [Source]) throws {
        var pairs: [Unicode.Scalar: [(Unicode.Scalar, [Unicode.Scalar])]] = [:]
        for source in sources {
            for variant in source.variants {
                let old = Array(variant.first?.precomposedStringWithCanonicalMapping.unicodeScalars ?? "".unicodeScalars)
                let new = Array(variant.last?.precomposedStringWithCanonicalMapping.unicodeScalars ?? "".unicodeScalars)
                guard variant.count == 2, old.count == 2, new.count == 2 else {
                    throw ChronicleError(file: "spelling.yml", "each variant is a pair of two-letter spellings, e.g. [oà, òa]; found \(variant)")
                }
                for (from, to) in [(old, new), (old.map { Self.upper($0) }, new.map { Self.upper($0) })] {
                    pairs[from[0], default: []].append((from[1], to))
                }
            }
        }
        self.pairs = pairs
    }

    private static func upper(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        String(scalar).uppercased().unicodeScalars.first ?? scalar
    }

    public func fold(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if let candidates = pairs[scalar], index + 1 < scalars.count,
               let match = candidates.first(where: { $0.0 == scalars[index + 1] }),
               index + 2 >= scalars.count || !scalars[index + 2].properties.isAlphabetic,
               index == 0 || (scalars[index - 1] != "q" && scalars[index - 1] != "Q") {
                result.append(contentsOf: match.1)
                index += 2
                continue
            }
            result.append(scalar)
            index += 1
        }
        return String(result)
    }
}
