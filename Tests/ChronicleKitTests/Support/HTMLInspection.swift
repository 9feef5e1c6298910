import Foundation

/// Just enough HTML reading for tests: tags, attributes, text, entities.
enum HTMLInspection {
    /// Values of `attribute` on every tag that has it, e.g. all `href`s.
    static func attributeValues(_ attribute: String, in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "\\s\(attribute)=\"([^\"]*)\"")
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).map { decodeEntities(String(html[Range($0.range(at: 1), in: html)!])) }
    }

    /// Inner HTML of every element `tag`, e.g. each `<p>`'s content.
    static func elements(_ tag: String, in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "<\(tag)(?:\\s[^>]*)?>(.*?)</\(tag)>", options: [.dotMatchesLineSeparators])
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).map { String(html[Range($0.range(at: 1), in: html)!]) }
    }

    /// Every tag name opened in `html`, lowercased.
    static func tagNames(in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "<([a-zA-Z][a-zA-Z0-9]*)")
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).map { String(html[Range($0.range(at: 1), in: html)!]).lowercased() }
    }

    static func decodeEntities(_ text: String) -> String {
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "&", let end = text[index...].firstIndex(of: ";"), text.distance(from: index, to: end) <= 10 {
                let name = text[text.index(after: index)..<end]
                let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
                if let value = named[String(name)] {
                    result += value
                    index = text.index(after: end)
                    continue
                }
                if name.hasPrefix("#"), let code = name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16) : UInt32(name.dropFirst()),
                   let scalar = Unicode.Scalar(code) {
                    result.unicodeScalars.append(scalar)
                    index = text.index(after: end)
                    continue
                }
            }
            result.append(text[index])
            index = text.index(after: index)
        }
        return result
    }
}
