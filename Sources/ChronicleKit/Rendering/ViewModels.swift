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

/// One article in a list. Its fields are prefixed so a nil one never borrows a value from the page around it.
struct ArticleListItem {
    var itemTitle: String
    var itemHref: String
    var itemKicker: String?
    var itemDate: DateView?
    /// For undated events: their estimated period.
    var itemEstimate: String?
    var itemSource: String?
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

    struct AwardView {
        var giver: String
        var kind: String
        var recipients: String
        var evidence: String
    }

    // Field names below are unique across nested views on purpose: Mustache looks a missing
    // (nil) value up in the enclosing views, so a nil `title` would print the article's title.
    struct ThemeView {
        var themeName: String
        var themeTitle: String?
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
    var province: String?
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
