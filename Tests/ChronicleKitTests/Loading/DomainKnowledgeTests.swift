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
}
