import Foundation
import Testing
@testable import ChronicleKit

struct SiteWriterTests {
    struct Failure: Error {}

    func files(_ names: [String]) -> [OutputFile] {
        names.map { OutputFile(path: $0, contents: Data("page \($0)".utf8)) }
    }

    @Test func replacesTheWholeSiteSoStalePagesGo() throws {
        let root = try Fixtures.temporaryFolder()
        defer { Fixtures.remove(root) }
        let output = root.appendingPathComponent("Site")
        let writer = SiteWriter(output: output, displayPath: "Site")
        try writer.write(files(["index.html", "articles/old.html"]))
        try writer.write(files(["index.html", "articles/new.html"]))
        let fileManager = FileManager.default
        #expect(fileManager.fileExists(atPath: output.appendingPathComponent("articles/new.html").path))
        #expect(!fileManager.fileExists(atPath: output.appendingPathComponent("articles/old.html").path))
        #expect(try fileManager.contentsOfDirectory(atPath: root.path) == ["Site"], "no staging folder is left behind")
    }

    @Test func originalsAreCopiedAsTheyAreNowAndChangesAreSaid() throws {
        let root = try Fixtures.temporaryFolder()
        defer { Fixtures.remove(root) }
        let articles = root.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let read = Data("Bài như lúc đọc\n".utf8), now = Data("Bài đã sửa trong lúc dựng\n".utf8)
        try read.write(to: articles.appendingPathComponent("same.txt"))
        try now.write(to: articles.appendingPathComponent("edited.txt"))
        func original(_ name: String, _ bytes: Data) -> OriginalFile {
            OriginalFile(relativePath: "articles/" + name, displayPath: "Content/articles/" + name, path: articles.appendingPathComponent(name).path,
                         hash: StableHash.contents(bytes), size: bytes.count)
        }
        let output = root.appendingPathComponent("Site")
        let staging = try SiteWriter(output: output, displayPath: "Site").begin(reusing: nil)
        var diagnostics: [Diagnostic] = []
        try staging.addOriginals([original("same.txt", read), original("edited.txt", read), original("gone.txt", read)], previous: nil, diagnostics: &diagnostics)
        _ = try staging.commit()
        #expect(try Data(contentsOf: output.appendingPathComponent("sources/articles/same.txt")) == read)
        #expect(try Data(contentsOf: output.appendingPathComponent("sources/articles/edited.txt")) == now)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("sources/articles/gone.txt").path))
        #expect(diagnostics.map(\.file) == ["Content/articles/edited.txt", "Content/articles/gone.txt"], "\(diagnostics)")
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func aWriterFailingMidwayLeavesThePreviousSiteUntouched() throws {
        let root = try Fixtures.temporaryFolder()
        defer { Fixtures.remove(root) }
        let output = root.appendingPathComponent("Site")
        try SiteWriter(output: output, displayPath: "Site").write(files(["index.html", "articles/a.html"]))
        let before = try Data(contentsOf: output.appendingPathComponent("index.html"))

        let counter = Counter()
        let failing = SiteWriter(output: output, displayPath: "Site") { url, data in
            if counter.next() == 2 { throw Failure() }
            try data.write(to: url)
        }
        #expect(throws: ChronicleError.self) { try failing.write(files(["index.html", "articles/b.html", "articles/c.html"])) }
        #expect(try Data(contentsOf: output.appendingPathComponent("index.html")) == before)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("articles/a.html").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("articles/b.html").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["Site"])
    }

    /// Batches are written in the background: a batch that failed stops the next one's `add`, and `abort` leaves nothing behind.
    @Test func aFailedBatchStopsTheNextAdd() throws {
        let root = try Fixtures.temporaryFolder()
        defer { Fixtures.remove(root) }
        let output = root.appendingPathComponent("Site")
        let failing = SiteWriter(output: output, displayPath: "Site") { url, data in
            if url.lastPathComponent == "b.html" { throw Failure() }
            try data.write(to: url)
        }
        let staging = try failing.begin(reusing: nil)
        try staging.add(files(["articles/a.html", "articles/b.html"]))
        #expect(throws: ChronicleError.self) { try staging.add(files(["articles/c.html"])) }
        staging.abort()
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).isEmpty)
    }

    @Test func refusesToReplaceAFolderItDidNotWrite() throws {
        let root = try Fixtures.temporaryFolder()
        defer { Fixtures.remove(root) }
        let precious = root.appendingPathComponent("notes.txt")
        try Data("keep me".utf8).write(to: precious)
        let error = #expect(throws: ChronicleError.self) {
            try SiteWriter(output: root, displayPath: "home").write(files(["index.html"]))
        }
        #expect(error?.diagnostic.message.contains("not written by Chronicle") == true)
        #expect(FileManager.default.fileExists(atPath: precious.path))
    }

    @Test func neverWritesOutsideTheSite() {
        #expect(throws: ChronicleError.self) { try SiteWriter.checkRelative("../escape.html") }
        #expect(throws: ChronicleError.self) { try SiteWriter.checkRelative("/etc/passwd") }
        #expect(throws: ChronicleError.self) { try SiteWriter.checkRelative("a//b.html") }
        for path in ["", "a/..", "a/../b", "..", "a/", "/"] {
            #expect(throws: ChronicleError.self, "\(path)") { try SiteWriter.checkRelative(path) }
        }
        for path in ["index.html", "a/b/c.html", "a/.../b", "..b/x", "b../x", ".well-known/x", "articles/bài viết.txt"] {
            #expect(throws: Never.self, "\(path)") { try SiteWriter.checkRelative(path) }
        }
    }
}

/// A rebuild with the last build's manifest moves only new and changed files into the site.
extension SiteWriterTests {
    func contents(of site: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: site.path) {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: site.path + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = try String(contentsOfFile: site.path + "/" + path, encoding: .utf8)
            }
        }
        return result
    }

    func inode(_ url: URL) throws -> UInt64? {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? NSNumber)?.uint64Value
    }

    /// The first site, and its manifest.
    func firstSite(_ output: URL) throws -> SiteManifest {
        try SiteWriter(output: output, displayPath: "Site").write(files(["index.html", "articles/a.html", "units/x/only.html"]), copies: [], reusing: nil).manifest
    }

    @Test func aRebuildMovesOnlyChangedFilesAndRemovesWhatIsNoLongerMade() throws {
        let root = try Fixtures.temporaryFolder()
        defer { Fixtures.remove(root) }
        let output = root.appendingPathComponent("Site")
        let manifest = try firstSite(output)
        let keptInode = try inode(output.appendingPathComponent("articles/a.html"))

        let next = [OutputFile(path: "index.html", contents: Data("new home".utf8))] + files(["articles/a.html", "articles/b.html"])
        let outcome = try SiteWriter(output: output, displayPath: "Site").write(next, copies: [], reusing: manifest)
        #expect(try contents(of: output) == [SiteWriter.marker: "Written by Chronicle; safe to delete with the site.\n", "index.html": "new home",
                                             "articles/a.html": "page articles/a.html", "articles/b.html": "page articles/b.html"])
        #expect(try inode(output.appendingPathComponent("articles/a.html")) == keptInode, "an unchanged file stays where it is")
        #expect(outcome.files == 3 && outcome.carried == 1)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("units").path), "a folder left empty goes")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["Site"], "no staging or backup folder is left behind")
    }

    @Test func aFileChangedByHandInTheSiteIsWrittenAgain() throws {
        let root = try Fixtures.temporaryFolder()
        defer { Fixtures.remove(root) }
        let output = root.appendingPathComponent("Site")
        let manifest = try firstSite(output)
        try Data("edited by hand".utf8).write(to: output.appendingPathComponent("articles/a.html"))
        try FileManager.default.removeItem(at: output.appendingPathComponent("index.html"))
        _ = try SiteWriter(output: output, displayPath: "Site").write(files(["index.html", "articles/a.html"]), copies: [], reusing: manifest)
        #expect(try contents(of: output)["articles/a.html"] == "page articles/a.html")
        #expect(try contents(of: output)["index.html"] == "page index.html")
    }

    @Test func aRebuildFailingWhileWritingOrMovingLeavesTheSiteAsItWas() throws {
        let root = try Fixtures.temporaryFolder()
        defer { Fixtures.remove(root) }
        let output = root.appendingPathComponent("Site")
        let manifest = try firstSite(output)
        let before = try contents(of: output)
        let next = [OutputFile(path: "index.html", contents: Data("new home".utf8)),
                    OutputFile(path: "articles/a.html", contents: Data("new a".utf8))] + files(["articles/c.html", "themes/new/d.html"])

        let writes = Counter()
        let failingWrite = SiteWriter(output: output, displayPath: "Site") { url, data in
            if writes.next() == 3 { throw Failure() }
            try data.write(to: url)
        }
        #expect(throws: ChronicleError.self) { try failingWrite.write(next, copies: [], reusing: manifest) }
        #expect(try contents(of: output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["Site"])

        // Moves: two replaced files out and in (4), two new ones in (6), the page no longer made out (7). A failure at
        // the last new page or at the removal puts every file back, and the folder made for a new page goes.
        for failing in [6, 7] {
            let moves = Counter()
            let failingMove = SiteWriter(output: output, displayPath: "Site", moveFile: { from, to in
                if moves.next() == failing { throw Failure() }
                try FileSystemCalls.move(from, to)
            })
            #expect(throws: ChronicleError.self) { try failingMove.write(next, copies: [], reusing: manifest) }
            #expect(moves.next() == failing + 1, "the failure came among the moves")
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("themes").path))
            #expect(try contents(of: output) == before, "failing at move \(failing)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["Site"])
        }
    }

    /// A clean build would not write a file put in the site by hand, nor one a killed writer left beside it; a site
    /// removed while the new one was being written is not made again from the changed files alone.
    @Test func aRebuildLeavesNoFileACleanBuildWouldNotWrite() throws {
        let root = try Fixtures.temporaryFolder()
        defer { Fixtures.remove(root) }
        let output = root.appendingPathComponent("Site")
        let manifest = try firstSite(output)
        try Data("copied by hand".utf8).write(to: output.appendingPathComponent("articles/stray.html"))
        let leftover = root.appendingPathComponent(".Site.staging-999999999")
        try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
        _ = try SiteWriter(output: output, displayPath: "Site").write(files(["index.html", "articles/a.html", "units/x/only.html"]), copies: [], reusing: manifest)
        #expect(try contents(of: output).keys.sorted() == [SiteWriter.marker, "articles/a.html", "index.html", "units/x/only.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["Site"], "the leftover of a process no longer running goes")

        let staging = try SiteWriter(output: output, displayPath: "Site").begin(reusing: manifest)
        try staging.add(files(["index.html", "articles/b.html"]))
        try FileManager.default.removeItem(at: output)
        #expect(throws: ChronicleError.self) { try staging.commit() }
        staging.abort()
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}

/// A thread-safe call counter for the failing writer.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}

extension SiteWriterTests {
    @Test func twoFilesAtOnePathFailTheWriteInsteadOfLosingOne() throws {
        let root = try Fixtures.temporaryFolder()
        defer { Fixtures.remove(root) }
        let writer = SiteWriter(output: root.appendingPathComponent("Site"), displayPath: "Site")
        #expect(throws: ChronicleError.self) { try writer.write(files(["themes/index.html", "themes/index.html"])) }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Site").path))
    }
}
