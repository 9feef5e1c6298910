/// One search result: an event, another article on the same event, a unit, a province or a theme.
struct SearchDocument: Sendable {
    enum Kind: String, Sendable, CaseIterable {
        case event, article, unit, province, theme
    }

    var kind: Kind
    var title: String
    /// Site-relative path of the page it links to.
    var path: String
    /// "12/06/2024", or the estimate of an undated event.
    var date: String?
    /// One line under the title: type, organizer, province, awards.
    var summary: String
    /// Names that rank a document first when a query matches them: title, unit, province, themes.
    var names: [String]
    /// Everything else worth finding: the article's paragraphs.
    var body: [String]
    var facets: Facets

    struct Facets: Sendable {
        var province: String?
        var unitKind: String?
        var themes: [String] = []
        var eventType: String?
        var year: String?
    }
}

extension SearchDocument {
    /// Themes, provinces and units first (few, and what a name query usually wants), then events
    /// newest first, then the other reports of merged events. Document numbers follow this order,
    /// so ties in ranking go to it.
    static func all(_ model: SiteModel) -> [SearchDocument] {
        var documents: [SearchDocument] = []
        for theme in model.themes {
            documents.append(SearchDocument(kind: .theme, title: theme.name, path: Routes.theme(theme.id), date: nil,
                                            summary: "\(theme.events.count) sự kiện", names: [theme.name] + theme.titles.map(\.title),
                                            body: [], facets: .init(themes: [theme.name])))
        }
        for province in model.provinces {
            documents.append(SearchDocument(kind: .province, title: province.name, path: Routes.province(province.id), date: nil,
                                            summary: "\(province.units.count) đơn vị · \(province.events.count) sự kiện",
                                            names: [province.name] + [province.successor2025].compactMap { $0 }, body: [],
                                            facets: .init(province: province.name)))
        }
        for unit in model.units {
            documents.append(SearchDocument(kind: .unit, title: unit.name, path: Routes.unit(unit.id), date: nil,
                                            summary: ([unit.levelName, unit.province].compactMap { $0 } + ["\(unit.events.count) sự kiện"])
                                                .joined(separator: " · "),
                                            names: [unit.name], body: unit.people.map { "\($0.name) \($0.title ?? "")" },
                                            facets: .init(province: unit.province, unitKind: unit.kind, themes: unit.themes)))
        }
        let dated = model.events.filter { $0.date != nil }.reversed()
        let undated = model.events.filter { $0.date == nil }
        let events = Array(dated) + undated
        for event in events {
            documents.append(document(event, entry: event.primary, kind: .event, model))
        }
        for event in events {
            for other in event.sources.dropFirst() { documents.append(document(event, entry: other, kind: .article, model)) }
        }
        return documents
    }

    private static func document(_ event: Event, entry index: Int, kind: Kind, _ model: SiteModel) -> SearchDocument {
        let entry = model.entries[index]
        let tally = event.tally
        let summary = [event.type, event.unitName, event.provinceName, tally.clauses == 0 ? nil : SiteRenderer.tallyShort(tally)]
            .compactMap { $0 }.joined(separator: " · ")
        let year = event.date.map { String($0.year) } ?? event.estimate.map { String($0.prefix(4)) }
        return SearchDocument(
            kind: kind, title: entry.article.title, path: Routes.article(entry.slug),
            date: event.date?.display ?? event.estimate, summary: summary,
            names: [entry.article.title, event.unitName, event.provinceName].compactMap { $0 } + event.themes.map(\.name),
            body: entry.article.paragraphs.map(\.text) + event.awards.compactMap(\.giver),
            facets: .init(province: event.provinceName, unitKind: event.unitID.flatMap { model.unitByID[$0]?.kind },
                          themes: event.themes.map(\.name), eventType: event.type, year: year))
    }
}
