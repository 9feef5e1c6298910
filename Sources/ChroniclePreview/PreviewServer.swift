import ChronicleKit
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

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
        try await services(shutdownSignals: shutdownSignals, onRunning: onRunning).run()
    }

    /// The server and the watcher; `triggerGracefulShutdown()` stops both.
    func services(shutdownSignals: Bool, onRunning: @escaping @Sendable (_ port: Int) async -> Void) throws -> ServiceGroup {
        var logger = Logger(label: "chronicle.serve")
        logger.logLevel = .warning
        // Services stop in reverse order: the watcher first, which ends the pages' event streams;
        // the server, which waits for open responses, would otherwise wait for them forever.
        return ServiceGroup(configuration: .init(
            services: [try application(onRunning: onRunning, logger: logger), SiteWatcher(session: session, interval: pollInterval)],
            gracefulShutdownSignals: shutdownSignals ? [.sigint, .sigterm] : [],
            logger: logger))
    }

    func application(onRunning: @escaping @Sendable (_ port: Int) async -> Void, logger: Logger) throws -> some ApplicationProtocol {
        guard let script = Bundle.module.url(forResource: "live-reload", withExtension: "js", subdirectory: "Resources") else {
            throw ChronicleError("live-reload.js is missing from Chronicle's resources", hint: "rebuild Chronicle")
        }
        return Application(
            responder: SiteResponder(session: session, liveReloadScript: try Data(contentsOf: script)),
            configuration: .init(address: .hostname(host, port: port), serverName: "Chronicle"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: logger)
    }
}
