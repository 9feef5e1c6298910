import Foundation

/// What the preview keeps from its last build to show a saved article at once, as Hugo's fast
/// render mode does: the article's own page, rendered against the last build's site model, in a
/// few milliseconds. The full rebuild that follows (a second or more at 10,000 articles) updates
/// every page that lists it and replaces this one.
public struct PreviewBasis: Sendable {
    let knowledge: DomainKnowledge
    let renderer: SiteRenderer
    let model: SiteModel
    let content: BuildOptions.Folder

    /// The entry of the article at `relativePath`: entries are in the UTF-8 order of their paths (`Aggregator`).
    private func entryIndex(of relativePath: String) -> Int? {
        var low = 0, high = model.entries.count
        while low < high {
            let middle = (low + high) / 2
            if model.entries[middle].article.sourcePath.utf8.lexicographicallyPrecedes(relativePath.utf8) { low = middle + 1 } else { high = middle }
        }
        return low < model.entries.count && model.entries[low].article.sourcePath == relativePath ? low : nil
    }

    /// The pages of the articles at `relativePaths` (relative to the content folder) with their text
    /// as it is now, at the paths the last build gave them. Nil when one of them is not an article of
    /// the last build, or no longer loads cleanly: only the full build can say what becomes of it.
    public func articlePages(_ relativePaths: [String]) -> [OutputFile]? {
        let loader = ArticleLoader(knowledge: knowledge)
        let extractor = Extractor(knowledge: knowledge.extraction)
        var pages: [OutputFile] = []
        for relativePath in relativePaths {
            guard let index = entryIndex(of: relativePath),
                  let data = FileManager.default.contents(atPath: content.url.path + "/" + relativePath) else { return nil }
            let source = SourceFile(relativePath: relativePath, displayPath: ContentReader.join(content.display, relativePath), data: data)
            let loaded = loader.load(source)
            guard let article = loaded.article else { return nil }
            var entry = model.entries[index]
            entry.article = article
            entry.facts = extractor.extract(article).facts
            pages.append(renderer.articlePage(entry, index: index, model: model))
        }
        return pages
    }
}
