import ChronicleKit
import Foundation

/// Every file under some folders with its size and modification time: two snapshots differ
/// when a file was added, removed, or saved: one `stat` a file, 75 to 180 ms for 10,000 articles,
/// so the watcher walks the files only when the kernel cannot say which changed (see `ChangeNotifier`).
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

    /// This snapshot with the files at `paths` (absolute) looked at again, those gone left out: what a walk
    /// would find when nothing else changed since this one was taken. One `stat` a path.
    func updating(_ paths: Set<String>) -> FolderSnapshot {
        var updated = self
        for path in paths {
            let name = (path as NSString).lastPathComponent
            updated.files[path] = name.hasPrefix(".") || Self.ignored(name) ? nil : FileSystemCalls.regularFileStamp(path)
        }
        return updated
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
