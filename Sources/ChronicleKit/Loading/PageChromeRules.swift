import Foundation

/// What news sites print around an article, read from `page-chrome.yml` (see its comments).
public struct PageChromeRules: Sendable {
    /// The file as written; lists from several files are concatenated.
    public struct Source: Codable, Sendable {
        var schema: String
        var drop_lines: [String]?
        var drop_patterns: [String]?
        var end_markers: [String]?
        var date_line_words: [String]?
        var byline_prefixes: [String]?
        var byline_collective_names: [String]?
        var source_credit_labels: [String]?
        var photo_credit_labels: [String]?
        var image_alt_patterns: [String]?
        var caption_cues: [String]?
        var body_openers: [String]?

        static let schemaName = "chronicle.page-chrome/1"
        static let keys: Set<String> = ["schema", "drop_lines", "drop_patterns", "end_markers", "date_line_words", "byline_prefixes",
                                        "byline_collective_names", "source_credit_labels", "photo_credit_labels", "image_alt_patterns", "caption_cues", "body_openers"]
    }

    let dropLines: Set<String>
    let dropPatterns: [Pattern]
    let endMarkers: Set<String>
    /// Longest first, so "Ngày cập nhật" is removed before "Ngày".
    let dateLineWords: [String]
    let bylinePrefix: Pattern
    let bylineCollectiveNames: Set<String>
    let sourceCredit: Pattern
    let photoCredit: Pattern
    let imageAlt: [Pattern]
    let captionCues: [Pattern]
    let bodyOpener: Pattern

    /// Chronicle's own rules.
    public static func bundled() throws -> PageChromeRules {
        try PageChromeRules(sources: [parse(yaml: DataFile.bundled("page-chrome.yml"), file: "page-chrome.yml")])
    }

    public static func parse(yaml: String, file: String) throws -> Source {
        try DataFile.decode(Source.self, yaml: yaml, file: file, schema: Source.schemaName, knownKeys: Source.keys)
    }

    public init(sources: [Source]) throws {
        let all = sources.all
        let alternation = Pattern.phrases
        dropLines = Set(all(\.drop_lines).map(Self.lineKey))
        dropPatterns = try all(\.drop_patterns).map { try Pattern($0) }
        endMarkers = Set(all(\.end_markers).map(Self.lineKey))
        dateLineWords = all(\.date_line_words).sorted { $0.count > $1.count }
        bylinePrefix = try Pattern("^(?:\(alternation(all(\.byline_prefixes))))\\s*[:：]\\s*")
        bylineCollectiveNames = Set(all(\.byline_collective_names).map(Self.lineKey))
        sourceCredit = try Pattern("^(?:\(alternation(all(\.source_credit_labels))))\\s*:?\\s+(\\S.{0,60})$")
        photoCredit = try Pattern("[\\s(\\[]*(?:\(alternation(all(\.photo_credit_labels))))\\s*:\\s*([^():]{1,50})[)\\]]?\\.?\\s*$")
        imageAlt = try all(\.image_alt_patterns).map { try Pattern($0) }
        captionCues = try all(\.caption_cues).map { try Pattern($0) }
        bodyOpener = try Pattern("^(?:\(alternation(all(\.body_openers))))(?!\\p{L})")
    }

    /// Lines compare ignoring case and runs of spaces.
    static func lineKey(_ line: String) -> String {
        line.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func isChrome(_ line: String) -> Bool {
        dropLines.contains(Self.lineKey(line)) || dropPatterns.contains { $0.matches(line) }
    }

    func isEndMarker(_ line: String) -> Bool {
        endMarkers.contains(Self.lineKey(line))
    }
}
