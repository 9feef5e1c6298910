import ChronicleKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells what may have changed under some folders since it was last asked, from the kernel
/// (inotify): an idle preview does not walk tens of thousands of files every interval, and a
/// saved article is looked at alone. It only names paths: the watcher's snapshots decide what
/// changed. Nil where the kernel cannot watch (another system, a folder missing, no watches left):
/// the watcher then polls.
final class ChangeNotifier {
    /// What the kernel reported since the last question.
    enum Changes: Equatable {
        case none
        /// Only files were written, made, removed or renamed: these, by absolute path.
        case files(Set<String>)
        /// Something a list of files cannot tell: a folder made, moved or gone, events lost, or a folder that could
        /// not be watched. The files must be walked.
        case unknown
    }

    #if os(Linux)
    private let descriptor: Int32
    private let roots: [String]
    private let excluded: String?
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    /// The folder each watch descriptor stands for: events name a file within it.
    private var folderOfWatch: [Int32: String] = [:]
    /// Some folder could not be watched (no watches left, a root gone): from then on every question says `.unknown`.
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

    /// What happened since the last call. A new folder is watched too.
    func changes() -> Changes {
        var files = Set<String>(), unknown = false, rewatch = false
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let (event, name) = buffer.withUnsafeBytes { bytes in
                    let event = bytes.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    // The name is padded with NULs to the record's length.
                    let start = offset + MemoryLayout<inotify_event>.size
                    let field = bytes[start..<min(start + Int(event.len), bytes.count)]
                    return (event, String(decoding: field.prefix { $0 != 0 }, as: UTF8.self))
                }
                offset += MemoryLayout<inotify_event>.size + Int(event.len)
                if event.mask & UInt32(IN_IGNORED) != 0 { folderOfWatch[event.wd] = nil }
                let path = path(of: event.wd, name)
                // Neither walked nor watched: a hidden file or folder (the build's staging folder), the site itself.
                if let path, name.hasPrefix(".") || path == excluded { continue }
                if event.mask & Self.rewatching != 0 { rewatch = true }
                if event.mask & Self.rewatching == 0, let path {
                    files.insert(path)
                } else {
                    unknown = true
                }
            }
        }
        if rewatch, !watchAll() { incomplete = true }
        if unknown || incomplete { return .unknown }
        return files.isEmpty ? .none : .files(files)
    }

    /// The path an event names: a file in a watched folder; nil for an event about the folder itself.
    private func path(of watch: Int32, _ name: String) -> String? {
        guard !name.isEmpty, let folder = folderOfWatch[watch] else { return nil }
        return folder + "/" + name
    }

    /// Every folder is watched: asking costs one read of the kernel's queue, however many files there are.
    var watchesAll: Bool { !incomplete }

    /// Watches every root and every folder under them, as the snapshots walk them. Adding a watch twice is
    /// harmless (the kernel keeps one, and gives its descriptor again); a folder gone meanwhile needs none.
    /// The folders are listed again until no new one turns up: one made inside a new folder before that folder's
    /// watch existed (`cp -r`, a checkout) reached no watch. False when one could not be watched.
    private func watchAll() -> Bool {
        var complete = true
        for root in roots {
            var watched = Set<String>()
            while true {
                let folders = FileSystemCalls.folders(under: root, excluding: excluded)
                if folders.isEmpty { complete = false }
                let new = folders.filter { !watched.contains($0) }
                if new.isEmpty { break }
                for folder in new {
                    watched.insert(folder)
                    let watch = inotify_add_watch(descriptor, folder, Self.mask)
                    if watch >= 0 {
                        folderOfWatch[watch] = folder
                    } else if errno != ENOENT && errno != ENOTDIR {
                        complete = false
                    }
                }
            }
        }
        return complete
    }
    #else
    init?(folders: [URL], excluding: URL?) { return nil }
    func changes() -> Changes { .unknown }
    var watchesAll: Bool { false }
    #endif
}
