import Foundation

/// An article's text prepared for extraction: title, kicker, body and captions, each with its
/// spelling folded (same length as the original, so ranges point at the written words) and
/// split into sentences.
struct ArticleText: Sendable {
    enum Part: Sendable { case title, kicker, body, caption }

    struct Block: Sendable {
        var part: Part
        /// Index among the body paragraphs; -1 for title, kicker and captions.
        var paragraph: Int
        var line: Int
        var original: String
        var folded: String
        var sentences: [NSRange]

        func text(_ range: NSRange) -> String { original.substring(utf16: range) }
        func foldedText(_ range: NSRange) -> String { folded.substring(utf16: range) }
    }

    var blocks: [Block]
    let title: Block
    var body: [Block] { blocks.filter { $0.part == .body } }
    var captions: [Block] { blocks.filter { $0.part == .caption } }

    init(_ article: Article, spelling: SpellingFolder) {
        func block(_ part: Part, _ paragraph: Int, _ line: Int, _ text: String) -> Block {
            let folded = spelling.fold(text)
            return Block(part: part, paragraph: paragraph, line: line, original: text, folded: folded, sentences: Self.sentences(folded))
        }
        let title = block(.title, -1, article.titleLine ?? 1, article.title)
        var blocks = [title]
        if let kicker = article.kicker { blocks.append(block(.kicker, -1, article.kickerLine ?? 1, kicker)) }
        for (index, paragraph) in article.paragraphs.enumerated() {
            blocks.append(block(.body, index, paragraph.number, paragraph.text))
        }
        for caption in article.captions where caption.kind == .caption {
            blocks.append(block(.caption, -1, caption.line, caption.text))
        }
        self.blocks = blocks
        self.title = title
    }

    /// A sentence ends at . ! ? … before a capital or a figure ("… 26 cá nhân. 46 điển hình …").
    private static let boundary = Pattern(literal: #"(?<=[.!?…])[”"]?\s+(?=[“"(]?[\p{Lu}\d])"#, caseInsensitive: false)
    /// Titles and place words written short that end in a full stop without ending a sentence: "TS.",
    /// "TP.", "GS.", "ThS.", "Tp.", also after another ("PGS.TS. Đinh Văn Quang"). Other acronyms end theirs ("… Sáu điều Bác Hồ dạy CAND. Giám đốc …"),
    /// as does a capitalized word ("… làm theo lời Bác.", "… chị Hà.") or one letter closing a name
    /// ("Trường Tiểu học Ngãi Xuyên A.", "Nguyễn Văn A."), while one after a small word does not ("tại P. Tân Định") unless it
    /// numbers a period or a rank ("… học kỳ I. Trước đó, …").
    private static let abbreviation = Pattern(literal: #"(?:^|[\s(.])(?:TS|GS|PGS|TP|TX|TT|BS|KS|CN|ThS|Ths|Tp|ĐC|Đ/c|đ/c)\.$|(?:^|[\s(])(?<!\p{Lu}\p{Ll}{0,12}\s)(?<!(?:kỳ|quý|khóa|khoá|đợt|thứ|phần|hạng)\s)\p{Lu}\.$"#,
                                              caseInsensitive: false)

    /// Sentence ranges (UTF-16) of a paragraph.
    static func sentences(_ text: String) -> [NSRange] {
        let nsText = text as NSString
        var ranges: [NSRange] = []
        var start = 0
        for match in boundary.results(in: text, range: NSRange(location: 0, length: nsText.length)) {
            let end = match.range.location
            let candidate = nsText.substring(with: NSRange(location: start, length: end - start))
            if abbreviation.matches(candidate) { continue }
            ranges.append(NSRange(location: start, length: end - start))
            start = match.range.location + match.range.length
        }
        if start < nsText.length { ranges.append(NSRange(location: start, length: nsText.length - start)) }
        return ranges
    }
}
