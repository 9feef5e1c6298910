import ArgumentParser

@main
struct Chronicle: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronicle",
        abstract: "Turn a folder of Vietnamese news articles into a browsable static report site.",
        discussion: """
        Articles are raw text copied from news sites (.txt) or Markdown with YAML front matter (.md), \
        under Content/articles/. Templates/ holds the Mustache templates and the stylesheet. \
        The site is written to Site/, which any static host can serve.
        """,
        version: "0.1.0",
        subcommands: [BuildCommand.self, ServeCommand.self, ExtractCommand.self],
        defaultSubcommand: nil
    )
}
