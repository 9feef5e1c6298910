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
    /// Told when saved articles' pages were shown ahead of the build: how many, in how many seconds.
    private let reportShown: @Sendable (_ pages: Int, _ seconds: Double) -> Void

    private struct State {
        var generation = 0
        var failure: [Diagnostic]?
        var snapshot = FolderSnapshot()
        /// The last good build's model and renderer, for showing a saved article before the next build is done.
        var basis: PreviewBasis?
    }

    private let state = Mutex(State())

    public init(options: BuildOptions, report: @escaping @Sendable (BuildReport) -> Void = { _ in },
                reportShown: @escaping @Sendable (_ pages: Int, _ seconds: Double) -> Void = { _, _ in }) {
        // Only the pages that changed reload.
        var options = options
        options.reportsChangedFiles = true
        self.options = options
        self.report = report
        self.reportShown = reportShown
        site = SitePath(root: options.output.url)
    }

    /// Content (articles, data files, site.yml) and templates.
    var watchedFolders: [URL] { [options.content.url, options.templates.url] }

    /// Changes to the site served so far (builds, and saved pages shown ahead of them); a page compares the one it was served
    /// under with the server's to know it is stale.
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
    /// save during it shows as a change afterwards (the watcher's own look serves: walking them is 75 to 180 ms at
    /// 10,000 articles); nil takes one now.
    @discardableResult
    func rebuild(from snapshot: FolderSnapshot?) async -> BuildReport {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: self.rebuildNow(from: snapshot ?? self.takeSnapshot())) }
        }
    }

    @discardableResult
    func rebuildNow(from snapshot: FolderSnapshot) -> BuildReport {
        // The last model goes before the next is made, so the preview's peak memory stays one build's.
        state.withLock { $0.basis = nil }
        let (result, basis) = SiteBuilder(options: options).buildKeepingBasis()
        // The pages that changed, read from disk before the state is locked (requests take the lock too).
        let pages = result.wroteSite ? Self.pagesToReload(changed: result.changedFiles, shownAhead: cache.pinned, siteRoot: site.root.path) : nil
        // Also after a failure: pages shown ahead were of a build that did not happen. Before the generation moves, so that
        // no page is served under the new one with the old bytes.
        cache.removeAll()
        let event: LiveEvent = state.withLock { state in
            let wasFailing = state.failure != nil
            state.snapshot = snapshot
            if result.wroteSite {
                state.generation += 1
                state.failure = nil
                state.basis = basis
                // A page showing the last failure reloads whatever changed.
                guard !wasFailing, let pages else { return .reload(generation: state.generation) }
                return .update(generation: state.generation, pages: pages)
            }
            let errors = result.diagnostics.filter { $0.severity == .error }
            state.failure = errors
            return .failed(errors)
        }
        hub.send(event)
        report(result)
        FreedMemory.returnToSystem()
        return result
    }

    /// More saved at once than this is a copy or a checkout, not an edit: the build shows it.
    static let mostShownAhead = 20

    /// When only articles of the last build were saved, their pages are rendered against its model and
    /// shown at once (milliseconds), ahead of the build that updates everything that lists them. The
    /// watcher asks as soon as it sees the files change, before they settle (and again if they change again).
    func showSavedArticles(in snapshot: FolderSnapshot) {
        let started = DispatchTime.now()
        let (earlier, basis, failing) = state.withLock { ($0.snapshot, $0.basis, $0.failure != nil) }
        let articles = options.content.url.standardizedFileURL.path + "/" + ContentReader.articlesFolder + "/"
        guard let basis, !failing, let saved = snapshot.savedFiles(since: earlier),
              !saved.isEmpty, saved.count <= Self.mostShownAhead, saved.allSatisfy({ $0.hasPrefix(articles) }),
              let pages = basis.articlePages(saved.map { ContentReader.articlesFolder + "/" + $0.dropFirst(articles.count) }) else { return }
        for page in pages { cache.pin(page.contents, at: site.root.path + "/" + page.path) }
        let generation = state.withLock { state in
            state.generation += 1
            return state.generation
        }
        hub.send(.update(generation: generation, pages: pages.map { "/" + $0.path }))
        reportShown(pages.count, Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9)
    }

    /// More changed pages than this and every page reloads: the list would outweigh the reloads it saves.
    static let mostPagesListed = 1_000

    /// The pages a build changed, as browsers ask for them ("/units/x.html"), less those shown ahead
    /// with the same bytes; nil when every page should reload: no previous site to compare with, too
    /// many pages, or a stylesheet, script or other asset changed.
    static func pagesToReload(changed: Set<String>?, shownAhead: [String: Data], siteRoot: String) -> [String]? {
        guard let changed, changed.count <= mostPagesListed else { return nil }
        var pages = Set<String>()
        for path in changed {
            switch (path as NSString).pathExtension {
            case "html":
                let file = siteRoot + "/" + path
                if let shown = shownAhead[file], shown == FileManager.default.contents(atPath: file) { continue }
                pages.insert("/" + path)
            case "json", "csv", "xml", "txt", "md":
                // Exports, feeds and the original texts are shown as they are, with no reload script;
                // the search page reads the index.
                if path.hasPrefix(Routes.searchIndexFolder) { pages.insert("/" + Routes.search) }
            default:
                return nil
            }
        }
        return pages.sorted()
    }
}
