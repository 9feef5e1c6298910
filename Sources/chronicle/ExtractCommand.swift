import ArgumentParser
import ChronicleKit
import Foundation

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print what Chronicle reads from article files, as JSON.",
        discussion: """
        Use it to see why an article lands where it does on the site: its title and dates, the event's \
        day with the words it rests on, event type, organizer, province, themes, documents, awards, \
        people and participation figures, and the warnings the file raised.
        """
    )

    @Argument(help: "Article files (.txt or .md).")
    var files: [String]

    @Option(name: .long, help: ArgumentHelp("Content folder whose data/ extends Chronicle's rules.", valueName: "DIR"))
    var content: String = "Content"

    @Option(name: .long, help: "Output format.")
    var format: OutputFormat = .json

    @Flag(name: .long, help: "Also print the body paragraphs, captions and dropped page chrome.")
    var text = false

    enum OutputFormat: String, ExpressibleByArgument { case json }

    func run() throws {
        let knowledge = try DomainKnowledge.load(content: URL(fileURLWithPath: content), displayRoot: content)
        let loader = ArticleLoader(knowledge: knowledge)
        let extractor = Extractor(knowledge: knowledge.extraction)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        var failed = false
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): error: could not read the file\n".utf8))
                failed = true
                continue
            }
            let result = loader.load(SourceFile(relativePath: path, displayPath: path, data: data))
            for diagnostic in result.diagnostics {
                FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
            }
            guard let article = result.article else { continue }
            let json = try encoder.encode(ExtractionReport(file: path, extracted: extractor.extract(article), includeText: text))
            print(String(decoding: json, as: UTF8.self))
        }
        if failed { throw ExitCode.failure }
    }
}

/// The JSON shape of `chronicle extract`: one object per file (README documents the keys).
struct ExtractionReport: Encodable {
    struct AwardLine: Encodable {
        var giver: String?
        var kind: String
        var collectives: Int?
        var individuals: Int?
        var combined: Int?
        var evidence: String
        var line: Int
        var kindFrom: String?
        var giverFrom: String?

        enum CodingKeys: String, CodingKey { case giver, kind, collectives, individuals, combined, evidence, line, kindFrom, giverFrom }

        /// Every key, null when unknown, as for the article.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(giver, forKey: .giver)
            try container.encode(kind, forKey: .kind)
            try container.encode(collectives, forKey: .collectives)
            try container.encode(individuals, forKey: .individuals)
            try container.encode(combined, forKey: .combined)
            try container.encode(evidence, forKey: .evidence)
            try container.encode(line, forKey: .line)
            try container.encode(kindFrom, forKey: .kindFrom)
            try container.encode(giverFrom, forKey: .giverFrom)
        }
    }

    struct ReferenceDate: Encodable {
        var role: String
        var date: String
        var evidence: String
        var line: Int
    }

    struct Text: Encodable {
        var paragraphs: [SourceLine]
        var captions: [Caption]
        var droppedLines: [SourceLine]
    }

    var file: String
    var kicker: String?
    var title: String
    var pageClock: String?
    var published: String?
    var sourceTag: String?
    var sourceCredits: [String]
    var authors: [String]
    var eventDate: String?
    var eventDateEvidence: String?
    var eventDateLine: Int?
    var yearInferredFrom: String?
    var undatedEstimate: String?
    var referenceDates: [ReferenceDate]
    var eventType: String
    var eventTypeEvidence: String?
    var organizer: String?
    var unit: String?
    var unitId: String?
    var unitKind: String?
    var level: String?
    var province: String?
    var provinceInferredFrom: String?
    var provinceSuccessor2025: String?
    var themes: [String]
    var themeTitles: [String: String]
    var documents: [String]
    var awards: [AwardLine]
    var people: [Person]
    var participation: [String: Int]
    var diagnostics: [String]
    var text: Text?

    enum CodingKeys: String, CodingKey {
        case file, kicker, title, pageClock, published, sourceTag, sourceCredits, authors, eventDate, eventDateEvidence, eventDateLine
        case yearInferredFrom, undatedEstimate, referenceDates, eventType, eventTypeEvidence, organizer, unit, unitId, unitKind, level
        case province, provinceInferredFrom, themes, themeTitles, documents, awards, people, participation, diagnostics, text
        case provinceSuccessor2025 = "province_successor_2025"
    }

    /// Every key is written, null when unknown, so the shape never varies between articles.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(kicker, forKey: .kicker)
        try container.encode(title, forKey: .title)
        try container.encode(pageClock, forKey: .pageClock)
        try container.encode(published, forKey: .published)
        try container.encode(sourceTag, forKey: .sourceTag)
        try container.encode(sourceCredits, forKey: .sourceCredits)
        try container.encode(authors, forKey: .authors)
        try container.encode(eventDate, forKey: .eventDate)
        try container.encode(eventDateEvidence, forKey: .eventDateEvidence)
        try container.encode(eventDateLine, forKey: .eventDateLine)
        try container.encode(yearInferredFrom, forKey: .yearInferredFrom)
        try container.encode(undatedEstimate, forKey: .undatedEstimate)
        try container.encode(referenceDates, forKey: .referenceDates)
        try container.encode(eventType, forKey: .eventType)
        try container.encode(eventTypeEvidence, forKey: .eventTypeEvidence)
        try container.encode(organizer, forKey: .organizer)
        try container.encode(unit, forKey: .unit)
        try container.encode(unitId, forKey: .unitId)
        try container.encode(unitKind, forKey: .unitKind)
        try container.encode(level, forKey: .level)
        try container.encode(province, forKey: .province)
        try container.encode(provinceInferredFrom, forKey: .provinceInferredFrom)
        try container.encode(provinceSuccessor2025, forKey: .provinceSuccessor2025)
        try container.encode(themes, forKey: .themes)
        try container.encode(themeTitles, forKey: .themeTitles)
        try container.encode(documents, forKey: .documents)
        try container.encode(awards, forKey: .awards)
        try container.encode(people, forKey: .people)
        try container.encode(participation, forKey: .participation)
        try container.encode(diagnostics, forKey: .diagnostics)
        try container.encodeIfPresent(text, forKey: .text)
    }

    init(file: String, extracted: ExtractedArticle, includeText: Bool) {
        let article = extracted.article
        let facts = extracted.facts
        self.file = file
        kicker = article.kicker
        title = article.title
        pageClock = article.pageClock?.iso
        published = article.published?.iso
        sourceTag = article.sourceTag
        sourceCredits = article.sourceCredits
        authors = article.authors
        eventDate = facts.eventDate.date?.iso
        eventDateEvidence = facts.eventDate.evidence
        eventDateLine = facts.eventDate.line
        yearInferredFrom = facts.eventDate.yearInferredFrom
        undatedEstimate = facts.eventDate.undatedEstimate
        referenceDates = facts.referenceDates.map { mention in
            let date = [mention.year.map(String.init), String(format: "%02d", mention.month), String(format: "%02d", mention.day)]
                .compactMap { $0 }.joined(separator: "-")
            return ReferenceDate(role: mention.role.rawValue, date: date, evidence: mention.evidence, line: mention.line)
        }
        eventType = facts.eventType
        eventTypeEvidence = facts.eventTypeEvidence
        organizer = facts.organizer?.phrase
        unit = facts.organizer?.unit
        unitId = facts.organizer?.unitID
        unitKind = facts.organizer?.kind
        level = facts.organizer?.level
        province = facts.province?.name
        provinceInferredFrom = facts.province?.inferredFrom
        provinceSuccessor2025 = facts.province?.successor2025
        themes = facts.themes.map(\.name)
        themeTitles = Dictionary(facts.themes.compactMap { theme in theme.title.map { (theme.name, $0) } }, uniquingKeysWith: { a, _ in a })
        documents = facts.documents.map(\.name)
        awards = facts.awards.map {
            AwardLine(giver: $0.giver, kind: $0.kind, collectives: $0.collectives, individuals: $0.individuals, combined: $0.combined,
                      evidence: $0.evidence, line: $0.line, kindFrom: $0.kindFrom, giverFrom: $0.giverFrom)
        }
        people = facts.people
        participation = Dictionary(facts.participation.map { ($0.key, $0.count) }, uniquingKeysWith: { a, _ in a })
        diagnostics = article.diagnostics.map(\.description)
        text = includeText ? Text(paragraphs: article.paragraphs, captions: article.captions, droppedLines: article.droppedLines) : nil
    }
}
