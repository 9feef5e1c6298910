import ChronicleKit
import Foundation

/// What `serve` adds to every HTML page it sends, never to the files in Site/: the live-reload
/// script, and while the last build is failing, an overlay with its errors.
enum PageInjection {
    static let scriptPath = "/__chronicle/live-reload.js"

    /// `generation`: the site's when the page's bytes were read; the script compares it with the server's, so a page that
    /// changed while it was loading reloads.
    static func inject(into page: Data, failure: [Diagnostic]?, generation: Int) -> Data {
        var addition = "<script src=\"\(scriptPath)\" data-generation=\"\(generation)\"></script>\n"
        if let failure { addition = overlay(failure) + addition }
        let marker = Data("</body>".utf8)
        let position = page.range(of: marker, options: .backwards)?.lowerBound ?? page.endIndex
        var result = Data(page[..<position])
        result.append(Data(addition.utf8))
        result.append(page[position...])
        return result
    }

    /// The same markup live-reload.js builds when a build fails while the page is open.
    static func overlay(_ failure: [Diagnostic]) -> String {
        var html = "<div id=\"chronicle-build-error\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;"
            + "background:rgba(20,20,24,.94);color:#fff;font:15px/1.5 ui-monospace,monospace;padding:2rem\">"
            + "<h2 style=\"color:#ff8a80;margin-top:0\">Chronicle: build failed, showing the last good site</h2><ul>"
        for problem in failure {
            var location = problem.file ?? ""
            if let line = problem.line { location += ":\(line)" }
            // The escaping of page text: literal in HTML whatever a message quotes from a file.
            let escape = SafeTextEscaping.escape
            html += "<li><strong>\(escape(location))</strong> \(escape(problem.message))"
            if let hint = problem.hint { html += "<br><em>\(escape(hint))</em>" }
            html += "</li>"
        }
        return html + "</ul><p>Fix the file and save: the page reloads by itself.</p></div>\n"
    }
}
