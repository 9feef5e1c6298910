/// An article with its place on the site.
public struct ArticleEntry: Sendable {
    public var slug: String
    public var article: Article
    public var facts: ArticleFacts

    /// The day the article is filed under on lists: the event, else its publication.
    public var listDate: CalendarDate? { facts.eventDate.date ?? article.published?.date }
}

/// One month of the timeline, events in date order.
public struct TimelineMonth: Sendable {
    public var year: Int
    public var month: Int
    public var entries: [Int]
}

public struct TimelineYear: Sendable {
    public var year: Int
    public var months: [TimelineMonth]
}

/// Everything the renderer needs, computed from the extracted articles alone.
public struct SiteModel: Sendable {
    /// In source-path order; other fields index into it.
    public var entries: [ArticleEntry]
    /// Newest first by list date; undated-and-unpublished last.
    public var latest: [Int]
    /// Dated events, oldest first, grouped by year and month.
    public var timeline: [TimelineYear]
    /// Events with no known day, listed apart with their estimated period.
    public var undated: [Int]
    /// Articles reporting the same event, each group in path order.
    public var duplicateGroups: [[Int]]
    /// One per real-world event, duplicates merged, in date order (undated last).
    public var events: [Event]
    public var units: [UnitSummary]
    public var provinces: [ProvinceSummary]
    public var themes: [ThemeSummary]
    public var awards: AwardTallies
}
