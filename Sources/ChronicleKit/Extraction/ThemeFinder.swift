import Foundation

/// A theme of the campaign an article belongs to.
public struct ThemeMention: Sendable, Codable, Hashable {
    public var id: String
    public var name: String
    /// For "Chuyên đề năm N": the title the article quotes, if any.
    public var title: String?
    public var evidence: String
}

/// A document cited: "Kết luận số 01-KL/TW", normalized to "Kết luận 01-KL/TW".
public struct DocumentMention: Sendable, Codable, Hashable {
    public var kind: String
    public var number: String
    public var name: String { "\(kind) \(number)" }
}

/// Themes and documents, from `extraction/themes.yml`.
struct ThemeFinder: Sendable {
    struct Theme: Codable, Sendable {
        var id: String
        var name: String
        var patterns: [String]
        var title_patterns: [String]?
        var min_body_mentions: Int?
    }

    struct ChuyenDe: Codable, Sendable {
        /// How the theme is named, "{period}" standing for "2024" or "2024-2025".
        var name: String
        var pattern: String
        var title_patterns: [String]
    }

    struct Documents: Codable, Sendable {
        var kinds: [String]
        var number: String
    }

    struct Source: Codable, Sendable {
        var schema: String
        var themes: [Theme]?
        var chuyen_de: ChuyenDe?
        var documents: Documents?

        static let schemaName = "chronicle.themes/1"
        static let keys: Set<String> = ["schema", "themes", "chuyen_de", "documents"]
    }

    let themes: [(theme: Theme, pattern: Pattern, titlePattern: Pattern?)]
    let chuyenDe: Pattern
    let chuyenDeName: String
    let chuyenDeTitles: [Pattern]
    let document: Pattern
    let documentKinds: [String]

    init(sources: [Source]) throws {
        themes = try sources.flatMap { $0.themes ?? [] }.map { theme in
            (theme, try Pattern("(?:\(theme.patterns.joined(separator: "|")))"),
             try theme.title_patterns.map { try Pattern("(?:\($0.joined(separator: "|")))") })
        }
        guard let chuyenDe = sources.compactMap(\.chuyen_de).last, let documents = sources.compactMap(\.documents).last else {
            throw ChronicleError(file: "themes.yml", "chuyen_de and documents are required")
        }
        self.chuyenDe = try Pattern(chuyenDe.pattern)
        chuyenDeName = chuyenDe.name
        chuyenDeTitles = try chuyenDe.title_patterns.map { try Pattern($0) }
        documentKinds = sources.flatMap { $0.documents?.kinds ?? [] }
        let kinds = Pattern.phrases(documentKinds)
        document = try Pattern("(?<!\\p{L})(\(kinds))(?:\\s+số)?\\s+\(documents.number)", caseInsensitive: false)
    }

    func themes(in text: ArticleText) -> [ThemeMention] {
        var found: [ThemeMention] = []
        let heading = text.blocks.filter { $0.part == .title || $0.part == .kicker }.map(\.folded).joined(separator: " \n ")
        let body = text.body
        for entry in themes {
            if let match = entry.pattern.firstMatch(in: heading) ?? entry.titlePattern?.firstMatch(in: heading) {
                found.append(ThemeMention(id: entry.theme.id, name: entry.theme.name, evidence: String(match.value)))
                continue
            }
            let matches = body.flatMap { entry.pattern.matches(in: $0.folded).map { String($0.value) } }
            if let first = matches.first, matches.count >= (entry.theme.min_body_mentions ?? 1) {
                found.append(ThemeMention(id: entry.theme.id, name: entry.theme.name, evidence: first))
            }
        }
        return found + chuyenDeThemes(in: text)
    }

    /// One theme per "Chuyên đề năm N" (or N-M) that the article is about: named in the title,
    /// quoted with its title, mentioned twice, or the latest one mentioned.
    private func chuyenDeThemes(in text: ArticleText) -> [ThemeMention] {
        struct Seen { var name: String; var period: String; var count = 0; var inHeading = false; var title: String?; var evidence: String; var start: Int }
        var seen: [String: Seen] = [:]
        var order: [String] = []
        for block in text.blocks {
            for sentence in block.sentences {
                let sentenceText = block.foldedText(sentence)
                for match in chuyenDe.matches(in: sentenceText) {
                    guard let start = match[1].flatMap({ Int($0) }) else { continue }
                    let end = match[2].flatMap { Int($0) }
                    let period = "\(start)" + (end.map { "-\($0)" } ?? "")
                    let name = chuyenDeName.replacingOccurrences(of: "{period}", with: period)
                    if seen[name] == nil {
                        seen[name] = Seen(name: name, period: period, evidence: String(match.value), start: start)
                        order.append(name)
                    }
                    seen[name]!.count += 1
                    if block.part == .title || block.part == .kicker { seen[name]!.inHeading = true }
                    if seen[name]!.title == nil {
                        let after = String(sentenceText[match.range.upperBound...])
                        let original = block.text(sentence).substring(utf16From: sentenceText[..<match.range.upperBound].utf16.count)
                        seen[name]!.title = quotedTitle(after: after, original: original)
                    }
                }
            }
        }
        // "… năm 2024-2025 …, Ban Thường vụ thống nhất chọn chủ đề: …": a title in a sentence naming the period.
        for name in order where seen[name]!.title == nil {
            let period = seen[name]!.period
            for block in text.body {
                for sentence in block.sentences where block.foldedText(sentence).contains(period) {
                    if let title = quotedTitle(after: block.foldedText(sentence), original: block.text(sentence), patterns: chuyenDeTitles.dropFirst()) {
                        seen[name]!.title = title
                    }
                }
            }
        }
        let latest = seen.values.map(\.start).max()
        return order.compactMap { name in
            let entry = seen[name]!
            guard entry.inHeading || entry.title != nil || entry.count >= 2 || entry.start == latest else { return nil }
            return ThemeMention(id: Slug.make(name), name: name, title: entry.title, evidence: entry.evidence)
        }
    }

    private func quotedTitle(after folded: String, original: String, patterns: ArraySlice<Pattern>? = nil) -> String? {
        for pattern in patterns ?? chuyenDeTitles[...] {
            guard let match = pattern.firstMatch(in: folded), let range = match.range(of: 1) else { continue }
            let nsRange = NSRange(range, in: folded)
            var title = original.substring(utf16: nsRange).trimmingWhitespace()
            while title.hasSuffix(".") { title.removeLast() }
            if title.hasPrefix("“"), title.hasSuffix("”"), title.filter({ $0 == "“" }).count == 1 { title = String(title.dropFirst().dropLast()) }
            if !title.isEmpty { return title }
        }
        return nil
    }

    func documents(in text: ArticleText) -> [DocumentMention] {
        var seen = Set<String>()
        var documents: [DocumentMention] = []
        for block in text.blocks where block.part != .caption {
            for match in document.matches(in: block.folded) {
                guard let kind = match[1], var number = match[2].map(String.init) else { continue }
                number = number.trimming(charactersIn: ".,-/")
                let mention = DocumentMention(kind: kind.capitalizingFirst(), number: number)
                if seen.insert(mention.name.lowercased()).inserted { documents.append(mention) }
            }
        }
        return documents
    }
}
