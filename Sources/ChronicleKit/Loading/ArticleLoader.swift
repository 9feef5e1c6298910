/// Decodes and parses one article file. Pure, so the build runs it on every core.
public struct ArticleLoader: Sendable {
    public struct Result: Sendable {
        public var article: Article?
        public var diagnostics: [Diagnostic]
    }

    let parser: RawArticleParser

    public init(knowledge: DomainKnowledge) {
        parser = RawArticleParser(rules: knowledge.chrome, dates: knowledge.extraction.dateVocabulary)
    }

    public func load(_ file: SourceFile) -> Result {
        var diagnostics: [Diagnostic] = []
        guard let format = file.format else {
            return Result(article: nil, diagnostics: [.warning(file: file.displayPath, "not a .txt or .md article; skipped")])
        }
        guard let text = TextDecoding.decode(file.data, file: file.displayPath, diagnostics: &diagnostics) else {
            return Result(article: nil, diagnostics: diagnostics)
        }
        var body = text
        var firstLine = 1
        var frontMatter = FrontMatter()
        if format == .markdown {
            let split = FrontMatterParser.split(text, file: file.displayPath, diagnostics: &diagnostics)
            body = split.body
            firstLine = split.bodyFirstLine
            frontMatter = split.frontMatter
        }
        guard body.contains(where: { !$0.isWhitespace }) || frontMatter.title != nil else {
            diagnostics.append(.warning(file: file.displayPath, "the file holds no text; skipped"))
            return Result(article: nil, diagnostics: diagnostics)
        }
        var article = parser.parse(body, sourcePath: file.relativePath, format: format, firstLineNumber: firstLine, frontMatter: frontMatter)
        // Diagnostics name the file as the user sees it.
        article.diagnostics = article.diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.file = file.displayPath
            return diagnostic
        }
        diagnostics += article.diagnostics
        article.diagnostics = diagnostics
        return Result(article: article, diagnostics: diagnostics)
    }
}
