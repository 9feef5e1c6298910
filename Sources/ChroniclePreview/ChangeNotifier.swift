import ChronicleKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells whether anything under some folders may have changed since it was last asked, from the
/// kernel (inotify), so an idle preview does not walk tens of thousands of files every interval.
/// It only says "look again": the watcher still compares snapshots, which decide what changed.
/// Nil where the kernel cannot watch (another system, a folder missing, no watches left): the
/// watcher then polls.
final class ChangeNotifier {
    #if os(Linux)
    private let descriptor: Int32
    private let roots: [String]
    private let excluded: String?
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    /// Some folder could not be watched (no watches left, a root gone): from then on every interval looks.
    private var incomplete = false

    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
                                     | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)
    /// Events after which the folders are watched again: a folder made or moved in, a watched one gone
    /// or moved away (a root replaced by another), events lost.
    private static let rewatching = UInt32(IN_ISDIR | IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED | IN_Q_OVERFLOW)

    init?(folders: [URL], excluding: URL?) {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        roots = folders.map { $0.standardizedFileURL.path }
        excluded = excluding?.standardizedFileURL.path
        // Past this point a nil return runs deinit, which closes the descriptor.
        guard descriptor >= 0, watchAll() else { return nil }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// True when the kernel reported anything since the last call. A new folder is watched too.
    func changed() -> Bool {
        var any = false, rewatch = false
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
                if mask & Self.rewatching != 0 { rewatch = true }
                offset += MemoryLayout<inotify_event>.size + length
            }
        }
        if rewatch, !watchAll() { incomplete = true }
        return any || incomplete
    }

    /// Every folder is watched: asking costs one read of the kernel's queue, however many files there are.
    var watchesAll: Bool { !incomplete }

    /// Watches every root and every folder under them, as the snapshots walk them. Adding a watch twice is
    /// harmless (the kernel keeps one); a folder gone meanwhile needs none. False when one could not be watched.
    private func watchAll() -> Bool {
        var complete = true
        for root in roots {
            let folders = FileSystemCalls.folders(under: root, excluding: excluded)
            if folders.isEmpty { complete = false }
            for folder in folders where inotify_add_watch(descriptor, folder, Self.mask) < 0 && errno != ENOENT && errno != ENOTDIR {
                complete = false
            }
        }
        return complete
    }
    #else
    init?(folders: [URL], excluding: URL?) { return nil }
    func changed() -> Bool { true }
    var watchesAll: Bool { false }
    #endif
}
