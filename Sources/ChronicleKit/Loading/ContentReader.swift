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

/// The only part of loading that touches the disk: finds and reads article files.
public enum ContentReader {
    public static let articlesFolder = "articles"
    /// News articles run to tens of kilobytes; a file this large is an export or a dump, and
    /// reading it as one article would only slow the build down.
    public static let largestArticleBytes = 4 << 20

    /// Every `.txt` and `.md` file under `<content>/articles`, recursively, in path order.
    public static func readArticles(content: URL, displayRoot: String, diagnostics: inout [Diagnostic]) throws -> [SourceFile] {
        let folder = content.appendingPathComponent(articlesFolder, isDirectory: true)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ChronicleError(file: join(displayRoot, articlesFolder), "no articles folder",
                                 hint: "put article .txt or .md files in \(join(displayRoot, articlesFolder))/, or pass --content DIR")
        }
        // Read on every core: the bytes are mostly in the page cache, and copying them is the cost.
        let outcomes = try articlePaths(in: folder, displayRoot: displayRoot, diagnostics: &diagnostics).parallelMap { relative -> (file: SourceFile?, problem: Diagnostic?) in
            let relativePath = articlesFolder + "/" + relative
            let url = folder.appendingPathComponent(relative)
            let size = FileSystemCalls.fileSize(url.path) ?? 0
            if size > largestArticleBytes {
                return (nil, .warning(file: join(displayRoot, relativePath),
                                         "\(size / (1 << 20)) MB is too large for one article (at most \(largestArticleBytes >> 20) MB); skipped",
                                         hint: "split it into one file per article"))
            }
            do {
                return (SourceFile(relativePath: relativePath, displayPath: join(displayRoot, relativePath), data: try Data(contentsOf: url)), nil)
            } catch {
                return (nil, .warning(file: join(displayRoot, relativePath), "could not read the file (\(error.localizedDescription)); skipped",
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
        return walk.files.filter { SourceFile.format(of: $0) != nil }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    static func join(_ root: String, _ relative: String) -> String {
        root.isEmpty || root == "." ? relative : (root.hasSuffix("/") ? root + relative : root + "/" + relative)
    }
}
