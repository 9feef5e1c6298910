import Foundation

/// Every file under some folders with its size and modification time: two snapshots differ
/// when a file was added, removed, or saved. Polling is portable and, for a few thousand
/// files, cheaper than it sounds (one stat each).
struct FolderSnapshot: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        var size: Int
        var modified: Date
    }

    private(set) var files: [String: Stamp] = [:]

    /// Hidden files and folders are left out (editors' temporary files, the build's staging
    /// folder), and so is `excluding`: a site written inside the content must not rebuild itself.
    static func take(_ folders: [URL], excluding: URL? = nil) -> FolderSnapshot {
        let excluded = excluding.map { $0.standardizedFileURL.path + "/" }
        var snapshot = FolderSnapshot()
        let keys: [URLResourceKey] = [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey]
        for folder in folders {
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in walker {
                if let excluded, (url.standardizedFileURL.path + "/").hasPrefix(excluded) {
                    walker.skipDescendants()
                    continue
                }
                guard !ignored(url.lastPathComponent),
                      let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
                snapshot.files[url.path] = Stamp(size: values.fileSize ?? 0, modified: values.contentModificationDate ?? .distantPast)
            }
        }
        return snapshot
    }

    /// Editors' swap and backup files change while typing; they are not content.
    private static func ignored(_ name: String) -> Bool {
        name.hasPrefix(".#") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name == ".DS_Store"
    }
}
