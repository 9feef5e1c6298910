import Foundation

/// The compiled vocabularies extraction runs on, built once per build from the data files.
public struct ExtractionKnowledge: Sendable {
    let spelling: SpellingFolder
    /// Also read by the loader, for the weekdays of timestamp lines.
    public let dateVocabulary: DateVocabulary
    public let gazetteer: Gazetteer
    let units: UnitFinder
    let places: PlaceFinder
    let dates: DateFinder
    let eventDates: EventDateResolver
    let eventTypes: EventTypeClassifier
    let themes: ThemeFinder
    let awards: AwardFinder
    let people: PeopleFinder
    let organizers: OrganizerResolver
    let givers: GiverNormalizer

    static let communeKeys: Set<String> = ["schema", "town_word", "town_district_words", "commune_words", "towns", "communes_2025"]

    /// Reads each data file from Chronicle's resources, then its namesake in `Content/data/` if present.
    /// `chrome`: what the page chrome says of text copied with the page: a table's row-number headers ("TT", "STT"), and what
    /// splits a menu from an office's banner.
    init(read: (String, String, Set<String>) throws -> [(yaml: String, file: String)], chrome: PageChromeRules) throws {
        func decode<Value: Decodable>(_ type: Value.Type, _ name: String, _ schema: String, _ keys: Set<String>) throws -> [Value] {
            try read(name, schema, keys).map { try DataFile.decode(Value.self, yaml: $0.yaml, file: $0.file, schema: schema, knownKeys: keys) }
        }
        spelling = try SpellingFolder(sources: decode(SpellingFolder.Source.self, "extraction/spelling.yml",
                                                      SpellingFolder.Source.schemaName, SpellingFolder.Source.keys))
        gazetteer = try Gazetteer(
            provinces: decode(Gazetteer.ProvincesFile.self, "gazetteer/provinces.yml", "chronicle.gazetteer.provinces/1", ["schema", "provinces"]),
            successors: decode(Gazetteer.SuccessorsFile.self, "gazetteer/successors-2025.yml", "chronicle.gazetteer.successors/1", ["schema", "in_force", "former_markers", "new_markers", "successors"]),
            communes: read("gazetteer/communes.yml", "chronicle.gazetteer.communes/1", Self.communeKeys).map { source in
                var communes = try DataFile.decode(Gazetteer.CommunesFile.self, yaml: source.yaml, file: source.file,
                                                   schema: "chronicle.gazetteer.communes/1", knownKeys: Self.communeKeys)
                communes.file = source.file
                return communes
            },
            newspapers: decode(Gazetteer.NewspapersFile.self, "gazetteer/newspapers.yml", "chronicle.gazetteer.newspapers/1", ["schema", "site_names", "paper_words", "merged_paper_words", "address_words", "tag_list_words", "newspapers"]),
            spelling: spelling)
        // The people's titles of awards.yml also end a unit's name after a joiner ("… Lao Bảo và Thượng úy Nguyễn Văn An").
        let awardSources = try decode(AwardFinder.Source.self, "extraction/awards.yml", AwardFinder.Source.schemaName, AwardFinder.Source.keys)
        let catalog = try UnitCatalog(personTitles: awardSources.all(\.single_recipient_persons), sources: decode(UnitCatalog.Source.self, "extraction/units.yml",
                                                      UnitCatalog.Source.schemaName, UnitCatalog.Source.keys))
        for seat in catalog.seats where gazetteer.province(named: seat.province) == nil {
            throw ChronicleError(file: "units.yml", "seats: '\(seat.name)' sits in '\(seat.province)', a province provinces.yml does not name",
                                 hint: "write the province as provinces.yml names it (\"Cần Thơ\", \"Hồ Chí Minh\")")
        }
        let peopleSources = try decode(PeopleFinder.Source.self, "extraction/people.yml", PeopleFinder.Source.schemaName, PeopleFinder.Source.keys)
        places = PlaceFinder(gazetteer: gazetteer, catalog: catalog, surnames: peopleSources.all(\.surnames), honorifics: peopleSources.all(\.honorifics))
        units = UnitFinder(catalog: catalog, places: places)
        let eventTypes = try EventTypeClassifier(sources: decode(EventTypeClassifier.Source.self, "extraction/events.yml",
                                                                 EventTypeClassifier.Source.schemaName, EventTypeClassifier.Source.keys))
        self.eventTypes = eventTypes
        themes = try ThemeFinder(sources: decode(ThemeFinder.Source.self, "extraction/themes.yml", ThemeFinder.Source.schemaName, ThemeFinder.Source.keys))
        let vocabulary: DateVocabulary = try DateVocabulary(sources: decode(DateVocabulary.Source.self, "extraction/dates.yml", DateVocabulary.Source.schemaName,
                                                            DateVocabulary.Source.keys))
        dateVocabulary = vocabulary
        dates = try DateFinder(vocabulary: vocabulary, documentKinds: themes.documentKinds, heldVerbs: eventTypes.reportingVerbWords)
        // A date outside the lead counts when its sentence names an event type or reports one taking place.
        eventDates = EventDateResolver(yearsOfImplementation: vocabulary.yearsOfImplementation, relativeDay: vocabulary.relativeDay,
                                       relativeDayOffsets: vocabulary.relativeDayOffsets, relativeWeekday: vocabulary.relativeWeekday,
                                       weekdayNumbers: vocabulary.weekdayNumbers, anniversaries: vocabulary.anniversaries, termMeeting: vocabulary.termMeeting,
                                       lunar: vocabulary.lunar, otherEventOpener: eventTypes.otherEventOpener,
                                       heldVerb: catalog.held, eventVerbs: try Pattern("\(eventTypes.anyKind.source)|\(eventTypes.reportingVerbs.source)"),
                                       tookPlaceBefore: vocabulary.tookPlaceBefore, upcomingAfter: vocabulary.upcomingAfter,
                                       afterAnotherOpening: eventTypes.otherEventOpening, beforeEventOpening: vocabulary.beforeEventOpening,
                                       planSentence: vocabulary.planSentence, nextDay: vocabulary.nextDay,
                                       eventKinds: eventTypes.kinds.map { ($0.kind.id, $0.pattern) })
        awards = try AwardFinder(sources: awardSources, units: units, anniversaries: vocabulary.anniversaries, weekdays: vocabulary.weekdayAlternation,
                                             tableRowNumberHeaders: chrome.tableRowNumberHeaders)
        people = try PeopleFinder(sources: peopleSources, gazetteer: gazetteer,
                                  placeWords: Set(catalog.placeKindWords).union(catalog.hamletPlaceWords))
        organizers = OrganizerResolver(units: units, places: places, gazetteer: gazetteer,
                                       copula: try Pattern("\\s(?:\(Pattern.phrases(eventTypes.copulas)))\\s"),
                                       afterAnother: eventTypes.otherEventSubject,
                                       eventNamed: eventTypes.anyKind, menuSeparators: chrome.menuSeparators)
        givers = GiverNormalizer(units: units, organizers: organizers, officeTitles: awards.officeTitles)
    }
}
