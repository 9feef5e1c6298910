import Foundation

/// What loading and extracting each article gave last time, keyed by the file's path and a hash
/// of its bytes, so a rebuild reads and extracts only the articles that changed. The whole
/// cache is dropped when the data files or the Chronicle program change (its fingerprint).
/// Kept beside the site in a hidden folder; deleting it only makes the next build slower.
struct ExtractionCache {
    struct Entry: Codable {
        var contentHash: UInt64
        var article: Article?
        var facts: ArticleFacts?
        var diagnostics: [Diagnostic]
    }

    private struct Stored: Codable {
        var fingerprint: UInt64
        var entries: [String: Entry]
    }

    static let folderName = ".chronicle-cache"
    let file: URL
    let fingerprint: UInt64

    /// `<output's parent>/.chronicle-cache/<output name>.json`.
    /// `contentDisplay` is in the fingerprint because diagnostics name files by it.
    init(output: URL, knowledge: DomainKnowledge, contentDisplay: String) {
        let folder = output.deletingLastPathComponent().appendingPathComponent(Self.folderName)
        file = folder.appendingPathComponent(output.lastPathComponent + ".json")
        fingerprint = (knowledge.fingerprint &* 31 &+ Self.programStamp) &* 31 &+ StableHash.fnv1a64(contentDisplay)
    }

    /// The running program's size and modification time: a rebuilt Chronicle may extract differently.
    static let programStamp: UInt64 = {
        guard let path = Bundle.main.executablePath,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return 0 }
        let size = (attributes[.size] as? NSNumber)?.uint64Value ?? 0
        let modified = UInt64(max(0, ((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0) * 1000))
        return size &* 1_000_003 &+ modified
    }()

    /// Entries from the last build, or none when absent, unreadable or made with other knowledge.
    func load() -> [String: Entry] {
        guard let data = try? Data(contentsOf: file),
              let stored = try? JSONDecoder().decode(Stored.self, from: data),
              stored.fingerprint == fingerprint else { return [:] }
        return stored.entries
    }

    /// Best effort: a cache that cannot be written costs time, never the build.
    func save(_ entries: [String: Entry]) {
        let encoder = JSONEncoder()
        guard let data = try? encoder.encode(Stored(fingerprint: fingerprint, entries: entries)) else { return }
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = file.appendingPathExtension("tmp-\(getpid())")
        guard (try? data.write(to: temporary)) != nil else { return }
        if rename(temporary.path, file.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }
}
