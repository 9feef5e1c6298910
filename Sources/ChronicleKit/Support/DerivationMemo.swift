import Synchronization

/// Results of pure, costly derivations, kept from one build to the next in the same process
/// (`chronicle serve` rebuilds the site on every save, and most of it is as before), and for some
/// on disk for the next process (`SearchTermsCache`, `MemoFile`). A result is
/// found by a hash of everything it is derived from, so a remembered one is the one a fresh
/// derivation would give. What a build did not ask for is forgotten at the start of the next
/// one but one (`startBuild`), so memory follows the site, not its history.
final class DerivationMemo<Value: Sendable>: Sendable {
    private struct Store {
        var current: [UInt64: Value] = [:]
        var previous: [UInt64: Value] = [:]
        /// Whether this build derived a value anew, found in neither.
        var derived = false
    }

    private let store = Mutex(Store())

    func value(for key: UInt64, derive: () -> Value) -> Value {
        if let found = known(key) { return found }
        let value = derive()
        remember(value, for: key)
        return value
    }

    /// A value derived anew.
    func remember(_ value: Value, for key: UInt64) {
        store.withLock {
            $0.current[key] = value
            $0.derived = true
        }
    }

    /// The remembered value, if any.
    func known(_ key: UInt64) -> Value? {
        store.withLock { store in
            if let value = store.current[key] { return value }
            guard let value = store.previous[key] else { return nil }
            store.current[key] = value
            return value
        }
    }

    /// Keeps what the last build used, for this one.
    func startBuild() {
        store.withLock { store in
            store.previous = store.current
            store.current = [:]
            store.derived = false
        }
    }

    /// What this build used, and whether it derived any of it anew: for keeping on disk (`SearchTermsCache`, `MemoFile`).
    func usedThisBuild() -> (values: [UInt64: Value], derivedAny: Bool) {
        store.withLock { ($0.current, $0.derived) }
    }

    /// Values kept by an earlier process, found as if the last build had used them.
    func preload(_ values: [UInt64: Value]) {
        store.withLock { $0.previous.merge(values) { mine, _ in mine } }
    }

    var isEmpty: Bool { store.withLock { $0.current.isEmpty && $0.previous.isEmpty } }
}
