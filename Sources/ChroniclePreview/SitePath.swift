import Foundation

/// Maps a request path to a file inside the site folder, and nothing outside it.
///
/// The path is percent-decoded once, then split into segments: a segment that is `.` or `..`
/// (however it was encoded), or holds a NUL or a backslash, refuses the request. A name that
/// only contains dots (`a..b.html`) is an ordinary file. Symbolic links are followed only when
/// they end inside the site.
struct SitePath {
    enum Resolution: Equatable {
        /// A file to send.
        case file(URL)
        /// A folder asked for without its trailing slash: redirect so relative links work.
        case folder(redirectTo: String)
        case notFound
        /// Outside the site, or not a path a site can have.
        case refused
    }

    /// The site folder with symbolic links resolved, so containment is checked on real paths.
    let root: URL
    private let rootPath: String

    init(root: URL) {
        self.root = root.resolvingSymlinksInPath()
        rootPath = self.root.path.hasSuffix("/") ? self.root.path : self.root.path + "/"
    }

    func resolve(_ requestPath: String) -> Resolution {
        guard let decoded = requestPath.removingPercentEncoding, decoded.hasPrefix("/") else { return .refused }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        for segment in segments where segment == "." || segment == ".." || segment.contains("\0") || segment.contains("\\") {
            return .refused
        }
        var candidate = root
        for segment in segments { candidate.appendPathComponent(String(segment)) }
        let real = candidate.resolvingSymlinksInPath()
        guard real.path == root.path || real.path.hasPrefix(rootPath) else { return .refused }

        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real.path, isDirectory: &isFolder) else { return .notFound }
        guard isFolder.boolValue else { return .file(real) }
        guard decoded.hasSuffix("/") else { return .folder(redirectTo: requestPath + "/") }
        let index = real.appendingPathComponent("index.html")
        return FileManager.default.fileExists(atPath: index.path) ? .file(index) : .notFound
    }
}
