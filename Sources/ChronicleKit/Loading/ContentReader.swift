import Foundation

/// An article file's bytes, with the two names it goes by.
public struct SourceFile: Sendable {
    /// Relative to the content folder, `/`-separated: `articles/2023/x.txt`. Stable across machines.
    public var relativePath: String
    /// As the user sees it from the working directory, for diagnostics: `Content/articles/2023/x.txt`.
    public var displayPath: String
    public var data: Data

    public init(relativePath: String, displayPath: String, data: Data) {
        self.relativePath = relativePath
        self.displayPath = displayPath
        self.data = data
    }

    public var format: Article.Format? { Self.format(of: relativePath) }

    /// `.txt` is raw text, `.md` Markdown with front matter; anything else is not an article.
    public static func format(of path: String) -> Article.Format? {
        switch (path as NSString).pathExtension.lowercased() {
        case "txt": return .text
        case "md", "markdown": return .markdown
        default: return nil
        }
    }
}

/// An article file the walk found: read, or left unread because it is as the last build saw it.
public struct FoundArticle: Sendable {
    public var relativePath: String
    public var displayPath: String
    /// Size and times when found, taken before reading; nil when it could not be looked at.
    public var stamp: FileSystemCalls.Stamp?
    /// The bytes; nil when `stamp` is the one the caller already knew, and the file was not read.
    public var data: Data?

    public var source: SourceFile? { data.map { SourceFile(relativePath: relativePath, displayPath: displayPath, data: $0) } }
}

/// The only part of loading that touches the disk: finds and reads article files.
public enum ContentReader {
    public static let articlesFolder = "articles"
    /// News articles run to tens of kilobytes; a file this large is an export or a dump, and
    /// reading it as one article would only slow the build down.
    public static let largestArticleBytes = 4 << 20

    /// Every `.txt` and `.md` file under `<content>/articles`, recursively, in path order, read, but for
    /// a file whose stamp is the one `known` gives for its relative path (a rebuild's articles are
    /// mostly unchanged, and reading them was most of its loading).
    public static func findArticles(content: URL, displayRoot: String, known: [String: FileSystemCalls.Stamp] = [:],
                                    diagnostics: inout [Diagnostic]) throws -> [FoundArticle] {
        let folder = content.appendingPathComponent(articlesFolder, isDirectory: true)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ChronicleError(file: join(displayRoot, articlesFolder), "no articles folder",
                                 hint: "put article .txt or .md files in \(join(displayRoot, articlesFolder))/, or pass --content DIR")
        }
        // Paths joined as strings: `URL.appendingPathComponent` asks the file system whether each is a folder.
        let folderPath = folder.path
        // Read on every core: the bytes are mostly in the page cache, and copying them is the cost.
        let outcomes = try articlePaths(in: folder, displayRoot: displayRoot, diagnostics: &diagnostics).parallelMap { relative -> (file: FoundArticle?, problem: Diagnostic?) in
            let relativePath = articlesFolder + "/" + relative
            let path = folderPath + "/" + relative
            let stamp = FileSystemCalls.stamp(path)
            var found = FoundArticle(relativePath: relativePath, displayPath: join(displayRoot, relativePath), stamp: stamp)
            if let stamp, known[relativePath] == stamp { return (found, nil) }
            let size = stamp?.size ?? 0
            if size > largestArticleBytes {
                return (nil, .warning(file: found.displayPath,
                                         "\(size / (1 << 20)) MB is too large for one article (at most \(largestArticleBytes >> 20) MB); skipped",
                                         hint: "split it into one file per article"))
            }
            do {
                found.data = try Data(contentsOf: URL(fileURLWithPath: path, isDirectory: false))
                return (found, nil)
            } catch {
                return (nil, .warning(file: found.displayPath, "could not read the file (\(error.localizedDescription)); skipped",
                                         hint: "check its permissions"))
            }
        }
        diagnostics += outcomes.compactMap(\.problem)
        return outcomes.compactMap(\.file)
    }

    /// Relative paths of article files, sorted by their UTF-8 bytes so every machine agrees. What the
    /// walk passes over (symbolic links, folders it cannot list) is said, so no article goes silently.
    static func articlePaths(in folder: URL, displayRoot: String = "", diagnostics: inout [Diagnostic]) throws -> [String] {
        guard let walk = FileSystemCalls.regularFiles(under: folder.path) else {
            throw ChronicleError(file: folder.path, "could not list the folder", hint: "check its permissions")
        }
        for (path, reason) in walk.skipped {
            diagnostics.append(.warning(file: join(displayRoot, articlesFolder + (path.isEmpty ? "" : "/" + path)), "\(reason); skipped",
                                        hint: reason.hasPrefix("a symbolic link") ? "copy the articles into the folder instead" : "check its permissions"))
        }
        return walk.files.filter { SourceFile.format(of: $0) != nil }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    static func join(_ root: String, _ relative: String) -> String {
        root.isEmpty || root == "." ? relative : (root.hasSuffix("/") ? root + relative : root + "/" + relative)
    }
}
