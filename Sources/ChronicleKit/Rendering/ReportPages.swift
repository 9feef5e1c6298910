/// Units, provinces, themes and awards pages: view models from the aggregated site.
extension SiteRenderer {
    /// A page of a unit, province, theme or year and a hash of everything it shows. Equal inputs, equal page.
    public struct ReportPage: Sendable {
        public var path: String
        public var inputs: UInt64
    }

    /// The inputs of every unit, province, theme and year page. The first page of each also lists what its
    /// events add up to (units, people, award tables), so it changes with any of their articles (by
    /// the hash of their sources, which with `fingerprint` decides their facts). The other pages show
    /// only the heading, their own events and the pager: an article edited without changing what its
    /// event's line shows leaves them as they were, however long the list.
    public func reportInputs(_ model: SiteModel, sourceHashes: [String: UInt64], fingerprint: UInt64) -> [ReportPage] {
        let eventLines = Array(model.events.indices).parallelMap { eventLineHash($0, model) }
        let eventSources = model.events.parallelMap { event -> UInt64 in
            var hash = StableHash.fnv1a64(event.id)
            // The path too: its extension decides how the bytes are read (".txt" raw, ".md" Markdown).
            for source in event.sources {
                let path = model.entries[source].article.sourcePath
                hash = StableHash.combine(StableHash.combine(hash, StableHash.fnv1a64(path)), sourceHashes[path] ?? 0)
            }
            return hash
        }
        func pages(_ key: String, _ heading: [String], _ path: String, _ events: [Int], paginated: Bool = true) -> [ReportPage] {
            let common = StableHash.fnv1a64(([String(fingerprint), String(model.entries.count), key] + heading).joined(separator: "\u{0}"))
            let parts = paginated ? Pagination.slices(events, at: path, size: settings.pageSize) : [(path, events[...])]
            return parts.enumerated().map { number, part in
                var hash = StableHash.combine(StableHash.combine(common, UInt64(parts.count)), UInt64(number))
                for event in number == 0 ? events[...] : part.items {
                    hash = StableHash.combine(hash, eventLines[event])
                    if number == 0 && paginated { hash = StableHash.combine(hash, eventSources[event]) }
                }
                return ReportPage(path: part.path, inputs: hash)
            }
        }
        func tally(_ tally: Tally) -> [String] { [tally.collectives, tally.individuals, tally.combined, tally.clauses].map(String.init) }
        // A unit's page links its province and themes by the pages they have, which other articles decide.
        let units = model.units.map { unit in
            let province = unit.province.flatMap { model.provinceByName[$0]?.id } ?? "-"
            let themes = unit.themes.map { model.themeByName[$0].map { $0.id + "\u{1}" + $0.name } ?? "-" }
            return pages("unit:" + unit.id, [unit.name, unit.kind ?? "-", unit.levelName ?? "-", unit.province ?? "-", province] + tally(unit.tally) + themes,
                         Routes.unit(unit.id), unit.events)
        }
        // The units a province or theme lists go by the names all their articles give them, not only these events'.
        func unitNames(_ ids: [String]) -> [String] {
            ids.compactMap { model.unitByID[$0] }.map { [$0.id, $0.name, $0.levelName ?? "-", $0.province ?? "-"].joined(separator: "\u{1}") }
        }
        let provinces = model.provinces.map { province in
            pages("province:" + province.id, [province.name, province.successor2025 ?? "-"] + tally(province.tally) + unitNames(province.units),
                  Routes.province(province.id), province.events)
        }
        let themes = model.themes.map { theme in
            pages("theme:" + theme.id, [theme.name] + tally(theme.tally) + unitNames(theme.units), Routes.theme(theme.id), theme.events)
        }
        // A year's page: its events, and the years before and after it links to.
        let years = eventsByYear(model)
        let yearPages = years.indices.map { position in
            let neighbours = [position > 0 ? years[position - 1].year : 0, position + 1 < years.count ? years[position + 1].year : 0]
            return pages("year:\(years[position].year)", neighbours.map(String.init), Routes.year(years[position].year),
                         years[position].months.flatMap(\.events), paginated: false)
        }
        return (units + provinces + themes + yearPages).flatMap { $0 }
    }

    /// Everything an event's line on a list shows (`eventItem`), links by what they point to.
    func eventLineHash(_ index: Int, _ model: SiteModel) -> UInt64 {
        let event = model.events[index]
        let entry = model.entries[event.primary]
        let province = event.provinceName.flatMap { model.provinceByName[$0] }
        return StableHash.fnv1a64([
            entry.article.title, entry.slug, event.date?.iso ?? "-", event.estimate ?? "-", event.type, event.unitName ?? "-", event.unitID ?? "-",
            event.provinceName ?? "-", province?.id ?? "-", event.tally.clauses == 0 ? "-" : Self.tallyShort(event.tally), String(event.sources.count),
        ].joined(separator: "\u{0}"))
    }

    /// Pages rendered and handed over at a time: all units' pages at once would be hundreds of
    /// megabytes at 100,000 articles.
    static let reportBatch = 256

    /// `reused`: paths of pages the caller has from the previous site.
    func reportPages(_ model: SiteModel, reused: Set<String> = [], emit: ([OutputFile]) throws -> Void) rethrows {
        try emit([
            page(Routes.units, template: "pages/units", title: "Đơn vị", current: .init(units: true), model: model) { unitsIndex(model, from: $0) },
            page(Routes.provinces, template: "pages/provinces", title: "Tỉnh, thành", current: .init(provinces: true), model: model) {
                provincesIndex(model, from: $0)
            },
            page(Routes.themes, template: "pages/themes", title: "Chủ đề", current: .init(themes: true), model: model) { themesIndex(model, from: $0) },
            page(Routes.awards, template: "pages/awards", title: "Khen thưởng", current: .init(awards: true), model: model) { awardsView(model, from: $0) },
        ])
        func inBatches<Item: Sendable>(_ items: [Item], _ pages: @Sendable (Item) -> [OutputFile]) throws {
            for start in stride(from: 0, to: items.count, by: Self.reportBatch) {
                try emit(Array(items[start..<min(start + Self.reportBatch, items.count)]).parallelMap(pages).flatMap { $0 })
            }
        }
        try inBatches(model.units) { unit in
            pagedEvents(unit.events, at: Routes.unit(unit.id), template: "pages/unit", title: unit.name, current: .init(units: true), model: model,
                        reused: reused) {
                unitView(unit, model, from: $0, first: $1)
            }
        }
        try inBatches(model.provinces) { province in
            pagedEvents(province.events, at: Routes.province(province.id), template: "pages/province", title: province.name,
                        current: .init(provinces: true), model: model, reused: reused) { provinceView(province, model, from: $0, first: $1) }
        }
        try inBatches(model.themes) { theme in
            pagedEvents(theme.events, at: Routes.theme(theme.id), template: "pages/theme", title: theme.name, current: .init(themes: true),
                        model: model, reused: reused) { themeView(theme, model, from: $0, first: $1) }
        }
    }

    /// A page listing `events`, split into pages of `pageSize` linked by a pager; `view` builds
    /// everything but the events, which are filled in page by page. Lists beside the events
    /// (units, themes, award tables) are on the first page only (`view`'s second argument):
    /// repeated on every page they would make a large theme's pages grow with its square.
    private func pagedEvents<View: PagedEventsView>(_ events: [Int], at path: String, template: String, title: String,
                                                    current: LayoutView.Current, model: SiteModel, reused: Set<String>,
                                                    view: (String, Bool) -> View) -> [OutputFile] {
        let parts = Pagination.slices(events, at: path, size: settings.pageSize)
        return parts.enumerated().compactMap { number, part in
            if reused.contains(part.path) { return nil }
            return page(part.path, template: template, title: title, current: current, model: model) { pagePath in
                var page = view(pagePath, number == 0)
                var groups: [EventGroup] = []
                for index in part.items {
                    let label = model.events[index].date.map { "Tháng \($0.month)/\($0.year)" } ?? "Chưa rõ ngày"
                    if groups.last?.groupLabel != label { groups.append(EventGroup(groupLabel: label, groupEvents: [])) }
                    groups[groups.count - 1].groupEvents.append(eventItem(index, model, from: pagePath))
                }
                page.eventGroups = groups
                page.pager = Pagination.pager(of: path, page: number + 1, count: parts.count)
                return page
            }
        }
    }

    func eventItem(_ index: Int, _ model: SiteModel, from path: String) -> EventItem {
        let event = model.events[index]
        let entry = model.entries[event.primary]
        let tally = event.tally
        let province = event.provinceName.flatMap { model.provinceByName[$0] }
        return EventItem(
            eventTitle: entry.article.title, eventHref: Routes.link(from: path, to: Routes.article(entry.slug)),
            eventDate: event.date.map(DateView.init), eventEstimate: event.estimate, eventType: event.type,
            eventUnit: event.unitName, eventUnitHref: event.unitID.map { Routes.link(from: path, to: Routes.unit($0)) },
            eventProvince: event.provinceName, eventProvinceHref: province.map { Routes.link(from: path, to: Routes.province($0.id)) },
            eventAwards: tally.clauses == 0 ? nil : Self.tallyShort(tally),
            eventSources: event.sources.count > 1 ? "\(event.sources.count) nguồn" : nil)
    }

    /// "15 tập thể, 18 cá nhân"; "20 tập thể, cá nhân" for counts not split.
    static func tallyShort(_ tally: Tally) -> String {
        var parts: [String] = []
        if tally.collectives > 0 { parts.append("\(grouped(tally.collectives)) tập thể") }
        if tally.individuals > 0 { parts.append("\(grouped(tally.individuals)) cá nhân") }
        if tally.combined > 0 { parts.append("\(grouped(tally.combined)) tập thể, cá nhân") }
        return parts.isEmpty ? "—" : parts.joined(separator: ", ")
    }

    /// Awards of some events by giver and kind, the largest first.
    func awardRows(_ events: [Int], _ model: SiteModel) -> [AwardRow] {
        var table: [String: Tally] = [:]
        for index in events {
            for award in model.events[index].awards { table["\(award.giver ?? "—")\u{1F}\(award.kind)", default: Tally()].add(award) }
        }
        return table.sorted { $0.value.total != $1.value.total ? $0.value.total > $1.value.total : $0.key < $1.key }.map { key, tally in
            let parts = key.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            return AwardRow(awardGiver: parts[0], awardKind: parts[1], awardCounts: Self.tallyShort(tally))
        }
    }

    func unitsIndex(_ model: SiteModel, from path: String) -> UnitsIndexView {
        var groups: [ProvinceGroup] = []
        for unit in model.units {
            let name = unit.province ?? "Chưa rõ tỉnh"
            if groups.last?.groupName != name {
                let province = unit.province.flatMap { model.provinceByName[$0] }
                groups.append(ProvinceGroup(groupName: name, groupAnchor: "tinh-" + Slug.make(name), groupHref: province.map { Routes.link(from: path, to: Routes.province($0.id)) }, groupUnits: []))
            }
            groups[groups.count - 1].groupUnits.append(UnitRow(
                unitName: unit.name, unitHref: Routes.link(from: path, to: Routes.unit(unit.id)), unitKind: unit.kind,
                unitLevel: unit.levelName ?? "", unitEvents: unit.events.count, unitAwards: Self.tallyShort(unit.tally)))
        }
        return UnitsIndexView(groups: groups, unitCount: model.units.count, unitsJSON: Routes.link(from: path, to: Self.unitsJSON))
    }

    func unitView(_ unit: UnitSummary, _ model: SiteModel, from path: String, first: Bool = true) -> UnitView {
        let themes = (first ? unit.themes : []).compactMap { model.themeByName[$0] }
            .map { NamedLink(linkName: $0.name, linkHref: Routes.link(from: path, to: Routes.theme($0.id)), linkNote: nil) }
        // The province's page as the site has it: two spellings of one name share a slug, and one page gets a suffix.
        let province = unit.province.flatMap { model.provinceByName[$0] }.map {
            NamedLink(linkName: unit.province ?? "", linkHref: Routes.link(from: path, to: Routes.province($0.id)), linkNote: nil)
        }
        return UnitView(name: unit.name, kind: unit.kind, level: unit.levelName ?? "", province: province,
                        eventGroups: [], tally: TallyView(unit.tally), hasAwards: first && unit.tally.clauses > 0,
                        themes: themes, hasThemes: !themes.isEmpty,
                        people: first ? unit.people.map { .init(personName: $0.name, personRole: $0.title) } : [], hasPeople: first && !unit.people.isEmpty,
                        unitsHref: Routes.link(from: path, to: Routes.units), pager: nil, awardRows: first ? awardRows(unit.events, model) : [])
    }

    func provincesIndex(_ model: SiteModel, from path: String) -> ProvincesIndexView {
        ProvincesIndexView(provinces: model.provinces.map { province in
            ProvinceRow(provinceName: province.name, provinceHref: Routes.link(from: path, to: Routes.province(province.id)),
                        provinceSuccessor: province.successor2025.flatMap { $0 == province.name ? nil : $0 },
                        provinceEvents: province.events.count, provinceUnits: province.units.count, provinceAwards: Self.tallyShort(province.tally))
        })
    }

    func provinceView(_ province: ProvinceSummary, _ model: SiteModel, from path: String, first: Bool = true) -> ProvinceView {
        let units = (first ? province.units : []).compactMap { model.unitByID[$0] }.map { unit in
            NamedLink(linkName: unit.name, linkHref: Routes.link(from: path, to: Routes.unit(unit.id)), linkNote: unit.levelName)
        }
        return ProvinceView(name: province.name, successor: province.successor2025.flatMap { $0 == province.name ? nil : $0 },
                            units: units, hasUnits: !units.isEmpty, eventGroups: [],
                            tally: TallyView(province.tally), hasAwards: first && province.tally.clauses > 0,
                            provincesHref: Routes.link(from: path, to: Routes.provinces), pager: nil,
                            awardRows: first ? awardRows(province.events, model) : [])
    }

    func themesIndex(_ model: SiteModel, from path: String) -> ThemesIndexView {
        ThemesIndexView(themes: model.themes.map { theme in
            ThemeRow(themeName: theme.name, themeHref: Routes.link(from: path, to: Routes.theme(theme.id)), themeEvents: theme.events.count,
                     themeUnits: theme.units.count, themeAwards: Self.tallyShort(theme.tally))
        })
    }

    func themeView(_ theme: ThemeSummary, _ model: SiteModel, from path: String, first: Bool = true) -> ThemeView {
        let units = (first ? theme.units : []).compactMap { model.unitByID[$0] }.map { unit in
            NamedLink(linkName: unit.name, linkHref: Routes.link(from: path, to: Routes.unit(unit.id)), linkNote: unit.province)
        }
        let titles = (first ? theme.titles : []).map { ThemeTitleRow(titleProvince: $0.province, titleText: $0.title) }
        return ThemeView(name: theme.name, titles: titles, hasTitles: !titles.isEmpty, units: units, hasUnits: !units.isEmpty,
                         eventGroups: [], tally: TallyView(theme.tally),
                         hasAwards: first && theme.tally.clauses > 0, themesHref: Routes.link(from: path, to: Routes.themes), pager: nil)
    }

    func awardsView(_ model: SiteModel, from path: String) -> AwardsView {
        let tallies = model.awards
        let kinds = SummaryBuilder.sorted(Array(tallies.byKind.keys))
        func rows(_ table: [String: Tally], crossed: [String: [String: Tally]]? = nil) -> [TallyRow] {
            table.sorted { $0.value.total != $1.value.total ? $0.value.total > $1.value.total : $0.key < $1.key }.map { name, tally in
                TallyRow(rowName: name, rowTally: TallyView(tally),
                         rowCells: crossed.map { cross in kinds.map { TallyCell(cellValue: cross[name]?[$0].map { Self.grouped($0.total) } ?? "") } } ?? [])
            }
        }
        let byGiver = rows(tallies.byGiver, crossed: tallies.byGiverAndKind)
        let chart = BarChart(title: "Số tập thể và cá nhân được khen theo người, đơn vị tặng",
                             summary: byGiver.prefix(12).map { "\($0.rowName) \($0.rowTally.total)" }.joined(separator: "; "),
                             bars: tallies.byGiver.sorted { $0.value.total > $1.value.total }.prefix(12).map { .init(label: $0.key, value: $0.value.total) })
        let years = tallies.byYear.keys.sorted().map { year in TallyRow(rowName: year, rowTally: TallyView(tallies.byYear[year]!), rowCells: []) }
        return AwardsView(total: TallyView(tallies.total), kinds: kinds, byGiver: byGiver, byKind: rows(tallies.byKind), byProvince: rows(tallies.byProvince),
                          byYear: years, chart: chart.svg(), hasAwards: tallies.total.clauses > 0,
                          awardsCSV: Routes.link(from: path, to: Self.awardsCSV), eventsCSV: Routes.link(from: path, to: Self.eventsCSV))
    }
}
