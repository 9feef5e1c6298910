import ArgumentParser
import ChronicleKit
import ChroniclePreview
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it locally, and rebuild when articles or templates change.",
        discussion: """
        Builds OUTPUT as `chronicle build` does, then serves it over HTTP. CONTENT (articles, data \
        files, site.yml) and TEMPLATES are watched; after a change the site is rebuilt and open pages \
        reload themselves. A build that fails keeps the last good site served and shows its errors \
        over the page and here. The reload script is added to pages as they are sent; the files in \
        OUTPUT stay ready to publish.
        """
    )

    @OptionGroup var folders: SiteFolders

    @Option(name: .long, help: ArgumentHelp("Address to listen on; 0.0.0.0 makes the preview reachable from other machines.", valueName: "ADDRESS"))
    var bind = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("Port to listen on; 0 picks a free one.", valueName: "N"))
    var port = 8000

    @Flag(name: .shortAndLong, help: "Print the time each stage of every build took.")
    var verbose = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        let output = folders.output
        var options = BuildOptions(content: folders.content, templates: folders.templates, output: output)
        options.defersRecordWrites = true
        let session = PreviewSession(options: options, report: { report in
            BuildSummary.print(report, output: output, verbose: verbose)
            fflush(nil)
        }, reportShown: { pages, seconds in
            print("preview: \(pages) saved article page\(pages == 1 ? "" : "s") shown in \(BuildSummary.format(seconds)); rebuilding the rest")
            fflush(nil)
        })
        await session.rebuild()
        let host = bind.contains(":") ? "[\(bind)]" : bind
        // The last rebuild's cache and manifest, if still being written, however the server stops.
        defer { BackgroundWrites.shared.waitForPending() }
        try await PreviewServer(session: session, host: bind, port: port).run { port in
            print("Serving \(output)/ at http://\(host):\(port)/ (rebuilds on change; Ctrl-C to stop)")
            fflush(nil)  // all streams: scripts wait for this line through a pipe
        }
    }
}
