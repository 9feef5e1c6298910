import ChronicleKit
import Foundation
import Testing
@testable import ChroniclePreview

/// A copy of the sample Content/ and Templates/ in a temporary folder, built and served on a
/// free port for the length of one test.
struct PreviewHarness {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let folder: URL
    var content: URL { folder.appendingPathComponent("Content") }
    var templates: URL { folder.appendingPathComponent("Templates") }
    var site: URL { folder.appendingPathComponent("Site") }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["Content", "Templates"] {
            try FileManager.default.copyItem(at: Self.packageRoot.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
    }

    /// Builds, serves, runs `body` with the port, then stops the server and removes the folder.
    func serving(firstBuildSucceeds: Bool = true, _ body: (_ port: Int, _ session: PreviewSession) async throws -> Void) async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = PreviewSession(options: BuildOptions(content: content.path, templates: templates.path, output: site.path))
        let first = await session.rebuild()
        #expect(first.wroteSite == firstBuildSucceeds, "\(first.diagnostics)")
        let (ports, portSink) = AsyncStream<Int>.makeStream()
        let services = try PreviewServer(session: session, port: 0, pollInterval: .milliseconds(50))
            .services(shutdownSignals: false) { portSink.yield($0) }
        let server = Task { try await services.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { Issue.record("the server did not start"); return }
        var failure: (any Error)?
        do { try await body(port, session) } catch { failure = error }
        await services.triggerGracefulShutdown()
        try await server.value
        if let failure { throw failure }
    }

    func write(_ text: String, to relativePath: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(relativePath))
    }

    /// The article page of the built site that links to `source` (a path in the site, "sources/articles/x.txt").
    func pageLinking(to source: String) throws -> String? {
        let articles = site.appendingPathComponent("articles")
        return try FileManager.default.contentsOfDirectory(atPath: articles.path).sorted().first { name in
            (try? String(contentsOf: articles.appendingPathComponent(name), encoding: .utf8))?.contains("../" + source) == true
        }.map { "articles/" + $0 }
    }

    func read(_ relativePath: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(relativePath), encoding: .utf8)
    }
}
