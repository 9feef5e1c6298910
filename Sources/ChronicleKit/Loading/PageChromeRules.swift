import Foundation

/// What news sites print around an article, read from `page-chrome.yml` (see its comments).
public struct PageChromeRules: Sendable {
    /// The file as written; lists from several files are concatenated.
    public struct Source: Codable, Sendable {
        var schema: String
        var drop_lines: [String]?
        var drop_patterns: [String]?
        var end_markers: [String]?
        var comment_markers: [String]?
        var date_line_words: [String]?
        var date_line_credit_labels: [String]?
        var byline_prefixes: [String]?
        var byline_collective_names: [String]?
        var byline_offices: [String]?
        var source_credit_labels: [String]?
        var photo_credit_labels: [String]?
        var image_alt_patterns: [String]?
        var caption_cues: [String]?
        var body_openers: [String]?
        var table_row_number_headers: [String]?
        var menu_separators: [String]?
        var source_tag_suffixes: [String]?
        var site_names_after_tag: [String]?

        static let schemaName = "chronicle.page-chrome/1"
        static let keys: Set<String> = ["schema", "drop_lines", "drop_patterns", "end_markers", "comment_markers", "date_line_words", "date_line_credit_labels", "byline_prefixes",
                                        "byline_collective_names", "byline_offices", "source_credit_labels", "photo_credit_labels", "image_alt_patterns", "caption_cues", "body_openers",
                                        "table_row_number_headers", "menu_separators", "source_tag_suffixes", "site_names_after_tag"]
    }

    let dropLines: Set<String>
    /// All drop patterns as one expression: one regex call per line instead of one per pattern.
    let dropPattern: Pattern?
    let endMarkers: Set<String>
    let longestEndMarker: Int
    /// "Bình luận (2)" below the story: readers' comments follow, prose that is not the article.
    let commentMarker: Pattern?
    private let dropLineFirstWords: Set<String>
    private let longestDropLineWords: Int
    /// Longest first, so "Ngày cập nhật" is removed before "Ngày".
    let dateLineWords: [String]
    /// "Tác giả", "Người đăng": labels of a credit beside the publication date, which may name a whole office.
    let dateLineCreditLabels: [String]
    let bylinePrefix: Pattern
    let bylineCollectiveNames: Set<String>
    /// First words of an office signing after a credit's label ("Tin, ảnh: Phòng Tổ chức - Hành chính"), as line keys.
    let bylineOffices: Set<String>
    let sourceCredit: Pattern
    let photoCredit: Pattern
    let imageAlt: Pattern?
    let captionCue: Pattern?
    let bodyOpener: Pattern
    /// Headers of a table's row-number column, as written ("TT", "STT").
    public let tableRowNumberHeaders: [String]
    /// What splits a menu or a breadcrumb written on one line ("|", "»", ">").
    public let menuSeparators: Set<Character>
    /// The newspaper's tag opening the lead: "NDO - ", "(BĐ) - ", "TTXVN – ", "(Baonghean.vn) - ", "QTO - ", "BĐT- ", "QĐND Online - ",
    /// "Kinhtedothi - "
    /// (a tag, then one of `source_tag_suffixes`); not a word joined to a number ("COVID-19: …"). The tag in group 1 or 2.
    public let sourceTag: Pattern
    /// "Báo Quân đội nhân dân" after the tag: a site's banner ("QĐND Online - Báo Quân đội nhân dân - Cơ quan của …"), however
    /// long, not a lead.
    let siteNameAfterTag: Pattern?

    /// Whether `line`, opening with the newspaper's tag `tag` (a `sourceTag` match), goes on with its site's name rather than a story.
    func isTaggedBanner(_ line: String, tag: Pattern.Match) -> Bool {
        siteNameAfterTag?.matches(String(line[tag.range.upperBound...])) == true
    }

    public static func parse(yaml: String, file: String) throws -> Source {
        try DataFile.decode(Source.self, yaml: yaml, file: file, schema: Source.schemaName, knownKeys: Source.keys)
    }

    public init(sources: [Source]) throws {
        let all = sources.all
        let alternation = Pattern.phrases
        dropLines = Set(all(\.drop_lines).map(Self.lineKey))
        dropLineFirstWords = Set(dropLines.compactMap { $0.split(separator: " ").first.map(String.init) })
        longestDropLineWords = dropLines.map { $0.split(separator: " ").count }.max() ?? 0
        func combined(_ patterns: [String], _ alternation: ([String]) -> String = Pattern.alternatives) throws -> Pattern? {
            patterns.isEmpty ? nil : try Pattern(alternation(patterns))
        }
        dropPattern = try combined(all(\.drop_patterns), Pattern.lineStartAlternatives)
        commentMarker = try combined(all(\.comment_markers))
        endMarkers = Set(all(\.end_markers).map(Self.lineKey))
        // Keys only drop spaces, colons and case; a line a few bytes longer than the longest marker can still be one.
        longestEndMarker = (all(\.end_markers).map(\.utf8.count).max() ?? 0) * 2 + 16
        dateLineWords = all(\.date_line_words).sorted { $0.count > $1.count }
        dateLineCreditLabels = all(\.date_line_credit_labels)
        bylinePrefix = try Pattern("^(?:\(alternation(all(\.byline_prefixes))))\\s*[:：]\\s*")
        bylineCollectiveNames = Set(all(\.byline_collective_names).map(Self.lineKey))
        bylineOffices = Set(all(\.byline_offices).map(Self.lineKey))
        sourceCredit = try Pattern("^(?:\(alternation(all(\.source_credit_labels))))\\s*:?\\s+(\\S.{0,60})$")
        photoCredit = try Pattern("[\\s(\\[]*(?:\(alternation(all(\.photo_credit_labels))))\\s*:\\s*([^():]{1,50})[)\\]]?\\.?\\s*$")
        imageAlt = try combined(all(\.image_alt_patterns))
        captionCue = try combined(all(\.caption_cues))
        bodyOpener = try Pattern("^(?:\(alternation(all(\.body_openers))))(?!\\p{L})")
        tableRowNumberHeaders = all(\.table_row_number_headers)
        menuSeparators = Set(all(\.menu_separators).flatMap { $0 })
        let suffixes = all(\.source_tag_suffixes).isEmpty ? "" : "(?: (?:\(Pattern.phrases(all(\.source_tag_suffixes)))))?"
        // "(BĐ) -", "QTO -", "QĐND Online -", and a tag written like a place's name, "YênBái -".
        // A site's name run together in plain letters is one too: "Kinhtedothi - ", "Baophutho.vn - " (no Vietnamese word is so written).
        sourceTag = try Pattern(#"^(?:\(([^()\s][^()]{0,23})\)|(\p{Lu}[\p{Lu}\d.]{1,14}"# + suffixes + #"|\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+|[A-Z][a-z]{5,20}(?:\.[a-z]{2,3}){0,2})(?![-–—]\d))\s*[-–—]+\s*(?=\S)"#, caseInsensitive: false)
        let siteNames = all(\.site_names_after_tag)
        siteNameAfterTag = siteNames.isEmpty ? nil : try Pattern("^(?i:\(Pattern.phrases(siteNames)))\\s+\\p{Lu}", caseInsensitive: false)
    }

    /// Lines compare ignoring case, runs of spaces and a trailing colon ("Các tin khác:").
    static func lineKey(_ line: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.utf8.count)
        var pendingSpace = false
        for scalar in line.lowercased().unicodeScalars {
            if TextShape.isSpace(scalar) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            UTF8.encode(scalar) { bytes.append($0) }
        }
        while bytes.last == 0x3A || bytes.last == 0x20 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Chrome lines are short; longer ones are never matched against the patterns.
    static let maximumChromeLength = 80

    func isChrome(_ line: String) -> Bool {
        guard line.utf16.count <= Self.maximumChromeLength else { return false }
        let key = Self.lineKey(line)
        return dropLines.contains(key) || dropPattern?.matches(line) == true || isWidgetRow(key: key)
    }

    /// A row of widgets, their spacing lost or bars between them: "Ý kiến () Gửi bạn bè In bài Cỡ chữ:
    /// A A A", "Cỡ chữ A A A | Nghe đọc bài", "Chia sẻ: In bài Cỡ chữ: A A", "A- A+ | In bài | Chia sẻ". The words split into drop lines and drop patterns.
    private func isWidgetRow(key: String) -> Bool {
        // "Chia sẻ: In bài Cỡ chữ: A A": a label's colon is not part of its widget's name.
        let words = key.split(separator: " ").map { $0.count > 1 && $0.hasSuffix(":") ? String($0.dropLast()) : String($0) }
            .filter { !Self.widgetSeparators.contains($0) }
        // A row starts with a widget's first word, or with font buttons ("A- A+ | In bài | Chia sẻ").
        guard words.count > 1, dropLineFirstWords.contains(words[0]) || dropPattern?.matches(words[0] + " " + words[1]) == true else { return false }
        var reachable = [Bool](repeating: false, count: words.count + 1)
        reachable[0] = true
        for end in 1...words.count {
            for start in max(0, end - max(longestDropLineWords, Self.longestWidgetWords))..<end where reachable[start] && end - start < words.count {
                let segment = words[start..<end].joined(separator: " ")
                if dropLines.contains(segment) || dropPattern?.matches(segment) == true {
                    reachable[end] = true
                    break
                }
            }
        }
        return reachable[words.count]
    }

    /// Bars and dots sites print between widgets.
    static let widgetSeparators: Set<String> = ["|", "·", "•", "-", "/"]
    /// The most words one widget of a row may have ("Cỡ chữ: A- A A+").
    static let longestWidgetWords = 6

    func isEndMarker(_ line: String) -> Bool {
        // Markers are short labels; a line of prose is never one and skips the key.
        line.utf8.count <= longestEndMarker && endMarkers.contains(Self.lineKey(line))
    }
}
