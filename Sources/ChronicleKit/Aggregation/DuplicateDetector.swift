/// Finds articles that report the same real-world event: several sources, one event.
///
/// Two articles are the same event when they share the event day and organizer and either
/// their awards agree or their texts overlap; or, whatever their facts, when their texts are
/// near-identical (a story republished with a new headline). Pure but for `overlapMemo`, which
/// only ever gives back what measuring again would.
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
        let bucketKeys = articles.map { bucketKey($0.facts) }
        var buckets: [String: [Int]] = [:]
        for (index, bucket) in bucketKeys.enumerated() {
            guard let bucket else { continue }
            buckets[bucket, default: []].append(index)
        }
        let sameDay = buckets.values.filter { $0.count > 1 }
        // Near-identical texts, whatever was extracted: candidates share a rare shingle.
        var byShingle: [Int: [Int]] = [:]
        for (index, sketch) in sketches.enumerated() {
            for shingle in sketch { byShingle[shingle, default: []].append(index) }
        }
        let sharing = byShingle.values.filter { $0.count > 1 && $0.count < 50 }

        // Every pair to compare once, as one integer each (a set of arrays hashes every pair's storage).
        // Same day, organizer and awards is one event without comparing the texts.
        var pairs: [(a: Int, b: Int)] = []
        var seen = Set<Int>()
        let awardKeys = articles.indices.map { bucketKeys[$0] == nil ? [] : awardKey(articles[$0].facts) }
        for members in sameDay + sharing {
            for (offset, a) in members.enumerated() {
                for b in members[(offset + 1)...] where seen.insert(a &* articles.count &+ b).inserted {
                    if bucketKeys[a] != nil, bucketKeys[a] == bucketKeys[b], !awardKeys[a].isEmpty, awardKeys[a] == awardKeys[b] {
                        join(a, b)
                    } else {
                        pairs.append((a, b))
                    }
                }
            }
        }
        // Overlaps known from an earlier build in this process are not measured again; the shingle sets
        // the others need are made on every core beforehand.
        let texts = articles.parallelMap { StableHash.words64(texts: $0.article.paragraphs.map(\.text)) }
        func key(_ pair: (a: Int, b: Int)) -> UInt64 { StableHash.key(min(texts[pair.a], texts[pair.b]), max(texts[pair.a], texts[pair.b])) }
        let known = pairs.map { overlapMemo.known(key($0)) }
        let unknown = pairs.indices.filter { known[$0] == nil }
        let needed = Array(Set(unknown.flatMap { [pairs[$0].a, pairs[$0].b] }))
        let made = Dictionary(uniqueKeysWithValues: zip(needed, needed.parallelMap { shingleSet(articles[$0].article) }))
        var overlaps = known.map { $0 ?? 0 }
        let measured = unknown.map { pairs[$0] }.parallelMap { jaccard(made[$0.a]!, made[$0.b]!) }
        for (index, overlap) in zip(unknown, measured) {
            overlaps[index] = overlap
            overlapMemo.remember(overlap, for: key(pairs[index]))
        }
        for ((a, b), overlap) in zip(pairs, overlaps) {
            let sameDayAndUnit = bucketKeys[a] != nil && bucketKeys[a] == bucketKeys[b]
            if overlap >= nearIdentical || (sameDayAndUnit && overlap >= sameEventOverlap) { join(a, b) }
        }
        var groups: [Int: [Int]] = [:]
        for index in articles.indices { groups[root(index), default: []].append(index) }
        return groups.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
    }

    /// The day and organizer two articles must share to be compared on a lower overlap.
    private static func bucketKey(_ facts: ArticleFacts) -> String? {
        guard let date = facts.eventDate.date, let unit = facts.organizer?.unitID else { return nil }
        return "\(date.iso)|\(unit)"
    }

    /// The overlap of two texts, by the hashes of both: a rebuild in the same process measures only
    /// the pairs holding a changed article.
    static let overlapMemo = DerivationMemo<Double>()

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
