import Foundation
import Testing
@testable import ChronicleKit

/// Whole builds with the real Templates/: the sample Content, hostile articles, failures.
struct SiteBuildTests {
    static let templates = Fixtures.packageRoot.appendingPathComponent("Templates").path

    func build(content: URL, output: URL, strict: Bool = false) -> BuildReport {
        SiteBuilder(options: BuildOptions(content: content.path, templates: Self.templates, output: output.path, strict: strict)).build()
    }

    func htmlFiles(in site: URL) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: site, includingPropertiesForKeys: nil)!
        return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "html" }
    }

    @Test func sampleContentBuildsAValidLinkedSite() throws {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("Site")
        defer { Fixtures.remove(output.deletingLastPathComponent()) }
        let report = build(content: Fixtures.packageRoot.appendingPathComponent("Content"), output: output)
        #expect(report.errors == 0, "\(report.diagnostics)")
        #expect(report.articlesRead >= 12)
        let pages = htmlFiles(in: output)
        #expect(pages.count == report.pagesWritten)
        #expect(pages.count >= report.articlesRead + 3)
        for page in pages {
            let html = try String(contentsOf: page, encoding: .utf8)
            let name = page.path.replacingOccurrences(of: output.path + "/", with: "")
            #expect(html.hasPrefix("<!doctype html>\n<html lang=\"vi\">"), "\(name)")
            #expect(html.contains("<meta charset=\"utf-8\">"), "\(name)")
            let scripts = html.lowercased().components(separatedBy: "<script").count - 1
            // The search page loads the site's own search.js; no other page has a script.
            #expect(scripts == (name == Routes.search ? 1 : 0), "\(name) holds a script the site did not write")
            if name == Routes.search { #expect(html.contains("<script src=\"assets/search.js\" defer></script>")) }
            #expect(HTMLInspection.elements("h1", in: html).count == 1, "\(name) has one h1")
            // A nil value in a nested view must not borrow the page's own (Mustache looks names up the stack).
            if let h1 = HTMLInspection.elements("h1", in: html).first, name.hasPrefix("articles/") {
                for span in HTMLInspection.elements("span", in: html) where span.contains("“") {
                    #expect(!span.contains(h1), "\(name): a theme shows the article's title")
                }
            }
            for reference in HTMLInspection.attributeValues("href", in: html) + HTMLInspection.attributeValues("src", in: html) {
                checkInternalLink(reference, from: page, html: html, site: output)
            }
        }
    }

    /// Relative links resolve to files of the site, and fragments to ids on the target page.
    func checkInternalLink(_ reference: String, from page: URL, html: String, site: URL) {
        guard !reference.hasPrefix("http://"), !reference.hasPrefix("https://"), !reference.hasPrefix("mailto:") else { return }
        #expect(!reference.hasPrefix("/"), "\(reference) must be relative for file:// and sub-paths")
        let parts = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let path = parts[0].removingPercentEncoding ?? parts[0]
        let target = path.isEmpty ? page : page.deletingLastPathComponent().appendingPathComponent(path).standardizedFileURL
        #expect(target.path.hasPrefix(site.standardizedFileURL.path), "\(reference) from \(page.lastPathComponent) leaves the site")
        #expect(FileManager.default.fileExists(atPath: target.path), "\(reference) from \(page.lastPathComponent) is broken")
        if parts.count == 2, !parts[1].isEmpty, let targetHTML = path.isEmpty ? html : try? String(contentsOf: target, encoding: .utf8) {
            #expect(HTMLInspection.attributeValues("id", in: targetHTML).contains(parts[1]), "\(reference) points to a missing anchor")
        }
    }

    @Test func hostileArticleRendersAsLiteralText() throws {
        let content = try Fixtures.temporaryFolder()
        defer { Fixtures.remove(content) }
        try FileManager.default.createDirectory(at: content.appendingPathComponent("articles"), withIntermediateDirectories: true)
        let lines = SafeTextEscapingTests.hostile.filter { !$0.contains("\n") }
        let text = "Tiêu đề <b>bài</b> **thử**\n\n" + lines.joined(separator: "\n\n") + "\n"
        try Data(text.utf8).write(to: content.appendingPathComponent("articles/hostile.txt"))
        let output = content.appendingPathComponent("Site")
        let report = build(content: content, output: output)
        #expect(report.errors == 0)
        let page = try #require(htmlFiles(in: output).first { $0.path.contains("/articles/") })
        let html = try String(contentsOf: page, encoding: .utf8)
        let body = try #require(HTMLInspection.elements("div", in: html).first)
        let paragraphs = HTMLInspection.elements("p", in: body).map { HTMLInspection.decodeEntities($0) }
        #expect(paragraphs == lines.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") })
        #expect(Set(HTMLInspection.tagNames(in: body)) == ["p"])
        #expect(HTMLInspection.decodeEntities(HTMLInspection.elements("h1", in: html).first ?? "") == "Tiêu đề <b>bài</b> **thử**")
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("href=\"javascript"))
    }

    /// What extraction reads in the page's footer (here the story's tags) reaches the built site as it reaches `chronicle extract`,
    /// also when the article is taken from the cache.
    @Test func theFooterExtractionReadsIsKeptInABuild() throws {
        let content = try Fixtures.temporaryFolder()
        defer { Fixtures.remove(content) }
        try FileManager.default.createDirectory(at: content.appendingPathComponent("articles"), withIntermediateDirectories: true)
        let text = "BÁO BIÊN PHÒNG - Cơ quan của Đảng ủy, Bộ Tư lệnh Bộ đội Biên phòng\n\nKhen thưởng tập thể, cá nhân giúp dân trong mưa lũ\n\n"
            + "Ngày 4/11/2025, Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo tổ chức lễ khen thưởng các tập thể, cá nhân giúp dân.\n\nNgọc Hải\n\n"
            + "Từ khóa: Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo   BĐBP Quảng Trị   mưa lũ\n"
        try Data(text.utf8).write(to: content.appendingPathComponent("articles/lao-bao.txt"))
        let output = content.appendingPathComponent("Site")
        for round in ["read", "cached"] {
            let report = build(content: content, output: output)
            #expect(report.errors == 0, "\(report.diagnostics)")
            let page = try #require(htmlFiles(in: output).first { $0.path.contains("/articles/") })
            #expect(try String(contentsOf: page, encoding: .utf8).contains("Quảng Trị"), "\(round)")
        }
    }

    @Test func aBrokenTemplateFailsTheBuildAndKeepsThePreviousSite() throws {
        let root = try Fixtures.temporaryFolder()
        defer { Fixtures.remove(root) }
        let content = root.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try Data("Tiêu đề\n\nNgày 5/3/2024, hội nghị diễn ra.\n".utf8).write(to: content.appendingPathComponent("articles/a.txt"))
        let output = root.appendingPathComponent("Site")
        #expect(build(content: content, output: output).wroteSite)
        let before = try Data(contentsOf: output.appendingPathComponent("index.html"))

        let templates = root.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.templates), to: templates)
        try Data("# {{title}\n{{#paragraphs}}\n".utf8).write(to: templates.appendingPathComponent("pages/article.md.mustache"))
        let report = SiteBuilder(options: BuildOptions(content: content.path, templates: templates.path, output: output.path)).build()
        #expect(!report.wroteSite)
        let error = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(error.file?.hasSuffix("pages/article.md.mustache") == true)
        #expect(error.line != nil)
        #expect(try Data(contentsOf: output.appendingPathComponent("index.html")) == before)
    }

    @Test func strictTurnsWarningsIntoAFailedBuild() throws {
        let root = try Fixtures.temporaryFolder()
        defer { Fixtures.remove(root) }
        let content = root.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try Data().write(to: content.appendingPathComponent("articles/empty.txt"))
        try Data("Tiêu đề\n\nNội dung.\n".utf8).write(to: content.appendingPathComponent("articles/a.txt"))
        let output = root.appendingPathComponent("Site")

        let lenient = build(content: content, output: output)
        #expect(lenient.wroteSite && lenient.warnings == 1 && lenient.errors == 0 && lenient.articlesRead == 1)
        let strict = build(content: content, output: output.appendingPathExtension("strict"), strict: true)
        #expect(!strict.wroteSite && strict.errors == 1)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathExtension("strict").path))
    }
}

extension SiteBuildTests {
    /// With small pages, long lists split into linked pages that all resolve.
    @Test func longListsArePaginated() throws {
        let root = try Fixtures.temporaryFolder()
        defer { Fixtures.remove(root) }
        let content = root.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("Content"), to: content)
        try Data("title: Thử phân trang\npage_size: 5\n".utf8).write(to: content.appendingPathComponent("site.yml"))
        let output = root.appendingPathComponent("Site")
        let report = build(content: content, output: output)
        #expect(report.errors == 0, "\(report.diagnostics)")
        let theme = try #require(FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("themes").path)
            .first { $0.contains("-trang-2.html") })
        let html = try String(contentsOf: output.appendingPathComponent("themes").appendingPathComponent(theme), encoding: .utf8)
        #expect(html.contains("rel=\"prev\""))
        for page in htmlFiles(in: output) {
            let text = try String(contentsOf: page, encoding: .utf8)
            for reference in HTMLInspection.attributeValues("href", in: text) { checkInternalLink(reference, from: page, html: text, site: output) }
        }
    }

    @Test func unknownSettingsKeysAreErrorsWithTheirLine() throws {
        let root = try Fixtures.temporaryFolder()
        defer { Fixtures.remove(root) }
        let content = root.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try Data("Tiêu đề\n\nNội dung bài viết.\n".utf8).write(to: content.appendingPathComponent("articles/a.txt"))
        try Data("title: Báo cáo\ntittle: lỗi\n".utf8).write(to: content.appendingPathComponent("site.yml"))
        let report = build(content: content, output: root.appendingPathComponent("Site"))
        let error = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(error.message.contains("tittle") && error.line == 2 && error.file?.hasSuffix("site.yml") == true)
        #expect(!report.wroteSite)
    }
}
