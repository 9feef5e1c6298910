/// The extraction stage: facts from an article's text. Pure and thread-safe.
public struct Extractor: Sendable {
    let knowledge: ExtractionKnowledge

    /// A line of the body this short, without figures, may be a caption printed as text.
    static let handingOverWords = 40

    public init(knowledge: ExtractionKnowledge) {
        self.knowledge = knowledge
    }

    public func extract(_ article: Article) -> ExtractedArticle {
        let text = ArticleText(article, spelling: knowledge.spelling)
        let (dates, periods) = knowledge.dates.find(in: text)
        let eventDate = knowledge.eventDates.resolve(article: article, dates: dates, periods: periods)
        let (eventType, eventTypeEvidence) = knowledge.eventTypes.classify(text)
        let (organizer, province) = knowledge.organizers.resolve(text, article: article, frontMatter: article.frontMatter)
        // "Ngày 19/5/2023, tại Hội nghị biểu dương của huyện, ông là 1 trong 12 cá nhân được …": another day's awards.
        let otherDays = dates.filter { $0.role == .candidate && $0.year != nil
            && CalendarDate(year: $0.year!, month: $0.month, day: $0.day) != eventDate.date }
        // An undated event still has its likely year: occasions of earlier years are not its own.
        let when = eventDate.date ?? eventDate.undatedEstimate.flatMap { Int($0.prefix(4)) }.flatMap { CalendarDate(year: $0, month: 1, day: 1) }
        let found = knowledge.awards.awards(in: text, eventDate: when, otherOccasion: { block, sentence in
            otherDays.contains { $0.paragraph == block.paragraph && $0.line == block.line && $0.sentence == sentence }
        }).map { award in
            var award = award
            if let giver = award.giver {
                award.giver = knowledge.givers.normalize(giver, organizer: organizer, province: province)
            } else {
                // "15 tập thể được khen thưởng": given by whoever held the event.
                award.giver = organizer?.unit ?? organizer?.phrase
                award.giverFrom = "organizer"
            }
            return award
        }
        // Captions, and short lines of the body that tell a handing-over without counts ("Lãnh đạo Hội
        // trao Bằng khen của Ban Thường vụ cho các tập thể, cá nhân."), name kinds the clauses leave generic.
        let handingOver = text.body.filter { block in
            TextShape.wordCount(block.original) <= Self.handingOverWords && !block.original.contains(where: \.isNumber)
        }
        // "Đảng ủy các cơ quan Đảng tỉnh Phú Yên (cũ) đã khen thưởng …": a body the reorganization ended gives nothing now.
        let current = found.filter { award in !knowledge.gazetteer.formerMarkers.contains { award.giver?.contains($0) == true } }
        let awards = knowledge.awards.finish(current, captions: text.captions, handingOver: handingOver)
        var themes = knowledge.themes.themes(in: text)
        if let names = article.frontMatter.themes {
            themes += names.filter { name in !themes.contains { $0.name == name } }
                .map { ThemeMention(id: Slug.make($0), name: $0, title: nil, evidence: "front matter") }
        }
        let facts = ArticleFacts(
            eventDate: eventDate,
            referenceDates: dates.filter { $0.role != .candidate },
            periods: periods,
            eventType: article.frontMatter.eventType ?? eventType,
            eventTypeEvidence: article.frontMatter.eventType != nil ? "front matter" : eventTypeEvidence,
            organizer: organizer, province: province, themes: themes,
            documents: knowledge.themes.documents(in: text),
            awards: awards,
            people: knowledge.people.people(in: text, authors: article.authors),
            participation: knowledge.people.participation(in: text))
        return ExtractedArticle(article: article, facts: facts)
    }
}
