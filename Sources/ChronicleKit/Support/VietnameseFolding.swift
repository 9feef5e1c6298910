import Foundation

/// Folding of Vietnamese text for slugs, search keys and loose comparison.
public enum VietnameseFolding {
    /// Base letter of every precomposed Latin letter with diacritics (À…ỹ), đ/Đ included:
    /// computed once, so folding is a table lookup rather than a Unicode decomposition.
    private static let baseLetterTable = BaseLetterTable()

    /// Two flat tables over the ranges that hold precomposed Latin letters, indexed by offset
    /// (a dictionary lookup per letter was a visible share of loading).
    private struct BaseLetterTable: Sendable {
        static let ranges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF]
        let tables: [[UInt8]]

        init() {
            tables = Self.ranges.map { range in
                range.map { value -> UInt8 in
                    if value == 0x0111 { return UInt8(ascii: "d") }
                    if value == 0x0110 { return UInt8(ascii: "D") }
                    guard let scalar = Unicode.Scalar(value) else { return 0 }
                    let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first!
                    return base != scalar && base.isASCII ? UInt8(base.value) : 0
                }
            }
        }

        @inline(__always)
        subscript(value: UInt32) -> Unicode.Scalar? {
            for (index, range) in Self.ranges.enumerated() where range.contains(value) {
                let base = tables[index][Int(value - range.lowerBound)]
                return base == 0 ? nil : Unicode.Scalar(base)
            }
            return nil
        }
    }

    private static func baseLetter(_ value: UInt32) -> Unicode.Scalar? { baseLetterTable[value] }

    /// Strips every diacritic and maps đ/Đ to d, keeping case: "Đảng ủy" → "Dang uy".
    /// Unicode folding alone leaves đ as đ (it is a letter, not d plus a mark).
    public static func stripDiacritics(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                scalars.append(scalar)
            } else if let base = baseLetter(scalar.value) {
                scalars.append(base)
            } else if scalar.properties.generalCategory != .nonspacingMark {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// A lowercase ASCII key with single spaces between words and no punctuation:
    /// "Đảng uỷ Khối, các cơ quan" → "dang uy khoi cac co quan".
    public static func looseKey(_ text: String) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for original in text.unicodeScalars {
            var scalar = original
            if !scalar.isASCII {
                if let base = baseLetter(scalar.value) {
                    scalar = base
                } else if scalar.properties.generalCategory == .nonspacingMark {
                    continue
                } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    if pendingSpace, !key.isEmpty { key.append(0x20) }
                    pendingSpace = false
                    key.append(contentsOf: String(scalar).lowercased().utf8)
                    continue
                } else {
                    pendingSpace = true
                    continue
                }
            }
            switch scalar.value {
            case 0x41...0x5A:
                if pendingSpace, !key.isEmpty { key.append(0x20) }
                pendingSpace = false
                key.append(UInt8(scalar.value + 32))
            case 0x61...0x7A, 0x30...0x39:
                if pendingSpace, !key.isEmpty { key.append(0x20) }
                pendingSpace = false
                key.append(UInt8(scalar.value))
            default:
                pendingSpace = true
            }
        }
        return String(decoding: key, as: UTF8.self)
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
