import Foundation

/// Everything Chronicle knows about the domain, read once per build from its own data files
/// and the user's extensions in `Content/data/` (same file names, same schemas).
public struct DomainKnowledge: Sendable {
    public var chrome: PageChromeRules

    public static let userDataFolder = "data"

    public static func load(content: URL, displayRoot: String) throws -> DomainKnowledge {
        var chromeSources = [try PageChromeRules.parse(yaml: DataFile.bundled("page-chrome.yml"), file: "page-chrome.yml")]
        if let (yaml, path) = try userFile("page-chrome.yml", content: content, displayRoot: displayRoot) {
            chromeSources.append(try PageChromeRules.parse(yaml: yaml, file: path))
        }
        return DomainKnowledge(chrome: try PageChromeRules(sources: chromeSources))
    }

    /// Chronicle's own data only, for tests and tools that have no content folder.
    public static func bundled() throws -> DomainKnowledge {
        DomainKnowledge(chrome: try PageChromeRules.bundled())
    }

    static func userFile(_ name: String, content: URL, displayRoot: String) throws -> (String, String)? {
        let url = content.appendingPathComponent(userDataFolder).appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let display = ContentReader.join(displayRoot, "\(userDataFolder)/\(name)")
        do {
            return (try String(contentsOf: url, encoding: .utf8), display)
        } catch {
            throw ChronicleError(file: display, "could not read the data file as UTF-8 (\(error.localizedDescription))")
        }
    }
}
