import Foundation

/// Folding of Vietnamese text for slugs, search keys and loose comparison.
public enum VietnameseFolding {
    /// Strips every diacritic and maps đ/Đ to d, keeping case: "Đảng ủy" → "Dang uy".
    /// Unicode folding alone leaves đ as đ (it is a letter, not d plus a mark).
    public static func stripDiacritics(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "đ": scalars.append("d")
            case "Đ": scalars.append("D")
            default:
                if scalar.properties.generalCategory != .nonspacingMark { scalars.append(scalar) }
            }
        }
        return String(scalars)
    }

    /// A lowercase ASCII key with single spaces between words and no punctuation:
    /// "Đảng uỷ Khối, các cơ quan" → "dang uy khoi cac co quan".
    public static func looseKey(_ text: String) -> String {
        var key = ""
        key.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in stripDiacritics(text).lowercased() {
            if character.isLetter || character.isNumber {
                if pendingSpace, !key.isEmpty { key.append(" ") }
                pendingSpace = false
                key.append(character)
            } else {
                pendingSpace = true
            }
        }
        return key
    }

    /// The words of `looseKey`.
    public static func looseWords(_ text: String) -> [Substring] {
        looseKey(text).split(separator: " ")
    }
}

/// ASCII slugs for URLs: "Đảng ủy Khối các cơ quan Trung ương" → "dang-uy-khoi-cac-co-quan-trung-uong".
public enum Slug {
    public static let maximumLength = 80

    public static func make(_ text: String, maximumLength: Int = Slug.maximumLength) -> String {
        let words = VietnameseFolding.looseWords(text).map { word in
            String(word.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil) }.map(Character.init))
        }.filter { !$0.isEmpty }
        var slug = ""
        for word in words {
            let candidate = slug.isEmpty ? word : slug + "-" + word
            if candidate.count > maximumLength {
                if slug.isEmpty { slug = String(word.prefix(maximumLength)) }
                break
            }
            slug = candidate
        }
        return slug
    }
}
