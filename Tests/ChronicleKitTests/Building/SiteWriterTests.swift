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
                         hash: StableHash.fnv1a64(data: bytes), size: bytes.count)
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
