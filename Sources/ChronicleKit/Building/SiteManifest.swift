import Foundation
import Synchronization

/// What the last build wrote: each file's path, size and a hash of its bytes. With it the
/// writer leaves a file whose bytes are unchanged in the site (or hard-links it into a new one)
/// instead of writing it again (most files, after a small change). Kept in the cache folder;
/// without it every file is written.
struct SiteManifest: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        var hash: UInt64
        var size: Int
    }

    var entries: [String: Entry] = [:]
    /// For pages that can be reused: the hash of everything they show (`SiteRenderer.articleInputs`).
    var inputs: [String: UInt64] = [:]

    /// `<output's parent>/.chronicle-cache/<output name>.manifest`, beside the extraction cache.
    static func file(for output: URL) -> URL {
        ExtractionCache.recordFile(beside: output, suffix: ".manifest")
    }

    static func load(for output: URL) -> SiteManifest? {
        let file = file(for: output).path
        guard let stamp = FileSystemCalls.stamp(file) else { return nil }
        if let last = lastUsed.withLock({ $0 }), last.file == file, last.stamp == stamp { return last.manifest }
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: file)) else { return nil }
        let manifest = SiteManifest(decoding: data)
        remember(manifest, file: file)
        return manifest
    }

    /// Best effort, like the extraction cache: without it the next build writes every file.
    func save(for output: URL) {
        let file = Self.file(for: output)
        if ExtractionCache.writeRecord(encoded(), to: file) { Self.remember(self, file: file.path) }
    }

    /// The manifest this process last read or wrote, with the stamp of its file then: the preview
    /// server's next rebuild takes it from memory (decoding 20,000 lines was a twentieth of a rebuild).
    /// Any write to the file since, by this process or another, changes the stamp.
    private static let lastUsed = Mutex<(file: String, stamp: FileSystemCalls.Stamp, manifest: SiteManifest)?>(nil)

    private static func remember(_ manifest: SiteManifest, file: String) {
        let stamp = FileSystemCalls.stamp(file)
        lastUsed.withLock { $0 = stamp.map { (file, $0, manifest) } }
    }

    /// Paths whose bytes differ between `previous` and this: new, changed or gone.
    func changedFiles(since previous: SiteManifest) -> Set<String> {
        var changed = Set(entries.compactMap { path, entry in previous.entries[path] == entry ? nil : path })
        for path in previous.entries.keys where entries[path] == nil { changed.insert(path) }
        return changed
    }

    /// A build that keeps no manifest removes the old one, which would no longer describe the site.
    static func remove(for output: URL) {
        unlink(file(for: output).path)
        lastUsed.withLock { $0 = nil }
    }

    /// One line per file: `<hash hex> <size> <inputs hex or -> <path>`; paths never hold a newline
    /// (slugs and content paths).
    func encoded() -> Data {
        var text = ""
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            text += String(entry.hash, radix: 16) + " " + String(entry.size) + " " + (inputs[path].map { String($0, radix: 16) } ?? "-") + " " + path + "\n"
        }
        return Data(text.utf8)
    }

    /// Lines that do not parse are skipped: those files are written again.
    init(decoding data: Data) {
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 3)
            guard parts.count == 4, let hash = UInt64(parts[0], radix: 16), let size = Int(parts[1]) else { continue }
            entries[String(parts[3])] = Entry(hash: hash, size: size)
            if let inputs = UInt64(parts[2], radix: 16) { self.inputs[String(parts[3])] = inputs }
        }
    }

    init(entries: [String: Entry] = [:]) {
        self.entries = entries
    }
}
