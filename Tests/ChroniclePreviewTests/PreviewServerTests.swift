import ChronicleKit
import Foundation
import Testing
@testable import ChroniclePreview

/// `chronicle serve` on a free port, through a real socket.
@Suite(.serialized)
struct PreviewServerTests {
    @Test func servesPagesAndAssetsWithTheirTypes() async throws {
        let harness = try PreviewHarness()
        try await harness.serving { port, _ in
            let home = try await RawHTTP.get("/", port: port)
            #expect(home.status == 200)
            #expect(home.headers["content-type"] == "text/html; charset=utf-8")
            #expect(home.body.contains("<title>"))
            #expect(home.body.contains(PageInjection.scriptPath), "the reload script is added to served pages")
            #expect(!(try harness.read("Site/index.html")).contains("__chronicle"), "and never written to Site/")

            let expectations = ["/assets/style.css": "text/css; charset=utf-8", "/assets/search.js": "text/javascript; charset=utf-8",
                                "/search/meta.json": "application/json", "/feed.xml": "application/atom+xml; charset=utf-8",
                                "/data/events.csv": "text/csv; charset=utf-8", "/units/": "text/html; charset=utf-8",
                                PageInjection.scriptPath: "text/javascript; charset=utf-8"]
            for (path, type) in expectations {
                let response = try await RawHTTP.get(path, port: port)
                #expect(response.status == 200, "\(path)")
                #expect(response.headers["content-type"] == type, "\(path)")
            }
            let folder = try await RawHTTP.get("/units", port: port)
            #expect(folder.status == 301 && folder.headers["location"] == "/units/", "a folder redirects to its slash, for relative links")

            let head = try await RawHTTP.get("/", port: port, method: "HEAD")
            #expect(head.status == 200 && head.body.isEmpty)
            #expect(try await RawHTTP.get("/", port: port, method: "POST").status == 405)
        }
    }

    @Test func unknownPathsGetTheSite404PageWithStatus404() async throws {
        let harness = try PreviewHarness()
        try await harness.serving { port, _ in
            for path in ["/khong-co.html", "/articles/khong-co.html", "/a/b/c/"] {
                let response = try await RawHTTP.get(path, port: port)
                #expect(response.status == 404, "\(path)")
                #expect(response.headers["content-type"] == "text/html; charset=utf-8")
                #expect(response.body.contains("Không tìm thấy trang"), "the site's own 404 page")
            }
        }
    }

    @Test func nothingOutsideTheSiteIsReachable() async throws {
        let harness = try PreviewHarness()
        try await harness.serving { port, _ in
            let secret = "secret-\(UUID().uuidString)"
            try harness.write(secret, to: "secret.txt")  // beside Site/, not in it
            let outside = harness.folder.appendingPathComponent("secret.txt")
            try FileManager.default.createSymbolicLink(at: harness.site.appendingPathComponent("link.txt"), withDestinationURL: outside)
            try FileManager.default.createSymbolicLink(at: harness.site.appendingPathComponent("up"), withDestinationURL: harness.folder)
            let attempts = ["/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/..%2fsecret.txt", "/assets/../../secret.txt",
                            "/assets/%2e%2e/%2e%2e/secret.txt", "/..%5csecret.txt", "/link.txt", "/up/secret.txt", "/%00/secret.txt",
                            "//../secret.txt", "/.%2e/secret.txt"]
            for attempt in attempts {
                let response = try await RawHTTP.get(attempt, port: port)
                #expect([403, 404].contains(response.status), "\(attempt) → \(response.status)")
                #expect(!response.body.contains(secret), "\(attempt) leaked the file")
            }

            try harness.write("<!doctype html><title>x</title><p>dots in a name</p>", to: "Site/a..b.html")
            let dotted = try await RawHTTP.get("/a..b.html", port: port)
            #expect(dotted.status == 200 && dotted.body.contains("dots in a name"), "a name that merely contains .. is served")
            let encoded = try await RawHTTP.get("/a%2E%2Eb.html", port: port)
            #expect(encoded.status == 200)
        }
    }

    @Test func changingAnArticleRebuildsAndReloadsThePage() async throws {
        let harness = try PreviewHarness()
        try await harness.serving { port, session in
            let (events, hello) = try await RawConnection.liveEvents(port: port)
            #expect(hello.contains("text/event-stream"))

            try harness.write("""
                Bến Tre: Huyện ủy Mỏ Cày Nam sơ kết chuyên đề năm 2024

                Sáng 12/6/2024, Ban Thường vụ Huyện ủy Mỏ Cày Nam tổ chức hội nghị sơ kết việc thực hiện Chuyên đề năm 2024.
                """, to: "Content/articles/moi-them.txt")
            let stream = await events.read(until: "event: update")
            let update = try #require(LiveUpdate.all(in: stream).first)
            #expect(update.generation == 2, "one rebuild, then an update event")
            #expect(update.pages.contains("/timeline/2024.html") && update.pages.contains("/index.html"),
                    "naming the pages that list the new article: \(update.pages)")
            #expect(!update.pages.contains(where: { $0.hasPrefix("/sources/") || $0.hasPrefix("/search/") }), "pages only")
            #expect(session.generation == 2)

            let search = try await RawHTTP.get("/search/meta.json", port: port)
            #expect(search.status == 200)
            let timeline = try await RawHTTP.get("/timeline/2024.html", port: port)
            #expect(timeline.body.contains("Mỏ Cày Nam"), "the new article is on the rebuilt site")
        }
    }

    @Test func aSavedArticlesPageIsShownAheadOfTheRebuildAndNotReloadedTwice() async throws {
        let harness = try PreviewHarness()
        try await harness.serving { port, _ in
            let (events, _) = try await RawConnection.liveEvents(port: port)
            let source = try #require(try FileManager.default.contentsOfDirectory(atPath: harness.content.appendingPathComponent("articles").path)
                .filter { $0.hasSuffix(".txt") }.sorted().first)
            let page = try #require(try harness.pageLinking(to: "sources/articles/" + source))

            // A paragraph after the lead (at the end it would be taken for the page's footer).
            let added = "Một đoạn được thêm khi xem trước."
            var paragraphs = try harness.read("Content/articles/" + source).components(separatedBy: "\n\n")
            paragraphs.insert(added, at: 3)
            try harness.write(paragraphs.joined(separator: "\n\n"), to: "Content/articles/" + source)
            let stream = await events.read(until: "\"generation\":3")
            let updates = LiveUpdate.all(in: stream)
            try #require(updates.count == 2, "\(stream)")
            #expect(updates[0] == LiveUpdate(generation: 2, pages: ["/" + page]), "first the saved article's page alone")
            #expect(updates[1].generation == 3 && !updates[1].pages.contains("/" + page),
                    "then the rebuild, which leaves that page as it was shown: \(updates[1].pages)")
            #expect(updates[1].pages.contains("/search.html"), "the search index has the new words")
            let served = try await RawHTTP.get("/" + page, port: port)
            #expect(served.body.contains(added))
        }
    }

    @Test func aBrokenTemplateShowsTheOverlayAndKeepsTheLastGoodSite() async throws {
        let harness = try PreviewHarness()
        try await harness.serving { port, _ in
            let (events, _) = try await RawConnection.liveEvents(port: port)
            let good = try await RawHTTP.get("/timeline.html", port: port)

            let template = "Templates/pages/home.md.mustache"
            let original = try harness.read(template)
            try harness.write(original + "\n{{#unclosed}}\n", to: template)
            let failed = await events.read(until: "event: failed")
            #expect(failed.contains("home.md.mustache"))

            let page = try await RawHTTP.get("/timeline.html", port: port)
            #expect(page.status == 200)
            #expect(page.body.contains("chronicle-build-error"), "the overlay is on the page")
            #expect(page.body.contains("Templates/pages/home.md.mustache:"), "with the file and line")
            #expect(page.body.replacingOccurrences(of: #"<div id="chronicle-build-error".*?</div>\n"#, with: "", options: .regularExpression)
                        == good.body, "under it, the last good page")
            let status = try await RawHTTP.get("/__chronicle/status", port: port)
            #expect(status.body.contains("\"line\""))

            try harness.write(original, to: template)
            _ = await events.read(until: "event: reload")
            let fixed = try await RawHTTP.get("/timeline.html", port: port)
            #expect(!fixed.body.contains("chronicle-build-error"), "fixing the file clears it")
        }
    }
}

extension PreviewServerTests {
    @Test func whenTheFirstBuildFailsThePageSaysWhyUntilItIsFixed() async throws {
        let harness = try PreviewHarness()
        let template = "Templates/pages/timeline.md.mustache"
        let original = try harness.read(template)
        try harness.write(original + "\n{{/closed-twice}}\n", to: template)
        try await harness.serving(firstBuildSucceeds: false) { port, session in
            let page = try await RawHTTP.get("/", port: port)
            #expect(page.status == 503)
            #expect(page.body.contains("chronicle-build-error") && page.body.contains("timeline.md.mustache"))
            #expect(page.body.contains(PageInjection.scriptPath), "it reloads itself once fixed")

            let (events, _) = try await RawConnection.liveEvents(port: port)
            try harness.write(original, to: template)
            _ = await events.read(until: "event: reload")
            #expect(try await RawHTTP.get("/", port: port).status == 200)
        }
    }
}

/// An `update` event as the page's script reads it.
struct LiveUpdate: Decodable, Equatable {
    var generation: Int
    var pages: [String]

    static func all(in stream: String) -> [LiveUpdate] {
        stream.components(separatedBy: "event: update\ndata: ").dropFirst().compactMap { event in
            event.split(separator: "\n").first.flatMap { try? JSONDecoder().decode(LiveUpdate.self, from: Data($0.utf8)) }
        }
    }
}

/// Which open pages reload after a build.
struct PagesToReloadTests {
    @Test func changedPagesLessThoseShownAheadAsBuilt() throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-reload-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.createDirectory(at: site.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try Data("new".utf8).write(to: site.appendingPathComponent("articles/a.html"))
        try Data("newer".utf8).write(to: site.appendingPathComponent("articles/b.html"))
        let shown = [site.path + "/articles/a.html": Data("new".utf8), site.path + "/articles/b.html": Data("new".utf8)]
        let pages = PreviewSession.pagesToReload(changed: ["articles/a.html", "articles/b.html", "units/x.html", "search/meta.json", "exports/awards.csv"],
                                                 shownAhead: shown, siteRoot: site.path)
        #expect(pages == ["/articles/b.html", "/search.html", "/units/x.html"])
        #expect(PreviewSession.pagesToReload(changed: ["articles/a.html", "assets/style.css"], shownAhead: [:], siteRoot: site.path) == nil,
                "a stylesheet changes every page")
        #expect(PreviewSession.pagesToReload(changed: nil, shownAhead: [:], siteRoot: site.path) == nil, "nothing to compare with")
        #expect(PreviewSession.pagesToReload(changed: [], shownAhead: [:], siteRoot: site.path) == [])
    }
}

struct FolderSnapshotTests {
    @Test func tellsSavedFilesAndNothingWhenOneCameOrWent() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-saved-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("a".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data("b".utf8).write(to: folder.appendingPathComponent("b.txt"))
        let before = FolderSnapshot.take([folder])
        try Data("a, longer".utf8).write(to: folder.appendingPathComponent("a.txt"))
        let saved = FolderSnapshot.take([folder])
        #expect(saved.savedFiles(since: before) == [folder.standardizedFileURL.path + "/a.txt"])
        #expect(saved.savedFiles(since: saved) == [])
        try Data("c".utf8).write(to: folder.appendingPathComponent("c.txt"))
        #expect(FolderSnapshot.take([folder]).savedFiles(since: saved) == nil, "a new file")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("c.txt"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("b.txt"))
        #expect(FolderSnapshot.take([folder]).savedFiles(since: saved) == nil, "a file gone")
    }


    /// What the watcher does with the files the kernel names: the same as walking them all again.
    @Test func updatingTheNamedFilesFindsWhatAWalkFinds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-updating-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("articles"), withIntermediateDirectories: true)
        for name in ["a.txt", "b.txt", "c.txt"] { try Data(name.utf8).write(to: folder.appendingPathComponent("articles/" + name)) }
        let before = FolderSnapshot.take([folder])
        try Data("a, saved".utf8).write(to: folder.appendingPathComponent("articles/a.txt"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("articles/b.txt"))
        try Data("d".utf8).write(to: folder.appendingPathComponent("articles/d.txt"))
        try Data("swap".utf8).write(to: folder.appendingPathComponent("articles/.a.txt.swp"))
        try Data("backup".utf8).write(to: folder.appendingPathComponent("articles/a.txt~"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("articles/c.txt"))
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("articles/c.txt"), withDestinationURL: folder.appendingPathComponent("articles/a.txt"))
        let root = folder.standardizedFileURL.path + "/articles/"
        let named = Set(["a.txt", "b.txt", "c.txt", "d.txt", ".a.txt.swp", "a.txt~", "never-there.txt"].map { root + $0 })
        let updated = before.updating(named)
        #expect(updated == FolderSnapshot.take([folder]))
        #expect(updated.files.keys.sorted() == [root + "a.txt", root + "d.txt"])
    }

    @Test func aSiteWrittenInsideTheContentAndHiddenFilesAreNotWatched() throws {
        let content = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-snapshot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: content) }
        for folder in ["articles", "Site/articles", ".Site.staging-1"] {
            try FileManager.default.createDirectory(at: content.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in ["articles/a.txt", "Site/index.html", "Site/articles/a.html", ".Site.staging-1/index.html", "articles/.#a.txt", "articles/a.txt~"] {
            try Data("x".utf8).write(to: content.appendingPathComponent(file))
        }
        let snapshot = FolderSnapshot.take([content], excluding: content.appendingPathComponent("Site"))
        #expect(snapshot.files.keys.map { ($0 as NSString).lastPathComponent } == ["a.txt"])
    }
}

/// The kernel's word that something changed: no walk of the files while nothing happens.
struct ChangeNotifierTests {
    @Test func namesTheFilesThatChangedAndWalksAfterAFolderChanged() throws {
        let content = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-notifier-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: content) }
        try FileManager.default.createDirectory(at: content.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: content.appendingPathComponent("Site"), withIntermediateDirectories: true)
        let articles = content.standardizedFileURL.path + "/articles"
        #if os(Linux)
        let notifier = try #require(ChangeNotifier(folders: [content], excluding: content.appendingPathComponent("Site")))
        #expect(notifier.changes() == .none)
        try Data("x".utf8).write(to: content.appendingPathComponent("articles/a.txt"))
        #expect(notifier.changes() == .files([articles + "/a.txt"]))
        #expect(notifier.changes() == .none)
        try FileManager.default.removeItem(at: content.appendingPathComponent("articles/a.txt"))
        #expect(notifier.changes() == .files([articles + "/a.txt"]), "a file gone")
        // The site written inside the content is not watched, nor are hidden files and folders (the build's staging).
        try Data("x".utf8).write(to: content.appendingPathComponent("Site/index.html"))
        try Data("x".utf8).write(to: content.appendingPathComponent("articles/.#a.txt"))
        try FileManager.default.createDirectory(at: content.appendingPathComponent(".Site.staging-1"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: content.appendingPathComponent("Site"), to: content.appendingPathComponent(".Site.old-1"))
        try FileManager.default.moveItem(at: content.appendingPathComponent(".Site.staging-1"), to: content.appendingPathComponent("Site"))
        #expect(notifier.changes() == .none)
        // A folder made later means a walk, and is watched from then on.
        try FileManager.default.createDirectory(at: content.appendingPathComponent("articles/2024"), withIntermediateDirectories: true)
        #expect(notifier.changes() == .unknown)
        #expect(notifier.changes() == .none)
        try Data("x".utf8).write(to: content.appendingPathComponent("articles/2024/b.txt"))
        #expect(notifier.changes() == .files([articles + "/2024/b.txt"]))
        // A folder made and gone before the notifier looks costs a walk.
        try FileManager.default.createDirectory(at: content.appendingPathComponent("articles/tmp"), withIntermediateDirectories: true)
        try FileManager.default.removeItem(at: content.appendingPathComponent("articles/tmp"))
        #expect(notifier.changes() == .unknown)
        #expect(notifier.changes() == .none)
        // A folder renamed: its files are named by the new path.
        try FileManager.default.moveItem(at: content.appendingPathComponent("articles/2024"), to: content.appendingPathComponent("articles/2025"))
        #expect(notifier.changes() == .unknown)
        try Data("y".utf8).write(to: content.appendingPathComponent("articles/2025/b.txt"))
        #expect(notifier.changes() == .files([articles + "/2025/b.txt"]))
        // A watched folder replaced by another of the same name ("mv Templates Templates.old && cp -r new Templates").
        let templates = content.appendingPathComponent("Templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let watchingTemplates = try #require(ChangeNotifier(folders: [templates], excluding: nil))
        try FileManager.default.moveItem(at: templates, to: content.appendingPathComponent("Templates.old"))
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        #expect(watchingTemplates.changes() == .unknown)
        #expect(watchingTemplates.changes() == .none)
        try Data("x".utf8).write(to: templates.appendingPathComponent("layout.mustache"))
        #expect(watchingTemplates.changes() == .files([templates.standardizedFileURL.path + "/layout.mustache"]))
        // A folder that is not there cannot be watched: the watcher polls instead.
        #expect(ChangeNotifier(folders: [content.appendingPathComponent("missing")], excluding: nil) == nil)
        #else
        #expect(ChangeNotifier(folders: [content], excluding: nil) == nil)
        #endif
    }
}

/// Path resolution alone, without a server.
struct SitePathTests {
    @Test func decodesOnceAndRefusesDotSegments() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-sitepath-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("units"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("x".utf8).write(to: root.appendingPathComponent("Hậu Giang.html"))
        try Data("x".utf8).write(to: root.appendingPathComponent("units/index.html"))
        let site = SitePath(root: root)
        #expect(site.resolve("/H%E1%BA%ADu%20Giang.html") == .file(site.root.appendingPathComponent("Hậu Giang.html")))
        #expect(site.resolve("/units") == .folder(redirectTo: "/units/"))
        #expect(site.resolve("/units/") == .file(site.root.appendingPathComponent("units/index.html")))
        #expect(site.resolve("/%252e%252e/x") == .notFound, "decoded once: %252e is a name, not a dot")
        #expect(site.resolve("/%zz") == .refused)
        #expect(site.resolve("relative") == .refused)
    }
}
