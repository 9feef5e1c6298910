/// The extraction stage: facts from an article's text. Pure and thread-safe.
public struct Extractor: Sendable {
    private let eventDates = EventDateExtractor()

    public init() {}

    public func extract(_ article: Article) -> ExtractedArticle {
        ExtractedArticle(article: article, facts: ArticleFacts(eventDate: eventDates.extract(from: article)))
    }
}
