import Foundation
import Testing
@testable import ChronicleKit

/// A memo kept on disk gives a new process the values the last build derived, and nothing when damaged or foreign.
struct MemoFileTests {
    @Test func valuesComeBackAndDamagedFilesAreRefused() throws {
        let root = try Fixtures.temporaryFolder("chronicle-memo")
        defer { Fixtures.remove(root) }
        let memo = DerivationMemo<Double>()
        let file = MemoFile(output: root.appendingPathComponent("Site"), name: "overlaps", memo: memo)
        _ = memo.value(for: 7) { 0.25 }
        _ = memo.value(for: .max) { 1 }
        file.save(deferringWrites: false)
        let bytes = try Data(contentsOf: file.file)
        #expect(try file.read(bytes) == [7: 0.25, .max: 1])

        let fresh = DerivationMemo<Double>()
        MemoFile(output: root.appendingPathComponent("Site"), name: "overlaps", memo: fresh).load()
        #expect(fresh.known(7) == 0.25 && fresh.known(.max) == 1)
        #expect(!fresh.usedThisBuild().derivedAny, "found, not derived: the file need not be written again")

        for length in [0, 7, 8, bytes.count - 1] {
            #expect(throws: DecodingError.self, "cut at \(length)") { try file.read(bytes.prefix(length)) }
        }
        var foreign = bytes
        foreign[3] ^= 1
        #expect(throws: DecodingError.self) { try file.read(foreign) }
    }
}
