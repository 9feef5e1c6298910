import ChronicleKit
import Foundation

/// Every file under some folders with its size and modification time: two snapshots differ
/// when a file was added, removed, or saved: one `stat` a file, about 40 ms for 10,000 articles,
/// so the watcher takes one only when something may have changed (see `ChangeNotifier`).
struct FolderSnapshot: Equatable, Sendable {
    /// By absolute path.
    private(set) var files: [String: FileSystemCalls.Stamp] = [:]

    /// Hidden files and folders are left out (editors' temporary files, the build's staging
    /// folder), and so is `excluding`: a site written inside the content must not rebuild itself.
    static func take(_ folders: [URL], excluding: URL? = nil) -> FolderSnapshot {
        let excluded = excluding?.standardizedFileURL.path
        var snapshot = FolderSnapshot()
        for folder in folders {
            let root = folder.standardizedFileURL.path
            for (relative, stamp) in FileSystemCalls.stamps(under: root, excluding: excluded)
            where !ignored((relative as NSString).lastPathComponent) {
                snapshot.files[root + "/" + relative] = stamp
            }
        }
        return snapshot
    }

    /// The files saved since `earlier` (absolute paths), or nil when a file was added or removed.
    func savedFiles(since earlier: FolderSnapshot) -> [String]? {
        guard files.count == earlier.files.count else { return nil }
        var saved: [String] = []
        for (path, stamp) in files {
            guard let before = earlier.files[path] else { return nil }
            if before != stamp { saved.append(path) }
        }
        return saved.sorted()
    }

    /// Editors' swap and backup files change while typing; they are not content.
    private static func ignored(_ name: String) -> Bool {
        name.hasPrefix(".#") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name == ".DS_Store"
    }
}
