import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The write stage: puts a whole site on disk, or leaves the previous one.
///
/// Files go to a hidden staging folder beside the output; only when every file is written does
/// the site change, so a failed build leaves the previous site untouched and no stale page
/// survives a successful one. A first build (or one without the last build's manifest) swaps the
/// whole staging folder in (atomically where Linux allows). A rebuild stages only the files that
/// changed and moves them over the site's, removing pages no longer made: after a small change
/// that is a handful of renames instead of tens of thousands of links.
public struct SiteWriter: Sendable {
    /// Marks a folder as written by Chronicle, so it is never asked to replace anything else.
    public static let marker = ".chronicle-site"

    let output: URL
    let displayPath: String
    /// Writes one file; tests swap it to fail midway.
    let writeFile: @Sendable (URL, Data) throws -> Void
    /// Moves a staged file into the site (or a replaced one out of it); tests swap it to fail midway.
    let moveFile: @Sendable (String, String) throws -> Void

    public init(output: URL, displayPath: String,
                writeFile: @escaping @Sendable (URL, Data) throws -> Void = { url, data in try FileSystemCalls.write(data, to: url.path) },
                moveFile: @escaping @Sendable (String, String) throws -> Void = FileSystemCalls.move) {
        self.output = output.standardizedFileURL
        self.displayPath = displayPath
        self.writeFile = writeFile
        self.moveFile = moveFile
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
        /// Files in the new site (written or carried over).
        var files: Int
        /// Of those, carried over unchanged from the previous site (left in place or linked).
        var carried: Int
        var manifest: SiteManifest
    }

    /// As `write(_:copies:)`; a file whose bytes `previous` says the current site already holds is
    /// carried over rather than written (the result is the same bytes, for less disk work).
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
    /// as they are rendered, and nothing in the output changes until `commit`. With the manifest of
    /// the site in the output, only new and changed files are staged (see `Staging.updatesInPlace`).
    func begin(reusing previous: SiteManifest?) throws -> Staging {
        try checkOutputIsOurs()
        removeLeftovers()
        let staging = sibling("staging")
        FileSystemCalls.removeTree(staging.path)
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw failure(error)
        }
        let inPlace = previous != nil && FileManager.default.fileExists(atPath: output.appendingPathComponent(Self.marker).path)
        return Staging(writer: self, folder: staging, previous: previous, updatesInPlace: inPlace)
    }

    /// The hidden folders beside the output a writer uses: `.Site.staging-123`, with its process's id.
    static let siblingRoles = ["staging", "replaced", "old"]

    /// A hidden folder beside the output, for this process: `.Site.staging-123`.
    func sibling(_ role: String) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).\(role)-\(getpid())")
    }

    /// Folders a killed writer left beside the output: those of processes no longer running.
    private func removeLeftovers() {
        let parent = output.deletingLastPathComponent().path
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] {
            for role in Self.siblingRoles {
                let prefix = ".\(output.lastPathComponent).\(role)-"
                guard name.hasPrefix(prefix), let pid = Int32(name.dropFirst(prefix.count)), pid != getpid(),
                      kill(pid, 0) != 0, errno == ESRCH else { continue }
                FileSystemCalls.removeTree(parent + "/" + name)
            }
        }
    }

    /// A site being written. Not thread-safe itself. Each batch is written by one background thread while the caller
    /// renders the next: rendering keeps both cores, and files made in one folder by two threads only wait on its lock.
    final class Staging {
        let writer: SiteWriter
        let folder: URL
        let previous: SiteManifest?
        /// True when the output holds the site `previous` describes: files it already has stay where
        /// they are, and `commit` moves the staged ones over them. False: the staging folder receives
        /// the whole site (unchanged files hard-linked from the output) and replaces the output.
        let updatesInPlace: Bool
        private var folders: Set<String> = [""]
        private var paths: Set<String> = []
        /// Files written to the staging folder, when updating in place.
        private var staged: [String] = []
        private var manifest = SiteManifest()
        private var carried = 0
        private let writes = DispatchQueue(label: "chronicle.staging-writes")
        /// One batch written while the next is rendered: its pages are held in memory until then.
        private let writeRoom = DispatchSemaphore(value: 1)
        private let writeFailure = WriteFailure()

        /// The first error of the background writes, read after they stop.
        private final class WriteFailure: Sendable {
            let error = Mutex<(any Error)?>(nil)
        }

        init(writer: SiteWriter, folder: URL, previous: SiteManifest?, updatesInPlace: Bool) {
            self.writer = writer
            self.folder = folder
            self.previous = previous
            self.updatesInPlace = updatesInPlace
        }

        /// Hands a batch to the background writer (carrying over files unchanged since the previous site), once the batch before
        /// is on disk. A write's error is thrown by the next `add` or by `commit`; on any error, call `abort`.
        func add(_ files: [OutputFile]) throws {
            try writer.namingFailures { try addBatch(files) }
        }

        private func addBatch(_ files: [OutputFile]) throws {
            if let failure = writeFailure.error.withLock({ $0 }) { throw failure }
            for file in files {
                try SiteWriter.checkRelative(file.path)
                // Two pages at one path would silently lose one of them.
                guard paths.insert(file.path.lowercased()).inserted else {
                    throw ChronicleError(file: writer.displayPath, "internal: two files were rendered to \(file.path)",
                                         hint: "please report this with the articles involved")
                }
            }
            let entries = files.parallelMap { SiteManifest.Entry(hash: StableHash.contents($0.contents), size: $0.contents.count) }
            let unchanged = files.indices.filter { previous?.entries[files[$0].path] == entries[$0] }
            let stillThere = try carry(unchanged.map { (files[$0].path, entries[$0]) })
            let kept = Set(zip(unchanged, stillThere).filter(\.1).map(\.0))
            let written = files.indices.filter { !kept.contains($0) }
            for index in written { try makeFolder(for: files[index].path) }
            // Paths joined as strings: `URL.appendingPathComponent` asks the file system whether each is a folder.
            let writeFile = writer.writeFile, stagingPath = folder.path, failure = writeFailure, room = writeRoom
            let batch = written.map { files[$0] }
            room.wait()
            // The batch before may have failed while this one was hashed.
            if let failed = failure.error.withLock({ $0 }) {
                room.signal()
                throw failed
            }
            writes.async {
                defer { room.signal() }
                for file in batch {
                    guard failure.error.withLock({ $0 == nil }) else { return }
                    do { try writeFile(URL(fileURLWithPath: stagingPath + "/" + file.path, isDirectory: false), file.contents) } catch {
                        failure.error.withLock { if $0 == nil { $0 = error } }
                        return
                    }
                }
            }
            for index in files.indices { manifest.entries[files[index].path] = entries[index] }
            carried += kept.count
            if updatesInPlace { staged += written.map { files[$0].path } }
        }

        /// Takes files unchanged from the previous site without their contents: each is carried over when
        /// the previous manifest knows it and the file is still as it says. Returns the paths it could not
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
                candidates.append((path, entry))
            }
            for (candidate, ok) in zip(candidates, try carry(candidates)) {
                if ok {
                    manifest.entries[candidate.path] = candidate.entry
                    carried += 1
                } else {
                    self.paths.remove(candidate.path.lowercased())
                    missing.insert(candidate.path)
                }
            }
            return missing
        }

        /// Whether each file, unchanged by the manifest's account, is still in the output as it says
        /// (a regular file of its size): then it stays in place, or is hard-linked into the staging
        /// folder. A system call per file, on every core.
        private func carry(_ candidates: [(path: String, entry: SiteManifest.Entry)]) throws -> [Bool] {
            let outputPath = writer.output.path, stagingPath = folder.path
            if updatesInPlace {
                return candidates.parallelMap { FileSystemCalls.isRegularFile(outputPath + "/" + $0.path, size: $0.entry.size) }
            }
            for candidate in candidates { try makeFolder(for: candidate.path) }
            return candidates.parallelMap { candidate in
                FileSystemCalls.linkRegularFile(outputPath + "/" + candidate.path, to: stagingPath + "/" + candidate.path, size: candidate.entry.size)
            }
        }

        private func makeFolder(for path: String) throws {
            let parent = (path as NSString).deletingLastPathComponent
            guard !folders.contains(parent) else { return }
            try FileManager.default.createDirectory(atPath: folder.path + "/" + parent, withIntermediateDirectories: true)
            folders.insert(parent)
        }

        /// Records what pages were made from, for the next build's `reuse`.
        func recordInputs(_ inputs: [String: UInt64]) {
            manifest.inputs.merge(inputs) { _, new in new }
        }

        /// Puts the new site in place of the output: the staged files moved over the site's, or the
        /// whole staging folder, marked as a Chronicle site, swapped in.
        func commit() throws -> Outcome {
            try writer.namingFailures {
                try finishWrites()
                if updatesInPlace {
                    try moveIntoSite()
                } else {
                    try writer.writeFile(folder.appendingPathComponent(SiteWriter.marker), Data("Written by Chronicle; safe to delete with the site.\n".utf8))
                    try writer.swapIn(folder)
                }
            }
            return Outcome(files: manifest.entries.count, carried: carried, manifest: manifest)
        }

        /// Moves the staged files over the site's and takes out the files no longer made (and any other
        /// file a clean build would not write). What they replace waits in a backup folder until every move
        /// has succeeded; if one fails, every move is undone and the site is as it was. Readers of the site
        /// during the moves may see some pages new and some old.
        private func moveIntoSite() throws {
            let site = writer.output.path, backup = writer.sibling("replaced").path
            guard FileSystemCalls.exists(site + "/" + SiteWriter.marker) else {
                throw ChronicleError(file: writer.displayPath, "the site was removed or replaced while it was being built; it was left as it is now",
                                     hint: "build again")
            }
            // A process killed among the moves leaves a site no manifest describes: the next build
            // then writes the whole site instead of trusting it.
            SiteManifest.remove(for: writer.output)
            // Files of the site the new one has no place for: pages no longer made, and files put there by hand. A path
            // the new site holds in another case ("Bai.txt" renamed "bai.txt") is the new file itself on a case-blind disk.
            let kept = Dictionary(manifest.entries.keys.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
            let present = FileSystemCalls.regularFiles(under: site)?.files ?? []
            let removed = Set(present + (previous.map { Array($0.entries.keys) } ?? [])).filter { path in
                guard manifest.entries[path] == nil else { return false }
                return kept[path.lowercased()].map { !FileSystemCalls.sameFile(site + "/" + path, site + "/" + $0) } ?? true
            }.sorted()
            var done: [(from: String, to: String)] = []
            var madeFolders = Set<String>()
            func move(_ from: String, _ to: String) throws {
                let parent = (to as NSString).deletingLastPathComponent
                if madeFolders.insert(parent).inserted { try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) }
                try writer.moveFile(from, to)
                done.append((from, to))
            }
            do {
                for path in staged {
                    if FileSystemCalls.exists(site + "/" + path) { try move(site + "/" + path, backup + "/" + path) }
                    try move(folder.path + "/" + path, site + "/" + path)
                }
                for path in removed where FileSystemCalls.exists(site + "/" + path) {
                    try move(site + "/" + path, backup + "/" + path)
                }
            } catch {
                let stuck = done.reversed().filter { rename($0.to, $0.from) != 0 }
                // Folders made in the site for new pages go again with them.
                for path in staged { FileSystemCalls.removeEmptyFolders(above: path, in: site) }
                guard stuck.isEmpty else {
                    throw ChronicleError(file: writer.displayPath, "could not write the site (\(error.localizedDescription)), nor put \(stuck.count) replaced file(s) back",
                                         hint: "they are in \(backup); copy them back, or build again with --no-cache")
                }
                FileSystemCalls.removeTree(backup)
                throw error
            }
            FileSystemCalls.removeTree(backup)
            FileSystemCalls.removeTree(folder.path)
            for path in removed { FileSystemCalls.removeEmptyFolders(above: path, in: site) }
        }

        /// Returns when every batch added is on disk, throwing the first write's error.
        private func finishWrites() throws {
            writes.sync {}
            if let failure = writeFailure.error.withLock({ $0 }) { throw failure }
        }

        /// Removes the staging folder; the output is as it was.
        func abort() {
            writes.sync {}
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
    /// Checked for every file of every build (tens of thousands): the path's bytes are read once, nothing is allocated.
    static func checkRelative(_ path: String) throws {
        var componentLength = 0, dots = 0, bad = path.utf8.isEmpty
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                // An empty component ("a//b", "/a") or "..".
                if componentLength == 0 || (componentLength == 2 && dots == 2) { bad = true }
                componentLength = 0
                dots = 0
            } else {
                componentLength += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        if componentLength == 0 || (componentLength == 2 && dots == 2) { bad = true }
        guard !bad else { throw ChronicleError("internal: refusing to write outside the site: \(path)") }
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
        let old = sibling("old")
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
