import ChronicleKit
import Foundation

// libFuzzer entry point: any bytes, as an article file, through the loader and the extractor.
// Built by `make fuzz` with -sanitize=fuzzer,address; a crash, a hang or an out-of-bounds access
// is a finding. Also checks what must hold for every input: a loaded article has a title, and
// every award has a kind and counts that are not negative.

private let knowledge = try! DomainKnowledge.bundled()
private let loader = ArticleLoader(knowledge: knowledge)
private let extractor = Extractor(knowledge: knowledge.extraction)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    for name in ["articles/fuzz.txt", "articles/fuzz.md"] {
        let result = loader.load(SourceFile(relativePath: name, displayPath: name, data: data))
        guard let article = result.article else { continue }
        precondition(!article.title.isEmpty, "an article always has a title")
        let facts = extractor.extract(article).facts
        for award in facts.awards {
            precondition(!award.kind.isEmpty && (award.collectives ?? 0) >= 0 && (award.individuals ?? 0) >= 0)
        }
    }
    return 0
}

#if !FUZZING
/// Without libFuzzer (a normal build): replays the files given, to reproduce a finding.
@main
struct Replay {
    static func main() throws {
        for path in CommandLine.arguments.dropFirst() {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            _ = data.withUnsafeBytes { fuzzOneInput($0.bindMemory(to: UInt8.self).baseAddress ?? UnsafePointer(bitPattern: 1)!, data.count) }
            print("ok: \(path)")
        }
    }
}
#endif

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                       _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

/// SwiftPM links an executable's entry point under this name; hand over to libFuzzer's driver.
@_cdecl("fuzz_extraction_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments) { fuzzOneInput($0, $1) }
}
#endif
