import Testing
@testable import ChronicleKit

/// Templates read view models through field tables; a field missing from its table would
/// silently render as nothing.
struct TemplateValueTests {
    func check<Model: TemplateValue>(_ model: Model) {
        let stored = Set(Mirror(reflecting: model).children.compactMap(\.label))
        #expect(stored == Set(Model.fields.keys), "\(Model.self): \(stored.symmetricDifference(Model.fields.keys))")
    }

    @Test func everyFieldIsInItsTable() {
        let date = DateView(CalendarDate(year: 2024, month: 1, day: 2)!)
        let item = ArticleListItem(itemTitle: "", itemHref: "", itemDate: date, itemEstimate: nil, itemSource: nil)
        check(date)
        check(item)
        let links = LayoutView.Links(home: "", timeline: "", units: "", provinces: "", themes: "", awards: "", search: "", stylesheet: "")
        check(LayoutView(lang: "vi", siteTitle: "", siteDescription: "", pageTitle: "", isHome: true,
                         links: links, current: .init(), articleCount: 0, content: ""))
        check(links)
        check(LayoutView.Current())
        check(HomeView(siteTitle: "", siteDescription: "", articleCount: "", eventCount: "", unitCount: "", provinceCount: "", undatedCount: 0,
                       tally: TallyView(Tally()), latestEvents: [], hasEvents: false, activityChart: "", unitsChart: "", themes: [],
                       hasThemes: false, timelineHref: "", unitsHref: "", themesHref: "", awardsHref: ""))
        check(TimelineView(years: [], hasYears: false, undated: [], hasUndated: false, datedCount: 0, eventsJSON: "", eventsCSV: "", feedHref: ""))
        check(TimelineView.Year(year: 2024, yearHref: "", count: 0, months: []))
        check(TimelineView.MonthCount(monthLabel: "", monthCount: 0, monthHref: ""))
        check(YearView(year: 2024, count: 0, months: [], timelineHref: "", previousHref: nil, previousYear: nil, nextHref: nil, nextYear: nil))
        check(YearView.Month(label: "", anchor: "", events: []))
        check(NotFoundView(homeHref: "", timelineHref: ""))
        check(SearchView(indexHref: "", scriptHref: "", unitsHref: "", themesHref: ""))
        check(ArticleView.EventDateView(date: nil, evidence: nil, yearInferredFrom: nil, undatedEstimate: nil))
        check(ArticleView.CaptionView(text: "", credit: nil))
        check(ArticleView.SourceFileView(name: "", href: ""))
        check(ArticleView.AwardView(giver: "", kind: "", recipients: "", evidence: ""))
        check(ArticleView.ThemeView(themeName: "", themeTitle: nil, themeHref: nil))
        check(ArticleView.PersonView(personName: "", personRole: nil))
        check(ArticleView.FigureView(count: "", label: ""))
    }

    @Test func reportViewFieldsAreInTheirTables() {
        let tally = TallyView(Tally())
        let event = EventItem(eventTitle: "", eventHref: "", eventDate: nil, eventEstimate: nil, eventType: "", eventUnit: nil, eventUnitHref: nil,
                              eventProvince: nil, eventProvinceHref: nil, eventAwards: nil, eventSources: nil)
        let link = NamedLink(linkName: "", linkHref: "", linkNote: nil)
        let row = UnitRow(unitName: "", unitHref: "", unitKind: nil, unitLevel: "", unitEvents: 0, unitAwards: "")
        let group = ProvinceGroup(groupName: "", groupAnchor: "", groupHref: nil, groupUnits: [row])
        check(tally)
        check(event)
        check(link)
        check(row)
        check(group)
        check(UnitsIndexView(groups: [group], unitCount: 1, unitsJSON: ""))
        check(UnitView(name: "", kind: nil, level: "", province: link, eventGroups: [EventGroup(groupLabel: "", groupEvents: [event])], tally: tally, hasAwards: false, themes: [], hasThemes: false,
                       people: [], hasPeople: false, unitsHref: "", pager: nil, awardRows: []))
        let provinceRow = ProvinceRow(provinceName: "", provinceHref: "", provinceSuccessor: nil, provinceEvents: 0, provinceUnits: 0, provinceAwards: "")
        check(provinceRow)
        check(ProvincesIndexView(provinces: [provinceRow]))
        check(EventGroup(groupLabel: "", groupEvents: [event]))
        check(ProvinceView(name: "", successor: nil, units: [], hasUnits: false, eventGroups: [], tally: tally, hasAwards: false, provincesHref: "", pager: nil, awardRows: []))
        let themeRow = ThemeRow(themeName: "", themeHref: "", themeEvents: 0, themeUnits: 0, themeAwards: "")
        check(themeRow)
        check(ThemesIndexView(themes: [themeRow]))
        check(ThemeTitleRow(titleProvince: "", titleText: ""))
        check(ThemeView(name: "", titles: [], hasTitles: false, units: [], hasUnits: false, eventGroups: [], tally: tally, hasAwards: false, themesHref: "", pager: nil))
        let pageLink = PagerView.PageLink(pageNumber: 1, pageHref: "", pageIsCurrent: true)
        check(pageLink)
        check(PagerView(pagerPages: [pageLink], pagerPrevious: nil, pagerNext: nil))
        let cell = TallyCell(cellValue: "")
        check(cell)
        check(TallyRow(rowName: "", rowTally: tally, rowCells: [cell]))
        check(AwardsView(total: tally, kinds: [], byGiver: [], byKind: [], byProvince: [], byYear: [], chart: "", hasAwards: false, awardsCSV: "", eventsCSV: ""))
        check(AwardRow(awardGiver: "", awardKind: "", awardCounts: ""))
    }

    @Test func articleViewFieldsAreInTheTable() throws {
        let templates = try TemplateSet(directory: Fixtures.packageRoot.appendingPathComponent("Templates"), displayRoot: "Templates")
        let model = Aggregator.aggregate([Fixtures.extract("Tiêu đề\n\nNgày 3/4/2024, Huyện ủy Cần Giuộc tổ chức hội nghị.")])
        let renderer = SiteRenderer(templates: templates, settings: SiteSettings())
        check(renderer.articleView(model.entries[0], sameEvent: [], model: model, from: "articles/x.html"))
    }

    @Test func aNilFieldIsAbsentNotLookedUpAbove() {
        let item = ArticleListItem(itemTitle: "t", itemHref: "h", itemDate: nil, itemEstimate: nil, itemSource: nil)
        #expect(item.child(named: "itemSource") is Absent)
        #expect(item.child(named: "itemTitle") as? String == "t")
        #expect(item.child(named: "unknown") == nil)
    }
}
