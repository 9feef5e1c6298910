import Foundation
import Mustache
import Testing
@testable import ChronicleKit

/// Untrusted article text, placed by a template anywhere, comes out of libcmark as literal text.
struct SafeTextEscapingTests {
    static let hostile = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "![x](data:text/html;base64,PHNjcmlwdD4=)",
        "**bold** and _em_ and `code`",
        "# heading",
        "1. item",
        "2) item",
        "- item",
        "+ item",
        "> quote",
        "|a|b|\n|-|-|\n|1|2|",
        "line\n\n# heading after a blank line",
        "    indented code",
        "===",
        "<http://example.com>",
        "&lt;script&gt; &amp; &copy;",
        "{{title}} {{{content}}}",
        "\\*escaped\\*",
        "<!-- comment -->",
        "a --- b -- c - d",
        "--- ",
        "heading ending in #",
    ]

    /// Renders `value` through a Markdown template in three places: a paragraph of its own,
    /// inside link text, and inside the template's own raw HTML.
    func render(_ value: String) throws -> String {
        _ = SafeTextContentType.registered
        let template = try MustacheTemplate(string: """
        {{% CONTENT_TYPE: \(SafeTextContentType.name)}}
        {{value}}

        Link: [{{value}}](x.html)

        <div class="box"><p>{{value}}</p></div>

        """)
        return MarkdownConverter.html(from: template.render(["value": value]))
    }

    @Test(arguments: hostile)
    func hostileTextStaysText(value: String) throws {
        let html = try render(value)
        #expect(HTMLInspection.tagNames(in: html).sorted() == ["a", "div", "p", "p", "p"], "\(html)")
        #expect(!html.contains("href=\"javascript") && !html.contains("src=\"data"))
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<!--"))
        let literal = value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let paragraphs = HTMLInspection.elements("p", in: html).map { HTMLInspection.decodeEntities($0) }
        #expect(paragraphs.first == literal, "the first paragraph shows the text as written")
        #expect(paragraphs.last == literal, "inside template HTML the text shows as written")
    }

    @Test func singleHyphensAndSlugsStayReadable() {
        #expect(SafeTextEscaping.escape("../articles/dang-uy-khoi.html") == "../articles/dang-uy-khoi.html")
        #expect(SafeTextEscaping.escape("2022 -- 2023") == "2022 &#45;&#45; 2023")
    }

    @Test func plainVietnameseIsUntouched() {
        #expect(SafeTextEscaping.escape("Đảng ủy Khối các cơ quan tỉnh, 15 tập thể.") == "Đảng ủy Khối các cơ quan tỉnh, 15 tập thể.")
    }

    @Test func templateTextKeepsSmartPunctuation() {
        #expect(MarkdownConverter.html(from: "\"Học tập\" -- và làm theo...") == "<p>“Học tập” – và làm theo…</p>\n")
    }
}
