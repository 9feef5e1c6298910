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
        var status = stat()
        guard lstat(source, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == size else { return false }
        return link(source, target) == 0
    }

    /// Paths, relative to `root`, of the regular files under it: hidden names (".x") are skipped and
    /// symbolic links never followed, so a link loop costs nothing. Unreadable folders are skipped.
    static func regularFiles(under root: String) -> [String] {
        var found: [String] = []
        func walk(_ folder: String, _ prefix: String) {
            guard let directory = opendir(folder) else { return }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafePointer(to: entry.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
                if name.hasPrefix(".") { continue }
                let path = folder + "/" + name, relative = prefix + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    var status = stat()
                    guard lstat(path, &status) == 0 else { continue }
                    type = (status.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : (status.st_mode & S_IFMT) == S_IFREG ? Int32(DT_REG) : Int32(DT_LNK)
                }
                if type == Int32(DT_DIR) {
                    walk(path, relative + "/")
                } else if type == Int32(DT_REG) {
                    found.append(relative)
                }
            }
        }
        walk(root, "")
        return found
    }

    /// The size of the file at `path` (following links), or nil when it cannot be looked at.
    static func fileSize(_ path: String) -> Int? {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : nil
    }

    /// Removes a folder and everything in it; symbolic links are removed, never followed.
    public static func removeTree(_ path: String) {
        guard let directory = opendir(path) else {
            unlink(path)
            return
        }
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
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
