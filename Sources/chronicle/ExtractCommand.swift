import ArgumentParser
import ChronicleKit
import Foundation

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print what Chronicle reads from article files, as JSON.",
        discussion: "Use it to see why an article lands where it does on the site: title, dates, source, authors, body, captions and dropped page chrome."
    )

    @Argument(help: "Article files (.txt or .md).")
    var files: [String]

    @Option(name: .long, help: ArgumentHelp("Content folder whose data/ extends Chronicle's rules.", valueName: "DIR"))
    var content: String = "Content"

    @Option(name: .long, help: "Output format.")
    var format: OutputFormat = .json

    enum OutputFormat: String, ExpressibleByArgument { case json }

    func run() throws {
        let knowledge = try DomainKnowledge.load(content: URL(fileURLWithPath: content), displayRoot: content)
        let loader = ArticleLoader(rules: knowledge.chrome)
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
            let json = try encoder.encode(ExtractionReport(file: path, article: article))
            print(String(decoding: json, as: UTF8.self))
        }
        if failed { throw ExitCode.failure }
    }
}

/// The JSON shape of `chronicle extract`: one object per file.
struct ExtractionReport: Encodable {
    var file: String
    var kicker: String?
    var title: String
    var pageClock: String?
    var published: String?
    var sourceTag: String?
    var sourceCredits: [String]
    var authors: [String]
    var paragraphs: [SourceLine]
    var captions: [Caption]
    var droppedLines: [SourceLine]
    var diagnostics: [String]

    init(file: String, article: Article) {
        self.file = file
        kicker = article.kicker
        title = article.title
        pageClock = article.pageClock?.iso
        published = article.published?.iso
        sourceTag = article.sourceTag
        sourceCredits = article.sourceCredits
        authors = article.authors
        paragraphs = article.paragraphs
        captions = article.captions
        droppedLines = article.droppedLines
        diagnostics = article.diagnostics.map(\.description)
    }
}
