import Foundation
import Synchronization

/// The site's files in memory while serving: pages are read from disk once per build, not per
/// request. Emptied after every rebuild. Bounded, so a site with large files stays in its memory.
final class FileCache: Sendable {
    static let largestFile = 4 << 20
    static let capacity = 256 << 20

    private struct Contents {
        var files: [String: Data] = [:]
        var bytes = 0
        /// Pages rendered ahead of the build that writes them (see `PreviewBasis`), by absolute path:
        /// served instead of the files on disk until the next `removeAll`.
        var pinned: [String: Data] = [:]
        /// Bumped by `removeAll`: a read that began before a rebuild must not land after it.
        var epoch = 0
    }

    private let contents = Mutex(Contents())

    func data(at url: URL) throws -> Data {
        let (cached, epoch) = contents.withLock { ($0.pinned[url.path] ?? $0.files[url.path], $0.epoch) }
        if let cached { return cached }
        let data = try Data(contentsOf: url)
        if data.count <= Self.largestFile {
            contents.withLock { contents in
                guard contents.epoch == epoch, contents.bytes + data.count <= Self.capacity, contents.files[url.path] == nil else { return }
                contents.files[url.path] = data
                contents.bytes += data.count
            }
        }
        return data
    }

    func pin(_ data: Data, at path: String) {
        contents.withLock { $0.pinned[path] = data }
    }

    var pinned: [String: Data] { contents.withLock { $0.pinned } }

    func removeAll() {
        contents.withLock { $0 = Contents(epoch: $0.epoch + 1) }
    }
}
