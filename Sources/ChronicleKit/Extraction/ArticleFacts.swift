/// When the event an article reports took place, and the words that say so.
public struct EventDate: Sendable, Hashable, Codable {
    /// nil when no day can be known: the event is undated, never placed on an invented day.
    public var date: CalendarDate?
    /// The exact phrase, e.g. "Ngày 31/5".
    public var evidence: String?
    public var line: Int?
    /// How a missing year was supplied, e.g. "publication date 01/06/2024".
    public var yearInferredFrom: String?
    /// For undated events: the period they most likely belong to, e.g. "2024".
    public var undatedEstimate: String?

    public init(date: CalendarDate? = nil, evidence: String? = nil, line: Int? = nil, yearInferredFrom: String? = nil, undatedEstimate: String? = nil) {
        self.date = date
        self.evidence = evidence
        self.line = line
        self.yearInferredFrom = yearInferredFrom
        self.undatedEstimate = undatedEstimate
    }
}

/// What extraction learns from one article.
public struct ArticleFacts: Sendable, Codable {
    public var eventDate: EventDate

    public init(eventDate: EventDate = EventDate()) {
        self.eventDate = eventDate
    }
}

/// An article together with its facts: the unit the later stages work on.
public struct ExtractedArticle: Sendable {
    public var article: Article
    public var facts: ArticleFacts

    public init(article: Article, facts: ArticleFacts) {
        self.article = article
        self.facts = facts
    }
}
