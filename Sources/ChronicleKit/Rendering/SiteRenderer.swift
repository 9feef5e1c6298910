import Foundation

/// A file of the finished site, path relative to the site root.
public struct OutputFile: Sendable {
    public var path: String
    public var contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }
}

/// The rendering stage: view models through Mustache, Markdown through libcmark, into the layout.
/// Pure: it hands files over in batches, and the writer puts them on disk, so a large site is
/// never held in memory whole.
public struct SiteRenderer: Sendable {
    let templates: TemplateSet
    let settings: SiteSettings

    public init(templates: TemplateSet, settings: SiteSettings) {
        self.templates = templates
        self.settings = settings
    }

    /// Article pages rendered and handed over together; a few thousand keep both cores busy.
    static let articleBatch = 2_000

    /// Renders the site, handing files to `emit` a batch at a time. Article pages in `reused` (entry
    /// indices) and the unit, province, theme and year pages in `reusedReports` (paths) are not rendered:
    /// the caller has them from the previous site.
    public func render(_ model: SiteModel, reused: Set<Int> = [], reusedReports: Set<String> = [],
                       emit: ([OutputFile]) throws -> Void) rethrows {
        try emit([
            page(Routes.home, template: "pages/home", title: settings.title, current: .init(home: true), model: model) { path in
                homeView(model, from: path)
            },
            page(Routes.timeline, template: "pages/timeline", title: "Dòng thời gian", current: .init(timeline: true), model: model) { path in
                timelineView(model, from: path)
            },
            page(Routes.notFound, template: "pages/404", title: "Không tìm thấy trang", current: .init(), model: model) { path in
                NotFoundView(homeHref: link(from: path, to: Routes.home), timelineHref: link(from: path, to: Routes.timeline))
            },
            page(Routes.search, template: "pages/search", title: "Tìm kiếm", current: .init(search: true), model: model) { path in
                SearchView(indexHref: link(from: path, to: SearchIndex.folder), scriptHref: link(from: path, to: Routes.searchScript),
                           unitsHref: link(from: path, to: Routes.units), themesHref: link(from: path, to: Routes.themes))
            },
        ])
        let rendered = model.entries.indices.filter { !reused.contains($0) }
        for batch in stride(from: 0, to: rendered.count, by: Self.articleBatch) {
            try emit(Array(rendered[batch..<min(batch + Self.articleBatch, rendered.count)]).parallelMap { index in
                articlePage(model.entries[index], index: index, model: model)
            })
        }
        try emit(yearPages(model, reused: reusedReports))
        try reportPages(model, reused: reusedReports, emit: emit)
        try exports(model, emit: emit)
        try emit(SearchIndex.files(model))
        try emit(templates.assets.map { OutputFile(path: $0.key, contents: $0.value) })
    }

    /// The page of `entry`, the model's entry at `index` (or what it is now, for the preview).
    func articlePage(_ entry: ArticleEntry, index: Int, model: SiteModel) -> OutputFile {
        page(Routes.article(entry.slug), template: "pages/article", title: entry.article.title, current: .init(), model: model) { path in
            articleView(entry, sameEvent: (model.sameEventAs[index] ?? []).map { listItem(model.entries[$0], from: path) }, model: model, from: path)
        }
    }

    /// Everything an article page shows, as one hash per page: its article (by the hash of its
    /// source, which with `fingerprint` decides its facts), slug, the pages it links to, the other
    /// sources of its event and the site-wide figures of the layout. Equal inputs, equal page.
    /// `fingerprint` covers templates, settings, domain knowledge and the program.
    public func articleInputs(_ model: SiteModel, sourceHashes: [String: UInt64], fingerprint: UInt64) -> [(path: String, inputs: UInt64)] {
        return Array(model.entries.indices).parallelMap { index in
            let entry = model.entries[index]
            let facts = entry.facts
            var parts = [String(fingerprint), String(model.entries.count), entry.slug, entry.article.sourcePath,
                         String(sourceHashes[entry.article.sourcePath] ?? 0),
                         facts.organizer?.unitID.flatMap { model.unitByID[$0]?.id } ?? "-",
                         facts.province.flatMap { model.provinceByName[$0.name]?.id } ?? "-"]
            parts += facts.themes.map { model.themeByName[$0.name]?.id ?? "-" }
            for other in model.sameEventAs[index] ?? [] {
                parts += [model.entries[other].slug, String(sourceHashes[model.entries[other].article.sourcePath] ?? 0)]
            }
            return (Routes.article(entry.slug), StableHash.fnv1a64(parts.joined(separator: "\u{0}")))
        }
    }

    /// Links are relative, except on the 404 page when `base_url` is set: hosts serve it at
    /// whatever path was missing, where relative links would point nowhere.
    func link(from path: String, to target: String) -> String {
        if path == Routes.notFound, let base = settings.baseURL { return base + Routes.percentEncoded(target) }
        return Routes.link(from: path, to: target)
    }

    func page(_ path: String, template: String, title: String, current: LayoutView.Current, model: SiteModel,
                      view: (String) -> Any) -> OutputFile {
        var body = templates.render(template, view(path))
        if templates.kind(of: template) == .markdown { body = MarkdownConverter.html(from: body) }
        let to: (String) -> String = { target in self.link(from: path, to: target) }
        let layout = LayoutView(
            lang: settings.language, siteTitle: settings.title, siteDescription: settings.description, pageTitle: title,
            isHome: path == Routes.home,
            links: .init(home: to(Routes.home), timeline: to(Routes.timeline), units: to(Routes.units), provinces: to(Routes.provinces),
                         themes: to(Routes.themes), awards: to(Routes.awards), search: to(Routes.search), stylesheet: to(Routes.stylesheet)),
            current: current, articleCount: model.entries.count, content: body)
        return OutputFile(path: path, contents: Data(templates.render(TemplateSet.layout, layout).utf8))
    }

    func listItem(_ entry: ArticleEntry, from path: String) -> ArticleListItem {
        ArticleListItem(itemTitle: entry.article.title, itemHref: Routes.link(from: path, to: Routes.article(entry.slug)),
                        itemDate: entry.listDate.map(DateView.init),
                        itemEstimate: entry.facts.eventDate.date == nil ? entry.facts.eventDate.undatedEstimate : nil,
                        itemSource: sourceLabel(entry.article))
    }

    /// Events on the home page, newest first.
    static let homeEvents = 10
    /// Months in the activity chart, the latest ones with events.
    static let chartMonths = 18
    static let chartUnits = 10

    func homeView(_ model: SiteModel, from path: String) -> HomeView {
        let dated = model.events.indices.filter { model.events[$0].date != nil }
        var perMonth: [String: Int] = [:]
        for index in dated {
            let date = model.events[index].date!
            perMonth[String(format: "%04d-%02d", date.year, date.month), default: 0] += 1
        }
        let months = perMonth.keys.sorted().suffix(Self.chartMonths)
        let activity = BarChart(title: "Số sự kiện theo tháng", summary: months.map { "\($0): \(perMonth[$0]!)" }.joined(separator: "; "),
                                bars: months.map { .init(label: String($0.dropFirst(5)) + "/" + String($0.prefix(4)), value: perMonth[$0]!) })
        let topUnits = model.units.filter { $0.tally.total > 0 }.sorted { $0.tally.total > $1.tally.total }.prefix(Self.chartUnits)
        let units = BarChart(title: "Đơn vị có nhiều tập thể, cá nhân được khen nhất",
                             summary: topUnits.map { "\($0.name): \($0.tally.total)" }.joined(separator: "; "),
                             bars: topUnits.map { .init(label: $0.name, value: $0.tally.total) })
        let themes = model.themes.prefix(10).map { theme in
            NamedLink(linkName: theme.name, linkHref: Routes.link(from: path, to: Routes.theme(theme.id)), linkNote: "\(theme.events.count) sự kiện")
        }
        let latest = dated.reversed().prefix(Self.homeEvents).map { eventItem($0, model, from: path) }
        return HomeView(
            siteTitle: settings.title, siteDescription: settings.description, articleCount: Self.grouped(model.entries.count),
            eventCount: Self.grouped(model.events.count), unitCount: Self.grouped(model.units.count),
            provinceCount: Self.grouped(model.provinces.filter { $0.name != Gazetteer.central }.count),
            undatedCount: model.events.count - dated.count, tally: TallyView(model.awards.total),
            latestEvents: Array(latest), hasEvents: !latest.isEmpty, activityChart: activity.svg(), unitsChart: units.svg(),
            themes: Array(themes), hasThemes: !themes.isEmpty, timelineHref: Routes.link(from: path, to: Routes.timeline),
            unitsHref: Routes.link(from: path, to: Routes.units), themesHref: Routes.link(from: path, to: Routes.themes),
            awardsHref: Routes.link(from: path, to: Routes.awards))
    }

    /// Dated events by year and month, as indices into `model.events` (already in date order).
    func eventsByYear(_ model: SiteModel) -> [(year: Int, months: [(month: Int, events: [Int])])] {
        var years: [(year: Int, months: [(month: Int, events: [Int])])] = []
        for (index, event) in model.events.enumerated() {
            guard let date = event.date else { continue }
            if years.last?.year != date.year { years.append((date.year, [])) }
            if years[years.count - 1].months.last?.month != date.month { years[years.count - 1].months.append((date.month, [])) }
            years[years.count - 1].months[years[years.count - 1].months.count - 1].events.append(index)
        }
        return years
    }

    func timelineView(_ model: SiteModel, from path: String) -> TimelineView {
        let years = eventsByYear(model).map { year in
            TimelineView.Year(year: year.year, yearHref: Routes.link(from: path, to: Routes.year(year.year)),
                              count: year.months.reduce(0) { $0 + $1.events.count },
                              months: year.months.map { month in
                                  TimelineView.MonthCount(monthLabel: "Tháng \(month.month)", monthCount: month.events.count,
                                                          monthHref: Routes.link(from: path, to: Routes.year(year.year)) + "#thang-\(month.month)")
                              })
        }
        let undated = model.events.indices.filter { model.events[$0].date == nil }.map { eventItem($0, model, from: path) }
        return TimelineView(years: years, hasYears: !years.isEmpty, undated: undated, hasUndated: !undated.isEmpty,
                            datedCount: model.events.count - undated.count, eventsJSON: Routes.link(from: path, to: Self.eventsJSON),
                            eventsCSV: Routes.link(from: path, to: Self.eventsCSV), feedHref: Routes.link(from: path, to: Self.feed))
    }

    func yearPages(_ model: SiteModel, reused: Set<String> = []) -> [OutputFile] {
        let years = eventsByYear(model)
        return years.indices.compactMap { position in
            let year = years[position]
            let path = Routes.year(year.year)
            if reused.contains(path) { return nil }
            return page(path, template: "pages/year", title: "Năm \(year.year)", current: .init(timeline: true), model: model) { path in
                let previous = position > 0 ? years[position - 1].year : nil
                let next = position + 1 < years.count ? years[position + 1].year : nil
                return YearView(year: year.year, count: year.months.reduce(0) { $0 + $1.events.count },
                                months: year.months.map { month in
                                    YearView.Month(label: "Tháng \(month.month)/\(year.year)", anchor: "thang-\(month.month)",
                                                   events: month.events.map { eventItem($0, model, from: path) })
                                },
                                timelineHref: Routes.link(from: path, to: Routes.timeline),
                                previousHref: previous.map { Routes.link(from: path, to: Routes.year($0)) }, previousYear: previous,
                                nextHref: next.map { Routes.link(from: path, to: Routes.year($0)) }, nextYear: next)
            }
        }
    }

    func articleView(_ entry: ArticleEntry, sameEvent: [ArticleListItem], model: SiteModel, from path: String) -> ArticleView {
        let article = entry.article
        let facts = entry.facts
        let event = facts.eventDate
        let awards = facts.awards.map { award in
            ArticleView.AwardView(giver: award.giver ?? "không rõ", kind: award.kind, recipients: Self.recipients(award), evidence: award.evidence)
        }
        let themes = facts.themes.map { mention in
            ArticleView.ThemeView(themeName: mention.name, themeTitle: mention.title,
                                  themeHref: model.themeByName[mention.name].map { Routes.link(from: path, to: Routes.theme($0.id)) })
        }
        let unitPage = facts.organizer?.unitID.flatMap { model.unitByID[$0] }
        let provincePage = facts.province.flatMap { model.provinceByName[$0.name] }
        let people = facts.people.map { ArticleView.PersonView(personName: $0.name, personRole: $0.title) }
        let figures = facts.participation.map { ArticleView.FigureView(count: Self.grouped($0.count), label: $0.label) }
        let province = facts.province
        let captions = article.captions.filter { $0.kind == .caption }.map { ArticleView.CaptionView(text: $0.text, credit: $0.credit) }
        let fileName = (article.sourcePath as NSString).lastPathComponent
        return ArticleView(
            kicker: article.kicker, title: article.title,
            eventDate: .init(date: event.date.map(DateView.init), evidence: event.evidence, yearInferredFrom: event.yearInferredFrom,
                             undatedEstimate: event.undatedEstimate),
            eventType: facts.eventType, organizer: facts.organizer?.phrase,
            unit: facts.organizer?.unit.flatMap { $0 == facts.organizer?.phrase ? nil : $0 },
            unitHref: unitPage.map { Routes.link(from: path, to: Routes.unit($0.id)) },
            province: province?.name, provinceHref: provincePage.map { Routes.link(from: path, to: Routes.province($0.id)) },
            provinceSuccessor: province?.successor2025.flatMap { $0 == province?.name ? nil : $0 },
            provinceInferredFrom: province?.inferredFrom,
            themes: themes, hasThemes: !themes.isEmpty,
            documents: facts.documents.isEmpty ? nil : facts.documents.map(\.name).joined(separator: ", "),
            awards: awards, hasAwards: !awards.isEmpty, people: people, hasPeople: !people.isEmpty,
            participation: figures, hasParticipation: !figures.isEmpty, sameEvent: sameEvent, hasSameEvent: !sameEvent.isEmpty,
            published: article.published.map(DateView.init), pageClock: article.pageClock.map(DateView.init),
            source: sourceLabel(article), authors: article.authors.isEmpty ? nil : article.authors.joined(separator: ", "),
            paragraphs: article.paragraphs.map(\.text), captions: captions, hasCaptions: !captions.isEmpty,
            sourceFile: .init(name: fileName, href: Routes.link(from: path, to: Routes.source(article.sourcePath))),
            url: article.frontMatter.url.flatMap(webAddress), homeHref: Routes.link(from: path, to: Routes.home),
            timelineHref: Routes.link(from: path, to: Routes.timeline))
    }

    static func recipients(_ award: Award) -> String {
        var tally = Tally()
        tally.add(award)
        return tallyShort(tally)
    }

    /// Vietnamese digit grouping: 17300 → "17.300".
    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result += "." }
            result.append(digit)
        }
        return result
    }

    /// Only http(s) addresses become links: a `javascript:` URL in front matter stays out of the page.
    func webAddress(_ url: String) -> String? {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), !url.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" }) else { return nil }
        return url
    }

    /// "NDO · Nguồn: BTV" style label from the tag and credits the loader found.
    func sourceLabel(_ article: Article) -> String? {
        let parts = ([article.sourceTag].compactMap { $0 } + article.sourceCredits)
        var seen = Set<String>()
        let unique = parts.filter { seen.insert($0).inserted }
        return unique.isEmpty ? nil : unique.joined(separator: " · ")
    }
}
