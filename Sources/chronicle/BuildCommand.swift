import ArgumentParser
import ChronicleKit
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from the articles.",
        discussion: """
        Reads every .txt and .md file under CONTENT/articles/, extracts each event's day, type, \
        organizer, province, themes and awards, merges articles reporting the same event, renders \
        the pages, exports and feed with the templates and writes the site to OUTPUT. Settings come \
        from CONTENT/site.yml; CONTENT/data/ extends Chronicle's vocabularies. The new site replaces \
        the old one only when the build succeeds. Warnings name the file and line; they fail the \
        build only with --strict.
        """
    )

    @OptionGroup var folders: SiteFolders

    @Flag(help: "Treat warnings as errors: exit non-zero and keep the previous site.")
    var strict = false

    @Flag(name: .long, help: "Read and extract every article again, ignoring what the last build kept in .chronicle-cache/.")
    var noCache = false

    @Flag(name: .shortAndLong, help: "Print the time each stage took.")
    var verbose = false

    func run() throws {
        let options = BuildOptions(content: folders.content, templates: folders.templates, output: folders.output, strict: strict, cache: !noCache)
        let report = SiteBuilder(options: options).build()
        BuildSummary.print(report, output: folders.output, verbose: verbose)
        if report.errors > 0 { throw ExitCode.failure }
    }
}

enum BuildSummary {
    static func print(_ report: BuildReport, output: String, verbose: Bool) {
        for diagnostic in report.diagnostics.sorted(by: order) {
            FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
        }
        if verbose {
            for (stage, seconds) in report.timings {
                let memory = report.residentBytes[stage].map { $0 > 0 ? String(format: "   %5.0f MB resident", Double($0) / 1_048_576) : "" } ?? ""
                Swift.print("  \(stage.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) \(format(seconds))\(memory)")
            }
            if report.wroteSite {
                Swift.print("  \(report.filesWritten) files in all (pages, exports, originals, assets), \(report.filesCarried) unchanged from the previous site")
                Swift.print("  \(report.pagesReused) of \(report.pagesWritten) pages not rendered: what they show is as last time")
                Swift.print("  \(report.articlesUnread) of the article files not read again: their size and times are as last time")
            }
        }
        let warnings = "\(report.warnings) warning\(report.warnings == 1 ? "" : "s")"
        if report.wroteSite {
            Swift.print("chronicle: \(report.articlesRead) articles read, \(report.pagesWritten) pages written to \(output)/, \(warnings), \(format(report.totalSeconds))")
        } else {
            Swift.print("chronicle: build failed (\(report.errors) error\(report.errors == 1 ? "" : "s"), \(warnings)); \(output)/ left unchanged")
        }
    }

    private static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        ((a.file ?? ""), (a.line ?? 0)) < ((b.file ?? ""), (b.line ?? 0))
    }

    static func format(_ seconds: Double) -> String {
        seconds < 1 ? "\(Int((seconds * 1000).rounded())) ms" : String(format: "%.2f s", seconds)
    }
}
