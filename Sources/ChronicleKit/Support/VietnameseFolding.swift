import Foundation

/// Folding of Vietnamese text for slugs, search keys and loose comparison.
public enum VietnameseFolding {
    /// Base letter of every precomposed Latin letter with diacritics (À…ỹ), đ/Đ included:
    /// computed once, so folding is a table lookup rather than a Unicode decomposition.
    private static let baseLetterTable = BaseLetterTable()

    /// Two flat tables over the ranges that hold precomposed Latin letters, indexed by offset
    /// (a dictionary lookup per letter was a visible share of loading; so was looping over the ranges).
    private struct BaseLetterTable: Sendable {
        static let latin = UInt32(0x00C0)...UInt32(0x024F)
        static let vietnamese = UInt32(0x1E00)...UInt32(0x1EFF)
        let latinBases: [UInt8]
        let vietnameseBases: [UInt8]

        init() {
            func bases(_ range: ClosedRange<UInt32>) -> [UInt8] {
                range.map { value -> UInt8 in
                    if value == 0x0111 { return UInt8(ascii: "d") }
                    if value == 0x0110 { return UInt8(ascii: "D") }
                    guard let scalar = Unicode.Scalar(value) else { return 0 }
                    let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first!
                    return base != scalar && base.isASCII ? UInt8(base.value) : 0
                }
            }
            latinBases = bases(Self.latin)
            vietnameseBases = bases(Self.vietnamese)
        }

        @inline(__always)
        subscript(value: UInt32) -> Unicode.Scalar? {
            let base: UInt8
            if Self.vietnamese.contains(value) {
                base = vietnameseBases[Int(value - Self.vietnamese.lowerBound)]
            } else if Self.latin.contains(value) {
                base = latinBases[Int(value - Self.latin.lowerBound)]
            } else {
                return nil
            }
            return base == 0 ? nil : Unicode.Scalar(base)
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

    /// Bytes throughout: slugs are made for every article on every build.
    public static func make(_ text: String, maximumLength: Int = Slug.maximumLength) -> String {
        var slug: [UInt8] = []
        for word in VietnameseFolding.looseKey(text).utf8.split(separator: 0x20) {
            // looseKey leaves letters outside Vietnamese's alphabet (Greek, CJK) as they are: not in URLs.
            let letters = word.filter { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
            guard !letters.isEmpty else { continue }
            if slug.count + (slug.isEmpty ? 0 : 1) + letters.count > maximumLength {
                if slug.isEmpty { slug = Array(letters.prefix(maximumLength)) }
                break
            }
            if !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
            slug += letters
        }
        return String(decoding: slug, as: UTF8.self)
    }
}
