import Foundation
import Mustache

/// The site's templates, parsed once per build from the templates folder.
///
/// `*.md.mustache` emit Markdown that libcmark turns into HTML; `*.html.mustache` emit HTML
/// (the layout, and partials holding tables and charts). Both are parsed with
/// `SafeTextContentType`, declared here rather than in each file, so a template cannot forget
/// it and a partial cannot fall back to plain HTML escaping, which would let Markdown through.
public struct TemplateSet: Sendable {
    public enum Kind: Sendable { case markdown, html }

    let library: MustacheLibrary
    let kinds: [String: Kind]
    /// Files under `assets/`, copied to the site as they are.
    public let assets: [String: Data]
    /// A hash of every template and asset: a page rendered with other templates may differ.
    public let fingerprint: UInt64

    public static let layout = "layout"
    /// Page templates every build needs.
    public static let requiredPages = ["pages/home", "pages/article", "pages/timeline", "pages/404", "pages/units", "pages/unit",
                                       "pages/provinces", "pages/province", "pages/themes", "pages/theme", "pages/awards", "pages/year",
                                       "pages/search"]
    static let assetsFolder = "assets"

    public init(directory: URL, displayRoot: String) throws {
        _ = SafeTextContentType.registered
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ChronicleError(file: displayRoot, "no templates folder", hint: "pass --templates DIR, or copy Chronicle's Templates/ folder here")
        }
        var library = MustacheLibrary()
        var kinds: [String: Kind] = [:]
        var assets: [String: Data] = [:]
        var fingerprint: UInt64 = 0
        let base = directory.standardizedFileURL.path
        let enumerator = fileManager.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            let display = ContentReader.join(displayRoot, relative)
            let data = try Self.read(url, display: display)
            fingerprint = fingerprint ^ (StableHash.fnv1a64(relative) &* 31 &+ StableHash.contents(data))
            if relative.hasPrefix(Self.assetsFolder + "/") {
                assets[relative] = data
                continue
            }
            guard relative.hasSuffix(".mustache") else { continue }
            let stem = String(relative.dropLast(".mustache".count))
            let kind: Kind
            let name: String
            if stem.hasSuffix(".md") {
                kind = .markdown
                name = String(stem.dropLast(3))
            } else if stem.hasSuffix(".html") {
                kind = .html
                name = String(stem.dropLast(5))
            } else {
                throw ChronicleError(file: display, "template names end in .md.mustache (Markdown) or .html.mustache (HTML)",
                                     hint: "rename it, e.g. \(stem).md.mustache")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw ChronicleError(file: display, "template is not UTF-8", hint: "re-save it as UTF-8")
            }
            // The pragma shares the template's first line, so parser line numbers stay right.
            let source = "{{% CONTENT_TYPE: \(SafeTextContentType.name)}}" + text
            do {
                library.register(try MustacheTemplate(string: source), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw ChronicleError(file: display, line: error.context.lineNumber,
                                     "template syntax: \(error.error) near `\(error.context.line.trimmingWhitespace())`",
                                     hint: "check that every {{#section}} has its {{/section}}")
            }
            kinds[name] = kind
        }
        for name in [Self.layout] + Self.requiredPages where kinds[name] == nil {
            throw ChronicleError(file: ContentReader.join(displayRoot, name + ".*.mustache"), "required template is missing",
                                 hint: "restore it from Chronicle's Templates/ folder")
        }
        guard kinds[Self.layout] == .html else {
            throw ChronicleError(file: ContentReader.join(displayRoot, "layout.md.mustache"), "the layout must be HTML",
                                 hint: "name it layout.html.mustache")
        }
        self.library = library
        self.kinds = kinds
        self.assets = assets
        self.fingerprint = fingerprint
    }

    private static func read(_ url: URL, display: String) throws -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw ChronicleError(file: display, "could not read the template (\(error.localizedDescription))", hint: "check its permissions")
        }
    }

    public func kind(of name: String) -> Kind? { kinds[name] }

    /// Renders a template; the result is Markdown or HTML as the template's kind says.
    func render(_ name: String, _ model: Any) -> String {
        library.render(model, withTemplate: name) ?? ""
    }
}
