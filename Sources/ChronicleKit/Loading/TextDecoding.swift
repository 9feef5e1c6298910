import Foundation

/// Bytes of an article file to normalized text: UTF-8 (BOM stripped) or UTF-16 with a BOM,
/// Windows-1258 as a fallback for old Vietnamese files, then LF line ends and NFC.
public enum TextDecoding {
    public struct Decoded: Sendable {
        public var text: String
        public var diagnostics: [Diagnostic]
    }

    /// Windows-1258 (Vietnamese) in CoreFoundation's numbering, which Foundation on Linux accepts.
    static let windows1258 = String.Encoding(rawValue: 0x8000_0508)

    /// Returns nil, with the reason in `diagnostics`, for files that hold no text (empty, binary).
    public static func decode(_ data: Data, file: String, diagnostics: inout [Diagnostic]) -> String? {
        if data.isEmpty {
            diagnostics.append(.warning(file: file, "the file is empty; skipped", hint: "delete it or paste the article into it"))
            return nil
        }
        let bytes = [UInt8](data)
        var text: String?
        if bytes.starts(with: [0xFF, 0xFE]) {
            text = String(data: data.dropFirst(2), encoding: .utf16LittleEndian)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            text = String(data: data.dropFirst(2), encoding: .utf16BigEndian)
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            if body.contains(0) {
                diagnostics.append(.warning(file: file, "this looks like a binary file, not text; skipped",
                                            hint: "articles are .txt or .md files in UTF-8"))
                return nil
            }
            if let offset = firstInvalidUTF8Offset(body) {
                let at = offset + (body.count == bytes.count ? 0 : 3)
                if let legacy = String(data: Data(body), encoding: windows1258), looksVietnamese(legacy) {
                    diagnostics.append(.warning(file: file, "not UTF-8 (invalid byte at offset \(at)); decoded as Windows-1258",
                                                hint: "save the file as UTF-8 to silence this"))
                    text = legacy
                } else {
                    diagnostics.append(.warning(file: file, "invalid UTF-8 at byte offset \(at); unreadable bytes shown as �",
                                                hint: "re-save the file as UTF-8"))
                    text = String(decoding: body, as: UTF8.self)
                }
            } else {
                text = String(decoding: body, as: UTF8.self)
            }
        }
        guard let text else {
            diagnostics.append(.warning(file: file, "the UTF-16 text could not be decoded; skipped", hint: "re-save the file as UTF-8"))
            return nil
        }
        return normalize(text)
    }

    /// LF line ends and NFC, so "ủy" typed with combining marks equals "ủy" typed precomposed.
    public static func normalize(_ text: String) -> String {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.utf8.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return isSurelyNFC(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// True when no scalar could change under NFC: below the combining marks (U+0300), Vietnamese
    /// precomposed letters (U+1E00–U+1EFF) and punctuation (U+2002–U+206F). Most articles are only
    /// these, and normalizing them is the costliest step of loading.
    static func isSurelyNFC(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            let value = scalar.value
            return value < 0x300 || (0x1E00...0x1EFF).contains(value) || (0x2002...0x206F).contains(value)
        }
    }

    /// Byte offset of the first byte that is not part of a well-formed UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            var minimum: UInt32 = 0
            switch lead {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            var scalar = UInt32(lead) & (0xFF >> (length + 1))
            for next in bytes[(index + 1)..<(index + length)] {
                guard next & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }

    /// Windows-1258 decodes any byte string; only accept it when Vietnamese letters come out.
    static func looksVietnamese(_ text: String) -> Bool {
        let normalized = text.precomposedStringWithCanonicalMapping
        let vietnamese = normalized.unicodeScalars.filter { (0x1EA0...0x1EF9).contains($0.value) || "đĐăĂâÂêÊôÔơƠưƯ".unicodeScalars.contains($0) }.count
        let controls = normalized.unicodeScalars.filter { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\r" && $0 != "\t" }.count
        return vietnamese > 0 && controls == 0
    }
}
