/// When changed files have settled: an editor saving several files, or a copy in progress, is built once, after the files
/// stay as they are for `settling`. The watcher's decisions apart from the clock, the kernel and the disk, so a test can
/// drive them look by look.
struct ChangeSettling<Files: Equatable> {
    let settling: Duration
    /// The files when they last changed, unlike the last build's, and when that was seen.
    private(set) var changing: (files: Files, since: ContinuousClock.Instant)?

    init(settling: Duration) { self.settling = settling }

    /// What the watcher does after one look.
    struct Step {
        /// The files changed since the last look: show saved articles' pages now, before they settle.
        var show: Files?
        /// The files have settled unlike the last build's: build them.
        var build: Files?
    }

    /// One look at `instant`. `files`: the files as found, nil when this look found nothing to look at. `reported`: the kernel
    /// reported a change, which restarts the settling even when the files' stamps do not show it (a rewrite of the same size
    /// within one tick of the clock); false when polling, where every look would otherwise restart it. `built`: the files
    /// of the last build.
    mutating func look(_ files: Files?, reported: Bool, built: Files, at instant: ContinuousClock.Instant) -> Step {
        var step = Step()
        if reported, changing != nil { changing?.since = instant }
        if let files {
            if files == built {
                changing = nil
            } else if files != changing?.files {
                changing = (files, instant)
                step.show = files
            }
        }
        if let settled = changing, instant - settled.since >= settling {
            changing = nil
            step.build = settled.files
        }
        return step
    }
}
