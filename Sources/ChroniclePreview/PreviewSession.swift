import ChronicleKit
import Foundation
import Synchronization

/// The state of `chronicle serve`: the last build's outcome, the pages listening for reloads,
/// and the cached site files. Builds run one at a time (the watcher's loop calls `rebuild`).
public final class PreviewSession: Sendable {
    public let options: BuildOptions
    let hub = LiveReloadHub()
    let cache = FileCache()
    let site: SitePath
    /// Told about every build, for the terminal.
    private let report: @Sendable (BuildReport) -> Void

    private struct State {
        var generation = 0
        var failure: [Diagnostic]?
        var snapshot = FolderSnapshot()
    }

    private let state = Mutex(State())

    public init(options: BuildOptions, report: @escaping @Sendable (BuildReport) -> Void = { _ in }) {
        self.options = options
        self.report = report
        site = SitePath(root: options.output.url)
    }

    /// Content (articles, data files, site.yml) and templates.
    var watchedFolders: [URL] { [options.content.url, options.templates.url] }

    /// Successful builds so far; pages compare it to know they are stale.
    var generation: Int { state.withLock { $0.generation } }
    /// The errors of the last build when it failed; the previous site is still served.
    var failure: [Diagnostic]? { state.withLock { $0.failure } }
    var snapshotAtLastBuild: FolderSnapshot { state.withLock { $0.snapshot } }

    /// The watched folders now, the site itself left out.
    func takeSnapshot() -> FolderSnapshot { FolderSnapshot.take(watchedFolders, excluding: options.output.url) }

    /// Builds now, off the concurrency pool (a build keeps a core busy), then tells the pages.
    @discardableResult
    public func rebuild() async -> BuildReport {
        await rebuild(from: nil)
    }

    /// `snapshot`: the watched folders as the watcher just found them, taken before the build so that a
    /// save during it shows as a change afterwards (walking them is tens of milliseconds at 10,000
    /// articles: the watcher's own look serves); nil takes one now.
    @discardableResult
    func rebuild(from snapshot: FolderSnapshot?) async -> BuildReport {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: self.rebuildNow(from: snapshot ?? self.takeSnapshot())) }
        }
    }

    @discardableResult
    func rebuildNow(from snapshot: FolderSnapshot) -> BuildReport {
        let result = SiteBuilder(options: options).build()
        let event: LiveEvent = state.withLock { state in
            state.snapshot = snapshot
            if result.wroteSite {
                state.generation += 1
                state.failure = nil
                return .reload(generation: state.generation)
            }
            let errors = result.diagnostics.filter { $0.severity == .error }
            state.failure = errors
            return .failed(errors)
        }
        if result.wroteSite { cache.removeAll() }
        hub.send(event)
        report(result)
        FreedMemory.returnToSystem()
        return result
    }
}
