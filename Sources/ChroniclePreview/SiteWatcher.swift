import ServiceLifecycle

/// Looks at the content and templates when the kernel says something happened there (every
/// interval where it cannot say); after a change, waits until they stay the same for a while (an
/// editor saving several files, a copy in progress) and then rebuilds.
struct SiteWatcher: Service {
    let session: PreviewSession
    /// Between walks of every file, when the kernel cannot say that something changed.
    var interval: Duration = .milliseconds(300)
    /// Between looks at the kernel's word, which costs one read: a save is seen within this.
    var notifiedInterval: Duration = .milliseconds(20)
    /// How long the files must stay as they are before a build starts (at least one interval when polling).
    var settling: Duration = .milliseconds(100)
    /// Pages are pinged this often, which also ends streams of closed pages.
    var pingInterval: Duration = .seconds(15)

    func run() async throws {
        // Open pages keep their event streams open; end them so the server can stop.
        await withTaskCancellationOrGracefulShutdownHandler {
            await cancelWhenGracefulShutdown { await watch() }
        } onCancelOrGracefulShutdown: {
            session.hub.close()
        }
    }

    private func watch() async {
        let clock = ContinuousClock()
        var lastPing = clock.now
        let notifier = ChangeNotifier(folders: session.watchedFolders, excluding: session.options.output.url)
        /// The files as last looked at. Nil until the first look, which walks them all: files saved during the
        /// first build reached no notifier.
        var latest: FolderSnapshot?
        var changes = ChangeSettling<FolderSnapshot>(settling: settling)
        while !Task.isCancelled {
            do { try await Task.sleep(for: notifier?.watchesAll == true ? min(interval, notifiedInterval) : interval) } catch { return }
            let reported = notifier?.changes() ?? .unknown
            var found: FolderSnapshot?
            if reported != .none || latest == nil {
                if case .files(let paths) = reported, let latest {
                    // A stat of each file named: at 10,000 articles a walk takes several times as long as the rest of showing a save.
                    found = latest.updating(paths)
                } else {
                    found = session.takeSnapshot()
                }
                latest = found
            }
            let step = changes.look(found, reported: notifier != nil && reported != .none, built: session.snapshotAtLastBuild, at: clock.now)
            // A saved article's page needs no settling: if the files change again, it is shown again.
            if let changed = step.show { session.showSavedArticles(in: changed) }
            if let settled = step.build { await session.rebuild(from: settled) }
            if clock.now - lastPing >= pingInterval {
                session.hub.send(.ping)
                lastPing = clock.now
            }
        }
    }
}
