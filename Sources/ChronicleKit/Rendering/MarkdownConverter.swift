import CMark
import Foundation

/// CommonMark to HTML with libcmark.
///
/// Raw HTML is let through (`CMARK_OPT_UNSAFE`) because only templates write it: every value
/// from an article reaches the Markdown already escaped by `SafeTextEscaping`.
public enum MarkdownConverter {
    static let options = CMARK_OPT_SMART | CMARK_OPT_UNSAFE

    public static func html(from markdown: String) -> String {
        var markdown = markdown
        return markdown.withUTF8 { buffer in
            guard let base = buffer.baseAddress,
                  let output = base.withMemoryRebound(to: CChar.self, capacity: buffer.count, { cmark_markdown_to_html($0, buffer.count, options) })
            else { return "" }
            defer { free(output) }
            return String(cString: output)
        }
    }
}
