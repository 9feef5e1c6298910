import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writing and removing many small files with plain system calls: Foundation's `Data.write`
/// and `FileManager.removeItem` cost several times more per file, and a site has tens of
/// thousands of them.
public enum FileSystemCalls {
    struct Failure: LocalizedError, CustomStringConvertible {
        var path: String
        var code: Int32
        var description: String { "\(path): \(String(cString: strerror(code)))" }
        var errorDescription: String? { description }
    }

    public static func write(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, code: errno) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure(path: path, code: errno)
                }
                offset += written
            }
        }
    }

    /// Best effort: writes `data` beside `url` and renames it over `url`, so a reader never sees
    /// half a file. False when either step fails (the old file, if any, stays).
    @discardableResult
    static func replaceAtomically(_ url: URL, with data: Data) -> Bool {
        let temporary = url.path + ".tmp-\(getpid())"
        guard (try? write(data, to: temporary)) != nil else { return false }
        guard rename(temporary, url.path) == 0 else { unlink(temporary); return false }
        return true
    }

    /// Hard-links `source` at `target` when `source` is a regular file of `size` bytes; false otherwise
    /// (the caller then writes the file).
    public static func linkRegularFile(_ source: String, to target: String, size: Int) -> Bool {
        isRegularFile(source, size: size) && link(source, target) == 0
    }

    /// Whether `path` is a regular file of `size` bytes (links not followed).
    static func isRegularFile(_ path: String, size: Int) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG && Int(status.st_size) == size
    }

    /// Whether two paths name one file (as two spellings do on a case-blind disk).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var first = stat(), second = stat()
        return lstat(a, &first) == 0 && lstat(b, &second) == 0 && first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    /// Whether anything is at `path` (a link counts, not followed).
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// Renames `source` to `target`, replacing a file there.
    public static func move(_ source: String, _ target: String) throws {
        guard rename(source, target) == 0 else { throw Failure(path: target, code: errno) }
    }

    /// Removes the folders holding `relativePath` under `root` that are left empty, innermost first.
    static func removeEmptyFolders(above relativePath: String, in root: String) {
        var folder = (relativePath as NSString).deletingLastPathComponent
        while !folder.isEmpty, rmdir(root + "/" + folder) == 0 {
            folder = (folder as NSString).deletingLastPathComponent
        }
    }

    /// What a walk of a folder found: regular files, and what it passed over and why.
    struct Walk {
        /// Relative to the root, `/`-separated.
        var files: [String] = []
        /// Relative paths of the folders listed under the root (not the root itself).
        var folders: [String] = []
        /// Relative paths of symbolic links and of folders that could not be listed, with the reason.
        var skipped: [(path: String, reason: String)] = []
    }

    /// The regular files under `root`: hidden names (".x") are skipped and symbolic links never
    /// followed, so a link loop costs nothing; so is the folder `excluding`, given as `root` + "/…".
    /// Nil when `root` itself cannot be listed.
    static func regularFiles(under root: String, excluding: String? = nil) -> Walk? {
        var walk = Walk()
        func visit(_ folder: String, _ prefix: String) -> Bool {
            guard let directory = opendir(folder) else {
                walk.skipped.append((String(prefix.dropLast()), "could not list the folder (\(String(cString: strerror(errno))))"))
                return false
            }
            defer { closedir(directory) }
            while true {
                errno = 0
                guard let entry = readdir(directory) else {
                    if errno != 0 { walk.skipped.append((String(prefix.dropLast()), "could not list the whole folder (\(String(cString: strerror(errno))))")) }
                    break
                }
                let name = entryName(entry)
                if name.hasPrefix(".") { continue }
                let path = folder + "/" + name, relative = prefix + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    var status = stat()
                    guard lstat(path, &status) == 0 else { continue }
                    let format = status.st_mode & S_IFMT
                    type = format == S_IFDIR ? Int32(DT_DIR) : format == S_IFREG ? Int32(DT_REG) : format == S_IFLNK ? Int32(DT_LNK) : Int32(DT_UNKNOWN)
                }
                switch type {
                case Int32(DT_DIR) where path == excluding: break
                case Int32(DT_DIR):
                    walk.folders.append(relative)
                    _ = visit(path, relative + "/")
                case Int32(DT_REG): walk.files.append(relative)
                case Int32(DT_LNK): walk.skipped.append((relative, "a symbolic link, not followed"))
                default: break
                }
            }
            return true
        }
        return visit(root, "") ? walk : nil
    }

    /// A directory entry's name, read in place (the record may be shorter than `d_name`'s full size).
    private static func entryName(_ entry: UnsafeMutablePointer<dirent>) -> String {
        withUnsafeMutablePointer(to: &entry.pointee.d_name) { name in
            name.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { String(cString: $0) }
        }
    }

    /// The folders under `root` as `regularFiles` walks them (hidden ones, links and `excluding` left out), by
    /// absolute path, `root` first; empty when `root` cannot be listed.
    public static func folders(under root: String, excluding: String? = nil) -> [String] {
        guard let walk = regularFiles(under: root, excluding: excluding) else { return [] }
        return [root] + walk.folders.map { root + "/" + $0 }
    }

    /// A file's size, modification and status-change times: what tells, without reading it, that it
    /// was saved. The status-change time cannot be set back by hand, as the modification time can.
    public struct Stamp: Equatable, Hashable, Sendable, Codable {
        public var size: Int
        public var modifiedNanoseconds: Int64
        public var changedNanoseconds: Int64

        init(size: Int, modifiedNanoseconds: Int64, changedNanoseconds: Int64) {
            self.size = size
            self.modifiedNanoseconds = modifiedNanoseconds
            self.changedNanoseconds = changedNanoseconds
        }

        init(_ status: stat) {
            self.init(size: Int(status.st_size), modifiedNanoseconds: FileSystemCalls.nanoseconds(status.st_mtim),
                      changedNanoseconds: FileSystemCalls.nanoseconds(status.st_ctim))
        }
    }

    /// The stamp of the file at `path` (following links), or nil when it cannot be looked at.
    static func stamp(_ path: String) -> Stamp? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Stamp(status)
    }

    /// The stamp of the regular file at `path` (links not followed, as `regularFiles` walks), or nil when there is none.
    public static func regularFileStamp(_ path: String) -> Stamp? {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Stamp(status)
    }

    fileprivate static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// The system clock, as stamps read it.
    static func nowNanoseconds() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return nanoseconds(time)
    }

    /// Every regular file under `root` with its stamp, by path relative to `root`, as `regularFiles`
    /// walks them: one `stat` each, cheap enough to poll tens of thousands of files.
    public static func stamps(under root: String, excluding: String? = nil) -> [String: Stamp] {
        guard let walk = regularFiles(under: root, excluding: excluding) else { return [:] }
        var stamps: [String: Stamp] = [:]
        stamps.reserveCapacity(walk.files.count)
        for file in walk.files {
            if let stamp = stamp(root + "/" + file) { stamps[file] = stamp }
        }
        return stamps
    }

    /// Removes a folder and everything in it; symbolic links are removed, never followed.
    public static func removeTree(_ path: String) {
        guard let directory = opendir(path) else {
            unlink(path)
            return
        }
        while let entry = readdir(directory) {
            let name = entryName(entry)
            if name == "." || name == ".." { continue }
            let child = path + "/" + name
            if Int32(entry.pointee.d_type) == Int32(DT_DIR) {
                removeTree(child)
            } else if unlink(child) != 0, errno == EISDIR {
                removeTree(child)
            }
        }
        closedir(directory)
        rmdir(path)
    }
}
