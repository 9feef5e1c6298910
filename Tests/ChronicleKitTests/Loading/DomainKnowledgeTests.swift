import Foundation
import Testing
@testable import ChronicleKit

struct DomainKnowledgeTests {
    /// The preview server loads the knowledge for every rebuild and keeps the last one while no data
    /// file changed: an edit is always read.
    @Test func anEditedDataFileIsReadAgain() throws {
        let content = try Fixtures.temporaryFolder("chronicle-knowledge")
        defer { Fixtures.remove(content) }
        let data = content.appendingPathComponent(DomainKnowledge.userDataFolder)
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let themes = data.appendingPathComponent("themes.yml")
        func theme(_ name: String) -> String {
            "schema: chronicle.themes/1\nthemes:\n  - id: thi-dua\n    name: \(name)\n    patterns: ['phong trào thi đua đặc biệt']\n"
        }
        try Data(theme("Thi đua đặc biệt").utf8).write(to: themes)
        let first = try DomainKnowledge.load(content: content, displayRoot: "Content")
        #expect(try DomainKnowledge.load(content: content, displayRoot: "Content").fingerprint == first.fingerprint)
        #expect(first.fingerprint != (try DomainKnowledge.bundled()).fingerprint)

        try Data(theme("Thi đua đổi tên").utf8).write(to: themes)
        let edited = try DomainKnowledge.load(content: content, displayRoot: "Content")
        #expect(edited.fingerprint != first.fingerprint)
        #expect(edited.extraction.themes.themes.contains { $0.theme.name == "Thi đua đổi tên" })
        #expect(!edited.extraction.themes.themes.contains { $0.theme.name == "Thi đua đặc biệt" })

        try Data("schema: chronicle.themes/1\nthemez: []\n".utf8).write(to: themes)
        #expect(throws: ChronicleError.self) { try DomainKnowledge.load(content: content, displayRoot: "Content") }
    }

    /// A user's communes.yml adds towns and communes to a province's (named by an alias too); a town of a province no file
    /// names, or a commune without its word, is refused naming the file.
    @Test func aUsersCommunesExtendTheGazetteer() throws {
        let content = try Fixtures.temporaryFolder("chronicle-communes")
        defer { Fixtures.remove(content) }
        let data = content.appendingPathComponent(DomainKnowledge.userDataFolder)
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let communes = data.appendingPathComponent("communes.yml")
        try Data("schema: chronicle.gazetteer.communes/1\ntowns:\n  Khánh Hoà: [Tân Lập Mới]\ncommunes_2025:\n  Huế: [phường Hương Giang Mới]\n".utf8).write(to: communes)
        let gazetteer = try DomainKnowledge.load(content: content, displayRoot: "Content").extraction.gazetteer
        let khanhHoa = gazetteer.province(named: "Khánh Hòa"), hue = gazetteer.province(named: "Thừa Thiên Huế")
        #expect(gazetteer.communes[Gazetteer.key("thị trấn Tân Lập Mới", spelling: gazetteer.spelling)]?.map(\.provinceIndex) == khanhHoa.map { [$0] })
        #expect(gazetteer.communes[Gazetteer.key("phường Hương Giang Mới", spelling: gazetteer.spelling)]?.map(\.provinceIndex) == hue.map { [$0] })
        try Data("schema: chronicle.gazetteer.communes/1\ntowns:\n  Xứ Đoài: [Tân Lập]\n".utf8).write(to: communes)
        let unknown = #expect(throws: ChronicleError.self) { try DomainKnowledge.load(content: content, displayRoot: "Content") }
        #expect(unknown?.description.contains("Content/data/communes.yml") == true, "\(String(describing: unknown))")
        try Data("schema: chronicle.gazetteer.communes/1\ncommunes_2025:\n  Huế: [Hương Giang Mới]\n".utf8).write(to: communes)
        let wordless = #expect(throws: ChronicleError.self) { try DomainKnowledge.load(content: content, displayRoot: "Content") }
        #expect(wordless?.description.contains("commune_words") == true, "\(String(describing: wordless))")
    }

    /// The knowledge with `yaml` as the user's units.yml, in a content folder of its own.
    func knowledge(withUserUnits yaml: String) throws -> DomainKnowledge {
        let content = try Fixtures.temporaryFolder("chronicle-user-units")
        defer { Fixtures.remove(content) }
        let data = content.appendingPathComponent(DomainKnowledge.userDataFolder)
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try Data(yaml.utf8).write(to: data.appendingPathComponent("units.yml"))
        return try DomainKnowledge.load(content: content, displayRoot: "Content")
    }

    /// A giving organ a user adds must be one of the organs (else it would never be read), and the error says which.
    @Test func aGivingOrganMustBeAnOrgan() throws {
        let stray = #expect(throws: ChronicleError.self) { try knowledge(withUserUnits: "schema: chronicle.units/1\ngiving_organs: [Hội đồng Thi đua]\n") }
        #expect(stray?.description.contains("Hội đồng Thi đua") == true, "\(String(describing: stray))")
        let organs = try knowledge(withUserUnits: "schema: chronicle.units/1\norgans: [Hội đồng Thi đua]\ngiving_organs: [Hội đồng Thi đua]\n")
        #expect(organs.extraction.units.catalog.givingOrgans.contains("hội đồng thi đua"))
    }

    /// A seat must be a province the gazetteer names; a user's own seat places the body's events there.
    @Test func aSeatMustBeAProvince() throws {
        let unknown = #expect(throws: ChronicleError.self) { try knowledge(withUserUnits: "schema: chronicle.units/1\nseats: {'Quân đoàn 34': Bình Dươn}\n") }
        #expect(unknown?.description.contains("Bình Dươn") == true, "\(String(describing: unknown))")
        let seated = try knowledge(withUserUnits: "schema: chronicle.units/1\nseats: {'Quân đoàn 34': Bình Dương}\n")
        #expect(seated.extraction.units.catalog.seat(of: "Đảng ủy Quân đoàn 34") == "Bình Dương")
    }

    /// In `{id: …, name: Sở Văn hóa, Thể thao và Du lịch, …}` the comma would end the name and make the rest a key with no
    /// value, silently: the file is refused at that line, with the quoting that fixes it.
    @Test func aCommaInsideBracesIsRefused() throws {
        let yaml = "schema: chronicle.units/1\nkinds:\n  - {id: so-vh, name: Sở Văn hóa, Thể thao và Du lịch, level: tinh, place: province, patterns: ['Sở VH']}\n"
        let error = #expect(throws: ChronicleError.self) {
            try DataFile.decode(UnitCatalog.Source.self, yaml: yaml, file: "Content/data/units.yml", schema: UnitCatalog.Source.schemaName,
                                knownKeys: UnitCatalog.Source.keys)
        }
        #expect(error?.description.contains("Content/data/units.yml:3") == true, "\(String(describing: error))")
        #expect(error?.description.contains("`Thể thao và Du lịch` has no value") == true, "\(String(describing: error))")
        // Written on Windows (CRLF), the same line.
        let crlf = #expect(throws: ChronicleError.self) {
            try DataFile.decode(UnitCatalog.Source.self, yaml: yaml.replacingOccurrences(of: "\n", with: "\r\n"), file: "Content/data/units.yml",
                                schema: UnitCatalog.Source.schemaName, knownKeys: UnitCatalog.Source.keys)
        }
        #expect(crlf?.description.contains("Content/data/units.yml:3") == true, "\(String(describing: crlf))")
        let quoted = yaml.replacingOccurrences(of: "name: Sở Văn hóa, Thể thao và Du lịch,", with: "name: 'Sở Văn hóa, Thể thao và Du lịch',")
        let source = try DataFile.decode(UnitCatalog.Source.self, yaml: quoted, file: "Content/data/units.yml", schema: UnitCatalog.Source.schemaName,
                                         knownKeys: UnitCatalog.Source.keys)
        #expect(source.kinds?.first?.name == "Sở Văn hóa, Thể thao và Du lịch")
    }
}
