/// The aggregation stage: site-wide structure from extracted articles. Pure (its memos, `titleSlugs`
/// and `DuplicateDetector.overlapMemo`, only ever give back what deriving again would).
public enum Aggregator {
    public static func aggregate(_ extracted: [ExtractedArticle]) -> SiteModel {
        func precedes(_ a: ExtractedArticle, _ b: ExtractedArticle) -> Bool { a.article.sourcePath.utf8.lexicographicallyPrecedes(b.article.sourcePath.utf8) }
        // The loader finds files in path order: sorting is then only moving every article for nothing.
        let inOrder = extracted.indices.dropFirst().allSatisfy { precedes(extracted[$0 - 1], extracted[$0]) }
        let ordered = inOrder ? extracted : extracted.sorted(by: precedes)
        let slugs = assignSlugs(ordered.map(\.article))
        let entries = zip(ordered, slugs).map { ArticleEntry(slug: $1, article: $0.article, facts: $0.facts) }

        let duplicateGroups = DuplicateDetector.groups(ordered)
        let events = EventBuilder.events(entries, duplicateGroups: duplicateGroups)
        let units = SummaryBuilder.units(events, entries: entries)
        var model = SiteModel(entries: entries, duplicateGroups: duplicateGroups,
                              events: events, units: units, provinces: SummaryBuilder.provinces(events, units: units, entries: entries),
                              themes: SummaryBuilder.themes(events), awards: SummaryBuilder.awardTallies(events))
        model.unitByID = Dictionary(model.units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        model.provinceByName = Dictionary(model.provinces.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        model.themeByName = Dictionary(model.themes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for group in duplicateGroups {
            for member in group { model.sameEventAs[member] = group.filter { $0 != member } }
        }
        return model
    }

    /// Slugs made from titles, by a hash of the title: a rebuild in the same process makes only new ones.
    static let titleSlugs = DerivationMemo<String>()

    /// Slugs from titles (or front matter `slug:`), unique across the site. When titles
    /// collide, the article first in path order keeps the plain slug and the others get a
    /// suffix hashed from their own path, so adding an article never renames the others.
    static func assignSlugs(_ articles: [Article]) -> [String] {
        let bases = articles.map { article -> String in
            let slug = article.frontMatter.slug ?? titleSlugs.value(for: StableHash.words64(texts: [article.title])) { Slug.make(article.title) }
            return slug.isEmpty ? "bai-viet" : slug
        }
        var seen: [String: Int] = [:]
        var taken = Set(bases)
        var slugs: [String] = []
        for (article, base) in zip(articles, bases) {
            seen[base, default: 0] += 1
            guard seen[base]! > 1 else {
                slugs.append(base)
                continue
            }
            var length = 6
            var slug = base + "-" + StableHash.shortHex(article.sourcePath, length: length)
            while taken.contains(slug), length < 16 {
                length += 2
                slug = base + "-" + StableHash.shortHex(article.sourcePath, length: length)
            }
            taken.insert(slug)
            slugs.append(slug)
        }
        return slugs
    }
}
