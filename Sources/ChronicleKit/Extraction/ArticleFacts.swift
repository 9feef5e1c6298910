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

/// What extraction learns from one article, each fact with the words it rests on.
public struct ArticleFacts: Sendable, Codable {
    public var eventDate: EventDate
    /// Days that are not the event: documents, anniversaries, deadlines, history.
    public var referenceDates: [DateMention]
    public var periods: [PeriodMention]
    public var eventType: String
    public var eventTypeEvidence: String?
    public var organizer: Organizer?
    public var province: ProvinceFact?
    public var themes: [ThemeMention]
    public var documents: [DocumentMention]
    public var awards: [Award]
    public var people: [Person]
    public var participation: [Participation]

    public init(eventDate: EventDate = EventDate(), referenceDates: [DateMention] = [], periods: [PeriodMention] = [],
                eventType: String = EventTypeClassifier.other, eventTypeEvidence: String? = nil, organizer: Organizer? = nil,
                province: ProvinceFact? = nil, themes: [ThemeMention] = [], documents: [DocumentMention] = [], awards: [Award] = [],
                people: [Person] = [], participation: [Participation] = []) {
        self.eventDate = eventDate
        self.referenceDates = referenceDates
        self.periods = periods
        self.eventType = eventType
        self.eventTypeEvidence = eventTypeEvidence
        self.organizer = organizer
        self.province = province
        self.themes = themes
        self.documents = documents
        self.awards = awards
        self.people = people
        self.participation = participation
    }
}

/// An article together with its facts: the unit the later stages work on.
public struct ExtractedArticle: Sendable {
    public var article: Article
    public var facts: ArticleFacts
    /// The text's smallest shingle hashes (`DuplicateDetector.sketch`), when already known: a
    /// rebuild takes them from the cache instead of reading every text again.
    public var sketch: [Int]?

    public init(article: Article, facts: ArticleFacts, sketch: [Int]? = nil) {
        self.article = article
        self.facts = facts
        self.sketch = sketch
    }
}
