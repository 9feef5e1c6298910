import Foundation
import Testing
@testable import ChronicleKit

/// File contents are hashed eight bytes at a time for the manifest and the cache: every byte, the tail
/// and the length must count, and the value must not depend on the run.
struct StableHashTests {
    @Test func everyByteOfTheContentsCounts() {
        let text = Data("Sáng 12/7, Tỉnh ủy Quảng Trị tổ chức hội nghị sơ kết.".utf8)
        let hash = StableHash.contents(text)
        for position in [0, 7, 8, text.count - 1] {
            var changed = text
            changed[position] ^= 1
            #expect(StableHash.contents(changed) != hash, "byte \(position)")
        }
        #expect(StableHash.contents(text + Data([0])) != hash, "a zero byte more")
        #expect(StableHash.contents(Data()) != StableHash.contents(Data([0])))
        #expect(StableHash.contents(Data("abcdefgh".utf8)) == StableHash.contents(Data("abcdefgh".utf8)))
    }

    /// The same on every run and machine: a cache written by one build is read by the next.
    @Test func theValueIsFixed() {
        #expect(StableHash.contents(Data("Chronicle".utf8)) == 0xae95_2d8d_81c3_df19)
        #expect(StableHash.contents(Data()) == 0x99b6_af62_e388_5e8f)
    }
}
