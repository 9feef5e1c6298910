import ChronicleKit
import Foundation
import Synchronization

/// What the open pages are told: the site was rebuilt, or the build failed and why.
enum LiveEvent: Sendable, Equatable {
    case reload(generation: Int)
    /// Only the pages at these paths (as the browser asks for them, "/units/x.html", "/") show
    /// something new; the others stay as they are.
    case update(generation: Int, pages: [String])
    case failed([Diagnostic])
    /// Keeps connections alive, and finds the ones a browser closed.
    case ping

    /// The event in server-sent-events format.
    var serverSentEvent: String {
        switch self {
        case .reload(let generation):
            return "event: reload\ndata: \(generation)\n\n"
        case .update(let generation, let pages):
            let json = (try? Self.encoder.encode(Update(generation: generation, pages: pages))).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
            return "event: update\ndata: \(json)\n\n"
        case .failed(let diagnostics):
            let json = (try? JSONEncoder().encode(BuildFailure(diagnostics))).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
            return "event: failed\ndata: \(json)\n\n"
        case .ping:
            return ": ping\n\n"
        }
    }
}

private struct Update: Encodable {
    var generation: Int
    var pages: [String]
}

extension LiveEvent {
    /// Sorted keys and plain slashes: the same event, the same bytes.
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}

/// The failure as the overlay shows it: each error with its file, line and hint.
struct BuildFailure: Encodable {
    struct Problem: Encodable {
        var file: String?
        var line: Int?
        var message: String
        var hint: String?
    }

    var errors: [Problem]

    init(_ diagnostics: [Diagnostic]) {
        errors = diagnostics.map { Problem(file: $0.file, line: $0.line, message: $0.message, hint: $0.hint) }
    }
}

/// Sends each event to every page listening, through one stream per connection, in server-sent-events format (encoded once,
/// however many pages listen).
final class LiveReloadHub: Sendable {
    private let listeners = Mutex<[UUID: AsyncStream<String>.Continuation]>([:])

    /// A stream of the events from now on; it ends when the hub closes or the listener goes away.
    func listen() -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(8))
        continuation.onTermination = { [weak self] _ in
            self?.listeners.withLock { _ = $0.removeValue(forKey: id) }
        }
        listeners.withLock { $0[id] = continuation }
        return stream
    }

    func send(_ event: LiveEvent) {
        let encoded = event.serverSentEvent
        for continuation in listeners.withLock({ Array($0.values) }) { continuation.yield(encoded) }
    }

    var listenerCount: Int { listeners.withLock { $0.count } }

    /// Ends every stream, so the server can shut down without waiting for open pages.
    func close() {
        for continuation in listeners.withLock({ Array($0.values) }) { continuation.finish() }
    }
}
