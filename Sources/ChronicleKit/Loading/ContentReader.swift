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
        var files: [SourceFile] = []
        for relative in try articlePaths(in: folder) {
            let relativePath = articlesFolder + "/" + relative
            let url = folder.appendingPathComponent(relative)
            let size = (try? url.resourceValues(forKeys: [.fileSizeKey]))?.fileSize ?? 0
            if size > largestArticleBytes {
                diagnostics.append(.warning(file: join(displayRoot, relativePath),
                                            "\(size / (1 << 20)) MB is too large for one article (at most \(largestArticleBytes >> 20) MB); skipped",
                                            hint: "split it into one file per article"))
                continue
            }
            do {
                let data = try Data(contentsOf: url)
                files.append(SourceFile(relativePath: relativePath, displayPath: join(displayRoot, relativePath), data: data))
            } catch {
                diagnostics.append(.warning(file: join(displayRoot, relativePath), "could not read the file (\(error.localizedDescription)); skipped",
                                            hint: "check its permissions"))
            }
        }
        return files
    }

    /// Relative paths of article files, sorted by their UTF-8 bytes so every machine agrees.
    static func articlePaths(in folder: URL) throws -> [String] {
        let keys: [URLResourceKey] = [.isRegularFileKey]
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else {
            throw ChronicleError(file: folder.path, "could not list the folder", hint: "check its permissions")
        }
        let base = folder.standardizedFileURL.path
        var paths: [String] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: Set(keys)))?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base + "/") else { continue }
            let relative = String(path.dropFirst(base.count + 1))
            if SourceFile.format(of: relative) != nil { paths.append(relative) }
        }
        return paths.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    static func join(_ root: String, _ relative: String) -> String {
        root.isEmpty || root == "." ? relative : (root.hasSuffix("/") ? root + relative : root + "/" + relative)
    }
}
