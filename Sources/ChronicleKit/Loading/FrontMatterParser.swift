import Foundation
import Yams

/// Splits YAML front matter (between `---` lines at the top of a `.md` article) from its body.
public enum FrontMatterParser {
    public struct Split: Sendable {
        public var frontMatter: FrontMatter
        public var body: String
        /// The file line the body starts on.
        public var bodyFirstLine: Int
    }

    public static func split(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> Split {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map({ $0.trimmingWhitespace() == "---" }) == true,
              let end = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmingWhitespace()) })
        else { return Split(frontMatter: FrontMatter(), body: text, bodyFirstLine: 1) }
        let yaml = lines[1..<end].joined(separator: "\n")
        lines.removeSubrange(0...end)
        let front = parse(yaml, file: file, firstLine: 2, diagnostics: &diagnostics)
        return Split(frontMatter: front, body: lines.joined(separator: "\n"), bodyFirstLine: end + 2)
    }

    /// Reads the known keys; a bad or unknown key is a warning naming its line, and is ignored.
    static func parse(_ yaml: String, file: String, firstLine: Int, diagnostics: inout [Diagnostic]) -> FrontMatter {
        var front = FrontMatter()
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            diagnostics.append(.warning(file: file, line: DataFile.yamlLine(error).map { $0 + firstLine - 1 },
                                        "front matter is not valid YAML (\(DataFile.yamlProblem(error))); ignored"))
            return front
        } catch {
            diagnostics.append(.warning(file: file, line: firstLine, "front matter could not be read: \(error)"))
            return front
        }
        guard let mapping = node?.mapping else {
            if node != nil { diagnostics.append(.warning(file: file, line: firstLine, "front matter must be `key: value` lines; ignored")) }
            return front
        }
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { continue }
            let line = (keyNode.mark?.line ?? 1) + firstLine - 1
            func bad(_ expected: String) {
                diagnostics.append(.warning(file: file, line: line, "front matter `\(key)` should be \(expected); ignored"))
            }
            func text() -> String? {
                guard let string = value.scalar?.string.trimmingWhitespace(), !string.isEmpty else {
                    bad("text")
                    return nil
                }
                return TextDecoding.normalize(string)
            }
            func list() -> [String]? {
                if let string = value.scalar?.string { return [TextDecoding.normalize(string)] }
                guard let items = value.sequence?.compactMap({ $0.scalar?.string }) else {
                    bad("a list")
                    return nil
                }
                return items.map(TextDecoding.normalize)
            }
            switch FrontMatter.CodingKeys(rawValue: key) {
            case .title: front.title = text()
            case .kicker: front.kicker = text()
            case .source: front.source = text()
            case .url: front.url = text()
            case .slug:
                if let slug = text() {
                    let clean = Slug.make(slug)
                    if clean.isEmpty { bad("letters or digits") } else { front.slug = clean }
                }
            case .province: front.province = text()
            case .organizer: front.organizer = text()
            case .eventType: front.eventType = text()
            case .authors: front.authors = list()
            case .themes: front.themes = list()
            case .published:
                if let string = text() {
                    if let time = LocalDateTime(iso: string) { front.published = time } else { bad("a date and time like 2024-03-05T08:30:00+07:00") }
                }
            case .eventDate:
                if let string = text() {
                    if let date = CalendarDate(iso: string) { front.eventDate = date } else { bad("a date like 2024-03-05") }
                }
            case nil:
                diagnostics.append(.warning(file: file, line: line, "unknown front matter key `\(key)`; ignored",
                                            hint: "known keys: \(FrontMatter.knownKeys.sorted().joined(separator: ", "))"))
            }
        }
        return front
    }
}
