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
        let output = root.appendingPathComponent("Site")
        let writer = SiteWriter(output: output, displayPath: "Site")
        try writer.write(files(["index.html", "articles/old.html"]))
        try writer.write(files(["index.html", "articles/new.html"]))
        let fileManager = FileManager.default
        #expect(fileManager.fileExists(atPath: output.appendingPathComponent("articles/new.html").path))
        #expect(!fileManager.fileExists(atPath: output.appendingPathComponent("articles/old.html").path))
        #expect(try fileManager.contentsOfDirectory(atPath: root.path) == ["Site"], "no staging folder is left behind")
    }

    @Test func aWriterFailingMidwayLeavesThePreviousSiteUntouched() throws {
        let root = try Fixtures.temporaryFolder()
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
        let writer = SiteWriter(output: root.appendingPathComponent("Site"), displayPath: "Site")
        #expect(throws: ChronicleError.self) { try writer.write(files(["themes/index.html", "themes/index.html"])) }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Site").path))
    }
}
