import Testing
@testable import ChroniclePreview

/// The watcher's settling, look by look, with instants made by arithmetic: no clock is waited on.
struct ChangeSettlingTests {
    let start = ContinuousClock.now
    func at(_ milliseconds: Int) -> ContinuousClock.Instant { start + .milliseconds(milliseconds) }

    /// A save is shown at once and built once, 100 ms after the last look that found it changing.
    @Test func aChangeIsShownAtOnceAndBuiltOnceSettled() {
        var settling = ChangeSettling<String>(settling: .milliseconds(100))
        let seen = settling.look("saved", reported: true, built: "old", at: at(0))
        #expect(seen.show == "saved" && seen.build == nil)
        let quiet = settling.look(nil, reported: false, built: "old", at: at(60))
        #expect(quiet.show == nil && quiet.build == nil)
        let settled = settling.look(nil, reported: false, built: "old", at: at(100))
        #expect(settled.show == nil && settled.build == "saved")
        #expect(settling.look(nil, reported: false, built: "saved", at: at(300)).build == nil)
    }

    /// Files found changed again restart the wait by themselves (a poll, no report) and are shown again; the build has the last of them.
    @Test func filesChangingAgainRestartTheWait() {
        var settling = ChangeSettling<String>(settling: .milliseconds(100))
        _ = settling.look("first", reported: true, built: "old", at: at(0))
        let again = settling.look("second", reported: false, built: "old", at: at(80))
        #expect(again.show == "second" && again.build == nil)
        #expect(settling.look(nil, reported: false, built: "old", at: at(160)).build == nil)
        #expect(settling.look(nil, reported: false, built: "old", at: at(180)).build == "second")
    }

    /// The kernel's word restarts the wait though the stamps show nothing new (a rewrite of the same size within one tick);
    /// a poll finding the same files does not, or a copy polled every interval would never settle.
    @Test func aReportRestartsTheWaitAPollDoesNot() {
        var notified = ChangeSettling<String>(settling: .milliseconds(100))
        _ = notified.look("saved", reported: true, built: "old", at: at(0))
        #expect(notified.look("saved", reported: true, built: "old", at: at(90)).show == nil)
        #expect(notified.look(nil, reported: false, built: "old", at: at(150)).build == nil)
        #expect(notified.look(nil, reported: false, built: "old", at: at(190)).build == "saved")
        var polled = ChangeSettling<String>(settling: .milliseconds(100))
        _ = polled.look("saved", reported: false, built: "old", at: at(0))
        #expect(polled.look("saved", reported: false, built: "old", at: at(100)).build == "saved")
    }

    /// A change undone before it settled (the files are the last build's again) builds nothing.
    @Test func aChangeUndoneBuildsNothing() {
        var settling = ChangeSettling<String>(settling: .milliseconds(100))
        _ = settling.look("saved", reported: true, built: "old", at: at(0))
        let undone = settling.look("old", reported: true, built: "old", at: at(40))
        #expect(undone.show == nil && undone.build == nil)
        #expect(settling.look(nil, reported: false, built: "old", at: at(500)).build == nil)
    }
}
