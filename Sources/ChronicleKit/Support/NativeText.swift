import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Trimming and searching without Foundation: on Linux `trimmingCharacters(in:)` and `contains(_:)`
/// copy the text into an NSString (UTF-16) and back, which was a visible share of extraction.
extension StringProtocol {
    /// Whether `other` occurs in the text, compared byte for byte: loaded text is NFC, so this is
    /// Foundation's `contains(_:)` on it (false for an empty `other`, as there).
    public func includes(_ other: some StringProtocol) -> Bool {
        guard !other.isEmpty else { return false }
        var haystack = String(self), needle = String(other)
        return haystack.withUTF8 { text in needle.withUTF8 { ByteSearch.contains(UnsafeRawBufferPointer($0), in: UnsafeRawBufferPointer(text)) } }
    }

    /// The text with its first letter a capital, the rest as written: "trường THPT Phúc Trạch" → "Trường THPT Phúc Trạch".
    public func capitalizingFirst() -> String {
        prefix(1).uppercased() + dropFirst()
    }

    /// As `trimmingCharacters(in: .whitespaces)`: spaces (Unicode category Zs) and tabs, at both ends.
    public func trimmingWhitespace() -> String {
        trimmingScalars { $0 == " " || $0 == "\t" || ($0.value >= 0xA0 && $0.properties.generalCategory == .spaceSeparator) }
    }

    /// As `trimmingCharacters(in: CharacterSet(charactersIn: characters))`.
    public func trimming(charactersIn characters: String) -> String {
        let scalars = Set(characters.unicodeScalars)
        return trimmingScalars(where: scalars.contains)
    }

    private func trimmingScalars(where shouldTrim: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !shouldTrim($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !shouldTrim($0) })!
        // Scalar indices are indices of the text itself: the slice is copied whole, not scalar by scalar.
        return String(self[first..<scalars.index(after: last)])
    }
}

/// Byte strings found in byte strings (glibc's memmem is not exported to Swift): memchr to each place the first byte
/// stands, then memcmp.
enum ByteSearch {
    /// Whether the bytes of `needle` stand in `haystack`; an empty needle stands everywhere.
    static func contains(_ needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer) -> Bool {
        guard let needleStart = needle.baseAddress, !needle.isEmpty else { return true }
        guard let base = haystack.baseAddress, needle.count <= haystack.count else { return false }
        let first = Int32(needle[0]), last = base + (haystack.count - needle.count)
        var start = base
        while start <= last, let hit = memchr(start, first, last - start + 1) {
            if memcmp(hit, needleStart, needle.count) == 0 { return true }
            start = UnsafeRawPointer(hit) + 1
        }
        return false
    }
}

/// Slices by UTF-16 range (what NSRegularExpression reports) without Foundation: on Linux
/// `NSString.substring(with:)` transcodes the UTF-16 back to a String, a tenth of extraction's time;
/// these copy the UTF-8 bytes. The range must lie in the text, as for NSString.
extension String {
    public func substring(utf16 range: NSRange) -> String {
        let lower = utf16.index(utf16.startIndex, offsetBy: range.location)
        return String(self[lower..<utf16.index(lower, offsetBy: range.length)])
    }

    public func substring(utf16From location: Int) -> String {
        String(self[utf16.index(utf16.startIndex, offsetBy: location)...])
    }

    public func substring(utf16To location: Int) -> String {
        String(self[..<utf16.index(utf16.startIndex, offsetBy: location)])
    }
}
