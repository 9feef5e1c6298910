/// Finds articles that report the same real-world event: several sources, one event.
///
/// Two articles are the same event when they share the event day and organizer and either
/// their awards agree or their texts overlap; or, whatever their facts, when their texts are
/// near-identical (a story republished with a new headline). Pure.
public enum DuplicateDetector {
    /// Share of word 4-grams two texts must have in common to be one story told twice.
    static let nearIdentical = 0.6
    /// Lower overlap suffices when day and organizer already agree.
    static let sameEventOverlap = 0.15

    /// Groups of indices into `articles`, each of two or more; in input order.
    public static func groups(_ articles: [ExtractedArticle]) -> [[Int]] {
        // Each article's few smallest shingle hashes find the candidates; whole shingle sets are made
        // only for articles in a candidate pair, so memory stays small at any size.
        let sketches = articles.parallelMap { $0.sketch ?? sketch($0.article) }
        var parent = Array(articles.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        func join(_ a: Int, _ b: Int) { parent[root(b)] = root(a) }
        // Same day and organizer: compare only within that bucket.
        var buckets: [String: [Int]] = [:]
        for (index, article) in articles.enumerated() {
            guard let date = article.facts.eventDate.date, let unit = article.facts.organizer?.unitID else { continue }
            buckets["\(date.iso)|\(unit)", default: []].append(index)
        }
        let sameDay = buckets.values.filter { $0.count > 1 }
        // Near-identical texts, whatever was extracted: candidates share a rare shingle.
        var byShingle: [Int: [Int]] = [:]
        for (index, sketch) in sketches.enumerated() {
            for shingle in sketch { byShingle[shingle, default: []].append(index) }
        }
        let sharing = byShingle.values.filter { $0.count > 1 && $0.count < 50 }
        // The shingle sets every comparison needs, made on every core beforehand.
        let needed = Array(Set(sameDay.joined()).union(sharing.joined()))
        let made = Dictionary(uniqueKeysWithValues: zip(needed, needed.parallelMap { shingleSet(articles[$0].article) }))

        for members in sameDay {
            for (offset, a) in members.enumerated() {
                for b in members[(offset + 1)...] {
                    let awards = awardKey(articles[a].facts)
                    let sameAwards = !awards.isEmpty && awards == awardKey(articles[b].facts)
                    if sameAwards || jaccard(made[a]!, made[b]!) >= sameEventOverlap { join(a, b) }
                }
            }
        }
        // Pairs as one integer each: a set of arrays hashes every pair's storage.
        var compared = Set<Int>()
        for members in sharing {
            for (offset, a) in members.enumerated() {
                for b in members[(offset + 1)...] where compared.insert(a &* articles.count &+ b).inserted {
                    if jaccard(made[a]!, made[b]!) >= nearIdentical { join(a, b) }
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for index in articles.indices { groups[root(index), default: []].append(index) }
        return groups.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
    }

    /// How many of an article's smallest shingle hashes stand for it when finding candidates.
    static let sketchSize = 8

    /// An article's smallest shingle hashes: what finds its near-identical copies.
    public static func sketch(_ article: Article) -> [Int] {
        Array(shingleSet(article).sorted().prefix(sketchSize))
    }

    private static func awardKey(_ facts: ArticleFacts) -> [String] {
        facts.awards.map { "\($0.kind)|\($0.collectives ?? 0)|\($0.individuals ?? 0)|\($0.combined ?? 0)" }.sorted()
    }

    /// Hashes of every four consecutive words of the body (stable across runs): each word is
    /// hashed once and four word hashes are combined, rather than hashing joined strings.
    static func shingleSet(_ article: Article) -> Set<Int> {
        var words: [UInt64] = []
        for paragraph in article.paragraphs {
            for word in VietnameseFolding.looseKey(paragraph.text).utf8.split(separator: 0x20) { words.append(StableHash.fnv1a64(bytes: word)) }
        }
        guard words.count >= 4 else { return [] }
        var set = Set<Int>(minimumCapacity: words.count)
        for start in 0...(words.count - 4) {
            var hash: UInt64 = 0
            for word in words[start..<(start + 4)] { hash = (hash ^ word) &* 0x0000_0100_0000_01b3 }
            set.insert(Int(truncatingIfNeeded: hash))
        }
        return set
    }

    static func jaccard(_ a: Set<Int>, _ b: Set<Int>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        // Counted, not built: an intersection set per pair was most of the comparing.
        let (smaller, larger) = a.count <= b.count ? (a, b) : (b, a)
        var shared = 0
        for shingle in smaller where larger.contains(shingle) { shared += 1 }
        return Double(shared) / Double(a.count + b.count - shared)
    }
}
