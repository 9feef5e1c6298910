import Foundation

/// An article file as the build read it, without its bytes: the site gets a copy of every
/// original, but holding all of them from load to write would cost a corpus's size in memory.
struct OriginalFile: Sendable {
    var relativePath: String
    var displayPath: String
    /// Where to read it again.
    var path: String
    var hash: UInt64
    var size: Int

    var sitePath: String { Routes.source(relativePath) }
}

extension SiteWriter.Staging {
    /// Originals read at this size in one go, on every core.
    static let originalsBatch = 2_000

    /// Copies the originals into the site: carried over from the previous site when it holds the same bytes,
    /// else read again. A file that changed since it was read is copied as it is now, with a warning
    /// (its page shows what was read), and one that cannot be read any more is left out, with a warning.
    func addOriginals(_ originals: [OriginalFile], previous: SiteManifest?, diagnostics: inout [Diagnostic]) throws {
        let same = originals.filter { previous?.entries[$0.sitePath] == SiteManifest.Entry(hash: $0.hash, size: $0.size) }
        let missing = try reuse(same.map(\.sitePath))
        let carried = Set(same.map(\.sitePath)).subtracting(missing)
        let rest = originals.filter { !carried.contains($0.sitePath) }
        for start in stride(from: 0, to: rest.count, by: Self.originalsBatch) {
            let batch = Array(rest[start..<min(start + Self.originalsBatch, rest.count)]).parallelMap { original -> (OutputFile?, Diagnostic?) in
                guard let data = try? Data(contentsOf: URL(fileURLWithPath: original.path, isDirectory: false)) else {
                    return (nil, .warning(file: original.displayPath, "could not be read again to copy it into the site; its page links to no original",
                                          hint: "check that it still exists and is readable, then build again"))
                }
                let changed = StableHash.contents(data) != original.hash
                return (OutputFile(path: original.sitePath, contents: data),
                        changed ? .warning(file: original.displayPath, "changed while the site was being built; the copy is the new text, its page the old",
                                           hint: "build again") : nil)
            }
            diagnostics += batch.compactMap(\.1)
            try add(batch.compactMap(\.0))
        }
    }
}
