import Foundation

/// FNV-1a, 64 bit: a hash that is the same on every run and machine
/// (Swift's `Hasher` is seeded per process), for slugs and cache keys.
public enum StableHash {
    public static func fnv1a64(_ text: String) -> UInt64 {
        fnv1a64(bytes: text.utf8)
    }

    public static func fnv1a64<Bytes: Sequence>(bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// Folds `value` into `hash`: order matters, so lists hash as sequences.
    public static func combine(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        (hash ^ value) &* 0x0000_0100_0000_01b3 &+ 0x9e37_79b9_7f4a_7c15
    }

    /// The first `length` hex digits of the hash, for short stable suffixes.
    public static func shortHex(_ text: String, length: Int = 6) -> String {
        let hex = String(fnv1a64(text), radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - hex.count)) + hex
        return String(padded.prefix(length))
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
        for text in texts {
            var text = text
            text.withUTF8 { mixWords(UnsafeRawBufferPointer($0), into: &hash) }
        }
        return hash
    }

    /// A hash of a file's bytes, eight at a time: every page, export and article is hashed on each
    /// build, and FNV's byte at a time took longer than writing them.
    public static func contents(_ data: Data) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { mixWords($0, into: &hash) }
        return hash
    }

    /// Folds the bytes into `hash` eight at a time, then the tail and the length.
    private static func mixWords(_ bytes: UnsafeRawBufferPointer, into hash: inout UInt64) {
        func mix(_ word: UInt64) {
            hash = (hash ^ word) &* 0x9e37_79b9_7f4a_7c15
            hash ^= hash >> 29
        }
        var offset = 0
        while offset + 8 <= bytes.count {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        var tail: UInt64 = 0
        for (shift, byte) in bytes[offset...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(shift)) }
        mix(tail)
        mix(UInt64(bytes.count))
    }
}
