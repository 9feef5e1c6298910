import Foundation
import Testing
@testable import ChronicleKit

struct TextDecodingTests {
    func decode(_ bytes: [UInt8]) -> (String?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let text = TextDecoding.decode(Data(bytes), file: "a.txt", diagnostics: &diagnostics)
        return (text, diagnostics)
    }

    @Test func stripsBOMAndNormalizesLineEnds() {
        let (text, diagnostics) = decode([0xEF, 0xBB, 0xBF] + Array("Dòng 1\r\nDòng 2\rDòng 3".utf8))
        #expect(text == "Dòng 1\nDòng 2\nDòng 3")
        #expect(diagnostics.isEmpty)
    }

    @Test func composesDecomposedText() {
        let decomposed = "Đảng ủy".decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.count > "Đảng ủy".unicodeScalars.count)
        let (text, _) = decode(Array(decomposed.utf8))
        #expect(text?.unicodeScalars.elementsEqual("Đảng ủy".precomposedStringWithCanonicalMapping.unicodeScalars) == true)
    }

    @Test func readsUTF16WithBOM() {
        let (text, _) = decode([0xFF, 0xFE] + Array("Hậu Giang".data(using: .utf16LittleEndian)!))
        #expect(text == "Hậu Giang")
    }

    @Test func reportsTheOffsetOfInvalidUTF8() {
        let (text, diagnostics) = decode(Array("Tỉnh ủy".utf8) + [0xFF, 0x41])
        #expect(text != nil)
        #expect(diagnostics.first?.message.contains("offset \(Array("Tỉnh ủy".utf8).count)") == true)
    }

    @Test func emptyAndBinaryFilesAreSkippedWithAReason() {
        let (empty, emptyDiagnostics) = decode([])
        #expect(empty == nil && emptyDiagnostics.first?.message.contains("empty") == true)
        let (binary, binaryDiagnostics) = decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00])
        #expect(binary == nil && binaryDiagnostics.first?.message.contains("binary") == true)
    }
}
