/// An article with its place on the site.
public struct ArticleEntry: Sendable {
    public var slug: String
    public var article: Article
    public var facts: ArticleFacts

    /// The day the article is filed under on lists: the event, else its publication.
    public var listDate: CalendarDate? { facts.eventDate.date ?? article.published?.date }
}

/// Everything the renderer needs, computed from the extracted articles alone.
public struct SiteModel: Sendable {
    /// In source-path order; other fields index into it.
    public var entries: [ArticleEntry]
    /// Articles reporting the same event, each group in path order.
    public var duplicateGroups: [[Int]]
    /// One per real-world event, duplicates merged, in date order (undated last).
    public var events: [Event]
    public var units: [UnitSummary]
    public var provinces: [ProvinceSummary]
    public var themes: [ThemeSummary]
    public var awards: AwardTallies

    /// Lookups the pages make for every event and article: built once, not scanned each time.
    public var unitByID: [String: UnitSummary] = [:]
    public var provinceByName: [String: ProvinceSummary] = [:]
    public var themeByName: [String: ThemeSummary] = [:]
    /// For each article in a duplicate group, the other members: what its page links as "same event".
    public var sameEventAs: [Int: [Int]] = [:]
}
