import ServiceLifecycle

/// Looks at the content and templates every interval when the kernel says something happened
/// there (every interval where it cannot say); after a change, waits until they stay the same for
/// one more interval (an editor saving several files, a copy in progress) and then rebuilds.
struct SiteWatcher: Service {
    let session: PreviewSession
    /// Between walks of every file, when the kernel cannot say that something changed.
    var interval: Duration = .milliseconds(300)
    /// Between looks at the kernel's word, which costs nothing: a save shows within two of them.
    var notifiedInterval: Duration = .milliseconds(50)
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
        var changing: FolderSnapshot?
        let notifier = ChangeNotifier(folders: session.watchedFolders, excluding: session.options.output.url)
        // The first look is unconditional: files saved during the first build reached no notifier.
        var firstLook = true
        while !Task.isCancelled {
            do { try await Task.sleep(for: notifier?.watchesAll == true ? min(interval, notifiedInterval) : interval) } catch { return }
            // Unless something happened or is settling, there is nothing to look at.
            let reported = notifier?.changed() ?? true
            if reported || changing != nil || firstLook {
                firstLook = false
                // Settling, and quiet since by the kernel's word: the files are as the last look found them
                // (a walk is tens of milliseconds at 10,000 articles).
                let now = !reported && notifier?.watchesAll == true ? changing ?? session.takeSnapshot() : session.takeSnapshot()
                if now == session.snapshotAtLastBuild {
                    changing = nil
                } else if now == changing {
                    changing = nil
                    await session.rebuild(from: now)
                } else {
                    changing = now
                    // A saved article's page needs no settling: if the files change again, it is shown again.
                    session.showSavedArticles(in: now)
                }
            }
            if clock.now - lastPing >= pingInterval {
                session.hub.send(.ping)
                lastPing = clock.now
            }
        }
    }
}
