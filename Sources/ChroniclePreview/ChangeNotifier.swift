import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells whether anything under some folders may have changed since it was last asked, from the
/// kernel (inotify), so an idle preview does not walk tens of thousands of files every interval.
/// It only says "look again": the watcher still compares snapshots, which decide what changed.
/// Nil where the kernel cannot watch (another system, no watches left): the watcher then polls.
final class ChangeNotifier {
    #if os(Linux)
    private let descriptor: Int32
    private let excluded: String?
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    private var roots: [String] = []
    /// A folder made later could not be watched: from then on every interval looks.
    private var incomplete = false

    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
                                     | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    init?(folders: [URL], excluding: URL?) {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        excluded = excluding?.standardizedFileURL.path
        for folder in folders where !watchTree(folder.standardizedFileURL.path) {
            close(descriptor)
            return nil
        }
    }

    deinit { close(descriptor) }

    /// True when the kernel reported anything since the last call. A new folder is watched too.
    func changed() -> Bool {
        var any = false, newFolder = false
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            any = true
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let (mask, length) = buffer.withUnsafeBytes { bytes in
                    let event = bytes.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.mask, Int(event.len))
                }
                // A folder made or moved in, or events lost: watch whatever is there now.
                if mask & UInt32(IN_ISDIR) != 0 || mask & UInt32(IN_Q_OVERFLOW) != 0 { newFolder = true }
                offset += MemoryLayout<inotify_event>.size + length
            }
        }
        if newFolder, !roots.allSatisfy({ watchTree($0, remember: false) }) { incomplete = true }
        return any || incomplete
    }

    /// Watches `path` and every folder under it, hidden ones and the excluded one left out, as
    /// the snapshots leave them out. Adding a watch twice is harmless (the kernel keeps one).
    private func watchTree(_ path: String, remember: Bool = true) -> Bool {
        if remember { roots.append(path) }
        guard inotify_add_watch(descriptor, path, Self.mask) >= 0 else { return false }
        guard let directory = opendir(path) else { return true }
        defer { closedir(directory) }
        var folders: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            let child = path + "/" + name
            guard !name.hasPrefix("."), child != excluded else { continue }
            var status = stat()
            let type = Int32(entry.pointee.d_type)
            if type == Int32(DT_DIR) || (type == Int32(DT_UNKNOWN) && lstat(child, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR) {
                folders.append(child)
            }
        }
        return folders.allSatisfy { watchTree($0, remember: false) }
    }
    #else
    init?(folders: [URL], excluding: URL?) { return nil }
    func changed() -> Bool { true }
    #endif
}
