import Foundation

/// Machine-readable files beside the pages: JSON and CSV exports, the Atom feed, the sitemap
/// and robots.txt. Values come from articles, so every format escapes them its own way.
extension SiteRenderer {
    static let eventsJSON = "data/events.json"
    static let eventsCSV = "data/events.csv"
    static let awardsCSV = "data/awards.csv"
    static let unitsJSON = "data/units.json"
    static let feed = "feed.xml"
    static let sitemap = "sitemap.xml"
    static let robots = "robots.txt"
    /// Entries in the Atom feed.
    static let feedLength = 50

    /// One file at a time: at 100,000 articles each export is tens of megabytes.
    func exports(_ model: SiteModel, emit: ([OutputFile]) throws -> Void) rethrows {
        let events = model.events.parallelMap { EventRecord($0, model) }
        try emit([OutputFile(path: Self.eventsJSON, contents: Self.jsonArray(events))])
        try emit([OutputFile(path: Self.eventsCSV, contents: csv(header: EventRecord.csvHeader, rows: events.map(\.csvRow)))])
        try emit([OutputFile(path: Self.awardsCSV, contents: csv(header: ["event_id", "event_date", "province", "organizer", "giver", "kind", "collectives",
                                                                          "individuals", "combined", "evidence", "article"],
                                                                 rows: model.events.flatMap { event in event.awards.map { award in
                                                                     [event.id, event.date?.iso ?? "", event.provinceName ?? "", event.unitName ?? "", award.giver ?? "",
                                                                      award.kind, award.collectives.map(String.init) ?? "", award.individuals.map(String.init) ?? "",
                                                                      award.combined.map(String.init) ?? "", award.evidence, Routes.article(model.entries[event.primary].slug)]
                                                                 } }))])
        try emit([OutputFile(path: Self.unitsJSON, contents: Self.jsonArray(model.units.map { UnitRecord($0, model) }))])
        var small = [OutputFile(path: Self.feed, contents: Data(atomFeed(model).utf8)), OutputFile(path: Self.robots, contents: Data(robots().utf8))]
        if let sitemap = sitemap(model) { small.append(OutputFile(path: Self.sitemap, contents: Data(sitemap.utf8))) }
        try emit(small)
    }

    /// Marks a field without a value in `memoTexts` (no article text holds it).
    static let absent = "\u{0}"

    struct EventRecord: Encodable, JSONWritable, Sendable {
        var id: String
        var date: String?
        var undatedEstimate: String?
        var type: String
        var organizer: String?
        var unitId: String?
        var province: String?
        var themes: [String]
        var collectives: Int
        var individuals: Int
        var combined: Int
        var articles: [String]
        var sources: [String]

        init(_ event: Event, _ model: SiteModel) {
            let tally = event.tally
            id = event.id
            date = event.date?.iso
            undatedEstimate = event.estimate
            type = event.type
            organizer = event.unitName
            unitId = event.unitID
            province = event.provinceName
            themes = event.themes.map(\.name)
            collectives = tally.collectives
            individuals = tally.individuals
            combined = tally.combined
            articles = event.sources.map { Routes.article(model.entries[$0].slug) }
            sources = event.sources.map { model.entries[$0].article.sourcePath }
        }

        /// Declared rather than converted by the encoder: converting every key of every record was most of the export's time.
        enum CodingKeys: String, CodingKey {
            case id, date, undatedEstimate = "undated_estimate", type, organizer, unitId = "unit_id", province, themes, collectives,
                 individuals, combined, articles, sources
        }

        /// `CodingKeys` in sorted order.
        var json: JSONValue {
            .object([("articles", .strings(articles)), ("collectives", .number(collectives)), ("combined", .number(combined)),
                     ("date", .optional(date)), ("id", .string(id)), ("individuals", .number(individuals)),
                     ("organizer", .optional(organizer)), ("province", .optional(province)), ("sources", .strings(sources)),
                     ("themes", .strings(themes)), ("type", .string(type)), ("undated_estimate", .optional(undatedEstimate)),
                     ("unit_id", .optional(unitId))])
        }

        /// Every field, for `writtenRecords`' key.
        var memoTexts: [String] {
            [id, date ?? absent, undatedEstimate ?? absent, type, organizer ?? absent, unitId ?? absent, province ?? absent, String(collectives),
             String(individuals), String(combined), String(themes.count)] + themes + [String(articles.count)] + articles + sources
        }

        static let csvHeader = ["id", "date", "undated_estimate", "type", "organizer", "unit_id", "province", "themes", "collectives",
                                "individuals", "combined", "articles"]

        var csvRow: [String] {
            [id, date ?? "", undatedEstimate ?? "", type, organizer ?? "", unitId ?? "", province ?? "", themes.joined(separator: "; "),
             String(collectives), String(individuals), String(combined), articles.joined(separator: " ")]
        }
    }

    struct UnitRecord: Encodable, JSONWritable, Sendable {
        var id: String
        var name: String
        var kind: String?
        var level: String?
        var province: String?
        var events: [String]
        var collectives: Int
        var individuals: Int
        var combined: Int
        var themes: [String]
        var people: [Person]

        init(_ unit: UnitSummary, _ model: SiteModel) {
            id = unit.id
            name = unit.name
            kind = unit.kind
            level = unit.level
            province = unit.province
            events = unit.events.map { model.events[$0].id }
            collectives = unit.tally.collectives
            individuals = unit.tally.individuals
            combined = unit.tally.combined
            themes = unit.themes
            people = unit.people
        }

        /// Every field, for `writtenRecords`' key.
        var memoTexts: [String] {
            [id, name, kind ?? absent, level ?? absent, province ?? absent, String(collectives), String(individuals), String(combined),
             String(events.count)] + events + [String(themes.count)] + themes + people.flatMap { [$0.name, $0.title ?? absent] }
        }

        /// Keys in sorted order.
        var json: JSONValue {
            .object([("collectives", .number(collectives)), ("combined", .number(combined)), ("events", .strings(events)),
                     ("id", .string(id)), ("individuals", .number(individuals)), ("kind", .optional(kind)), ("level", .optional(level)),
                     ("name", .string(name)),
                     ("people", .array(people.map { .object([("name", .string($0.name)), ("title", .optional($0.title))]) })),
                     ("province", .optional(province)), ("themes", .strings(themes))])
        }
    }

    /// The records as `JSONEncoder` writes them (`.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`, keys
    /// snake_case as each record declares them), written by `JSONValue` a record per core at a time: the
    /// encoder over tens of thousands of records was most of a rebuild's exports.
    static func jsonArray<Record: JSONWritable & Sendable>(_ records: [Record]) -> Data {
        let written = records.parallelMap { record in
            writtenRecords.value(for: memoKey(Record.self, record.memoTexts)) {
                var bytes: [UInt8] = []
                record.json.write(to: &bytes, depth: 1)
                return bytes
            }
        }
        var bytes = Array("[\n".utf8)
        bytes.reserveCapacity(written.reduce(4) { $0 + $1.count + 4 })
        for (index, record) in written.enumerated() {
            bytes += index > 0 ? Array(",\n  ".utf8) : Array("  ".utf8)
            bytes += record
        }
        bytes += Array("\n]".utf8)
        return Data(bytes)
    }

    /// Each record's JSON and each CSV row's bytes, by a hash of the record or row: a rebuild in the same process
    /// (`chronicle serve`) writes only the changed ones again (writing them all was most of a one-article rebuild's exports).
    static let writtenRecords = DerivationMemo<[UInt8]>()
    static let writtenRows = DerivationMemo<[UInt8]>()

    /// By the bytes of the texts (the record's kind first): Swift's own hashing normalizes every Vietnamese string again,
    /// which costs about what writing it does.
    static func memoKey(_ type: Any.Type, _ texts: [String]) -> UInt64 {
        StableHash.key(StableHash.fnv1a64(String(describing: type)), StableHash.words64(texts: texts))
    }

    /// RFC 4180 CSV with a BOM so spreadsheet programs read Vietnamese as UTF-8. A cell that
    /// starts like a formula (= + - @) is prefixed with ' so no article can run one.
    /// Written byte by byte, a row per core at a time: tens of thousands of rows.
    private func csv(header: [String], rows: [[String]]) -> Data {
        let lines = ([header] + rows).parallelMap { row in
            Self.writtenRows.value(for: Self.memoKey([String].self, row)) {
                var bytes: [UInt8] = []
                for (index, value) in row.enumerated() {
                    if index > 0 { bytes.append(UInt8(ascii: ",")) }
                    Self.appendCell(value, to: &bytes)
                }
                return bytes + [UInt8(ascii: "\r"), UInt8(ascii: "\n")]
            }
        }
        var bytes = Array("\u{FEFF}".utf8)
        bytes.reserveCapacity(lines.reduce(bytes.count) { $0 + $1.count })
        for line in lines { bytes += line }
        return Data(bytes)
    }

    private static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "\t"), UInt8(ascii: "\r"): true
        default: false
        }
    }

    private static func needsQuotes(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\r"): true
        default: false
        }
    }

    private static func appendCell(_ value: String, to bytes: inout [UInt8]) {
        let utf8 = value.utf8
        let quoted = utf8.contains(where: needsQuotes)
        if quoted { bytes.append(UInt8(ascii: "\"")) }
        if let first = utf8.first, startsFormula(first) { bytes.append(UInt8(ascii: "'")) }
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        if quoted { bytes.append(UInt8(ascii: "\"")) }
    }

    /// Latest events first. Addresses are absolute when `base_url` is set, else relative to the feed.
    private func atomFeed(_ model: SiteModel) -> String {
        let base = settings.baseURL ?? ""
        let latest = model.events.filter { $0.date != nil }.sorted { ($0.date!, $0.id) > ($1.date!, $1.id) }.prefix(Self.feedLength)
        let updated = latest.first.flatMap { $0.date?.iso } ?? "1970-01-01"
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(xmlEscape(settings.language))">
        <title>\(xmlEscape(settings.title))</title>
        <subtitle>\(xmlEscape(settings.description))</subtitle>
        <id>\(xmlEscape(base.isEmpty ? "urn:chronicle:\(StableHash.shortHex(settings.title, length: 12))" : base))</id>
        <link rel="alternate" type="text/html" href="\(xmlEscape(base + Routes.home))"/>
        <updated>\(updated)T00:00:00+07:00</updated>

        """
        for event in latest {
            let entry = model.entries[event.primary]
            let href = base + Routes.percentEncoded(Routes.article(entry.slug))
            var summary = [event.type, event.unitName, event.provinceName].compactMap { $0 }.joined(separator: " · ")
            let tally = event.tally
            if tally.clauses > 0 { summary += " · khen thưởng: " + Self.tallyShort(tally) }
            xml += """
            <entry>
            <title>\(xmlEscape(entry.article.title))</title>
            <id>\(xmlEscape(base.isEmpty ? "urn:chronicle:event:\(event.id)" : href))</id>
            <link rel="alternate" type="text/html" href="\(xmlEscape(href))"/>
            <updated>\(event.date!.iso)T00:00:00+07:00</updated>
            <author><name>\(xmlEscape(entry.article.authors.first ?? settings.title))</name></author>
            <summary>\(xmlEscape(summary))</summary>
            </entry>

            """
        }
        return xml + "</feed>\n"
    }

    /// Search engines need absolute addresses: no sitemap without `base_url`.
    private func sitemap(_ model: SiteModel) -> String? {
        guard let base = settings.baseURL else { return nil }
        var paths = [Routes.home, Routes.timeline, Routes.units, Routes.provinces, Routes.themes, Routes.awards]
        paths += model.entries.map { Routes.article($0.slug) }
        paths += model.units.map { Routes.unit($0.id) } + model.provinces.map { Routes.province($0.id) } + model.themes.map { Routes.theme($0.id) }
        let urls = paths.map { "<url><loc>\(xmlEscape(base + Routes.percentEncoded($0)))</loc></url>" }.joined(separator: "\n")
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n\(urls)\n</urlset>\n"
    }

    private func robots() -> String {
        var text = "User-agent: *\nAllow: /\n"
        if let base = settings.baseURL { text += "Sitemap: \(base)\(Self.sitemap)\n" }
        return text
    }

    /// XML text and attribute escaping; control characters XML forbids are dropped.
    private func xmlEscape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                if scalar.value >= 0x20 || scalar == "\n" || scalar == "\t" { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}

private func > (lhs: (CalendarDate, String), rhs: (CalendarDate, String)) -> Bool {
    lhs.0 != rhs.0 ? lhs.0 > rhs.0 : lhs.1 > rhs.1
}
