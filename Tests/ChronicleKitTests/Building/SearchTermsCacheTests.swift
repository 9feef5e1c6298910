import Foundation
import Testing
@testable import ChronicleKit

/// The search terms kept on disk give each document the same terms, keep only the terms in use,
/// and are dropped, never misread, when damaged or written by another program.
struct SearchTermsCacheTests {
    let cache = SearchTermsCache(output: URL(fileURLWithPath: "/tmp/Site"))
    /// Numbers 0 "ha", 1 "noi", 2 "unused", 3 "dang": codes are number × 2, + 1 in the names.
    let terms = ["ha", "noi", "unused", "dang"]
    let documents: [UInt64: [Int32]] = [7: [0 * 2 + 1, 1 * 2 + 1], 0xFFFF_FFFF_FFFF_FFFF: [3 * 2, 1 * 2], 9: []]

    func termsOf(_ codes: [Int32], in terms: [String]) -> [String] {
        codes.map { terms[Int($0 >> 1)] + ($0 & 1 == 1 ? "*" : "") }
    }

    @Test func everyDocumentKeepsItsTermsAndUnusedTermsGo() throws {
        let (readTerms, readDocuments) = try cache.read(cache.bytes(terms: terms, documents: documents))
        #expect(readTerms == ["ha", "noi", "dang"])
        #expect(Set(readDocuments.keys) == Set(documents.keys))
        for (key, codes) in documents {
            #expect(termsOf(try #require(readDocuments[key]), in: readTerms) == termsOf(codes, in: terms))
        }
    }

    @Test func damagedOrForeignFilesAreRefused() throws {
        let bytes = cache.bytes(terms: terms, documents: documents)
        for length in [0, 7, 8, bytes.count / 2, bytes.count - 1] {
            #expect(throws: DecodingError.self, "cut at \(length)") { try cache.read(bytes.prefix(length)) }
        }
        var foreign = bytes
        foreign[0] ^= 1
        #expect(throws: DecodingError.self, "another program's fingerprint") { try cache.read(foreign) }
    }

    /// A build keeps the file beside the extraction cache. (What it holds depends on the process's memo,
    /// which the tests' builds share, so only its form is checked here.)
    @Test func aBuildKeepsTheTermsBesideTheCache() throws {
        let (root, content) = try IncrementalBuildTests.copyOfSampleContent("chronicle-terms")
        defer { Fixtures.remove(root) }
        let site = root.appendingPathComponent("Site")
        let options = BuildOptions(content: content.path, templates: SiteBuildTests.templates, output: site.path)
        #expect(SiteBuilder(options: options).build().wroteSite)
        let cache = SearchTermsCache(output: site)
        let data = try #require(FileManager.default.contents(atPath: root.appendingPathComponent(ExtractionCache.folderName + "/Site.terms").path),
                                "the terms are beside the extraction cache")
        _ = try cache.read(data)
    }
}
