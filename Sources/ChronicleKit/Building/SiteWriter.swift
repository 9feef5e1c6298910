import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The write stage: puts a whole site on disk, or nothing.
///
/// Files go to a hidden staging folder beside the output; only when every file is written is
/// the staging folder swapped in (atomically where Linux allows), so a failed build leaves the
/// previous site untouched and no stale page survives a successful one.
public struct SiteWriter: Sendable {
    /// Marks a folder as written by Chronicle, so it is never asked to replace anything else.
    public static let marker = ".chronicle-site"

    let output: URL
    let displayPath: String
    /// Writes one file; tests swap it to fail midway.
    let writeFile: @Sendable (URL, Data) throws -> Void

    public init(output: URL, displayPath: String,
                writeFile: @escaping @Sendable (URL, Data) throws -> Void = { url, data in try FileSystemCalls.write(data, to: url.path) }) {
        self.output = output.standardizedFileURL
        self.displayPath = displayPath
        self.writeFile = writeFile
    }

    /// A file copied as it is, such as an article's original, with the bytes the build read.
    public struct Copy: Sendable {
        public var contents: Data
        public var to: String

        public init(contents: Data, to: String) {
            self.contents = contents
            self.to = to
        }
    }

    /// Writes `files`, copies `copies`, then swaps the result in. Returns the number of files written.
    @discardableResult
    public func write(_ files: [OutputFile], copies: [Copy] = []) throws -> Int {
        try write(files, copies: copies, reusing: nil).files
    }

    struct Outcome {
        /// Files in the new site (written or linked).
        var files: Int
        /// Of those, linked unchanged from the previous site.
        var linked: Int
        var manifest: SiteManifest
    }

    /// As `write(_:copies:)`; a file whose bytes `previous` says the current site already holds is
    /// hard-linked from it rather than written (the result is the same bytes, for less disk work).
    func write(_ files: [OutputFile], copies: [Copy], reusing previous: SiteManifest?) throws -> Outcome {
        let staging = try begin(reusing: previous)
        do {
            try staging.add(files)
            try staging.add(copies.map { OutputFile(path: $0.to, contents: $0.contents) })
            return try staging.commit()
        } catch {
            staging.abort()
            throw error
        }
    }

    /// Starts a new site in a hidden staging folder beside the output; files are added in batches
    /// as they are rendered, and nothing replaces the output until `commit`.
    func begin(reusing previous: SiteManifest?) throws -> Staging {
        try checkOutputIsOurs()
        let staging = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).staging-\(getpid())")
        FileSystemCalls.removeTree(staging.path)
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw failure(error)
        }
        return Staging(writer: self, folder: staging, previous: previous)
    }

    /// A site being written. Not thread-safe itself; each batch is written on every core.
    final class Staging {
        let writer: SiteWriter
        let folder: URL
        let previous: SiteManifest?
        private var folders: Set<String> = [""]
        private var paths: Set<String> = []
        private var manifest = SiteManifest()
        private var linked = 0

        init(writer: SiteWriter, folder: URL, previous: SiteManifest?) {
            self.writer = writer
            self.folder = folder
            self.previous = previous
        }

        /// Writes a batch (linking files unchanged since the previous site). On a failure, call `abort`.
        func add(_ files: [OutputFile]) throws {
            try writer.namingFailures { try addBatch(files) }
        }

        private func addBatch(_ files: [OutputFile]) throws {
            // Folders first, in order; then the files on every core.
            let targets = try files.map { file -> (path: String, url: URL, contents: Data) in
                try SiteWriter.checkRelative(file.path)
                // Two pages at one path would silently lose one of them.
                guard paths.insert(file.path.lowercased()).inserted else {
                    throw ChronicleError(file: writer.displayPath, "internal: two files were rendered to \(file.path)",
                                         hint: "please report this with the articles involved")
                }
                try makeFolder(for: file.path)
                return (file.path, folder.appendingPathComponent(file.path), file.contents)
            }
            let firstFailure = Mutex<(any Error)?>(nil)
            let entries = UnsafeMutableBufferPointer<SiteManifest.Entry>.allocate(capacity: targets.count)
            defer { entries.deallocate() }
            let linkedHere = Atomic<Int>(0)
            let outputPath = writer.output.path
            let writeFile = writer.writeFile
            let previous = previous
            targets.withUnsafeBufferPointer { targets in
                nonisolated(unsafe) let targets = targets
                nonisolated(unsafe) let entries = entries
                DispatchQueue.concurrentPerform(iterations: targets.count) { index in
                    let target = targets[index]
                    let entry = SiteManifest.Entry(hash: StableHash.fnv1a64(data: target.contents), size: target.contents.count)
                    entries.initializeElement(at: index, to: entry)
                    guard firstFailure.withLock({ $0 == nil }) else { return }
                    if let previous, previous.entries[target.path] == entry,
                       FileSystemCalls.linkRegularFile(outputPath + "/" + target.path, to: target.url.path, size: entry.size) {
                        linkedHere.add(1, ordering: .relaxed)
                        return
                    }
                    do { try writeFile(target.url, target.contents) } catch {
                        firstFailure.withLock { if $0 == nil { $0 = error } }
                    }
                }
            }
            if let failure = firstFailure.withLock({ $0 }) { throw failure }
            for (index, target) in targets.enumerated() { manifest.entries[target.path] = entries[index] }
            linked += linkedHere.load(ordering: .relaxed)
        }

        /// Takes files unchanged from the previous site without their contents: each is linked when the
        /// previous manifest knows it and the file is still as it says. Returns the paths it could not
        /// take, which the caller renders.
        func reuse(_ paths: [String]) throws -> Set<String> {
            guard let previous else { return Set(paths) }
            var missing = Set<String>()
            var candidates: [(path: String, entry: SiteManifest.Entry)] = []
            for path in paths {
                try SiteWriter.checkRelative(path)
                guard let entry = previous.entries[path], self.paths.insert(path.lowercased()).inserted else {
                    missing.insert(path)
                    continue
                }
                try makeFolder(for: path)
                candidates.append((path, entry))
            }
            // Linking is a system call per file: on every core.
            let outputPath = writer.output.path, stagingPath = folder.path
            let linkedOK = candidates.parallelMap { candidate in
                FileSystemCalls.linkRegularFile(outputPath + "/" + candidate.path, to: stagingPath + "/" + candidate.path, size: candidate.entry.size)
            }
            for (candidate, ok) in zip(candidates, linkedOK) {
                if ok {
                    manifest.entries[candidate.path] = candidate.entry
                    linked += 1
                } else {
                    self.paths.remove(candidate.path.lowercased())
                    missing.insert(candidate.path)
                }
            }
            return missing
        }

        private func makeFolder(for path: String) throws {
            let parent = (path as NSString).deletingLastPathComponent
            guard !folders.contains(parent) else { return }
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(parent), withIntermediateDirectories: true)
            folders.insert(parent)
        }

        /// Records what pages were made from, for the next build's `reuse`.
        func recordInputs(_ inputs: [String: UInt64]) {
            manifest.inputs.merge(inputs) { _, new in new }
        }

        /// Marks the staging folder as a Chronicle site and swaps it in for the output.
        func commit() throws -> Outcome {
            try writer.namingFailures {
                try writer.writeFile(folder.appendingPathComponent(SiteWriter.marker), Data("Written by Chronicle; safe to delete with the site.\n".utf8))
                try writer.swapIn(folder)
            }
            return Outcome(files: manifest.entries.count, linked: linked, manifest: manifest)
        }

        /// Removes the staging folder; the output is as it was.
        func abort() {
            FileSystemCalls.removeTree(folder.path)
        }
    }

    /// Runs `body`, turning a system error into one that names the site and what to check.
    fileprivate func namingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ChronicleError {
            throw error
        } catch {
            throw failure(error)
        }
    }

    fileprivate func failure(_ error: any Error) -> ChronicleError {
        ChronicleError(file: displayPath, "could not write the site (\(error.localizedDescription)); the previous site is unchanged",
                       hint: "check free disk space and permissions on \(output.deletingLastPathComponent().path)")
    }

    /// Refuses to replace a folder Chronicle did not write: `--output ~` must never empty a home folder.
    func checkOutputIsOurs() throws {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw ChronicleError(file: displayPath, "the output path is a file, not a folder", hint: "remove it or pass another --output")
        }
        let contents = (try? fileManager.contentsOfDirectory(atPath: output.path)) ?? []
        if !contents.isEmpty, !contents.contains(Self.marker) {
            throw ChronicleError(file: displayPath, "the output folder exists and was not written by Chronicle; refusing to replace it",
                                 hint: "empty or remove it, or pass another --output")
        }
    }

    /// Output paths come from slugs and content paths; none may climb out of the site.
    static func checkRelative(_ path: String) throws {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !parts.contains(".."), !parts.contains(""), !parts.isEmpty else {
            throw ChronicleError("internal: refusing to write outside the site: \(path)")
        }
    }

    fileprivate func swapIn(_ staging: URL) throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: output.path) else {
            try fileManager.moveItem(at: staging, to: output)
            return
        }
        if Self.exchange(staging.path, output.path) {
            FileSystemCalls.removeTree(staging.path)
            return
        }
        // No atomic exchange on this filesystem: two renames, the gap between them is tiny.
        let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(getpid())")
        try? fileManager.removeItem(at: old)
        try fileManager.moveItem(at: output, to: old)
        do {
            try fileManager.moveItem(at: staging, to: output)
        } catch {
            try? fileManager.moveItem(at: old, to: output)
            throw error
        }
        FileSystemCalls.removeTree(old.path)
    }

    /// `renameat2(RENAME_EXCHANGE)`: swaps two paths in one step. Looked up at run time
    /// because Swift's Glibc module does not export it; false when unavailable.
    static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 2
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
        #else
        return false
        #endif
    }
}
