import Mustache

/// Escapes a value so that, placed anywhere in a Chronicle template, it reads as literal text
/// both in Markdown and inside the template's own raw HTML.
///
/// Article text is untrusted: no value may open a tag, a link, an image, emphasis, a heading,
/// a list or a table. HTML's five characters become entities; Markdown's inline punctuation
/// becomes numeric character references, which CommonMark treats as literal text (not syntax)
/// and which browsers decode in HTML too, so one escaping is right in both contexts and
/// partials need no care. Block markers (# - + = 1.) only act at the start of a line, and a
/// value can only start a line at its own start because line breaks are folded into spaces.
/// Runs of hyphens are escaped so smart punctuation never turns an article's "--" into a dash.
public enum SafeTextEscaping {
    public static func escape(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        let bytes = Array(text.utf8)
        var index = 0
        var pendingSpace = false
        var atStart = true
        var previousWasHyphen = false

        func emit(_ entity: StaticString) {
            entity.withUTF8Buffer { output.append(contentsOf: $0) }
        }

        while index < bytes.count {
            let byte = bytes[index]
            let spaceLength = whitespaceLength(bytes, at: index)
            if spaceLength > 0 {
                pendingSpace = !output.isEmpty
                index += spaceLength
                continue
            }
            if pendingSpace {
                output.append(0x20)
                pendingSpace = false
                previousWasHyphen = false
            }
            defer { atStart = false }
            if atStart, let entity = blockStartEntity(byte) {
                emit(entity)
                previousWasHyphen = byte == UInt8(ascii: "-")
                index += 1
                continue
            }
            if atStart, byte >= 0x30, byte <= 0x39 {
                // "1. item" and "1) item" start ordered lists: escape the delimiter after the digits.
                while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                    output.append(bytes[index])
                    index += 1
                }
                if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") {
                    emit(bytes[index] == UInt8(ascii: ".") ? "&#46;" : "&#41;")
                    index += 1
                }
                continue
            }
            if byte == UInt8(ascii: "-") {
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                if next == UInt8(ascii: "-") || previousWasHyphen { emit("&#45;") } else { output.append(byte) }
                previousWasHyphen = true
                index += 1
                continue
            }
            previousWasHyphen = false
            if let entity = inlineEntity(byte) { emit(entity) } else { output.append(byte) }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Bytes of a whitespace or control character at `index`: ASCII ones, no-break and other
    /// Unicode spaces, zero-width spaces and the byte order mark; 0 otherwise.
    private static func whitespaceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x20 || byte == 0x7F || byte == 0x20 { return 1 }
        guard byte >= 0xC2, index + 1 < bytes.count else { return 0 }
        let second = bytes[index + 1]
        if byte == 0xC2, second == 0xA0 || second == 0x85 { return 2 }
        guard index + 2 < bytes.count else { return 0 }
        let third = bytes[index + 2]
        switch (byte, second) {
        case (0xE2, 0x80): return (0x80...0x8B).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
        case (0xE2, 0x81): return third == 0x9F || third == 0xA0 ? 3 : 0
        case (0xE3, 0x80): return third == 0x80 ? 3 : 0
        case (0xEF, 0xBB): return third == 0xBF ? 3 : 0
        default: return 0
        }
    }

    /// Characters that are syntax anywhere in a line, in HTML or in Markdown.
    static func inlineEntity(_ byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): return "&amp;"
        case UInt8(ascii: "<"): return "&lt;"
        case UInt8(ascii: ">"): return "&gt;"
        case UInt8(ascii: "\""): return "&quot;"
        case UInt8(ascii: "'"): return "&#39;"
        case UInt8(ascii: "*"): return "&#42;"
        case UInt8(ascii: "_"): return "&#95;"
        case UInt8(ascii: "`"): return "&#96;"
        case UInt8(ascii: "["): return "&#91;"
        case UInt8(ascii: "]"): return "&#93;"
        case UInt8(ascii: "\\"): return "&#92;"
        case UInt8(ascii: "|"): return "&#124;"
        case UInt8(ascii: "~"): return "&#126;"
        case UInt8(ascii: "{"): return "&#123;"
        case UInt8(ascii: "}"): return "&#125;"
        // A "#" ending a heading line would be read as its closing sequence and dropped.
        case UInt8(ascii: "#"): return "&#35;"
        default: return nil
        }
    }

    /// Characters that open a block when they start a line: headings, lists, quotes, breaks.
    static func blockStartEntity(_ byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "-"): return "&#45;"
        case UInt8(ascii: "+"): return "&#43;"
        case UInt8(ascii: "="): return "&#61;"
        default: return inlineEntity(byte)
        }
    }
}

/// The Mustache content type every Chronicle template is parsed with.
struct SafeTextContentType: MustacheContentType {
    static let name = "CHRONICLE_SAFE_TEXT"

    func escapeText(_ text: String) -> String {
        SafeTextEscaping.escape(text)
    }

    /// Registers the type once per process; the registry is global to swift-mustache.
    static let registered: Void = {
        MustacheContentTypes.register(SafeTextContentType(), named: name)
    }()
}
