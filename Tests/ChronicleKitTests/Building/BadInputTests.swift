import Foundation
import Testing
@testable import ChronicleKit

/// A corpus of every kind of bad input, built as a whole: each file gets a clear diagnostic
/// naming it, the good articles still make a site, nothing crashes or hangs, and with --strict
/// the previous site stays as it was.
struct BadInputTests {
    static let vietnamese = "Sáng 12/6/2024, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức hội nghị sơ kết việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."

    static let beforeInvalidByte = "Bài có byte hỏng\n\nĐoạn đầu "

    /// File name → bytes, written under articles/.
    static func corpus() -> [String: Data] {
        var files: [String: Data] = [:]
        let article = "Hà Tĩnh sơ kết học tập và làm theo Bác\n\n" + vietnamese + "\n"
        files["good.txt"] = Data(article.utf8)
        files["tên có dấu cách và chữ Việt.txt"] = Data(article.replacingOccurrences(of: "Hà Tĩnh sơ kết", with: "Nghệ An tổng kết").utf8)
        var invalid = Data(Self.beforeInvalidByte.utf8)
        invalid.append(0xFF)
        invalid.append(Data((" " + vietnamese + "\n").utf8))
        files["invalid-utf8.txt"] = invalid
        // Written once with Python's cp1258 codec (tone marks combining, as Windows-1258 stores them).
        files["windows-1258.txt"] = try? Data(contentsOf: Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/bad-input/windows-1258.txt"))
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(("Bài UTF-16\n\n" + vietnamese + "\n").data(using: .utf16LittleEndian)!)
        files["utf16.txt"] = utf16
        files["nfd.txt"] = Data(("Bài dạng NFD\n\n" + vietnamese + "\n").decomposedStringWithCanonicalMapping.utf8)
        files["crlf.txt"] = Data(("Bài xuống dòng Windows\r\n\r\n" + vietnamese + "\r\n").utf8)
        files["bom.txt"] = Data([0xEF, 0xBB, 0xBF]) + Data(("Bài có BOM\n\n" + vietnamese + "\n").utf8)
        files["empty.txt"] = Data()
        files["binary.txt"] = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        files["no-title.txt"] = Data((vietnamese + " " + vietnamese + "\n").utf8)
        files["hostile.md"] = Data("""
            ---
            title: "<script>alert(1)</script> {{title}} **đậm**"
            ---
            <img src=x onerror=alert(1)> [x](javascript:alert(1)) {{#items}}{{/items}} }} {{
            # Không phải tiêu đề
            \(vietnamese)
            """.utf8)
        return files
    }

    func build(_ content: URL, output: URL, strict: Bool = false) -> BuildReport {
        SiteBuilder(options: BuildOptions(content: content.path, templates: SiteBuildTests.templates, output: output.path, strict: strict)).build()
    }

    @Test func everyBadFileGetsADiagnosticAndTheRestBuilds() throws {
        let root = try Fixtures.temporaryFolder("chronicle-bad-input")
        defer { Fixtures.remove(root) }
        let articles = root.appendingPathComponent("Content/articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for (name, data) in Self.corpus() { try data.write(to: articles.appendingPathComponent(name)) }
        // 50 MB: skipped by its size, without being read.
        let huge = articles.appendingPathComponent("huge.txt")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 50 << 20)
        try handle.close()
        // A symbolic link loop, and one pointing nowhere.
        try FileManager.default.createSymbolicLink(atPath: articles.appendingPathComponent("loop").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: articles.appendingPathComponent("self.txt").path, withDestinationPath: "self.txt")
        try FileManager.default.createSymbolicLink(atPath: articles.appendingPathComponent("gone.txt").path, withDestinationPath: "missing.txt")
        // Unreadable (root reads everything, so this one only counts for other users).
        let locked = articles.appendingPathComponent("locked.txt")
        try Data("Bài khóa\n\n\(Self.vietnamese)\n".utf8).write(to: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        let isRoot = getuid() == 0

        let site = root.appendingPathComponent("Site")
        let started = Date()
        let report = build(root.appendingPathComponent("Content"), output: site)
        #expect(Date().timeIntervalSince(started) < 30, "no hang")
        #expect(report.wroteSite && report.errors == 0, "\(report.diagnostics)")

        func warning(_ file: String, _ words: String) {
            let found = report.diagnostics.contains { $0.file?.hasSuffix("articles/" + file) == true && $0.message.contains(words) }
            #expect(found, "\(file): a warning saying '\(words)'; got \(report.diagnostics.filter { $0.file?.contains(file) == true })")
        }
        warning("invalid-utf8.txt", "byte offset \(Self.beforeInvalidByte.utf8.count)")
        warning("windows-1258.txt", "Windows-1258")
        warning("empty.txt", "empty")
        warning("binary.txt", "binary")
        warning("huge.txt", "too large")
        warning("no-title.txt", "no title")
        if !isRoot { warning("locked.txt", "could not read") }
        warning("loop", "symbolic link")
        warning("self.txt", "symbolic link")

        // Read: good, the Vietnamese name, invalid (with U+FFFD), 1258, UTF-16, NFD, CRLF, BOM, no title and
        // hostile (and the locked one, as root). Symbolic links are not followed, so a loop costs nothing.
        #expect(report.articlesRead == 10 + (isRoot ? 1 : 0))
        let pages = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("articles").path)
        #expect(pages.count == report.articlesRead)
        let titles = try pages.map { try String(contentsOf: site.appendingPathComponent("articles/" + $0), encoding: .utf8) }
            .compactMap { HTMLInspection.elements("h1", in: $0).first.map(HTMLInspection.decodeEntities) }
        #expect(titles.contains("Bài mã Windows-1258"))
        #expect(titles.contains("Bài dạng NFD".precomposedStringWithCanonicalMapping))
        #expect(titles.contains("Bài xuống dòng Windows") && titles.contains("Bài có BOM") && titles.contains("Bài UTF-16"))
        #expect(titles.contains("<script>alert(1)</script> {{title}} **đậm**"), "hostile text shown as text")
        for page in try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("articles").path) {
            let html = try String(contentsOf: site.appendingPathComponent("articles/" + page), encoding: .utf8)
            #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("href=\"javascript"), "\(page)")
        }

        // --strict: the warnings fail the build and the site above stays byte for byte.
        let before = try Data(contentsOf: site.appendingPathComponent("index.html"))
        let strict = build(root.appendingPathComponent("Content"), output: site, strict: true)
        #expect(!strict.wroteSite && strict.errors > 0)
        #expect(try Data(contentsOf: site.appendingPathComponent("index.html")) == before)
    }
}
