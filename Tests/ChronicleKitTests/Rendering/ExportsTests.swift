import Foundation
import Testing
@testable import ChronicleKit

struct ExportsTests {
    /// What the exports' bytes must be: the encoder's.
    static func encoded(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try! encoder.encode(value)
    }

    /// The sample content's model, for records made as the exports make them.
    static func sampleModel() throws -> SiteModel {
        let folder = Fixtures.packageRoot.appendingPathComponent("Content/articles")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        return Aggregator.aggregate(try files.map { try SampleContentExtractionTests.extract($0) })
    }

    /// Records are written without `JSONEncoder`, a record per core; the file must be what the encoder
    /// writes for the whole array, whatever the values hold.
    @Test func recordsWrittenDirectlyGiveTheEncodersBytes() throws {
        let model = try Self.sampleModel()
        var events = model.events.map { SiteRenderer.EventRecord($0, model) }
        var units = model.units.map { SiteRenderer.UnitRecord($0, model) }
        #expect(events.count > 5 && units.count > 5)
        // Every stored property of a record has its key in the hand-written JSON, absent or not.
        func fieldCount(_ value: JSONValue) -> Int { if case .object(let fields) = value { fields.count } else { -1 } }
        #expect(fieldCount(events[0].json) == Mirror(reflecting: events[0]).children.count)
        #expect(fieldCount(units[0].json) == Mirror(reflecting: units[0]).children.count)
        #expect(SiteRenderer.jsonArray(events) == Self.encoded(events))
        #expect(SiteRenderer.jsonArray(units) == Self.encoded(units))

        // Every character the encoder escapes, absent values and empty lists.
        let hostile = "Tỉnh ủy \"A\" \\ / \u{0}\u{1}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1F}\u{7F} <b>&amp;</b> 😀"
        events[0].organizer = hostile
        events[0].date = nil
        events[0].undatedEstimate = "2024"
        events[0].themes = []
        events[1].province = nil
        events[1].articles = [hostile, ""]
        units[0].people = [Person(name: hostile, title: nil), Person(name: "Nguyễn Văn A", title: hostile)]
        units[0].kind = nil
        units[1].events = []
        #expect(SiteRenderer.jsonArray(events) == Self.encoded(events))
        #expect(SiteRenderer.jsonArray(units) == Self.encoded(units))
        #expect(SiteRenderer.jsonArray(Array(units.prefix(1))) == Self.encoded(Array(units.prefix(1))))
        #expect(SiteRenderer.jsonArray([SiteRenderer.UnitRecord]()) == Self.encoded([SiteRenderer.UnitRecord]()))
    }
    /// A record's bytes are remembered by `memoTexts`: a change to any field, nil against empty included, gives another key.
    /// (A field added to a record without a mutation here fails the count check.)
    @Test func everyFieldOfARecordIsInItsMemoKey() throws {
        let model = try Self.sampleModel()
        let event = SiteRenderer.EventRecord(model.events[0], model), unit = SiteRenderer.UnitRecord(model.units[0], model)
        let eventChanges: [(inout SiteRenderer.EventRecord) -> Void] = [
            { $0.id += "x" }, { $0.date = $0.date == nil ? "" : nil }, { $0.undatedEstimate = $0.undatedEstimate == nil ? "" : nil }, { $0.type += "x" },
            { $0.organizer = $0.organizer == nil ? "" : nil }, { $0.unitId = $0.unitId == nil ? "" : nil }, { $0.province = $0.province == nil ? "" : nil },
            { $0.themes.append("x") }, { $0.collectives += 1 }, { $0.individuals += 1 }, { $0.combined += 1 }, { $0.articles.append("x") }, { $0.sources.append("x") },
        ]
        let unitChanges: [(inout SiteRenderer.UnitRecord) -> Void] = [
            { $0.id += "x" }, { $0.name += "x" }, { $0.kind = $0.kind == nil ? "" : nil }, { $0.level = $0.level == nil ? "" : nil },
            { $0.province = $0.province == nil ? "" : nil }, { $0.events.append("x") }, { $0.collectives += 1 }, { $0.individuals += 1 },
            { $0.combined += 1 }, { $0.themes.append("x") }, { $0.people.append(Person(name: "x", title: nil)) },
        ]
        #expect(eventChanges.count == Mirror(reflecting: event).children.count)
        #expect(unitChanges.count == Mirror(reflecting: unit).children.count)
        #expect(Self.distinctKeys(event, eventChanges) == eventChanges.count + 1)
        #expect(Self.distinctKeys(unit, unitChanges) == unitChanges.count + 1)
    }

    /// How many memo keys the record and each of its changed copies have between them.
    static func distinctKeys<Record: JSONWritable>(_ record: Record, _ changes: [(inout Record) -> Void]) -> Int {
        var keys: Set<UInt64> = [SiteRenderer.memoKey(Record.self, record.memoTexts)]
        for change in changes {
            var changed = record
            change(&changed)
            keys.insert(SiteRenderer.memoKey(Record.self, changed.memoTexts))
        }
        return keys.count
    }
}
