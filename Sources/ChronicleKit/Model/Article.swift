/// A line of the article file, kept with its number so facts and warnings can point back to it.
public struct SourceLine: Sendable, Hashable, Codable {
    public var number: Int
    public var text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}

/// A photo caption, kept apart from the body so it never counts as text (or as an award) twice.
public struct Caption: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// A real caption under a photo.
        case caption
        /// An image's alt text left in the crawl ("<title> ảnh 1"): not shown.
        case imageAlt = "image_alt"
    }

    public var text: String
    public var line: Int
    public var kind: Kind
    /// The photographer from "Ảnh: H.N".
    public var credit: String?

    public init(text: String, line: Int, kind: Kind = .caption, credit: String? = nil) {
        self.text = text
        self.line = line
        self.kind = kind
        self.credit = credit
    }
}

/// One article as the loader understood it: the page's furniture separated from the story.
public struct Article: Sendable, Codable {
    public enum Format: String, Sendable, Codable { case text, markdown }

    /// Path relative to the content folder, with `/` separators: `articles/2023/x.txt`.
    public var sourcePath: String
    public var format: Format
    public var kicker: String?
    public var kickerLine: Int?
    public var title: String
    /// nil when the title came from front matter or the file name.
    public var titleLine: Int?
    /// The site's clock at crawl time (first line of many crawls): never the publication or event date.
    public var pageClock: LocalDateTime?
    public var published: LocalDateTime?
    /// The tag that opens the lead ("NDO", "BĐ"), naming the newspaper.
    public var sourceTag: String?
    /// Credits such as "Nguồn: BTV".
    public var sourceCredits: [String]
    /// Site names and sections printed above the title ("BÁO THÁI NGUYÊN ĐIỆN TỬ", "Xây dựng Đảng").
    public var headerLabels: [String] = []
    public var authors: [String]
    public var paragraphs: [SourceLine]
    public var captions: [Caption]
    /// Page chrome and widget lines that were removed, for `chronicle extract` and tests; a build keeps only the `footer`.
    public var droppedLines: [SourceLine]
    public var frontMatter: FrontMatter
    public var diagnostics: [Diagnostic]

    /// The page's dropped lines after the story, in their order: where a site prints its name, address and the story's tags,
    /// which extraction reads.
    public var footer: [SourceLine] {
        guard let lastLine = paragraphs.last?.number else { return [] }
        return droppedLines.filter { $0.number > lastLine }.sorted { $0.number < $1.number }
    }

    public init(sourcePath: String, format: Format, kicker: String? = nil, title: String, pageClock: LocalDateTime? = nil,
                published: LocalDateTime? = nil, sourceTag: String? = nil, sourceCredits: [String] = [], authors: [String] = [],
                paragraphs: [SourceLine] = [], captions: [Caption] = [], droppedLines: [SourceLine] = [],
                frontMatter: FrontMatter = FrontMatter(), diagnostics: [Diagnostic] = []) {
        self.sourcePath = sourcePath
        self.format = format
        self.kicker = kicker
        self.title = title
        self.pageClock = pageClock
        self.published = published
        self.sourceTag = sourceTag
        self.sourceCredits = sourceCredits
        self.authors = authors
        self.paragraphs = paragraphs
        self.captions = captions
        self.droppedLines = droppedLines
        self.frontMatter = frontMatter
        self.diagnostics = diagnostics
    }
}

/// Fields a `.md` article sets in its YAML front matter; they override what extraction finds.
public struct FrontMatter: Sendable, Hashable, Codable {
    public var title: String?
    public var kicker: String?
    public var published: LocalDateTime?
    public var eventDate: CalendarDate?
    public var source: String?
    public var authors: [String]?
    public var url: String?
    public var slug: String?
    public var province: String?
    public var organizer: String?
    public var eventType: String?
    public var themes: [String]?

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, kicker, published, source, authors, url, slug, province, organizer, themes
        case eventDate = "event_date"
        case eventType = "event_type"
    }

    public static var knownKeys: [String] { CodingKeys.allCases.map(\.rawValue) }
}
