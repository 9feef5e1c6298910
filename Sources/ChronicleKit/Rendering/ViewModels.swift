/// Typed view models, one per page kind. Templates only place these values; every decision
/// (order, labels derived from data, links) is made here in Swift.

struct LayoutView {
    struct Links {
        var home: String
        var timeline: String
        var units: String
        var provinces: String
        var themes: String
        var awards: String
        var search: String
        var stylesheet: String
    }

    /// Which navigation entry is the current page, for `aria-current`.
    struct Current {
        var home = false
        var timeline = false
        var units = false
        var provinces = false
        var themes = false
        var awards = false
        var search = false
    }

    var lang: String
    var siteTitle: String
    var siteDescription: String
    var pageTitle: String
    var isHome: Bool
    var links: Links
    var current: Current
    var articleCount: Int
    /// HTML produced by libcmark from escaped values, or by an HTML template: trusted.
    var content: String
}

struct DateView {
    var iso: String
    var display: String

    init(_ date: CalendarDate) {
        iso = date.iso
        display = date.display
    }

    init(_ time: LocalDateTime) {
        iso = time.iso
        display = time.display
    }
}

/// One article in a list; prefixed names keep list templates unambiguous beside the page's own fields.
struct ArticleListItem {
    var itemTitle: String
    var itemHref: String
    var itemDate: DateView?
    /// For undated events: their estimated period.
    var itemEstimate: String?
    var itemSource: String?
}

struct HomeView {
    var siteTitle: String
    var siteDescription: String
    var articleCount: String
    var eventCount: String
    var unitCount: String
    var provinceCount: String
    var undatedCount: Int
    var tally: TallyView
    var latestEvents: [EventItem]
    var hasEvents: Bool
    /// Inline SVG made by `BarChart`, labels escaped there.
    var activityChart: String
    var unitsChart: String
    var themes: [NamedLink]
    var hasThemes: Bool
    var timelineHref: String
    var unitsHref: String
    var themesHref: String
    var awardsHref: String
}

struct ArticleView {
    struct EventDateView {
        var date: DateView?
        var evidence: String?
        var yearInferredFrom: String?
        var undatedEstimate: String?
    }

    struct CaptionView {
        var text: String
        var credit: String?
    }

    struct SourceFileView {
        var name: String
        var href: String
    }

    struct AwardView {
        var giver: String
        var kind: String
        var recipients: String
        var evidence: String
    }

    // Names distinct from the page's own keep templates unambiguous to read.
    struct ThemeView {
        var themeName: String
        var themeTitle: String?
        var themeHref: String?
    }

    struct PersonView {
        var personName: String
        var personRole: String?
    }

    struct FigureView {
        var count: String
        var label: String
    }

    var kicker: String?
    var title: String
    var eventDate: EventDateView
    var eventType: String
    var organizer: String?
    var unit: String?
    var unitHref: String?
    var province: String?
    var provinceHref: String?
    var provinceSuccessor: String?
    var provinceInferredFrom: String?
    var themes: [ThemeView]
    var hasThemes: Bool
    var documents: String?
    var awards: [AwardView]
    var hasAwards: Bool
    var people: [PersonView]
    var hasPeople: Bool
    var participation: [FigureView]
    var hasParticipation: Bool
    var sameEvent: [ArticleListItem]
    var hasSameEvent: Bool
    var published: DateView?
    var pageClock: DateView?
    var source: String?
    var authors: String?
    var paragraphs: [String]
    var captions: [CaptionView]
    var hasCaptions: Bool
    var sourceFile: SourceFileView
    var url: String?
    var homeHref: String
    var timelineHref: String
}

struct TimelineView {
    struct MonthCount {
        var monthLabel: String
        var monthCount: Int
        var monthHref: String
    }

    struct Year {
        var year: Int
        var yearHref: String
        var count: Int
        var months: [MonthCount]
    }

    var years: [Year]
    var hasYears: Bool
    var undated: [EventItem]
    var hasUndated: Bool
    var datedCount: Int
    var eventsJSON: String
    var eventsCSV: String
    var feedHref: String
}

/// One year of the timeline: its events month by month.
struct YearView {
    struct Month {
        var label: String
        var anchor: String
        var events: [EventItem]
    }

    var year: Int
    var count: Int
    var months: [Month]
    var timelineHref: String
    var previousHref: String?
    var previousYear: Int?
    var nextHref: String?
    var nextYear: Int?
}

/// The search page: the form, and where search.js finds the index. Its texts are in the template.
struct SearchView {
    var indexHref: String
    var scriptHref: String
    var unitsHref: String
    var themesHref: String
}

struct NotFoundView {
    var homeHref: String
    var timelineHref: String
}

// Field tables for templates (see TemplateValue); TemplateValueTests checks they list every field.
extension LayoutView: TemplateValue {
    // Key paths are immutable values; the table is never written after it is built.
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<LayoutView>] = [
        "lang": \.lang,
        "siteTitle": \.siteTitle,
        "siteDescription": \.siteDescription,
        "pageTitle": \.pageTitle,
        "isHome": \.isHome,
        "links": \.links,
        "current": \.current,
        "articleCount": \.articleCount,
        "content": \.content,
    ]
}

extension LayoutView.Links: TemplateValue {
    // Key paths are immutable values; the table is never written after it is built.
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<LayoutView.Links>] = [
        "home": \.home,
        "timeline": \.timeline,
        "units": \.units,
        "provinces": \.provinces,
        "themes": \.themes,
        "awards": \.awards,
        "search": \.search,
        "stylesheet": \.stylesheet,
    ]
}

extension LayoutView.Current: TemplateValue {
    // Key paths are immutable values; the table is never written after it is built.
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<LayoutView.Current>] = [
        "home": \.home,
        "timeline": \.timeline,
        "units": \.units,
        "provinces": \.provinces,
        "themes": \.themes,
        "awards": \.awards,
        "search": \.search,
    ]
}

extension DateView: TemplateValue {
    // Key paths are immutable values; the table is never written after it is built.
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<DateView>] = [
        "iso": \.iso,
        "display": \.display,
    ]
}

extension ArticleListItem: TemplateValue {
    // Key paths are immutable values; the table is never written after it is built.
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ArticleListItem>] = [
        "itemTitle": \.itemTitle,
        "itemHref": \.itemHref,
        "itemDate": \.itemDate,
        "itemEstimate": \.itemEstimate,
        "itemSource": \.itemSource,
    ]
}

extension HomeView: TemplateValue {
    // Key paths are immutable values; the table is never written after it is built.
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<HomeView>] = [
        "siteTitle": \.siteTitle,
        "siteDescription": \.siteDescription,
        "articleCount": \.articleCount,
        "eventCount": \.eventCount,
        "unitCount": \.unitCount,
        "provinceCount": \.provinceCount,
        "undatedCount": \.undatedCount,
        "tally": \.tally,
        "latestEvents": \.latestEvents,
        "hasEvents": \.hasEvents,
        "activityChart": \.activityChart,
        "unitsChart": \.unitsChart,
        "themes": \.themes,
        "hasThemes": \.hasThemes,
        "timelineHref": \.timelineHref,
        "unitsHref": \.unitsHref,
        "themesHref": \.themesHref,
        "awardsHref": \.awardsHref,
    ]
}

extension ArticleView: TemplateValue {
    // Key paths are immutable values; the table is never written after it is built.
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ArticleView>] = [
        "kicker": \.kicker,
        "title": \.title,
        "eventDate": \.eventDate,
        "eventType": \.eventType,
        "organizer": \.organizer,
        "unit": \.unit,
        "unitHref": \.unitHref,
        "province": \.province,
        "provinceHref": \.provinceHref,
        "provinceSuccessor": \.provinceSuccessor,
        "provinceInferredFrom": \.provinceInferredFrom,
        "themes": \.themes,
        "hasThemes": \.hasThemes,
        "documents": \.documents,
        "awards": \.awards,
        "hasAwards": \.hasAwards,
        "people": \.people,
        "hasPeople": \.hasPeople,
        "participation": \.participation,
        "hasParticipation": \.hasParticipation,
        "sameEvent": \.sameEvent,
        "hasSameEvent": \.hasSameEvent,
        "published": \.published,
        "pageClock": \.pageClock,
        "source": \.source,
        "authors": \.authors,
        "paragraphs": \.paragraphs,
        "captions": \.captions,
        "hasCaptions": \.hasCaptions,
        "sourceFile": \.sourceFile,
        "url": \.url,
        "homeHref": \.homeHref,
        "timelineHref": \.timelineHref,
    ]
}

extension ArticleView.EventDateView: TemplateValue {
    // Key paths are immutable values; the table is never written after it is built.
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ArticleView.EventDateView>] = [
        "date": \.date,
        "evidence": \.evidence,
        "yearInferredFrom": \.yearInferredFrom,
        "undatedEstimate": \.undatedEstimate,
    ]
}

extension ArticleView.CaptionView: TemplateValue {
    // Key paths are immutable values; the table is never written after it is built.
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ArticleView.CaptionView>] = [
        "text": \.text,
        "credit": \.credit,
    ]
}

extension ArticleView.SourceFileView: TemplateValue {
    // Key paths are immutable values; the table is never written after it is built.
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ArticleView.SourceFileView>] = [
        "name": \.name,
        "href": \.href,
    ]
}

extension ArticleView.AwardView: TemplateValue {
    // Key paths are immutable values; the table is never written after it is built.
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ArticleView.AwardView>] = [
        "giver": \.giver,
        "kind": \.kind,
        "recipients": \.recipients,
        "evidence": \.evidence,
    ]
}

extension ArticleView.ThemeView: TemplateValue {
    // Key paths are immutable values; the table is never written after it is built.
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ArticleView.ThemeView>] = [
        "themeName": \.themeName,
        "themeTitle": \.themeTitle,
        "themeHref": \.themeHref,
    ]
}

extension ArticleView.PersonView: TemplateValue {
    // Key paths are immutable values; the table is never written after it is built.
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ArticleView.PersonView>] = [
        "personName": \.personName,
        "personRole": \.personRole,
    ]
}

extension ArticleView.FigureView: TemplateValue {
    // Key paths are immutable values; the table is never written after it is built.
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ArticleView.FigureView>] = [
        "count": \.count,
        "label": \.label,
    ]
}

extension SearchView: TemplateValue {
    // Key paths are immutable values; the table is never written after it is built.
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<SearchView>] = [
        "indexHref": \.indexHref,
        "scriptHref": \.scriptHref,
        "unitsHref": \.unitsHref,
        "themesHref": \.themesHref,
    ]
}

extension NotFoundView: TemplateValue {
    // Key paths are immutable values; the table is never written after it is built.
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<NotFoundView>] = [
        "homeHref": \.homeHref,
        "timelineHref": \.timelineHref,
    ]
}

extension TimelineView: TemplateValue {
    // Key paths are immutable values; the table is never written after it is built.
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<TimelineView>] = [
        "years": \.years,
        "hasYears": \.hasYears,
        "undated": \.undated,
        "hasUndated": \.hasUndated,
        "datedCount": \.datedCount,
        "eventsJSON": \.eventsJSON,
        "eventsCSV": \.eventsCSV,
        "feedHref": \.feedHref,
    ]
}

extension TimelineView.MonthCount: TemplateValue {
    // Key paths are immutable values; the table is never written after it is built.
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<TimelineView.MonthCount>] = [
        "monthLabel": \.monthLabel,
        "monthCount": \.monthCount,
        "monthHref": \.monthHref,
    ]
}

extension TimelineView.Year: TemplateValue {
    // Key paths are immutable values; the table is never written after it is built.
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<TimelineView.Year>] = [
        "year": \.year,
        "yearHref": \.yearHref,
        "count": \.count,
        "months": \.months,
    ]
}

extension YearView: TemplateValue {
    // Key paths are immutable values; the table is never written after it is built.
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<YearView>] = [
        "year": \.year,
        "count": \.count,
        "months": \.months,
        "timelineHref": \.timelineHref,
        "previousHref": \.previousHref,
        "previousYear": \.previousYear,
        "nextHref": \.nextHref,
        "nextYear": \.nextYear,
    ]
}

extension YearView.Month: TemplateValue {
    // Key paths are immutable values; the table is never written after it is built.
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<YearView.Month>] = [
        "label": \.label,
        "anchor": \.anchor,
        "events": \.events,
    ]
}
