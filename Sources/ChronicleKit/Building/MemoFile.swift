import Foundation

/// A `DerivationMemo` kept beside the extraction cache, so that a build in a new process (`chronicle build`)
/// finds what the last one derived, as the preview server finds it in memory. For memos whose values need
/// no renumbering (the search terms do: `SearchTermsCache`).
///
/// The file: the program's fingerprint (8 bytes, little-endian), then the keys and the values in
/// `CompactEncoder`'s form. It is written again only when a build derived something anew.
struct MemoFile<Value: Codable & Sendable>: Sendable {
    let file: URL
    let memo: DerivationMemo<Value>
    /// The program: another Chronicle may derive differently.
    let fingerprint = ExtractionCache.programStamp

    private struct Stored: Codable {
        var keys: [UInt64]
        var values: [Value]
    }

    /// `<output's parent>/.chronicle-cache/<output name>.<name>`.
    init(output: URL, name: String, memo: DerivationMemo<Value>) {
        file = ExtractionCache.recordFile(beside: output, suffix: "." + name)
        self.memo = memo
    }

    /// Into the memo, when this process has derived nothing yet. A missing, foreign or damaged file only
    /// costs the derivations.
    func load() {
        guard ExtractionCache.programKnown, memo.isEmpty, let data = try? Data(contentsOf: file), let values = try? read(data) else { return }
        memo.preload(values)
    }

    /// Keeps what this build used, unless it derived nothing anew and the file is there.
    func save(deferringWrites: Bool) {
        let (values, derivedAny) = memo.usedThisBuild()
        guard ExtractionCache.programKnown, derivedAny || !FileManager.default.fileExists(atPath: file.path) else { return }
        BackgroundWrites.shared.run(deferring: deferringWrites) {
            if let data = try? bytes(values) { ExtractionCache.writeRecord(data, to: file) }
        }
    }

    func bytes(_ values: [UInt64: Value]) throws -> Data {
        let keys = values.keys.sorted()
        return CompactEncoder.fingerprinted(fingerprint, try CompactEncoder.encode(Stored(keys: keys, values: keys.map { values[$0]! })))
    }

    func read(_ data: Data) throws -> [UInt64: Value] {
        guard let (stored, rest) = CompactDecoder.fingerprinted(data), stored == fingerprint else {
            throw CompactSource.corrupt("no fingerprint, or another program's")
        }
        let decoded = try CompactDecoder.decode(Stored.self, from: rest)
        guard decoded.keys.count == decoded.values.count else { throw CompactSource.corrupt("keys and values differ in number") }
        return Dictionary(zip(decoded.keys, decoded.values), uniquingKeysWith: { first, _ in first })
    }
}
