import ArgumentParser

/// The folders `build` and `serve` read from and write to.
struct SiteFolders: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder holding articles/ (and optional data/).", valueName: "DIR"))
    var content = "Content"

    @Option(name: .long, help: ArgumentHelp("Folder holding the Mustache templates and assets/.", valueName: "DIR"))
    var templates = "Templates"

    @Option(name: .long, help: ArgumentHelp("Folder to write the site to; replaced as a whole.", valueName: "DIR"))
    var output = "Site"
}
