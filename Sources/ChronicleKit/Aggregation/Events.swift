/// One real-world event, told by one or more articles.
public struct Event: Sendable {
    /// Stable identity: the slug of the article that describes it best.
    public var id: String
    /// The entry whose facts describe the event.
    public var primary: Int
    /// Every entry reporting it, the primary first.
    public var sources: [Int]
    public var date: CalendarDate?
    /// For undated events, the likely period.
    public var estimate: String?
    public var type: String
    public var unitID: String?
    public var unitName: String?
    public var provinceName: String?
    public var awards: [Award]
    public var themes: [ThemeMention]

    /// Its awards added up.
    public var tally: Tally {
        var tally = Tally()
        for award in awards { tally.add(award) }
        return tally
    }
}

/// Award counts added up, kept apart by what they count.
public struct Tally: Sendable, Hashable {
    public var collectives = 0
    public var individuals = 0
    /// Counts the articles did not split ("133 tập thể, cá nhân").
    public var combined = 0
    /// Award clauses counted.
    public var clauses = 0

    public var total: Int { collectives + individuals + combined }

    public init() {}

    public mutating func add(_ award: Award) {
        collectives += award.collectives ?? 0
        individuals += award.individuals ?? 0
        combined += award.combined ?? 0
        clauses += 1
    }

    public mutating func add(_ other: Tally) {
        collectives += other.collectives
        individuals += other.individuals
        combined += other.combined
        clauses += other.clauses
    }
}

enum EventBuilder {
    /// One event per duplicate group (the entry with the richest facts describes it), one per other entry.
    static func events(_ entries: [ArticleEntry], duplicateGroups: [[Int]]) -> [Event] {
        var grouped = Set<Int>()
        var groups: [[Int]] = []
        for group in duplicateGroups {
            groups.append(group)
            grouped.formUnion(group)
        }
        for index in entries.indices where !grouped.contains(index) { groups.append([index]) }
        return groups.map { group in
            let primary = group.max { richness(entries[$0]) < richness(entries[$1]) } ?? group[0]
            let facts = entries[primary].facts
            return Event(id: entries[primary].slug, primary: primary, sources: [primary] + group.filter { $0 != primary },
                         date: facts.eventDate.date, estimate: facts.eventDate.date == nil ? facts.eventDate.undatedEstimate : nil,
                         type: facts.eventType, unitID: facts.organizer?.unitID, unitName: facts.organizer?.unit ?? facts.organizer?.phrase,
                         provinceName: facts.province?.name, awards: facts.awards, themes: facts.themes)
        }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }

    /// More awards, then a known day, then more themes; ties go to the first in path order.
    private static func richness(_ entry: ArticleEntry) -> (Int, Int, Int) {
        (entry.facts.awards.count, entry.facts.eventDate.date == nil ? 0 : 1, entry.facts.themes.count)
    }
}

private func < (lhs: (CalendarDate?, String), rhs: (CalendarDate?, String)) -> Bool {
    switch (lhs.0, rhs.0) {
    case let (a?, b?) where a != b: return a < b
    case (_?, nil): return true
    case (nil, _?): return false
    default: return lhs.1 < rhs.1
    }
}
