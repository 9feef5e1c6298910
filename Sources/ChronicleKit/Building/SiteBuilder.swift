import Foundation

public struct BuildOptions: Sendable {
    public struct Folder: Sendable {
        public var url: URL
        /// As the user typed it, for messages.
        public var display: String

        public init(_ path: String) {
            url = URL(fileURLWithPath: path, isDirectory: true)
            display = path
        }
    }

    public var content: Folder
    public var templates: Folder
    public var output: Folder
    /// Warnings fail the build (and leave the previous site in place).
    public var strict: Bool
    /// Reuse what unchanged articles gave last time (see `ExtractionCache`).
    public var cache: Bool
    /// See `ExtractionCache.stampSettlingNanoseconds`; tests, which write files just before building, set 0.
    var stampSettlingNanoseconds = ExtractionCache.stampSettlingNanoseconds
    /// Writes the cache and the manifest after the build returns (`BackgroundWrites`): the preview server
    /// reports a rebuild, and reloads pages, without waiting for them.
    public var defersRecordWrites = false
    /// Says which of the site's files changed (`BuildReport.changedFiles`): the preview reloads only the pages that did.
    public var reportsChangedFiles = false

    public init(content: String = "Content", templates: String = "Templates", output: String = "Site", strict: Bool = false,
                cache: Bool = true) {
        self.content = Folder(content)
        self.templates = Folder(templates)
        self.output = Folder(output)
        self.strict = strict
        self.cache = cache
    }
}

public enum BuildStage: String, CaseIterable, Sendable {
    case load, extract, aggregate, render, write
}

public struct BuildReport: Sendable {
    public var articlesRead = 0
    /// Of the article files, those not read at all: their size and times were as the last build found them.
    public var articlesUnread = 0
    public var pagesWritten = 0
    /// Of `pagesWritten`, those whose inputs were as last time: carried over, not rendered.
    public var pagesReused = 0
    public var filesWritten = 0
    /// Of `filesWritten`, those unchanged from the previous site (left in place or linked, not written).
    public var filesCarried = 0
    public var diagnostics: [Diagnostic] = []
    public var timings: [(stage: BuildStage, seconds: Double)] = []
    /// Resident memory at the end of each stage, in bytes (0 where the system does not say).
    public var residentBytes: [BuildStage: Int] = [:]
    /// False when the build stopped before swapping in a new site.
    public var wroteSite = false
    /// The site's files (paths relative to it) whose bytes differ from the previous site's: new,
    /// changed or gone. Nil when there was no previous site's manifest to compare with.
    public var changedFiles: Set<String>?

    public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }
    public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
    public var totalSeconds: Double { timings.reduce(0) { $0 + $1.seconds } }
}

/// The whole build, top to bottom: Content → load → extract → aggregate → render → write → Site.
/// Each stage hands plain values to the next; only load and write touch the disk.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Never throws: problems are diagnostics in the report, and an error means Site/ was not replaced.
    public func build() -> BuildReport {
        buildKeepingBasis().report
    }

    /// As `build`, with what the preview needs to show a saved article before the next full build
    /// (nil when the build failed).
    public func buildKeepingBasis() -> (report: BuildReport, basis: PreviewBasis?) {
        var report = BuildReport()
        do {
            let basis = try run(&report)
            return (report, basis)
        } catch let error as ChronicleError {
            report.diagnostics.append(error.diagnostic)
        } catch {
            report.diagnostics.append(.error(file: nil, "\(error)"))
        }
        return (report, nil)
    }

    private func run(_ report: inout BuildReport) throws -> PreviewBasis {
        var clock = StageClock()
        // The last build's cache and manifest are on disk before this one reads them.
        BackgroundWrites.shared.waitForPending()
        // What the last build in this process derived and this one does not ask for again is let go.
        DuplicateDetector.overlapMemo.startBuild()
        SearchIndex.termCodesMemo.startBuild()
        Aggregator.titleSlugs.startBuild()
        SiteRenderer.writtenRecords.startBuild()
        SiteRenderer.writtenRows.startBuild()

        let knowledge = try DomainKnowledge.load(content: options.content.url, displayRoot: options.content.display)
        let templates = try TemplateSet(directory: options.templates.url, displayRoot: options.templates.display)
        let settings = try SiteSettings.load(content: options.content.url, displayRoot: options.content.display)
        // Articles whose bytes are as last time take their article and facts from the cache; those whose
        // stamp is as last time are not even read.
        let cache = options.cache ? ExtractionCache(output: options.output.url, knowledge: knowledge, contentDisplay: options.content.display) : nil
        let previous = cache?.load() ?? [:]
        let searchTerms = options.cache ? SearchTermsCache(output: options.output.url) : nil
        searchTerms?.load()
        let overlaps = options.cache ? MemoFile(output: options.output.url, name: "overlaps", memo: DuplicateDetector.overlapMemo) : nil
        overlaps?.load()
        let startedReading = FileSystemCalls.nowNanoseconds()
        var files = try ContentReader.findArticles(content: options.content.url, displayRoot: options.content.display,
                                                   known: ExtractionCache.stamps(of: previous),
                                                   diagnostics: &report.diagnostics)
        let paths = files.map(\.relativePath)
        // Paths joined as strings: `URL.appendingPathComponent` asks the file system whether each is a folder.
        let contentPath = options.content.url.path
        let loader = ArticleLoader(knowledge: knowledge)
        let loaded = files.parallelMap { file -> (hash: UInt64, cached: ExtractionCache.Entry?, result: ArticleLoader.Result) in
            let entry = previous[file.relativePath]
            // Not read: its stamp is the cached entry's.
            if file.data == nil, let entry { return (entry.contentHash, entry, ArticleLoader.Result(article: entry.article, diagnostics: entry.diagnostics)) }
            let source = file.source ?? SourceFile(relativePath: file.relativePath, displayPath: file.displayPath,
                                                   data: FileManager.default.contents(atPath: contentPath + "/" + file.relativePath) ?? Data())
            let hash = StableHash.contents(source.data)
            if let entry, entry.contentHash == hash, entry.isUsable {
                return (hash, entry, ArticleLoader.Result(article: entry.article, diagnostics: entry.diagnostics))
            }
            // The page chrome dropped is for `chronicle extract --text`; a build keeps only the page's footer, which extraction
            // reads (the site's address, the story's tags).
            var result = loader.load(source)
            if let footer = result.article?.footer { result.article?.droppedLines = footer }
            return (hash, nil, result)
        }
        // By index, not by element: an element of `loaded` holds an article and its facts, and copying one retains every part.
        let originals = files.indices.map { index in
            OriginalFile(relativePath: files[index].relativePath, displayPath: files[index].displayPath,
                         path: contentPath + "/" + files[index].relativePath, hash: loaded[index].hash,
                         size: files[index].data?.count ?? files[index].stamp?.size ?? 0)
        }
        report.articlesUnread = files.count { $0.data == nil }
        // The bytes go at the end of this stage; the site's copies of the originals are read again.
        for index in files.indices { files[index].data = nil }
        for index in loaded.indices where !loaded[index].result.diagnostics.isEmpty { report.diagnostics += loaded[index].result.diagnostics }
        report.articlesRead = loaded.indices.count { loaded[$0].result.article != nil }
        clock.lap(.load, into: &report)

        let extractor = Extractor(knowledge: knowledge.extraction)
        // Facts and the duplicate sketch: from the cache, else read now (on both cores).
        let facts = loaded.parallelMap { item -> (facts: ArticleFacts, sketch: [Int])? in
            if let cached = item.cached, let facts = cached.facts, let article = item.result.article {
                return (facts, cached.sketch ?? DuplicateDetector.sketch(article))
            }
            return item.result.article.map { (extractor.extract($0).facts, DuplicateDetector.sketch($0)) }
        }
        let extracted = zip(loaded, facts).compactMap { item, found in
            item.result.article.flatMap { article in found.map { ExtractedArticle(article: article, facts: $0.facts, sketch: $0.sketch) } }
        }
        clock.lap(.extract, into: &report)

        let model = Aggregator.aggregate(extracted)
        clock.lap(.aggregate, into: &report)

        if options.strict, report.warnings > 0 {
            throw ChronicleError(file: nil, "\(report.warnings) warning(s) with --strict; the site was not replaced",
                                 hint: "fix the warnings above, or build without --strict")
        }
        let writer = SiteWriter(output: options.output.url, displayPath: options.output.display)
        // Unchanged files are carried over from the current site, as the manifest of the last build describes it.
        let previousManifest = options.cache ? SiteManifest.load(for: options.output.url) : nil
        if !options.cache { SiteManifest.remove(for: options.output.url) }
        // Render and write go batch by batch into a staging folder, so a large site is never in memory whole.
        let staging = try writer.begin(reusing: previousManifest)
        var writing = WriteTime()
        let outcome: SiteWriter.Outcome
        let renderer = SiteRenderer(templates: templates, settings: settings)
        do {
            let published = Set(model.entries.map(\.article.sourcePath))
            try writing.measure {
                try staging.addOriginals(originals.filter { published.contains($0.relativePath) }, previous: previousManifest,
                                         diagnostics: &report.diagnostics)
            }
            var reused = ReusedPages()
            if options.cache {
                let sourceHashes = Dictionary(zip(paths, loaded.map(\.hash)), uniquingKeysWith: { first, _ in first })
                try writing.measure {
                    reused = try reuseUnchangedPages(renderer, model, sourceHashes: sourceHashes,
                                                     fingerprint: renderFingerprint(templates: templates, settings: settings, knowledge: knowledge),
                                                     previous: previousManifest, into: staging)
                }
            }
            report.pagesWritten = reused.count
            report.pagesReused = reused.count
            try renderer.render(model, reused: reused.articles, reusedReports: reused.reports) { batch in
                report.pagesWritten += batch.filter { $0.path.hasSuffix(".html") }.count
                try writing.measure { try staging.add(batch) }
            }
            clock.lap(.render, into: &report, less: writing.seconds)
            outcome = try staging.commit()
        } catch {
            staging.abort()
            throw error
        }
        if options.cache {
            let manifest = outcome.manifest, output = options.output.url
            if options.defersRecordWrites {
                // Until it is written, no manifest: the one of the site just replaced must not describe this one.
                SiteManifest.remove(for: output)
                BackgroundWrites.shared.enqueue { manifest.save(for: output) }
            } else {
                manifest.save(for: output)
            }
        }
        report.filesWritten = outcome.files
        report.filesCarried = outcome.carried
        if options.reportsChangedFiles { report.changedFiles = previousManifest.map { outcome.manifest.changedFiles(since: $0) } }
        report.wroteSite = true
        // Only the cache files holding a new, changed or deleted article (or a new stamp) are written again.
        if let cache {
            var entries: [String: ExtractionCache.Entry] = [:]
            entries.reserveCapacity(files.count)
            var changed = Set(previous.keys).subtracting(paths)
            for (file, (item, facts)) in zip(files, zip(loaded, facts)) {
                let stamp = ExtractionCache.trustedStamp(file.stamp, readAfter: startedReading, settling: options.stampSettlingNanoseconds)
                if item.cached == nil || item.cached?.stamp != stamp { changed.insert(file.relativePath) }
                entries[file.relativePath] = item.cached?.stamped(stamp)
                    ?? ExtractionCache.Entry(contentHash: item.hash, article: item.result.article, facts: facts?.facts,
                                             diagnostics: item.result.diagnostics, sketch: facts?.sketch, stamp: stamp)
            }
            cache.save(entries, changed: changed, deferringWrites: options.defersRecordWrites)
        }
        searchTerms?.save(deferringWrites: options.defersRecordWrites)
        overlaps?.save(deferringWrites: options.defersRecordWrites)
        clock.lap(.write, into: &report, more: writing.seconds)
        return PreviewBasis(knowledge: knowledge, renderer: renderer, model: model, content: options.content)
    }
}

/// Pages taken unchanged from the previous site: article entry indices and report page paths.
struct ReusedPages {
    var articles = Set<Int>()
    var reports = Set<String>()
    var count: Int { articles.count + reports.count }
}

extension SiteBuilder {
    /// Article, unit, province, theme and year pages whose inputs are as last time are carried over from the
    /// previous site, not rendered. Records every page's inputs for the next build.
    func reuseUnchangedPages(_ renderer: SiteRenderer, _ model: SiteModel, sourceHashes: [String: UInt64], fingerprint: UInt64,
                             previous: SiteManifest?, into staging: SiteWriter.Staging) throws -> ReusedPages {
        var reused = ReusedPages()
        let articles = renderer.articleInputs(model, sourceHashes: sourceHashes, fingerprint: fingerprint)
        let reports = renderer.reportInputs(model, sourceHashes: sourceHashes, fingerprint: fingerprint)
        func unchanged(_ path: String, _ inputs: UInt64) -> Bool { previous?.inputs[path] == inputs }
        let articleCandidates = articles.indices.filter { unchanged(articles[$0].path, articles[$0].inputs) }
        let missingArticles = try staging.reuse(articleCandidates.map { articles[$0].path })
        reused.articles = Set(articleCandidates.filter { !missingArticles.contains(articles[$0].path) })
        let reportCandidates = reports.filter { unchanged($0.path, $0.inputs) }.map(\.path)
        reused.reports = Set(reportCandidates).subtracting(try staging.reuse(reportCandidates))
        var inputs = Dictionary(articles.map { ($0.path, $0.inputs) }, uniquingKeysWith: { first, _ in first })
        for page in reports { inputs[page.path] = page.inputs }
        staging.recordInputs(inputs)
        return reused
    }
}

/// What every page depends on besides its own inputs: templates, settings, domain knowledge (which
/// decides the facts) and the program itself.
private func renderFingerprint(templates: TemplateSet, settings: SiteSettings, knowledge: DomainKnowledge) -> UInt64 {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let settingsHash = (try? encoder.encode(settings)).map { StableHash.contents($0) } ?? 0
    return ((templates.fingerprint &* 31 &+ settingsHash) &* 31 &+ knowledge.fingerprint) &* 31 &+ ExtractionCache.programStamp
}

/// Wall time per stage, for the summary line, `--verbose` and the benchmark.
struct StageClock {
    private var last = DispatchTime.now()

    /// `less`/`more`: time moved between stages that interleave (render hands batches to write).
    mutating func lap(_ stage: BuildStage, into report: inout BuildReport, less: Double = 0, more: Double = 0) {
        let now = DispatchTime.now()
        report.timings.append((stage, Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9 - less + more))
        report.residentBytes[stage] = Self.residentBytes()
        last = now
    }
}

extension StageClock {
    /// The process's resident set now, from /proc/self/statm (Linux); 0 elsewhere.
    static func residentBytes() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}

/// Time spent writing batches while rendering, counted as the write stage's: the time rendering waited for the background
/// writer (see `SiteWriter.Staging`), and the checks and links of files carried over. Writing that overlaps rendering counts
/// as rendering's.
struct WriteTime {
    private(set) var seconds = 0.0

    mutating func measure(_ work: () throws -> Void) rethrows {
        let start = DispatchTime.now()
        defer { seconds += Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 }
        try work()
    }
}
