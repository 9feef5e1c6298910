import Foundation
import Synchronization

/// What loading and extracting each article gave last time, keyed by the file's path and a hash
/// of its bytes, so a rebuild reads and extracts only the articles that changed. The whole
/// cache is dropped when the data files or the Chronicle program change (its fingerprint).
/// Kept beside the site in a hidden folder; deleting it only makes the next build slower.
struct ExtractionCache {
    /// A class, not a struct: an article and its facts take over a kilobyte inline, and the last build's entries, this
    /// build's and the loaded articles each hold one per article (about 200 MB apiece at 100,000 articles as structs).
    final class Entry: Codable, Sendable {
        let contentHash: UInt64
        let article: Article?
        let facts: ArticleFacts?
        let diagnostics: [Diagnostic]
        /// `DuplicateDetector.sketch` of the article.
        let sketch: [Int]?
        /// The file's stamp when it was read, if it can be trusted (`trustedStamp`): a file found with
        /// this stamp is not read again.
        let stamp: FileSystemCalls.Stamp?

        init(contentHash: UInt64, article: Article?, facts: ArticleFacts?, diagnostics: [Diagnostic], sketch: [Int]? = nil,
             stamp: FileSystemCalls.Stamp? = nil) {
            self.contentHash = contentHash
            self.article = article
            self.facts = facts
            self.diagnostics = diagnostics
            self.sketch = sketch
            self.stamp = stamp
        }

        /// An entry with an article has its facts, and one without (the file could not be loaded) has none.
        var isUsable: Bool { (article == nil) == (facts == nil) }

        /// This entry with `stamp` (itself when the stamp is already that one).
        func stamped(_ stamp: FileSystemCalls.Stamp?) -> Entry {
            stamp == self.stamp ? self : Entry(contentHash: contentHash, article: article, facts: facts, diagnostics: diagnostics,
                                               sketch: sketch, stamp: stamp)
        }
    }

    /// The stamps of the usable entries: files found with them need not be read.
    static func stamps(of entries: [String: Entry]) -> [String: FileSystemCalls.Stamp] {
        var stamps: [String: FileSystemCalls.Stamp] = [:]
        stamps.reserveCapacity(entries.count)
        for (path, entry) in entries where entry.isUsable {
            if let stamp = entry.stamp { stamps[path] = stamp }
        }
        return stamps
    }

    /// A file written less than this before the build started reading might be written again, after
    /// it was read, with the same stamp (file times tick in milliseconds or coarser): its stamp is not
    /// kept, so it is read again next time.
    static let stampSettlingNanoseconds: Int64 = 2_000_000_000

    /// `stamp` when it was written long enough before `readAfter` (a time before the file was read).
    static func trustedStamp(_ stamp: FileSystemCalls.Stamp?, readAfter: Int64,
                             settling: Int64 = stampSettlingNanoseconds) -> FileSystemCalls.Stamp? {
        guard let stamp, readAfter - max(stamp.modifiedNanoseconds, stamp.changedNanoseconds) > settling else { return nil }
        return stamp
    }

    /// A shard's articles, by path; on disk after the fingerprint (`shardBytes`).
    struct Shard: Codable {
        var paths: [String] = []
        var entries: [Entry] = []
    }

    static let folderName = ".chronicle-cache"

    /// A record kept beside the site, in the cache folder: `<output's parent>/.chronicle-cache/<output name><suffix>`.
    static func recordFile(beside output: URL, suffix: String) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(folderName).appendingPathComponent(output.lastPathComponent + suffix)
    }

    /// Writes a record file whole, making its folder if need be. Best effort: false when it could not be written.
    @discardableResult
    static func writeRecord(_ data: Data, to file: URL) -> Bool {
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        return FileSystemCalls.replaceAtomically(file, with: data)
    }
    /// Entries are spread over this many files by path, so they decode on every core and a rebuild
    /// re-encodes only the files holding changed articles.
    static let shardCount = 64
    let folder: URL
    let name: String
    let fingerprint: UInt64

    /// Where the last build's entries are kept in this process (see `ExtractionCacheMemory`).
    let memory: ExtractionCacheMemory

    /// `<output's parent>/.chronicle-cache/<output name>.<shard>.cache`.
    /// `contentDisplay` is in the fingerprint because diagnostics name files by it.
    init(output: URL, knowledge: DomainKnowledge, contentDisplay: String, memory: ExtractionCacheMemory = .shared) {
        self.memory = memory
        folder = output.deletingLastPathComponent().appendingPathComponent(Self.folderName)
        name = output.lastPathComponent
        fingerprint = (knowledge.fingerprint &* 31 &+ Self.programStamp) &* 31 &+ StableHash.fnv1a64(contentDisplay)
    }

    /// Entries are checked against each article's stamp or hash when used, so what is remembered can never be stale.
    private var memoryKey: String { folder.path + "/" + name + "#" + String(fingerprint) }

    func shardFile(_ shard: Int) -> URL { folder.appendingPathComponent("\(name).\(shard).cache") }

    static func shard(of path: String) -> Int { Int(StableHash.fnv1a64(path) % UInt64(shardCount)) }

    /// Whether the program is known (`programStamp`): when it is not, nothing is kept on disk or read from it, since
    /// another Chronicle, whose records may be laid out otherwise, could not be told from this one.
    static var programKnown: Bool { programStamp != 0 }

    /// The running program's size and modification time: a rebuilt Chronicle may extract differently.
    static let programStamp: UInt64 = {
        guard let path = Bundle.main.executablePath,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return 0 }
        let size = (attributes[.size] as? NSNumber)?.uint64Value ?? 0
        let modified = UInt64(max(0, ((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0) * 1000))
        return size &* 1_000_003 &+ modified
    }()

    /// Entries from the last build, or none when absent, unreadable or made with other knowledge
    /// (a shard that cannot be used only costs its articles a new extraction). A process that built
    /// before (`chronicle serve`) has them in memory: decoding them was most of a rebuild's reading.
    func load() -> [String: Entry] {
        if let remembered = memory.entries(for: memoryKey) { return remembered }
        guard Self.programKnown else { return [:] }
        let shards = Array(0..<Self.shardCount).parallelMap { shard -> Shard in
            guard let data = try? Data(contentsOf: shardFile(shard)) else { return Shard() }
            return readShard(data) ?? Shard()
        }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(shards.reduce(0) { $0 + $1.paths.count })
        for shard in shards {
            for (path, entry) in zip(shard.paths, shard.entries) where entries[path] == nil { entries[path] = entry }
        }
        return entries
    }

    /// A shard's file: this cache's fingerprint (8 bytes, little-endian), then the shard in `CompactEncoder`'s form,
    /// which only the program that wrote it can read: the fingerprint, which names that program, is checked first.
    func shardBytes(_ shard: Shard) throws -> Data {
        CompactEncoder.fingerprinted(fingerprint, try CompactEncoder.encode(shard))
    }

    /// Nil for another fingerprint's shard or bytes that do not read.
    private func readShard(_ data: Data) -> Shard? {
        guard let (stored, rest) = CompactDecoder.fingerprinted(data), stored == fingerprint else { return nil }
        return try? CompactDecoder.decode(Shard.self, from: rest)
    }

    /// Best effort: a cache that cannot be written costs time, never the build. Only the shards
    /// holding a path in `changed` are encoded again; `deferringWrites`, after the build (`BackgroundWrites`).
    func save(_ entries: [String: Entry], changed: Set<String>, deferringWrites: Bool = false) {
        memory.remember(entries, for: memoryKey)
        let dirty = Set(changed.map(Self.shard(of:)))
        guard !dirty.isEmpty, Self.programKnown else { return }
        BackgroundWrites.shared.run(deferring: deferringWrites) { self.write(entries, shards: dirty) }
    }

    private func write(_ entries: [String: Entry], shards dirty: Set<Int>) {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var pathsByShard = [[String]](repeating: [], count: Self.shardCount)
        for path in entries.keys {
            let shard = Self.shard(of: path)
            if dirty.contains(shard) { pathsByShard[shard].append(path) }
        }
        for shard in dirty.sorted() {
            // By path, so a shard's bytes depend on its entries alone.
            let paths = pathsByShard[shard].sorted()
            // Earlier builds kept shards as JSON; none reads them now.
            unlink(folder.appendingPathComponent("\(name).\(shard).json").path)
            guard let data = try? shardBytes(Shard(paths: paths, entries: paths.map { entries[$0]! })) else { continue }
            FileSystemCalls.replaceAtomically(shardFile(shard), with: data)
        }
    }
}

/// The entries of the last build in this process, for the next one (the preview server rebuilds on
/// every change). One site's at a time.
final class ExtractionCacheMemory: Sendable {
    static let shared = ExtractionCacheMemory()
    private let remembered = Mutex<(key: String, entries: [String: ExtractionCache.Entry])?>(nil)

    func entries(for key: String) -> [String: ExtractionCache.Entry]? {
        remembered.withLock { $0?.key == key ? $0?.entries : nil }
    }

    func remember(_ entries: [String: ExtractionCache.Entry], for key: String) {
        remembered.withLock { $0 = (key, entries) }
    }
}
