import ChronicleKit
import Foundation
import Hummingbird

/// Answers every request of `chronicle serve`: the live-reload endpoints under `/__chronicle/`,
/// and otherwise the site's files, with the site's 404 page for anything missing.
struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let session: PreviewSession
    let liveReloadScript: Data

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return text("Method not allowed: the preview serves GET and HEAD.\n", status: .methodNotAllowed,
                        extra: [.allow: "GET, HEAD"], head: false)
        }
        let head = request.method == .head
        let path = request.uri.path
        if path.hasPrefix("/__chronicle/") { return live(path, head: head) }
        switch session.site.resolve(path) {
        case .file(let url):
            return try file(url, status: .ok, head: head)
        case .folder(let location):
            let query = request.uri.query.map { "?" + $0 } ?? ""
            return Response(status: .movedPermanently, headers: [.location: location + query, .contentLength: "0"])
        case .notFound:
            return try notFound(head: head)
        case .refused:
            return text("Forbidden: this path is outside the site.\n", status: .forbidden, head: head)
        }
    }

    private func file(_ url: URL, status: HTTPResponse.Status, head: Bool) throws -> Response {
        // The generation before the bytes: a change after this read shows as a newer one to the page.
        let generation = session.generation
        var data = try session.cache.data(at: url)
        let type = ContentTypes.forFile(named: url.lastPathComponent)
        if type.hasPrefix("text/html") { data = PageInjection.inject(into: data, failure: session.failure, generation: generation) }
        return response(data, type: type, status: status, head: head)
    }

    private func notFound(head: Bool) throws -> Response {
        if case .file(let page) = session.site.resolve("/" + Routes.notFound) {
            return try file(page, status: .notFound, head: head)
        }
        // No site yet (the first build failed): a bare page that shows why, and reloads once fixed.
        if let failure = session.failure {
            let page = Data("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title></head><body></body></html>\n".utf8)
            return response(PageInjection.inject(into: page, failure: failure, generation: session.generation), type: ContentTypes.forFile(named: "x.html"),
                            status: .serviceUnavailable, head: head)
        }
        return text("Not found.\n", status: .notFound, head: head)
    }

    private func live(_ path: String, head: Bool) -> Response {
        switch path {
        case "/__chronicle/events":
            return events()
        case PageInjection.scriptPath:
            return response(liveReloadScript, type: ContentTypes.forFile(named: "live-reload.js"), status: .ok, head: head)
        case "/__chronicle/status":
            let status = Status(generation: session.generation, errors: session.failure.map { BuildFailure($0).errors } ?? [])
            return response((try? JSONEncoder().encode(status)) ?? Data(), type: "application/json", status: .ok, head: head)
        default:
            return text("Not found.\n", status: .notFound, head: head)
        }
    }

    struct Status: Encodable {
        var generation: Int
        var errors: [BuildFailure.Problem]
    }

    /// Server-sent events: first where the site stands, then every rebuild or failure.
    private func events() -> Response {
        let stream = session.hub.listen()
        let hello = "retry: 1000\nevent: hello\ndata: \(session.generation)\n\n" + (session.failure.map { LiveEvent.failed($0).serverSentEvent } ?? "")
        let body = ResponseBody { writer in
            try await writer.write(ByteBuffer(string: hello))
            for await event in stream {
                try await writer.write(ByteBuffer(string: event))
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"], body: body)
    }

    private func response(_ data: Data, type: String, status: HTTPResponse.Status, head: Bool, extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: type, .contentLength: String(data.count), .cacheControl: "no-cache",
                                   .init("X-Content-Type-Options")!: "nosniff"]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    private func text(_ message: String, status: HTTPResponse.Status, extra: HTTPFields = [:], head: Bool) -> Response {
        response(Data(message.utf8), type: "text/plain; charset=utf-8", status: status, head: head, extra: extra)
    }
}
