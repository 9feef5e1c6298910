import Foundation
import Synchronization

/// Everything Chronicle knows about the domain, read once per build from its own data files
/// and the user's extensions in `Content/data/` (same file names, same schemas; see the
/// README of each resources folder).
public struct DomainKnowledge: Sendable {
    public var chrome: PageChromeRules
    public var extraction: ExtractionKnowledge
    /// Changes whenever a data file does: results computed with other knowledge are stale.
    public var fingerprint: UInt64 = 0

    public static let userDataFolder = "data"

    /// Chronicle's files, each followed by the user's file of the same name in `<content>/data/`.
    public static func load(content: URL?, displayRoot: String) throws -> DomainKnowledge {
        // Each file is read once per build, whether the check below or the parsing asks first.
        var readFiles: [String: [(yaml: String, file: String)]] = [:]
        func files(_ name: String) throws -> [(yaml: String, file: String)] {
            if let known = readFiles[name] { return known }
            var files = [(yaml: try DataFile.bundled(name), file: name)]
            if let content, let user = try userFile((name as NSString).lastPathComponent, content: content, displayRoot: displayRoot) {
                files.append((user.0, user.1))
            }
            readFiles[name] = files
            return files
        }
        // The preview server loads the knowledge for every rebuild: when no data file changed, the last
        // one stands (parsing the files and compiling their patterns again cost a tenth of a rebuild).
        let place = (content?.path ?? "") + "\u{0}" + displayRoot
        if let last = lastLoaded.withLock({ $0 }), last.place == place,
           try last.files.allSatisfy({ name, texts in try files(name).map(\.yaml) == texts }) {
            return last.knowledge
        }
        var fingerprint: UInt64 = 0
        var read: [String: [String]] = [:]
        let reader: (String, String, Set<String>) throws -> [(yaml: String, file: String)] = { name, _, _ in
            let found = try files(name)
            for file in found { fingerprint = fingerprint &* 31 &+ StableHash.fnv1a64(file.file + "\u{0}" + file.yaml) }
            read[name] = found.map(\.yaml)
            return found
        }
        let chromeSources = try reader("page-chrome.yml", PageChromeRules.Source.schemaName, PageChromeRules.Source.keys)
            .map { try PageChromeRules.parse(yaml: $0.yaml, file: $0.file) }
        let chrome = try PageChromeRules(sources: chromeSources)
        var knowledge = DomainKnowledge(chrome: chrome, extraction: try ExtractionKnowledge(read: reader, chrome: chrome))
        knowledge.fingerprint = fingerprint
        let loaded = LoadedKnowledge(place: place, files: read, knowledge: knowledge)
        lastLoaded.withLock { $0 = loaded }
        return knowledge
    }

    /// The last knowledge loaded in this process, with where from and the texts of the files it read.
    private struct LoadedKnowledge: Sendable {
        var place: String
        var files: [String: [String]]
        var knowledge: DomainKnowledge
    }

    private static let lastLoaded = Mutex<LoadedKnowledge?>(nil)

    /// Chronicle's own data only, for tests and tools that have no content folder.
    public static func bundled() throws -> DomainKnowledge {
        try load(content: nil, displayRoot: "")
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
