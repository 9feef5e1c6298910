import Foundation

/// The search index, written beside the pages as static JSON files that the search page
/// fetches piece by piece, so a query on a large site downloads a small part of it:
///
/// - `search/meta.json`: document count, the first term of each term chunk, a build stamp.
/// - `search/terms/N.json`: `{"term": [deltas…]}` for a range of terms in sorted order. Each
///   posting is `document × 2 + 1` when the term is in the document's names (title, unit,
///   province, themes), `document × 2` when only in its text; stored as differences.
///   Names also index adjacent word pairs ("dang uy"), to rank phrase matches first.
/// - `search/docs/N.json`: `[kind, title, path, date, summary]` for `docsPerChunk` documents.
/// - `search/facets.json`: per facet, its values and one code per document (see `FacetColumn`).
///
/// Terms are `VietnameseFolding.looseWords`: lowercase, no diacritics, đ → d, so "dang uy khoi",
/// "Đảng uỷ Khối" and "đảng ủy khối" are the same query. search.js folds queries the same way.
struct SearchIndex {
    static let folder = Routes.searchIndexFolder
    static let meta = folder + "meta.json"
    static let facets = folder + "facets.json"
    static func termChunk(_ number: Int) -> String { folder + "terms/\(number).json" }
    static func docChunk(_ number: Int) -> String { folder + "docs/\(number).json" }

    /// Documents per docs file: a page of ten results fetches a few small files.
    static let docsPerChunk = 16
    /// Term chunks are cut once they pass this size; a frequent term may make one larger.
    static let termChunkBytes = 16 * 1024

    static func files(_ model: SiteModel) -> [OutputFile] {
        files(for: SearchDocument.all(model))
    }

    static func files(for documents: [SearchDocument]) -> [OutputFile] {
        let postings = self.postings(documents)
        let terms = postings.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
        var output: [OutputFile] = []
        var chunkStarts: [String] = []
        // A chunk's `"term":[deltas…]` entries, written as bytes: a hundred thousand terms and millions of postings.
        var chunk: [UInt8] = []
        func flush() {
            guard !chunk.isEmpty else { return }
            output.append(OutputFile(path: termChunk(chunkStarts.count - 1), contents: Data([UInt8(ascii: "{")] + chunk + [UInt8(ascii: "}")])))
            chunk = []
        }
        for term in terms {
            if chunk.count > termChunkBytes { flush() }
            if chunk.isEmpty { chunkStarts.append(term) } else { chunk.append(UInt8(ascii: ",")) }
            JSONValue.writeString(term, to: &chunk)
            chunk.append(UInt8(ascii: ":"))
            appendDeltas(postings[term]!, to: &chunk)
        }
        flush()

        let docChunks = Array(stride(from: 0, to: documents.count, by: docsPerChunk)).parallelMap { start in
            let rows = documents[start..<min(start + docsPerChunk, documents.count)].map { document in
                [document.kind.rawValue, document.title, document.path, document.date ?? "", document.summary]
            }
            let bytes = SiteRenderer.writtenRecords.value(for: SiteRenderer.memoKey(SearchDocument.self, rows.flatMap { $0 })) {
                var bytes: [UInt8] = []
                JSONValue.array(rows.map(JSONValue.strings)).writeCompact(to: &bytes)
                return bytes
            }
            return OutputFile(path: docChunk(start / docsPerChunk), contents: Data(bytes))
        }
        output += docChunks
        output.append(OutputFile(path: facets, contents: json(FacetColumn.columns(documents))))

        // The stamp changes whenever the index does, so browsers never mix chunks of two builds.
        var stamp: UInt64 = 0
        for file in output { stamp = stamp &* 31 &+ StableHash.contents(file.contents) }
        let metaFile = Meta(version: 1, documents: documents.count, docsPerChunk: docsPerChunk, termChunks: chunkStarts,
                            stamp: String(stamp, radix: 36))
        output.append(OutputFile(path: meta, contents: json(metaFile)))
        return output
    }

    struct Meta: Encodable {
        var version: Int
        var documents: Int
        var docsPerChunk: Int
        var termChunks: [String]
        var stamp: String
    }

    /// Term → postings (`document × 2 + inNames`), documents ascending.
    /// Term → documents (number × 2, +1 when in the names), as 32-bit numbers: tens of millions of
    /// them at 100,000 articles.
    static func postings(_ documents: [SearchDocument]) -> [String: [Int32]] {
        // By term number: merging numbers costs a fraction of hashing millions of term strings.
        var lists: [[Int32]] = []
        // A batch of documents' terms at a time: all of them at once would hold every document's
        // words in memory (gigabytes at 100,000 articles).
        for start in stride(from: 0, to: documents.count, by: termBatch) {
            let batch = Array(documents[start..<min(start + termBatch, documents.count)])
            for (offset, codes) in batch.parallelMap({ termCodes(of: $0) }).enumerated() {
                let number = Int32(start + offset)
                for code in codes {
                    let term = Int(code >> 1)
                    if term >= lists.count { lists += Array(repeating: [], count: term - lists.count + 1) }
                    lists[term].append(number * 2 + (code & 1))
                }
            }
        }
        let terms = termNumbers.terms(upTo: lists.count)
        var postings: [String: [Int32]] = [:]
        postings.reserveCapacity(lists.count)
        for (term, list) in zip(terms, lists) where !list.isEmpty { postings[term] = list }
        return postings
    }

    static let termBatch = 1_000

    /// Every term this process has seen, numbered.
    static let termNumbers = TermNumbers()

    /// Each document's terms as `TermNumbers` codes, by a hash of its names and text: a rebuild in the
    /// same process finds most of them here (folding every text again was a third of a one-article rebuild).
    static let termCodesMemo = DerivationMemo<[Int32]>()

    static func termCodes(of document: SearchDocument) -> [Int32] {
        // Names and text apart: the same words are terms of the names in one document and of the text in another.
        let key = StableHash.key(StableHash.words64(texts: document.names), StableHash.words64(texts: document.body))
        return termCodesMemo.value(for: key) { termNumbers.codes(terms(of: document)) }
    }

    /// The document's terms, each marked when it occurs in the names.
    static func terms(of document: SearchDocument) -> [String: Bool] {
        var terms: [String: Bool] = [:]
        // Body words first, so a word of the names marks its term afterwards. A word seen before is
        // known by its 64-bit hash alone: most of a text's words are repeats, and a string each cost most.
        var seen = Set<UInt64>()
        for text in document.body {
            for word in VietnameseFolding.looseKey(text).utf8.split(separator: 0x20) where seen.insert(StableHash.fnv1a64(bytes: word)).inserted {
                terms[String(decoding: word, as: UTF8.self)] = false
            }
        }
        for name in document.names {
            let words = VietnameseFolding.looseWords(name)
            for (position, word) in words.enumerated() {
                terms[String(word)] = true
                if position > 0 { terms[words[position - 1] + " " + word] = true }
            }
        }
        return terms
    }

    /// `[first, second - first, …]`: postings ascend, so the differences are small numbers.
    private static func appendDeltas(_ postings: [Int32], to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "["))
        var previous: Int32 = 0
        for (position, posting) in postings.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONValue.appendDecimal(Int(posting - previous), to: &bytes)
            previous = posting
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private static func json(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try! encoder.encode(value)
    }
}

/// One facet for every document, compactly: `codes` holds `width` characters per document, in
/// a 64-letter alphabet. Single-valued facets store the value's position + 1 (0: none);
/// themes, which a document can have several of, store a bit mask, six values per character.
struct FacetColumn: Encodable {
    static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_")

    var id: String
    var values: [String]
    var multiple: Bool
    var width: Int
    var codes: String

    static func columns(_ documents: [SearchDocument]) -> [FacetColumn] {
        [
            single("kind", documents) { $0.kind.rawValue },
            single("province", documents) { $0.facets.province },
            single("unitKind", documents) { $0.facets.unitKind },
            multiple("theme", documents) { $0.facets.themes },
            single("eventType", documents) { $0.facets.eventType },
            single("year", documents, descending: true) { $0.facets.year },
        ]
    }

    private static func single(_ id: String, _ documents: [SearchDocument], descending: Bool = false,
                               value: (SearchDocument) -> String?) -> FacetColumn {
        let picked = documents.map(value)
        var values = Array(Set(picked.compactMap { $0 })).sorted { $0.compare($1, locale: Locale(identifier: "vi")) == .orderedAscending }
        if descending { values.reverse() }
        let position = Dictionary(uniqueKeysWithValues: values.enumerated().map { ($1, $0 + 1) })
        var width = 1
        while (1 << (6 * width)) <= values.count { width += 1 }
        var codes = ""
        codes.reserveCapacity(documents.count * width)
        for choice in picked { codes += encode(choice.flatMap { position[$0] } ?? 0, width: width) }
        return FacetColumn(id: id, values: values, multiple: false, width: width, codes: codes)
    }

    private static func multiple(_ id: String, _ documents: [SearchDocument], value: (SearchDocument) -> [String]) -> FacetColumn {
        let picked = documents.map(value)
        let values = Array(Set(picked.flatMap { $0 })).sorted { $0.compare($1, locale: Locale(identifier: "vi")) == .orderedAscending }
        let position = Dictionary(uniqueKeysWithValues: values.enumerated().map { ($1, $0) })
        let width = max(1, (values.count + 5) / 6)
        var codes = ""
        for choices in picked {
            var digits = [Int](repeating: 0, count: width)
            for choice in choices { if let bit = position[choice] { digits[bit / 6] |= 1 << (bit % 6) } }
            codes += String(digits.map { alphabet[$0] })
        }
        return FacetColumn(id: id, values: values, multiple: true, width: width, codes: codes)
    }

    /// Most significant digit first.
    private static func encode(_ number: Int, width: Int) -> String {
        String((0..<width).reversed().map { alphabet[(number >> (6 * $0)) & 63] })
    }
}
