import Foundation
import Testing
@testable import ChronicleKit

/// Shared paths and helpers for tests.
enum Fixtures {
    /// The package root, found from this file so tests run from any working directory.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The user's five real articles live outside the repository, in ../shared/seeds
    /// (or wherever CHRONICLE_SEEDS points).
    static let seeds: URL = {
        if let override = ProcessInfo.processInfo.environment["CHRONICLE_SEEDS"] { return URL(fileURLWithPath: override) }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    }()

    static var seedsPresent: Bool {
        FileManager.default.fileExists(atPath: seeds.appendingPathComponent("expected.json").path)
    }

    static let seedsMissingMessage: Comment = "../shared/seeds is absent (set CHRONICLE_SEEDS to its path): seed tests skipped"

    static let knowledge: DomainKnowledge = try! DomainKnowledge.bundled()
    static let loader = ArticleLoader(knowledge: knowledge)
    static let extractor = Extractor(knowledge: knowledge.extraction)

    /// Parses and extracts an article written inline.
    static func extract(_ text: String, path: String = "articles/test.txt") -> ExtractedArticle {
        extractor.extract(load(text, path: path).article!)
    }

    /// The awards of an article, one line each: "giver|kind|collectives|individuals|combined".
    static func awardLines(title: String, _ body: String) -> [String] {
        lines(extract(title + "\n\n" + body).facts.awards)
    }

    /// Awards as "giver|kind|collectives|individuals|combined" (a dash for no giver, 0 for no count).
    static func lines(_ awards: [Award]) -> [String] {
        awards.map { "\($0.giver ?? "-")|\($0.kind)|\($0.collectives ?? 0)|\($0.individuals ?? 0)|\($0.combined ?? 0)" }
    }
    static let parser = RawArticleParser(rules: knowledge.chrome, dates: knowledge.extraction.dateVocabulary)

    static func parse(_ text: String, path: String = "articles/test.txt", format: Article.Format = .text) -> Article {
        parser.parse(TextDecoding.normalize(text), sourcePath: path, format: format)
    }

    static func load(_ text: String, path: String = "articles/test.txt") -> ArticleLoader.Result {
        loader.load(SourceFile(relativePath: path, displayPath: "Content/" + path, data: Data(text.utf8)))
    }

    static func loadSeed(_ name: String) throws -> Article {
        let data = try Data(contentsOf: seeds.appendingPathComponent(name))
        let result = loader.load(SourceFile(relativePath: "articles/" + name, displayPath: name, data: data))
        return try #require(result.article)
    }

    /// A fresh empty folder under the system's temporary directory.
    static func temporaryFolder(_ label: String = "chronicle") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Removes a folder from `temporaryFolder` when its test ends (`defer`), so runs leave nothing behind.
    static func remove(_ folder: URL) {
        try? FileManager.default.removeItem(at: folder)
    }
}

/// The parts of ../shared/seeds/expected.json the tests read.
struct ExpectedSeeds: Decodable {
    struct Seed: Decodable {
        struct Award: Decodable {
            var giver: String
            var kind: String
            var collectives: Int
            var individuals: Int
            var evidence: String
        }

        struct Totals: Decodable {
            var collectives: Int
            var individuals: Int
        }

        struct Person: Decodable {
            var name: String
            var title: String
        }

        var file: String
        var title: String
        var kicker: String?
        var page_clock: String?
        var published: String?
        var event_date: String?
        var event_date_evidence: String?
        var year_inferred_from: String?
        var event_period_estimate: String?
        var event_type: String
        var organizer: String
        var unit: String?
        var province: String
        var source: String?
        var people: [Person]
        var themes: [String]
        var theme_titles: [String: String]?
        var awards: [Award]
        var award_totals: Totals?
        var participation: [String: Int]?
        var authors: [String]
        var noise_lines_to_drop: [String]
        var notes: String?
    }

    var articles: [Seed]
    var timeline_in_order: [String]
    var undated: [String]

    static func load() throws -> ExpectedSeeds {
        try JSONDecoder().decode(ExpectedSeeds.self, from: Data(contentsOf: Fixtures.seeds.appendingPathComponent("expected.json")))
    }
}
