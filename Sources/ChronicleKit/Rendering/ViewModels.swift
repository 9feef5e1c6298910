/// Typed view models, one per page kind. Templates only place these values; every decision
/// (order, labels derived from data, links) is made here in Swift.

struct LayoutView {
    struct Links {
        var home: String
        var timeline: String
        var stylesheet: String
    }

    /// Which navigation entry is the current page, for `aria-current`.
    struct Current {
        var home = false
        var timeline = false
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

struct ArticleListItem {
    var title: String
    var href: String
    var kicker: String?
    var date: DateView?
    /// For undated events: their estimated period.
    var estimate: String?
    var source: String?
}

struct HomeView {
    var siteTitle: String
    var siteDescription: String
    var articleCount: Int
    var datedCount: Int
    var undatedCount: Int
    var timelineHref: String
    var items: [ArticleListItem]
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

    var kicker: String?
    var title: String
    var eventDate: EventDateView
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
    struct Month {
        var label: String
        var anchor: String
        var items: [ArticleListItem]
    }

    struct Year {
        var year: Int
        var anchor: String
        var count: Int
        var months: [Month]
    }

    var years: [Year]
    var hasYears: Bool
    var undated: [ArticleListItem]
    var hasUndated: Bool
    var datedCount: Int
}

struct NotFoundView {
    var homeHref: String
    var timelineHref: String
}
