import Foundation
import Testing
@testable import ChronicleKit

/// The extraction cache's binary form gives back every value it was given, and bytes that were
/// cut short or damaged give an error, never a crash.
struct CompactCoderTests {
    struct Inner: Codable, Equatable {
        enum Kind: String, Codable { case bằngKhen, giấyKhen }
        var kind: Kind
        var count: Int?
        var note: String?
    }

    struct Everything: Codable, Equatable {
        var text: String
        var empty: String
        var negative: Int
        var small: Int8
        var largest: UInt64
        var wide: Int64
        var share: Double
        var ratio: Float
        var flag: Bool
        var maybeNot: Int?
        var maybe: UInt64?
        var inner: Inner
        var list: [Inner]
        var none: [String]
        var holes: [String?]
        var nested: [[Int]]
        var optionalList: [Int]?
        var date: CalendarDate
        var dateMaybe: CalendarDate?
    }

    static let everything = Everything(
        text: "Sáng 12/7, Tỉnh ủy Quảng Trị tổ chức hội nghị \u{1F3C6}", empty: "", negative: -1_234_567, small: -128,
        largest: .max, wide: .min, share: -0.125, ratio: 2.5, flag: true, maybeNot: nil, maybe: 0,
        inner: Inner(kind: .giấyKhen, count: 0, note: nil),
        list: [Inner(kind: .bằngKhen, count: 17_300, note: "tập thể"), Inner(kind: .giấyKhen, count: nil, note: "")],
        none: [], holes: [nil, "cá nhân", nil], nested: [[], [1, -2, 300]], optionalList: [],
        date: CalendarDate(iso: "2024-02-29")!, dateMaybe: nil)

    @Test func everyKindOfValueComesBack() throws {
        let bytes = try CompactEncoder.encode(Self.everything)
        #expect(try CompactDecoder.decode(Everything.self, from: bytes) == Self.everything)
        #expect(bytes.count < (try JSONEncoder().encode(Self.everything)).count / 2, "no keys written")
    }

    /// What the cache really holds: articles and their facts, here of every sample article.
    @Test func cacheEntriesOfTheSampleArticlesComeBack() throws {
        let folder = Fixtures.packageRoot.appendingPathComponent("Content/articles")
        let names = try #require(FileManager.default.subpaths(atPath: folder.path)).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
        #expect(names.count >= 16)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let loaded = Fixtures.loader.load(SourceFile(relativePath: "articles/" + name, displayPath: name, data: data))
            let article = try #require(loaded.article)
            let extracted = Fixtures.extractor.extract(article)
            let entry = ExtractionCache.Entry(contentHash: StableHash.contents(data), article: article, facts: extracted.facts,
                                              diagnostics: loaded.diagnostics + [.warning(file: name, line: 3, "a warning")],
                                              sketch: DuplicateDetector.sketch(article),
                                              stamp: FileSystemCalls.Stamp(size: data.count, modifiedNanoseconds: 1, changedNanoseconds: -1))
            let back = try CompactDecoder.decode(ExtractionCache.Entry.self, from: try CompactEncoder.encode(entry))
            #expect(try encoder.encode(back) == encoder.encode(entry), "\(name)")
        }
    }

    @Test func damagedBytesThrow() throws {
        let bytes = try CompactEncoder.encode(Self.everything)
        for length in [0, 1, bytes.count / 2, bytes.count - 1] {
            #expect(throws: DecodingError.self, "cut at \(length)") { try CompactDecoder.decode(Everything.self, from: Array(bytes.prefix(length))) }
        }
        #expect(throws: DecodingError.self, "a byte more") { try CompactDecoder.decode(Everything.self, from: bytes + [0]) }
        // A list claiming four thousand million elements.
        #expect(throws: DecodingError.self) { try CompactDecoder.decode([Int].self, from: [0xFF, 0xFF, 0xFF, 0xFF, 0]) }
        #expect(throws: DecodingError.self) { try CompactDecoder.decode(Bool.self, from: [2]) }
        #expect(throws: DecodingError.self) { try CompactDecoder.decode(Int8.self, from: try CompactEncoder.encode(300)) }
        // A text claiming more bytes than any number can hold.
        #expect(throws: DecodingError.self) { try CompactDecoder.decode(String.self, from: [UInt8](repeating: 0xFF, count: 9) + [0x01]) }
    }

    /// What the form cannot keep is refused when written, never misread later: a dictionary's keys, a nil written by hand.
    @Test func dictionariesAndNilsWrittenByHandAreRefused() {
        struct WithDictionary: Codable { var counts: [String: Int] }
        struct HandWritten: Encodable {
            func encode(to encoder: Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encodeNil()
            }
        }
        #expect(throws: EncodingError.self) { try CompactEncoder.encode(WithDictionary(counts: ["a": 1])) }
        #expect(throws: EncodingError.self) { try CompactEncoder.encode(WithDictionary(counts: [:])) }
        #expect(throws: EncodingError.self) { try CompactEncoder.encode(HandWritten()) }
    }
}
