import Foundation
import Testing
@testable import ChronicleKit

/// Builds that reuse the extraction cache give the same site, byte for byte, as clean builds.
struct IncrementalBuildTests {
    func files(in site: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: site, includingPropertiesForKeys: nil)!
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            result[String(url.path.dropFirst(site.path.count))] = try Data(contentsOf: url)
        }
        return result
    }

    /// A temporary folder holding a copy of the sample `Content/`, which the test may edit.
    static func copyOfSampleContent(_ label: String) throws -> (root: URL, content: URL) {
        let root = try Fixtures.temporaryFolder(label)
        let content = root.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent("Content"), to: content)
        return (root, content)
    }

    func build(_ content: URL, _ output: URL, cache: Bool) -> BuildReport {
        SiteBuilder(options: BuildOptions(content: content.path, templates: SiteBuildTests.templates, output: output.path, cache: cache)).build()
    }

    @Test func cachedBuildsEqualCleanBuildsAfterAChangeAndADeletion() throws {
        let (root, content) = try Self.copyOfSampleContent("chronicle-incremental")
        defer { Fixtures.remove(root) }
        let cached = root.appendingPathComponent("Site"), clean = root.appendingPathComponent("Clean")

        #expect(build(content, cached, cache: true).wroteSite)
        let cacheFiles = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(".chronicle-cache").path)
        #expect(cacheFiles.contains("Site.manifest") && cacheFiles.contains { $0.hasPrefix("Site.") && $0.hasSuffix(".cache") })
        // A page edited by hand in the site is written again, not carried over.
        let edited = cached.appendingPathComponent("index.html")
        try Data("edited by hand".utf8).write(to: edited)
        let second = build(content, cached, cache: true)
        #expect(second.wroteSite && second.articlesRead >= 16)
        #expect(second.filesCarried > second.filesWritten / 2, "unchanged files carried over: \(second.filesCarried) of \(second.filesWritten)")
        _ = build(content, clean, cache: false)
        #expect(try files(in: cached) == files(in: clean), "everything from the cache")

        // One article changed, one deleted.
        let articles = try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("articles").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        let changed = content.appendingPathComponent("articles/" + articles[0])
        let text = try String(contentsOf: changed, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "tổ chức", with: "long trọng tổ chức").utf8).write(to: changed)
        try FileManager.default.removeItem(at: content.appendingPathComponent("articles/" + articles[1]))
        let third = build(content, cached, cache: true)
        #expect(third.articlesRead == second.articlesRead - 1)
        _ = build(content, clean, cache: false)
        #expect(try files(in: cached) == files(in: clean), "the changed article re-read, the deleted one gone")
        #expect(third.diagnostics == build(content, clean, cache: false).diagnostics, "warnings of cached articles are reported again")
    }

    /// The preview's builds write the cache and the manifest after returning; the next build waits for them, and a build
    /// with nothing changed then carries every page over, as after a build that wrote them itself.
    @Test func recordsWrittenAfterTheBuildServeTheNextOne() throws {
        let (root, content) = try Self.copyOfSampleContent("chronicle-deferred-records")
        defer { Fixtures.remove(root) }
        let site = root.appendingPathComponent("Site")
        var options = BuildOptions(content: content.path, templates: SiteBuildTests.templates, output: site.path)
        options.defersRecordWrites = true
        let first = SiteBuilder(options: options).build()
        #expect(first.wroteSite)
        // No wait here: the second build waits for the first one's writes itself.
        let second = SiteBuilder(options: options).build()
        BackgroundWrites.shared.waitForPending()
        let cacheFiles = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(".chronicle-cache").path)
        #expect(cacheFiles.contains("Site.manifest") && cacheFiles.contains { $0.hasPrefix("Site.") && $0.hasSuffix(".cache") })
        // As many pages carried over as when each build writes its records before returning.
        let direct = root.appendingPathComponent("Direct")
        _ = build(content, direct, cache: true)
        let directSecond = build(content, direct, cache: true)
        #expect(second.wroteSite && second.pagesReused == directSecond.pagesReused && second.pagesReused > second.pagesWritten / 2,
                "\(second.pagesReused) of \(second.pagesWritten) pages carried over")
        let clean = root.appendingPathComponent("Clean")
        _ = build(content, clean, cache: false)
        #expect(try files(in: site) == files(in: clean))
    }

    /// Inode of every file of the site: a page carried over from the previous site keeps its inode.
    func inodes(in site: URL) throws -> [String: UInt64] {
        try files(in: site).keys.reduce(into: [:]) { result, path in
            result[path] = (try FileManager.default.attributesOfItem(atPath: site.path + path)[.systemFileNumber] as? NSNumber)?.uint64Value
        }
    }

    @Test func anEditThatChangesNoListedFactRendersOnlyItsArticleAndFirstPages() throws {
        let (root, content) = try Self.copyOfSampleContent("chronicle-incremental-pages")
        defer { Fixtures.remove(root) }
        try Data("title: Thử phân trang\npage_size: 2\n".utf8).write(to: content.appendingPathComponent("site.yml"))
        let cached = root.appendingPathComponent("Site"), clean = root.appendingPathComponent("Clean")
        #expect(build(content, cached, cache: true).wroteSite)
        // Nothing changed: only the pages that show the whole site (home, timeline, indexes, search) are rendered.
        let unchanged = build(content, cached, cache: true)
        let lists = ["/articles/", "/units/", "/provinces/", "/themes/", "/timeline/"]
        let wholeSitePages = try files(in: cached).keys.filter { path in
            path.hasSuffix(".html") && (!lists.contains(where: path.hasPrefix) || path.hasSuffix("/index.html"))
        }
        #expect(wholeSitePages.count >= 5 && unchanged.pagesWritten - unchanged.pagesReused == wholeSitePages.count,
                "\(unchanged.pagesReused) of \(unchanged.pagesWritten) reused; \(wholeSitePages.sorted())")
        let before = try inodes(in: cached)

        // A paragraph added after the lead: the article's page changes, no line of any list does.
        let articles = try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("articles").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        let edited = content.appendingPathComponent("articles/" + articles[0])
        var lines = try String(contentsOf: edited, encoding: .utf8).components(separatedBy: "\n")
        let lead = try #require(lines.firstIndex { $0.contains("tổ chức") })
        lines.insert(contentsOf: ["", "Đây là một đoạn được bổ sung sau khi đăng, không thay đổi nội dung sự kiện."], at: lead + 1)
        try Data(lines.joined(separator: "\n").utf8).write(to: edited)
        let edit = build(content, cached, cache: true)
        #expect(edit.wroteSite)
        _ = build(content, clean, cache: false)
        #expect(try files(in: cached) == files(in: clean), "the same site as a clean build")

        let after = try inodes(in: cached)
        let laterPages = before.keys.filter { $0.contains("-trang-") && ($0.hasPrefix("/themes/") || $0.hasPrefix("/units/") || $0.hasPrefix("/provinces/")) }
        #expect(laterPages.count >= 8)
        #expect(laterPages.allSatisfy { before[$0] == after[$0] }, "pages after the first are as they were")
        let yearPages = before.keys.filter { $0.hasPrefix("/timeline/") }
        #expect(!yearPages.isEmpty && yearPages.allSatisfy { before[$0] == after[$0] })
        let changedArticles = before.keys.filter { $0.hasPrefix("/articles/") && before[$0] != after[$0] }
        #expect(changedArticles.count == 1, "only the edited article's page: \(changedArticles)")
        // Rendered again: the article, and the first page of each unit, province and theme list holding it
        // (a first page shows the awards and sources of all the list's events); no other page.
        let slug = try #require(changedArticles.first?.split(separator: "/").last)
        let listsHoldingIt = Set(try files(in: cached).filter { path, data in
            ["/units/", "/provinces/", "/themes/"].contains(where: path.hasPrefix) && String(decoding: data, as: UTF8.self).contains("articles/\(slug)")
        }.keys.map { $0.replacingOccurrences(of: "-trang-\\d+", with: "", options: .regularExpression) })
        #expect(listsHoldingIt.count >= 3, "\(listsHoldingIt)")
        let rendered = (unchanged: unchanged.pagesWritten - unchanged.pagesReused, edit: edit.pagesWritten - edit.pagesReused)
        #expect(rendered.edit == rendered.unchanged + 1 + listsHoldingIt.count,
                "\(rendered) pages rendered; lists holding the article: \(listsHoldingIt.sorted())")

        // A new title is on every list that shows the article: those pages are rendered again.
        let text = try String(contentsOf: edited, encoding: .utf8)
        let title = try #require(text.split(separator: "\n").first { $0.count > 30 && !$0.contains("/") })
        try Data(text.replacingOccurrences(of: title, with: title + " (cập nhật)").utf8).write(to: edited)
        #expect(build(content, cached, cache: true).wroteSite)
        _ = build(content, clean, cache: false)
        #expect(try files(in: cached) == files(in: clean), "the new title everywhere, as a clean build has it")
    }

    @Test func aTemplateChangeRendersThePagesAgain() throws {
        let (root, content) = try Self.copyOfSampleContent("chronicle-incremental-templates")
        defer { Fixtures.remove(root) }
        let templates = root.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: SiteBuildTests.templates), to: templates)
        func build(_ output: URL, cache: Bool) -> BuildReport {
            SiteBuilder(options: BuildOptions(content: content.path, templates: templates.path, output: output.path, cache: cache)).build()
        }
        let cached = root.appendingPathComponent("Site"), clean = root.appendingPathComponent("Clean")
        #expect(build(cached, cache: true).wroteSite)
        let unchanged = build(cached, cache: true)
        #expect(unchanged.filesCarried == unchanged.filesWritten, "nothing changed, every file carried over")

        let article = templates.appendingPathComponent("pages/article.md.mustache")
        try Data((try String(contentsOf: article, encoding: .utf8) + "\nMẫu trang đã đổi.\n").utf8).write(to: article)
        let changed = build(cached, cache: true)
        #expect(changed.wroteSite && changed.filesCarried < changed.filesWritten - changed.articlesRead + 1)
        _ = build(clean, cache: false)
        #expect(try files(in: cached) == files(in: clean), "every article page shows the new template")
    }

    @Test func otherKnowledgeDropsTheCache() throws {
        let root = try Fixtures.temporaryFolder("chronicle-cache-knowledge")
        defer { Fixtures.remove(root) }
        var knowledge = Fixtures.knowledge
        let cache = ExtractionCache(output: root.appendingPathComponent("Site"), knowledge: knowledge, contentDisplay: "Content")
        cache.save(["articles/a.txt": .init(contentHash: 1, article: nil, facts: nil, diagnostics: [])], changed: ["articles/a.txt"])
        #expect(cache.load().count == 1)
        knowledge.fingerprint &+= 1
        #expect(ExtractionCache(output: root.appendingPathComponent("Site"), knowledge: knowledge, contentDisplay: "Content").load().isEmpty)
        #expect(ExtractionCache(output: root.appendingPathComponent("Site"), knowledge: Fixtures.knowledge, contentDisplay: "Other").load().isEmpty)
    }

    /// A process that built before takes the entries from memory (the preview server's rebuilds), only for the
    /// same site and knowledge.
    @Test func aSecondBuildInTheSameProcessRemembersTheEntries() throws {
        let root = try Fixtures.temporaryFolder("chronicle-cache-memory")
        defer { Fixtures.remove(root) }
        let memory = ExtractionCacheMemory()
        let cache = ExtractionCache(output: root.appendingPathComponent("Site"), knowledge: Fixtures.knowledge, contentDisplay: "Content", memory: memory)
        cache.save(["articles/a.txt": .init(contentHash: 1, article: nil, facts: nil, diagnostics: [])], changed: ["articles/a.txt"])
        try FileManager.default.removeItem(at: root.appendingPathComponent(ExtractionCache.folderName))
        #expect(cache.load().keys.sorted() == ["articles/a.txt"])
        #expect(ExtractionCache(output: root.appendingPathComponent("Other"), knowledge: Fixtures.knowledge, contentDisplay: "Content", memory: memory).load().isEmpty)
    }

    @Test func articlesWhoseStampIsAsLastTimeAreNotReadAgain() throws {
        let (root, content) = try Self.copyOfSampleContent("chronicle-cache-stamps")
        defer { Fixtures.remove(root) }
        let cached = root.appendingPathComponent("Site"), clean = root.appendingPathComponent("Clean")
        // The files were written a moment ago: with the usual settling time none of their stamps would be kept.
        var options = BuildOptions(content: content.path, templates: SiteBuildTests.templates, output: cached.path)
        options.stampSettlingNanoseconds = 0
        let first = SiteBuilder(options: options).build()
        #expect(first.wroteSite && first.articlesUnread == 0)
        let again = SiteBuilder(options: options).build()
        let articleFiles = try FileManager.default.subpathsOfDirectory(atPath: content.appendingPathComponent("articles").path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
        #expect(again.articlesUnread == articleFiles.count && articleFiles.count > 10)

        let edited = content.appendingPathComponent("articles/" + articleFiles[0])
        let text = try String(contentsOf: edited, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "tổ chức", with: "long trọng tổ chức").utf8).write(to: edited)
        let edit = SiteBuilder(options: options).build()
        #expect(edit.articlesUnread == articleFiles.count - 1, "only the edited file is read")
        _ = build(content, clean, cache: false)
        #expect(try files(in: cached) == files(in: clean), "the edit is on the site, as a clean build has it")
    }

    @Test func aStampTakenJustAfterAWriteIsNotTrusted() {
        let second: Int64 = 1_000_000_000
        let stamp = FileSystemCalls.Stamp(size: 10, modifiedNanoseconds: 100 * second, changedNanoseconds: 100 * second)
        #expect(ExtractionCache.trustedStamp(stamp, readAfter: 101 * second) == nil, "written a second before the build: read again next time")
        #expect(ExtractionCache.trustedStamp(stamp, readAfter: 103 * second) == stamp)
        let changedLater = FileSystemCalls.Stamp(size: 10, modifiedNanoseconds: 50 * second, changedNanoseconds: 102 * second)
        #expect(ExtractionCache.trustedStamp(changedLater, readAfter: 103 * second) == nil, "a modification time set back by hand")
    }

    /// The manifest last read or written is kept in memory with its file's stamp: one written since,
    /// by another process, is read again.
    @Test func aManifestRewrittenByAnotherProcessIsReadAgain() throws {
        let root = try Fixtures.temporaryFolder("chronicle-manifest")
        defer { Fixtures.remove(root) }
        let output = root.appendingPathComponent("Site")
        let manifest = SiteManifest(entries: ["a.html": .init(hash: 1, size: 2)])
        manifest.save(for: output)
        #expect(SiteManifest.load(for: output) == manifest)
        // The same size ("1 2 - a.html"), written again: the times tell.
        try Data("f 3 - b.html\n".utf8).write(to: SiteManifest.file(for: output))
        #expect(SiteManifest.load(for: output)?.entries == ["b.html": .init(hash: 0xf, size: 3)])
        SiteManifest.remove(for: output)
        #expect(SiteManifest.load(for: output) == nil)
    }
}
