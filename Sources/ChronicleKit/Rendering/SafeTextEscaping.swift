import Mustache

/// Escapes a value so that, placed anywhere in a Chronicle template, it reads as literal text
/// both in Markdown and inside the template's own raw HTML.
///
/// Article text is untrusted: no value may open a tag, a link, an image, emphasis, a heading,
/// a list or a table. HTML's five characters become entities; Markdown's inline punctuation
/// becomes numeric character references, which CommonMark treats as literal text (not syntax)
/// and which browsers decode in HTML too, so one escaping is right in both contexts and
/// partials need no care. Block markers (# + = 1.) only act at the start of a line, and a
/// value can only start a line at its own start because line breaks are folded into spaces.
/// Runs of hyphens are escaped so smart punctuation never turns an article's "--" into a dash.
public enum SafeTextEscaping {
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        var pendingSpace = false
        var atStart = true
        var index = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.unicodeScalars.append(" ") }
            pendingSpace = false
            if atStart {
                atStart = false
                if let entity = blockStartEntity(scalar) {
                    result += entity
                    continue
                }
                if scalar.properties.numericType != nil, scalar.isASCII {
                    // "1. item" and "1) item" start ordered lists: escape the delimiter after the digits.
                    result.unicodeScalars.append(scalar)
                    while index < scalars.endIndex, scalars[index].isASCII, scalars[index].properties.numericType != nil {
                        result.unicodeScalars.append(scalars[index])
                        index = scalars.index(after: index)
                    }
                    if index < scalars.endIndex, scalars[index] == "." || scalars[index] == ")" {
                        result += scalars[index] == "." ? "&#46;" : "&#41;"
                        index = scalars.index(after: index)
                    }
                    continue
                }
            }
            if scalar == "-" {
                let next = index < scalars.endIndex ? scalars[index] : " "
                result += next == "-" || result.hasSuffix("&#45;") ? "&#45;" : "-"
            } else if let entity = inlineEntity(scalar) {
                result += entity
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Characters that are syntax anywhere in a line, in HTML or in Markdown.
    static func inlineEntity(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "&": return "&amp;"
        case "<": return "&lt;"
        case ">": return "&gt;"
        case "\"": return "&quot;"
        case "'": return "&#39;"
        case "*": return "&#42;"
        case "_": return "&#95;"
        case "`": return "&#96;"
        case "[": return "&#91;"
        case "]": return "&#93;"
        case "\\": return "&#92;"
        case "|": return "&#124;"
        case "~": return "&#126;"
        case "{": return "&#123;"
        case "}": return "&#125;"
        default: return nil
        }
    }

    /// Characters that open a block when they start a line: headings, lists, quotes, breaks.
    static func blockStartEntity(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "#": return "&#35;"
        case "-": return "&#45;"
        case "+": return "&#43;"
        case "=": return "&#61;"
        default: return nil
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
