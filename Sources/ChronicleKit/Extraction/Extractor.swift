/// The extraction stage: facts from an article's text. Pure and thread-safe.
public struct Extractor: Sendable {
    let knowledge: ExtractionKnowledge

    /// A line of the body this short, without figures, may be a caption printed as text.
    static let handingOverWords = 40

    public init(knowledge: ExtractionKnowledge) {
        self.knowledge = knowledge
    }

    /// Days this far from the event's are another occasion's even without their year (an event may
    /// last a few days: "… bế mạc chiều 16/10" of a congress opened on the 15th).
    static let occasionDays = 3

    /// "Ngày 19/5/2023, tại Hội nghị biểu dương của huyện, ông là 1 trong 12 cá nhân được …": another day's
    /// awards. A day without its year names another occasion when it is days away from the event's, or
    /// when the event has no day at all ("Dịp … 19/5 vừa qua, Ban Thường vụ đã biểu dương …" in a report of
    /// an undated meeting), unless it is the day the event was told by.
    static func namesAnotherDay(_ mention: DateMention, than event: EventDate, lunar: LunarCalendar) -> Bool {
        guard mention.role == .candidate else { return false }
        if let year = mention.year { return mention.date(in: year, lunar: lunar) != event.date }
        guard let date = event.date else { return !(mention.line == event.line && mention.evidence == event.evidence) }
        guard let earliest = date.adding(days: -occasionDays), let latest = date.adding(days: occasionDays),
              let day = mention.day(near: date, latest: latest, lunar: lunar) else { return false }
        return day < earliest || day > latest
    }

    public func extract(_ article: Article) -> ExtractedArticle {
        let text = ArticleText(article, spelling: knowledge.spelling)
        let (dates, periods) = knowledge.dates.find(in: text)
        let eventDate = knowledge.eventDates.resolve(article: article, dates: dates, periods: periods)
        let (eventType, eventTypeEvidence) = knowledge.eventTypes.classify(text)
        // An undated event still has its likely year: occasions of earlier years are not its own. Within that year it is told
        // when it was published: a feature of August 2016 recalls "Bằng khen … năm 2015" as an earlier award, and one of
        // November 2025 names its places by the provinces of the 2025 merger.
        let estimatedYear = eventDate.undatedEstimate.flatMap { Int($0.prefix(4)) }
        let when = eventDate.date ?? article.published.flatMap { $0.date.year == estimatedYear ? $0.date : nil }
            ?? estimatedYear.flatMap { CalendarDate(year: $0, month: 1, day: 1) }
        let (organizer, province) = knowledge.organizers.resolve(text, article: article, frontMatter: article.frontMatter, eventDate: when)
        // "Đảng ủy EVNCPC tặng Giấy khen" after "Đảng ủy Tổng công ty Điện lực miền Trung (EVNCPC)": the unit's full name. Written
        // out after the giver's own spelling-out, so short names the vocabulary knows ("Bộ CHQS", "Hội LHPN") keep their meaning.
        let shortNames = ShortNames(text, units: knowledge.units, namedUnitEnding: knowledge.awards.namedCollectiveEnding)
        func giverName(_ giver: String, sentence: String?) -> String {
            let named = knowledge.givers.normalize(giver, organizer: organizer, province: province, sentence: sentence)
            let spelledOut = shortNames.expanded(named)
            return spelledOut == named ? named : knowledge.givers.normalize(spelledOut, organizer: organizer, province: province, sentence: sentence)
        }
        let otherDays = dates.filter { Self.namesAnotherDay($0, than: eventDate, lunar: knowledge.dateVocabulary.lunar) }
        let found = knowledge.awards.at(level: organizer?.level, undated: eventDate.date == nil).awards(in: text, eventDate: when, otherDays: { block, sentence in
            otherDays.filter { $0.paragraph == block.paragraph && $0.line == block.line && $0.sentence == sentence }.map(\.range)
        }).map { award in
            var award = award
            // "Ban tổ chức tuyên dương 20 gương": the organizer, through the committee it set up (as written: "Ban Tổ chức" is
            // the party's department).
            if let giver = award.giver, !knowledge.units.catalog.organizingCommittees.contains(giver) {
                award.giver = giverName(giver, sentence: award.evidence)
            } else if award.giver == nil, let kindsGiver = knowledge.awards.soleGiver(of: award.kind) {
                // "… trao Huân chương Lao động hạng Ba cho Bệnh viện": only the President awards it, whoever held the event.
                award.giver = kindsGiver
                award.giverFrom = "kind"
            } else {
                // "15 tập thể được khen thưởng": given by whoever held the event.
                award.giver = organizer.map(knowledge.units.catalog.givingName)
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
        let awards = knowledge.awards.finish(current, captions: text.captions, handingOver: handingOver).map { award in
            // A clause naming no giver, its kind read from captions that name the award's giver: that giver.
            guard award.giverFrom == "organizer", award.kindFrom == "caption",
                  let giver = knowledge.awards.captionGiver(of: award.kind, in: text.captions) else { return award }
            var award = award
            award.giver = giverName(giver, sentence: nil)
            award.giverFrom = "caption"
            return award
        }
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
