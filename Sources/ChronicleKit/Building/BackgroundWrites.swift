import Foundation

/// Writes of the build's own records (the extraction cache and the site manifest) that the preview
/// server lets finish after a rebuild has been reported: the site is already in place, and the next
/// build waits for them before reading either. One at a time, in order.
public final class BackgroundWrites: Sendable {
    public static let shared = BackgroundWrites()
    private let queue = DispatchQueue(label: "chronicle.background-writes")

    func enqueue(_ work: @escaping @Sendable () -> Void) {
        queue.async(execute: work)
    }

    /// `work` now, or after the build when `deferring`.
    func run(deferring: Bool, _ work: @escaping @Sendable () -> Void) {
        if deferring { enqueue(work) } else { work() }
    }

    /// Returns once every write enqueued before has finished.
    public func waitForPending() {
        queue.sync {}
    }
}
