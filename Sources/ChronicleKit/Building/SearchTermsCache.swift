import Foundation

/// Each search document's terms as the last build folded them (`SearchIndex.termCodesMemo`), kept beside the
/// extraction cache so that a build in a new process folds only the documents that changed: folding every
/// text was a quarter of a one-article rebuild at 10,000 articles. The preview server has them in memory.
///
/// The file: the program's fingerprint (`CompactEncoder.fingerprinted`), the terms in number order, then each
/// document's memo key and its codes (`TermNumbers`), all as `CompactSink` numbers and texts. Only the terms the
/// documents use are kept, numbered again from 0, so the file follows the site, not its history.
struct SearchTermsCache {
    let file: URL
    /// The program: another Chronicle may fold differently.
    let fingerprint = ExtractionCache.programStamp

    /// `<output's parent>/.chronicle-cache/<output name>.terms`.
    init(output: URL) {
        file = ExtractionCache.recordFile(beside: output, suffix: ".terms")
    }

    /// Gives the search the last build's terms, when this process has folded none yet. A file that is
    /// missing, of another program or damaged only costs the folding.
    func load() {
        guard ExtractionCache.programKnown, SearchIndex.termCodesMemo.isEmpty, let data = try? Data(contentsOf: file),
              let (terms, documents) = try? read(data), SearchIndex.termNumbers.restore(terms) else { return }
        SearchIndex.termCodesMemo.preload(documents)
    }

    /// Keeps what this build used, unless it folded nothing anew and the file is there.
    func save(deferringWrites: Bool) {
        let (documents, derivedAny) = SearchIndex.termCodesMemo.usedThisBuild()
        guard ExtractionCache.programKnown, derivedAny || !FileManager.default.fileExists(atPath: file.path) else { return }
        let terms = SearchIndex.termNumbers.all()
        BackgroundWrites.shared.run(deferring: deferringWrites) { ExtractionCache.writeRecord(bytes(terms: terms, documents: documents), to: file) }
    }

    func bytes(terms: [String], documents: [UInt64: [Int32]]) -> Data {
        // The terms in use, numbered again in the order of their old numbers.
        var used = [Bool](repeating: false, count: terms.count)
        for codes in documents.values { for code in codes where Int(code >> 1) < terms.count { used[Int(code >> 1)] = true } }
        var renumbered = [Int32](repeating: -1, count: terms.count)
        var kept: [String] = []
        for (number, term) in terms.enumerated() where used[number] {
            renumbered[number] = Int32(kept.count)
            kept.append(term)
        }
        let sink = CompactSink()
        sink.writeUnsigned(UInt64(kept.count))
        for term in kept { sink.write(term) }
        let keys = documents.keys.sorted()
        sink.writeUnsigned(UInt64(keys.count))
        for key in keys {
            let codes = documents[key]!.filter { Int($0 >> 1) < terms.count }
            sink.writeUnsigned(key)
            sink.writeUnsigned(UInt64(codes.count))
            for code in codes { sink.writeUnsigned(UInt64(renumbered[Int(code >> 1)] * 2 + (code & 1))) }
        }
        return CompactEncoder.fingerprinted(fingerprint, sink.bytes)
    }

    func read(_ data: Data) throws -> (terms: [String], documents: [UInt64: [Int32]]) {
        guard let (stored, rest) = CompactDecoder.fingerprinted(data), stored == fingerprint else {
            throw CompactSource.corrupt("no fingerprint, or another program's")
        }
        return try rest.withUnsafeBytes { buffer in
            let source = CompactSource(buffer)
            let termCount = try source.readBoundedCount()
            var terms: [String] = []
            terms.reserveCapacity(termCount)
            for _ in 0..<termCount { terms.append(try source.readString()) }
            let documentCount = try source.readBoundedCount()
            var documents: [UInt64: [Int32]] = [:]
            documents.reserveCapacity(documentCount)
            for _ in 0..<documentCount {
                let key = try source.readUnsigned()
                let count = try source.readBoundedCount()
                var codes = [Int32](repeating: 0, count: count)
                for index in 0..<count {
                    let code = try source.readUnsigned()
                    guard code >> 1 < UInt64(termCount), code <= UInt64(Int32.max) else { throw CompactSource.corrupt("a term number beyond the terms") }
                    codes[index] = Int32(code)
                }
                documents[key] = codes
            }
            guard source.position == buffer.count else { throw CompactSource.corrupt("bytes left after the terms") }
            return (terms, documents)
        }
    }
}
