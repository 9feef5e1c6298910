import ChronicleKit
import Foundation
import Hummingbird
import Logging
import NIOCore

/// `chronicle serve`: the site over HTTP, rebuilt when its sources change.
public struct PreviewServer: Sendable {
    public var session: PreviewSession
    public var host: String
    /// 0 picks a free port; `onRunning` is told which.
    public var port: Int
    public var pollInterval: Duration

    public init(session: PreviewSession, host: String = "127.0.0.1", port: Int = 8000, pollInterval: Duration = .milliseconds(300)) {
        self.session = session
        self.host = host
        self.port = port
        self.pollInterval = pollInterval
    }

    /// Serves until the task is cancelled or the process gets SIGINT/SIGTERM.
    public func run(shutdownSignals: Bool = true, onRunning: @escaping @Sendable (_ port: Int) async -> Void) async throws {
        let app = try application(onRunning: onRunning)
        try await app.runService(gracefulShutdownSignals: shutdownSignals ? [.sigint, .sigterm] : [])
    }

    func application(onRunning: @escaping @Sendable (_ port: Int) async -> Void) throws -> some ApplicationProtocol {
        guard let script = Bundle.module.url(forResource: "live-reload", withExtension: "js", subdirectory: "Resources") else {
            throw ChronicleError("live-reload.js is missing from Chronicle's resources", hint: "rebuild Chronicle")
        }
        var logger = Logger(label: "chronicle.serve")
        logger.logLevel = .warning
        return Application(
            responder: SiteResponder(session: session, liveReloadScript: try Data(contentsOf: script)),
            configuration: .init(address: .hostname(host, port: port), serverName: "Chronicle"),
            services: [SiteWatcher(session: session, interval: pollInterval)],
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: logger)
    }
}
