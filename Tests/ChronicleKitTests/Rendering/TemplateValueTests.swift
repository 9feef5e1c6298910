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
        let item = ArticleListItem(itemTitle: "", itemHref: "", itemKicker: nil, itemDate: date, itemEstimate: nil, itemSource: nil)
        check(date)
        check(item)
        check(LayoutView(lang: "vi", siteTitle: "", siteDescription: "", pageTitle: "", isHome: true,
                         links: .init(home: "", timeline: "", stylesheet: ""), current: .init(), articleCount: 0, content: ""))
        check(LayoutView.Links(home: "", timeline: "", stylesheet: ""))
        check(LayoutView.Current())
        check(HomeView(siteTitle: "", siteDescription: "", articleCount: 0, datedCount: 0, undatedCount: 0, timelineHref: "", items: []))
        check(TimelineView(years: [], hasYears: false, undated: [], hasUndated: false, datedCount: 0))
        check(TimelineView.Year(year: 2024, anchor: "", count: 0, months: []))
        check(TimelineView.Month(label: "", anchor: "", items: []))
        check(NotFoundView(homeHref: "", timelineHref: ""))
        check(ArticleView.EventDateView(date: nil, evidence: nil, yearInferredFrom: nil, undatedEstimate: nil))
        check(ArticleView.CaptionView(text: "", credit: nil))
        check(ArticleView.SourceFileView(name: "", href: ""))
        check(ArticleView.AwardView(giver: "", kind: "", recipients: "", evidence: ""))
        check(ArticleView.ThemeView(themeName: "", themeTitle: nil))
        check(ArticleView.PersonView(personName: "", personRole: nil))
        check(ArticleView.FigureView(count: "", label: ""))
    }

    @Test func articleViewFieldsAreInTheTable() throws {
        let templates = try TemplateSet(directory: Fixtures.packageRoot.appendingPathComponent("Templates"), displayRoot: "Templates")
        let model = Aggregator.aggregate([Fixtures.extract("Tiêu đề\n\nNgày 3/4/2024, Huyện ủy Cần Giuộc tổ chức hội nghị.")])
        let renderer = SiteRenderer(templates: templates, settings: SiteSettings())
        check(renderer.articleView(model.entries[0], sameEvent: [], from: "articles/x.html"))
    }

    @Test func aNilFieldIsAbsentNotLookedUpAbove() {
        let item = ArticleListItem(itemTitle: "t", itemHref: "h", itemKicker: nil, itemDate: nil, itemEstimate: nil, itemSource: nil)
        #expect(item.child(named: "itemSource") is Absent)
        #expect(item.child(named: "itemTitle") as? String == "t")
        #expect(item.child(named: "unknown") == nil)
    }
}
