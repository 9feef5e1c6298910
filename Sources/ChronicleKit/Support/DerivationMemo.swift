import Foundation

/// Results of pure, costly derivations, kept from one build to the next in the same process
/// (`chronicle serve` rebuilds the site on every save, and most of it is as before). A result is
/// found by a hash of everything it is derived from, so a remembered one is the one a fresh
/// derivation would give. What a build did not ask for is forgotten at the start of the next
/// one but one (`startBuild`), so memory follows the site, not its history.
final class DerivationMemo<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var current: [UInt64: Value] = [:]
    private var previous: [UInt64: Value] = [:]

    func value(for key: UInt64, derive: () -> Value) -> Value {
        if let found = known(key) { return found }
        let value = derive()
        remember(value, for: key)
        return value
    }

    func remember(_ value: Value, for key: UInt64) {
        lock.withLock { current[key] = value }
    }

    /// The remembered value, if any.
    func known(_ key: UInt64) -> Value? {
        lock.withLock {
            if let value = current[key] { return value }
            guard let value = previous[key] else { return nil }
            current[key] = value
            return value
        }
    }

    /// Keeps what the last build used, for this one.
    func startBuild() {
        lock.withLock {
            previous = current
            current = [:]
        }
    }
}

extension StableHash {
    /// A memo key of several hashes, in order: `combine` of two hashes depends only on their
    /// exclusive or, so two equal texts would share one key with every other equal pair.
    static func key(_ parts: UInt64...) -> UInt64 {
        parts.reduce(0xcbf2_9ce4_8422_2325) { combine($0, $1) }
    }

    /// A hash of several texts for memo keys, eight bytes at a time (FNV's byte at a time was a tenth
    /// of a rebuild over every article's text); each text is followed by its length, so that
    /// ["ab", "c"] and ["a", "bc"] differ. Stable across runs, like FNV.
    static func words64(texts: some Sequence<String>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ word: UInt64) {
            hash = (hash ^ word) &* 0x9e37_79b9_7f4a_7c15
            hash ^= hash >> 29
        }
        for text in texts {
            var text = text
            text.withUTF8 { bytes in
                var offset = 0
                while offset + 8 <= bytes.count {
                    mix(UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)))
                    offset += 8
                }
                var tail: UInt64 = 0
                for (shift, byte) in bytes[offset...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(shift)) }
                mix(tail)
                mix(UInt64(bytes.count))
            }
        }
        return hash
    }
}
