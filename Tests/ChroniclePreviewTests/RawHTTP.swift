import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A bare HTTP/1.1 client over a socket: it sends the request target exactly as written
/// (URL types would normalise `..` and percent-encoding away), and reads event streams.
/// Blocking calls run on their own thread, so the server's tasks are never starved.
final class RawConnection: @unchecked Sendable {
    private let socketDescriptor: Int32
    private var received: [UInt8] = []

    init(port: Int, timeoutSeconds: Int = 20) throws {
        socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketDescriptor >= 0 else { throw RawHTTPError.socket }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(socketDescriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(socketDescriptor); throw RawHTTPError.connect }
    }

    deinit { close(socketDescriptor) }

    func send(method: String = "GET", target: String, keepAlive: Bool = false) {
        let request = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n\(keepAlive ? "" : "Connection: close\r\n")\r\n"
        _ = request.utf8CString.withUnsafeBufferPointer { write(socketDescriptor, $0.baseAddress, $0.count - 1) }
    }

    /// Reads until the text received so far contains `marker`, the peer closes, or the timeout.
    func read(until marker: String?) async -> String {
        await Self.offThread { [self] in
            var buffer = [UInt8](repeating: 0, count: 65536)
            while marker.map({ !String(decoding: received, as: UTF8.self).contains($0) }) ?? true {
                let count = recv(socketDescriptor, &buffer, buffer.count, 0)
                if count <= 0 { break }
                received += buffer[0..<count]
            }
            return String(decoding: received, as: UTF8.self)
        }
    }

    private static func offThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: work()) }.start()
        }
    }
}

extension RawConnection {
    /// The page's live-reload stream, read past its hello (returned, headers and all).
    static func liveEvents(port: Int) async throws -> (RawConnection, String) {
        let events = try RawConnection(port: port)
        events.send(target: "/__chronicle/events", keepAlive: true)
        return (events, await events.read(until: "event: hello"))
    }
}

enum RawHTTPError: Error { case socket, connect }

struct RawResponse {
    var status: Int
    var headers: [String: String]
    var body: String

    init(_ text: String) {
        let parts = text.components(separatedBy: "\r\n\r\n")
        let head = parts[0].components(separatedBy: "\r\n")
        status = Int(head[0].split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        self.headers = headers
        body = parts.dropFirst().joined(separator: "\r\n\r\n")
    }
}

enum RawHTTP {
    static func get(_ target: String, port: Int, method: String = "GET") async throws -> RawResponse {
        let connection = try RawConnection(port: port)
        connection.send(method: method, target: target)
        return RawResponse(await connection.read(until: nil))
    }
}
