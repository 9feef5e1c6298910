import Foundation
import Testing
@testable import ChronicleKit

/// The search index files: folding, ranking marks, the chunk layout search.js relies on.
struct SearchIndexTests {
    static func document(_ title: String, kind: SearchDocument.Kind = .event, body: [String] = [],
                         facets: SearchDocument.Facets = .init()) -> SearchDocument {
        SearchDocument(kind: kind, title: title, path: "articles/x.html", date: nil, summary: "", names: [title], body: body, facets: facets)
    }

    @Test func termsAreFoldedWithDToDAndBothSpellingsOfUy() {
        let terms = SearchIndex.terms(of: Self.document("Đảng uỷ Khối các cơ quan tỉnh Hậu Giang", body: ["Đảng ủy khối tổ chức"]))
        for term in ["dang", "uy", "khoi", "hau", "giang", "to", "chuc"] { #expect(terms[term] != nil, "\(term)") }
        #expect(terms["dang"] == true, "in the names")
        #expect(terms["chuc"] == false, "only in the text")
        #expect(terms["dang uy"] == true && terms["hau giang"] == true, "adjacent words of names, for phrase ranking")
        #expect(terms.keys.allSatisfy { !$0.contains("đ") && $0 == $0.lowercased() })
    }

    @Test func postingsMarkNamesAndAreInDocumentOrder() {
        let documents = [Self.document("Hậu Giang"), Self.document("Sóc Trăng", body: ["đoàn Hậu Giang"]), Self.document("Hậu Giang 2")]
        let postings = SearchIndex.postings(documents)
        let giang: [Int32] = [0 * 2 + 1, 1 * 2, 2 * 2 + 1], soc: [Int32] = [1 * 2 + 1]
        #expect(postings["giang"] == giang)
        #expect(postings["soc"] == soc)
    }

    /// Each document's terms are remembered by its names and its text apart: the same words as names in one and as
    /// text in the other are marked each as they stand.
    @Test func theSameWordsAsNamesOrAsTextAreTwoDocuments() {
        var asText = Self.document("Hậu Giang", body: ["Sóc Trăng"])
        asText.names = ["Hậu Giang"]
        var asNames = Self.document("Hậu Giang")
        asNames.names = ["Hậu Giang", "Sóc Trăng"]
        for _ in 0..<2 {
            #expect(SearchIndex.postings([asText, asNames])["soc"] == [0 * 2, 1 * 2 + 1])
        }
    }

    @Test func chunksCoverEveryTermInSortedOrder() throws {
        // Enough distinct terms for several chunks.
        let documents = (0..<400).map { Self.document("Đơn vị \($0)", body: ["từ\($0)a từ\($0)b từ\($0)c", String(repeating: "chữ ", count: 50)]) }
        let files = Dictionary(uniqueKeysWithValues: SearchIndex.files(for: documents).map { ($0.path, $0.contents) })
        let meta = try JSONSerialization.jsonObject(with: try #require(files[SearchIndex.meta])) as! [String: Any]
        let starts = meta["termChunks"] as! [String]
        #expect(starts.count > 1)
        #expect(starts == starts.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) })
        #expect(meta["documents"] as? Int == 400)
        for (number, start) in starts.enumerated() {
            let chunk = try JSONSerialization.jsonObject(with: try #require(files[SearchIndex.termChunk(number)])) as! [String: [Int]]
            #expect(chunk[start] != nil, "a chunk starts with its first term")
            let next = number + 1 < starts.count ? starts[number + 1] : nil
            for term in chunk.keys {
                #expect(!term.utf16.lexicographicallyPrecedes(start.utf16))
                if let next { #expect(term.utf16.lexicographicallyPrecedes(next.utf16), "\(term) belongs before \(next)") }
            }
        }
        let docs = try JSONSerialization.jsonObject(with: try #require(files[SearchIndex.docChunk(1)])) as! [[String]]
        #expect(docs.count == SearchIndex.docsPerChunk)
        #expect(docs[0][1] == "Đơn vị \(SearchIndex.docsPerChunk)")

        // Postings are written as differences: adding them up gives the documents.
        let postings = SearchIndex.postings(documents)
        let chu = try #require(starts.indices.last { !"chu".utf16.lexicographicallyPrecedes(starts[$0].utf16) })
        let deltas = try #require((try JSONSerialization.jsonObject(with: files[SearchIndex.termChunk(chu)]!) as! [String: [Int]])["chu"])
        #expect(deltas.reduce(into: [Int]()) { $0.append(($0.last ?? 0) + $1) } == postings["chu"]!.map(Int.init))
        #expect(deltas.count == 400 && deltas.dropFirst().allSatisfy { $0 == 2 })
    }

    /// Written without `JSONEncoder`; the bytes are the encoder's, whatever a title holds.
    @Test func documentChunksAreWhatTheEncoderWrites() throws {
        let hostile = "Tỉnh ủy \"A\" \\ / \u{0}\u{1F}\n\t <b>&amp;</b> 😀"
        let documents = [Self.document(hostile), Self.document("Hậu Giang", body: [hostile])]
        let files = Dictionary(uniqueKeysWithValues: SearchIndex.files(for: documents).map { ($0.path, $0.contents) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let rows = documents.map { [$0.kind.rawValue, $0.title, $0.path, $0.date ?? "", $0.summary] }
        #expect(files[SearchIndex.docChunk(0)] == (try encoder.encode(rows)))
    }

    @Test func facetCodesGiveEachDocumentItsValues() throws {
        let documents = [
            Self.document("a", facets: .init(province: "Hậu Giang", themes: ["7 dám", "Nêu gương"], eventType: "hội nghị sơ kết", year: "2024")),
            Self.document("b", kind: .unit, facets: .init(province: "Bình Định", unitKind: "Tỉnh ủy")),
            Self.document("c"),
        ]
        let columns = FacetColumn.columns(documents)
        let province = try #require(columns.first { $0.id == "province" })
        #expect(province.values == ["Bình Định", "Hậu Giang"])
        #expect(province.codes == "210", "value position + 1 per document, 0 for none")
        let theme = try #require(columns.first { $0.id == "theme" })
        #expect(theme.multiple && theme.codes.count == 3 * theme.width)
        #expect(theme.codes.first == "3", "both themes' bits on the first document")
        let kind = try #require(columns.first { $0.id == "kind" })
        #expect(kind.values == ["event", "unit"])
    }

    @Test func aSiteHasSearchFilesForEveryDocumentItLinks() throws {
        let built = try Fixtures.temporaryFolder().appendingPathComponent("Site")
        defer { Fixtures.remove(built.deletingLastPathComponent()) }
        let report = SiteBuilder(options: BuildOptions(content: Fixtures.packageRoot.appendingPathComponent("Content").path,
                                                       templates: SiteBuildTests.templates, output: built.path)).build()
        #expect(report.wroteSite)
        let meta = try JSONSerialization.jsonObject(with: Data(contentsOf: built.appendingPathComponent(SearchIndex.meta))) as! [String: Any]
        let documents = meta["documents"] as! Int
        let perChunk = meta["docsPerChunk"] as! Int
        for number in 0..<((documents + perChunk - 1) / perChunk) {
            let rows = try JSONSerialization.jsonObject(with: Data(contentsOf: built.appendingPathComponent(SearchIndex.docChunk(number)))) as! [[String]]
            for row in rows {
                #expect(FileManager.default.fileExists(atPath: built.appendingPathComponent(row[2]).path), "\(row[2]) exists")
            }
        }
        let page = try String(contentsOf: built.appendingPathComponent(Routes.search), encoding: .utf8)
        #expect(page.contains("data-index=\"search/\""))
        #expect(page.contains("src=\"assets/search.js\""))
        let unit = try String(contentsOf: built.appendingPathComponent(Routes.units), encoding: .utf8)
        #expect(unit.contains("action=\"../search.html\""), "every page's search box leads to the search page")
    }
}
