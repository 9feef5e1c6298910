import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Text lowercased into UTF-8 bytes, for the literal prefilter of `Pattern`: a case-insensitive ICU match of a
/// literal phrase implies the folded phrase's bytes stand in the folded text.
///
/// That holds only where ICU's case folding of a character is its lowercase letter. It is so for every letter of
/// Vietnamese, but not for "ß", "ſ", "İ", Cherokee, nor for letters whose full folding is two or three code points while
/// Unicode says they do not change when folded (its property is defined on the decomposed form: "ǰ" folds to "j" and a
/// combining caron, which ICU then matches to the decomposed text). A text holding one of those folds to nil, and then
/// the prefilter lets ICU decide.
enum CaseFolding {
    /// The folded scalar, or nil for a character whose case folding is not its own lowercase scalar.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if value < 0x80 {
            return value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 0x20) : scalar
        }
        if value < UInt32(table.count) {
            let folded = table[Int(value)]
            return folded == unsafe ? nil : Unicode.Scalar(folded)
        }
        return computeFold(scalar)
    }

    /// The folded bytes of a text, or nil when it holds a character the fold cannot stand for.
    static func fold(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(value >= 0x41 && value <= 0x5A ? value + 0x20 : value))
                continue
            }
            guard let folded = fold(scalar) else { return nil }
            bytes.append(contentsOf: UTF8.encode(folded)!)
        }
        return bytes
    }

    private static let unsafe: UInt32 = .max

    /// Latin, Greek, Cyrillic and Latin Extended Additional (Vietnamese), worked out once.
    private static let table: [UInt32] = (0..<0x2000).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return unsafe }
        return computeFold(scalar)?.value ?? unsafe
    }

    /// Letters folding to more than one code point though `changesWhenCaseFolded` is false (CaseFolding.txt's F entries of
    /// lowercase letters), and the scripts holding them: Greek, Armenian, and the few Latin ones ("ǰ", "ẖ"…"ẞ").
    private static let expandingFolds: [ClosedRange<UInt32>] = [0x01F0...0x01F0, 0x0370...0x03FF, 0x0530...0x058F, 0x1E96...0x1E9F,
                                                                  0x1F00...0x1FFF, 0xFB00...0xFB17]

    private static func computeFold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if expandingFolds.contains(where: { $0.contains(scalar.value) }) { return nil }
        let properties = scalar.properties
        if !properties.changesWhenCaseFolded { return properties.changesWhenLowercased ? nil : scalar }
        // An upper or title case letter folding to the letter it lowercases to, which folds to itself.
        let lower = properties.lowercaseMapping.unicodeScalars
        guard lower.count == 1, let letter = lower.first, letter != scalar,
              !letter.properties.changesWhenCaseFolded, !letter.properties.changesWhenLowercased else { return nil }
        return letter
    }
}

/// The folded bytes of the texts a thread asked about last. One sentence is put to dozens of patterns in turn, and
/// the ones matched inside a range put the whole text to the prefilter at each call, so each is folded once.
final class FoldedTextCache {
    private struct Entry {
        let text: String          // held, so its storage (and the address that keys it) cannot be reused
        let address: UnsafeRawPointer
        let count: Int
        let folded: [UInt8]?
    }
    private var entries: [Entry] = []
    private var next = 0
    private static let capacity = 6

    /// The folded bytes of `text`, from the cache when the same storage was folded last.
    func folded(_ text: String) -> [UInt8]? {
        let count = text.utf8.count
        // Small strings live inline, and their contiguous storage is a temporary copy: no stable address to key them.
        guard count > 15, let address = text.utf8.withContiguousStorageIfAvailable({ UnsafeRawPointer($0.baseAddress) }) ?? nil else {
            return CaseFolding.fold(text)
        }
        for entry in entries where entry.address == address && entry.count == count { return entry.folded }
        let entry = Entry(text: text, address: address, count: count, folded: CaseFolding.fold(text))
        if entries.count < Self.capacity { entries.append(entry) } else { entries[next] = entry }
        next = (next + 1) % Self.capacity
        return entry.folded
    }

    /// This thread's cache.
    static var current: FoldedTextCache {
        if let pointer = pthread_getspecific(key) { return Unmanaged<FoldedTextCache>.fromOpaque(pointer).takeUnretainedValue() }
        let cache = FoldedTextCache()
        let retained = Unmanaged.passRetained(cache)
        // Without a slot for it, the cache serves this call only.
        if pthread_setspecific(key, retained.toOpaque()) != 0 { retained.release() }
        return cache
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            if let pointer { Unmanaged<FoldedTextCache>.fromOpaque(pointer).release() }
        }
        return key
    }()
}
