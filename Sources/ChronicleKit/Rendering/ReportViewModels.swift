/// View models of the report pages: units, provinces, themes, awards.

/// A page whose list of events may run over several pages.
protocol PagedEventsView {
    /// The page's events by month ("Tháng 6/2024"), undated ones last.
    var eventGroups: [EventGroup] { get set }
    var pager: PagerView? { get set }
}

struct EventGroup {
    var groupLabel: String
    var groupEvents: [EventItem]
}

extension UnitView: PagedEventsView {}
extension ProvinceView: PagedEventsView {}
extension ThemeView: PagedEventsView {}

struct TallyView {
    var collectives: String
    var individuals: String
    var combined: String
    var hasCombined: Bool
    var total: String
    var clauses: Int

    init(_ tally: Tally) {
        collectives = SiteRenderer.grouped(tally.collectives)
        individuals = SiteRenderer.grouped(tally.individuals)
        combined = SiteRenderer.grouped(tally.combined)
        hasCombined = tally.combined > 0
        total = SiteRenderer.grouped(tally.total)
        clauses = tally.clauses
    }
}

/// An event in a list: its day (or period), type, organizer, province and awards in short.
struct EventItem {
    var eventTitle: String
    var eventHref: String
    var eventDate: DateView?
    var eventEstimate: String?
    var eventType: String
    var eventUnit: String?
    var eventUnitHref: String?
    var eventProvince: String?
    var eventProvinceHref: String?
    var eventAwards: String?
    /// "2 nguồn" when several articles report the event.
    var eventSources: String?
}

struct NamedLink {
    var linkName: String
    var linkHref: String
    var linkNote: String?
}

struct UnitRow {
    var unitName: String
    var unitHref: String
    var unitKind: String?
    var unitLevel: String
    var unitEvents: Int
    var unitAwards: String
}

struct ProvinceGroup {
    var groupName: String
    var groupAnchor: String
    var groupHref: String?
    var groupUnits: [UnitRow]
}

struct UnitsIndexView {
    var groups: [ProvinceGroup]
    var unitCount: Int
    var unitsJSON: String
}

struct UnitView {
    var name: String
    var kind: String?
    var level: String
    var province: NamedLink?
    var eventGroups: [EventGroup]
    var tally: TallyView
    var hasAwards: Bool
    var themes: [NamedLink]
    var hasThemes: Bool
    var people: [ArticleView.PersonView]
    var hasPeople: Bool
    var unitsHref: String
    var pager: PagerView?
    /// Who gave what: one row per giver and kind.
    var awardRows: [AwardRow]
}

struct ProvinceRow {
    var provinceName: String
    var provinceHref: String
    var provinceSuccessor: String?
    var provinceEvents: Int
    var provinceUnits: Int
    var provinceAwards: String
}

struct ProvincesIndexView {
    var provinces: [ProvinceRow]
}

struct ProvinceView {
    var name: String
    var successor: String?
    var units: [NamedLink]
    var hasUnits: Bool
    var eventGroups: [EventGroup]
    var tally: TallyView
    var hasAwards: Bool
    var provincesHref: String
    var pager: PagerView?
    /// Who gave what: one row per giver and kind.
    var awardRows: [AwardRow]
}

struct ThemeRow {
    var themeName: String
    var themeHref: String
    var themeEvents: Int
    var themeUnits: Int
    var themeAwards: String
}

struct ThemesIndexView {
    var themes: [ThemeRow]
}

struct ThemeTitleRow {
    var titleProvince: String
    var titleText: String
}

struct ThemeView {
    var name: String
    var titles: [ThemeTitleRow]
    var hasTitles: Bool
    var units: [NamedLink]
    var hasUnits: Bool
    var eventGroups: [EventGroup]
    var tally: TallyView
    var hasAwards: Bool
    var themesHref: String
    var pager: PagerView?
}

struct TallyRow {
    var rowName: String
    var rowTally: TallyView
    var rowCells: [TallyCell]
}

struct AwardRow {
    var awardGiver: String
    var awardKind: String
    var awardCounts: String
}

struct TallyCell {
    var cellValue: String
}

struct AwardsView {
    var total: TallyView
    var kinds: [String]
    var byGiver: [TallyRow]
    var byKind: [TallyRow]
    var byProvince: [TallyRow]
    var byYear: [TallyRow]
    var chart: String
    var hasAwards: Bool
    var awardsCSV: String
    var eventsCSV: String
}

// Field tables for templates (see TemplateValue); TemplateValueTests checks they list every field.
extension TallyView: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<TallyView>] = [
        "collectives": \.collectives,
        "individuals": \.individuals,
        "combined": \.combined,
        "hasCombined": \.hasCombined,
        "total": \.total,
        "clauses": \.clauses,
    ]
}

extension EventItem: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<EventItem>] = [
        "eventTitle": \.eventTitle,
        "eventHref": \.eventHref,
        "eventDate": \.eventDate,
        "eventEstimate": \.eventEstimate,
        "eventType": \.eventType,
        "eventUnit": \.eventUnit,
        "eventUnitHref": \.eventUnitHref,
        "eventProvince": \.eventProvince,
        "eventProvinceHref": \.eventProvinceHref,
        "eventAwards": \.eventAwards,
        "eventSources": \.eventSources,
    ]
}

extension NamedLink: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<NamedLink>] = [
        "linkName": \.linkName,
        "linkHref": \.linkHref,
        "linkNote": \.linkNote,
    ]
}

extension UnitRow: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<UnitRow>] = [
        "unitName": \.unitName,
        "unitHref": \.unitHref,
        "unitKind": \.unitKind,
        "unitLevel": \.unitLevel,
        "unitEvents": \.unitEvents,
        "unitAwards": \.unitAwards,
    ]
}

extension ProvinceGroup: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ProvinceGroup>] = [
        "groupName": \.groupName,
        "groupAnchor": \.groupAnchor,
        "groupHref": \.groupHref,
        "groupUnits": \.groupUnits,
    ]
}

extension UnitsIndexView: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<UnitsIndexView>] = [
        "groups": \.groups,
        "unitCount": \.unitCount,
        "unitsJSON": \.unitsJSON,
    ]
}

extension UnitView: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<UnitView>] = [
        "name": \.name,
        "kind": \.kind,
        "level": \.level,
        "province": \.province,
        "eventGroups": \.eventGroups,
        "tally": \.tally,
        "hasAwards": \.hasAwards,
        "themes": \.themes,
        "hasThemes": \.hasThemes,
        "people": \.people,
        "hasPeople": \.hasPeople,
        "unitsHref": \.unitsHref,
        "pager": \.pager,
        "awardRows": \.awardRows,
    ]
}

extension ProvinceRow: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ProvinceRow>] = [
        "provinceName": \.provinceName,
        "provinceHref": \.provinceHref,
        "provinceSuccessor": \.provinceSuccessor,
        "provinceEvents": \.provinceEvents,
        "provinceUnits": \.provinceUnits,
        "provinceAwards": \.provinceAwards,
    ]
}

extension ProvincesIndexView: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ProvincesIndexView>] = [
        "provinces": \.provinces,
    ]
}

extension ProvinceView: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ProvinceView>] = [
        "name": \.name,
        "successor": \.successor,
        "units": \.units,
        "hasUnits": \.hasUnits,
        "eventGroups": \.eventGroups,
        "tally": \.tally,
        "hasAwards": \.hasAwards,
        "provincesHref": \.provincesHref,
        "pager": \.pager,
        "awardRows": \.awardRows,
    ]
}

extension ThemeRow: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ThemeRow>] = [
        "themeName": \.themeName,
        "themeHref": \.themeHref,
        "themeEvents": \.themeEvents,
        "themeUnits": \.themeUnits,
        "themeAwards": \.themeAwards,
    ]
}

extension ThemesIndexView: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ThemesIndexView>] = [
        "themes": \.themes,
    ]
}

extension ThemeTitleRow: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ThemeTitleRow>] = [
        "titleProvince": \.titleProvince,
        "titleText": \.titleText,
    ]
}

extension ThemeView: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<ThemeView>] = [
        "name": \.name,
        "titles": \.titles,
        "hasTitles": \.hasTitles,
        "units": \.units,
        "hasUnits": \.hasUnits,
        "eventGroups": \.eventGroups,
        "tally": \.tally,
        "hasAwards": \.hasAwards,
        "themesHref": \.themesHref,
        "pager": \.pager,
    ]
}

extension TallyRow: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<TallyRow>] = [
        "rowName": \.rowName,
        "rowTally": \.rowTally,
        "rowCells": \.rowCells,
    ]
}

extension TallyCell: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<TallyCell>] = [
        "cellValue": \.cellValue,
    ]
}

extension AwardsView: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<AwardsView>] = [
        "total": \.total,
        "kinds": \.kinds,
        "byGiver": \.byGiver,
        "byKind": \.byKind,
        "byProvince": \.byProvince,
        "byYear": \.byYear,
        "chart": \.chart,
        "hasAwards": \.hasAwards,
        "awardsCSV": \.awardsCSV,
        "eventsCSV": \.eventsCSV,
    ]
}

extension AwardRow: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<AwardRow>] = [
        "awardGiver": \.awardGiver,
        "awardKind": \.awardKind,
        "awardCounts": \.awardCounts,
    ]
}

extension EventGroup: TemplateValue {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<EventGroup>] = [
        "groupLabel": \.groupLabel,
        "groupEvents": \.groupEvents,
    ]
}
