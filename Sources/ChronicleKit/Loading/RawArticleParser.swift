import Foundation

/// Turns the text of an article file, as copied from a news page, into an `Article`:
/// the site's clock, kicker, title, publication line, source tag, body, captions and byline,
/// with the page chrome dropped. Pure: text in, value out.
public struct RawArticleParser: Sendable {
    let rules: PageChromeRules
    private let dateLines: DateLineRecognizer
    private let bylines: BylineParser
    private let captions: CaptionDetector

    /// Titles are short; a longer line is a lead or a sapo.
    static let maximumTitleWords = 40
    /// Lines from a table's title to its header: the title, then perhaps the decision it is attached to.
    private static let tableTitleLines = 2
    /// A table's first row ("1 | Chi bộ …", "1\tĐảng bộ xã …", "1. Chi bộ …") or first part ("I\tTẬP THỂ", "I. CÁ NHÂN").
    /// A line of a roster after its title: a numbered row ("1. Chi bộ …", "12 | Ông …"), a part's heading ("I. Giấy khen của …",
    /// "a) Tập thể:", "Cá nhân:"), the decision it is attached to ("(Kèm theo Quyết định …)").
    private static let rosterLine = Pattern(literal: #"^\s*(?:\d{1,3}\s*[.)|\t]?\s*\p{L}|"# + TextShape.partNumber + #"\s*[.)]\s*\p{L}|\(|[^.!?]{1,40}:$)"#,
                                            caseInsensitive: false)
    /// "1 | Chi bộ …", "I  TẬP THỂ", "A. TẬP THỂ" (a part lettered, in capitals).
    private static let tableStart = Pattern(literal: #"^\s*(?:(?:1|I)\s*(?:[.)|\t]|\s)\s*\p{L}|A\s*[.)]\s*\p{Lu}\p{Lu})"#, caseInsensitive: false)
    static let maximumKickerWords = 25
    /// Paragraphs of story there must be above a comments marker for it to open the readers' comments
    /// (a counter by the title is a widget).
    static let proseBeforeComments = 2
    /// A commenter's name, place and time: "Nguyễn Văn Hòa - Thiệu Hóa | 22/09/2023 13:20".
    static let longestCommenterLine = 10

    public init(rules: PageChromeRules, dates: DateVocabulary) {
        self.rules = rules
        dateLines = DateLineRecognizer(rules: rules, weekday: dates.timestampWeekday)
        bylines = BylineParser(rules: rules)
        captions = CaptionDetector(rules: rules)
    }

    /// - Parameters:
    ///   - text: decoded, NFC, `\n` line ends (see `TextDecoding`).
    ///   - firstLineNumber: the file line `text` starts on (after front matter).
    public func parse(_ text: String, sourcePath: String, format: Article.Format, firstLineNumber: Int = 1,
                      frontMatter: FrontMatter = FrontMatter()) -> Article {
        var article = Article(sourcePath: sourcePath, format: format, title: "", frontMatter: frontMatter)
        let units = Self.units(of: text, format: format, firstLineNumber: firstLineNumber)
        var content: [SourceLine] = []
        var proseLines = 0
        for (position, unit) in units.enumerated() {
            // Readers' comments below the story: the marker, then a commenter's name and time, then their words.
            if proseLines >= Self.proseBeforeComments, rules.commentMarker?.matches(unit.text) == true,
               let next = units.dropFirst(position + 1).first, TextShape.wordCount(next.text) <= Self.longestCommenterLine,
               !TextShape.endsLikeSentence(next.text) {
                article.droppedLines += units[position...]
                break
            }
            if rules.isChrome(unit.text) { article.droppedLines.append(unit) } else { content.append(unit) }
            if Self.isProse(unit.text) { proseLines += 1 }
        }

        var index = 0
        var dateAboveTitle: LocalDateTime?
        if let title = frontMatter.title {
            article.title = title
        } else {
            while index < content.count, let clock = dateLines.recognize(content[index].text) {
                if article.pageClock == nil { article.pageClock = clock }
                index += 1
            }
            if let title = titleAbove(firstProse(from: index, in: content), from: index, in: content) {
                // The title stands right above the story; above it: a kicker, then the site's menus,
                // sections and clock.
                var header = Array(content[index..<title])
                if let last = header.last, isKickerLine(last.text) {
                    article.kicker = last.text
                    article.kickerLine = last.number
                    header.removeLast()
                }
                for (position, line) in header.enumerated() {
                    if let clock = dateLines.recognize(line.text) {
                        if article.pageClock == nil { article.pageClock = clock }
                        // Below the site's name and sections, right over the title: the story's publication line,
                        // should none follow the title ("Chính trị" / "Thứ Sáu, 12/06/2020, 07:15" / the title).
                        if position > 0, position == header.count - 1 { dateAboveTitle = clock }
                    } else {
                        article.headerLabels.append(line.text)
                    }
                    article.droppedLines.append(line)
                }
                index = title
            } else {
                // No line of prose to anchor on: read the header line by line.
                while index < content.count, isSectionLabel(at: index, in: content) {
                    article.droppedLines.append(content[index])
                    article.headerLabels.append(content[index].text)
                    index += 1
                }
                if isKicker(at: index, in: content) {
                    article.kicker = content[index].text
                    article.kickerLine = content[index].number
                    index += 1
                }
            }
            // A long sentence is the story's first paragraph, not a headline: the file has no title.
            if index < content.count, !Self.isProseNotTitle(content[index].text) {
                article.title = content[index].text
                article.titleLine = content[index].number
                index += 1
            }
        }
        var body = Array(content[index...])
        // Below the title, or below a sapo and its byline ("(Baohatinh.vn) - …", "Ngọc Thắng", "26/05/2021 12:10").
        for offset in 0..<min(Self.publicationLinesSearched, body.count) {
            if let published = dateLines.recognize(body[offset].text) {
                article.published = published
                body.remove(at: offset)
                break
            }
        }
        if article.published == nil, let dateAboveTitle { article.published = dateAboveTitle }
        // "Văn Hùng", "Nhóm PV Thời sự" under the title: a byline printed at the top.
        if body.count >= 2, let byline = bylines.parse(body[0].text), !byline.authors.isEmpty || byline.source != nil, body[0].text.count <= 40,
           TextShape.wordCount(body[1].text) > Self.maximumKickerWords {
            article.authors = byline.authors
            article.droppedLines.append(body.removeFirst())
        }
        // A footer marker drops everything after it, unless the story goes on below: then it opened a
        // box of related headlines inside the article, and only the marker and its headlines go. (A headline
        // dated "16-05-2018 | 21:10" over a teaser is the footer's list of stories, teasers and all.)
        var searchFrom = 1
        while let marker = body.indices.dropFirst(searchFrom).first(where: { rules.isEndMarker(body[$0].text) }) {
            let headlines = body[(marker + 1)...].prefix { !Self.isProse($0.text) }
            let boxEnd = marker + 1 + headlines.count
            guard boxEnd < body.count, body[boxEnd...].contains(where: { Self.isProse($0.text) }), headlines.count <= Self.longestInlineBox,
                  !headlines.contains(where: { dateLines.recognize($0.text) != nil }) else {
                article.droppedLines += body[marker...]
                body.removeSubrange(marker...)
                break
            }
            article.droppedLines += body[marker..<boxEnd]
            body.removeSubrange(marker..<boxEnd)
            searchFrom = marker
        }
        // "Cập nhật: 23-01-2021 | 05:30" among the page's last lines: the publication line, when none stood under or over the title.
        if article.published == nil {
            article.published = body.suffix(Self.footLines).lazy.compactMap { self.dateLines.recognize($0.text) }.first
        }
        body.removeAll { unit in
            if dateLines.recognize(unit.text) != nil {
                article.droppedLines.append(unit)
                return true
            }
            if let credit = sourceCredit(unit.text) {
                article.sourceCredits.append(credit)
                return true
            }
            return false
        }
        // The tail after the last sentence: the byline, then related headlines no footer marker announced.
        var tail = body.count
        while tail > 1, TextShape.wordCount(body[tail - 1].text) <= Self.maximumTitleWords, !TextShape.endsLikeSentence(body[tail - 1].text) {
            tail -= 1
        }
        // (Not a table's row-number column right under a line ending in a colon: "… được khen thưởng như sau:" over "TT", a table
        // copied one cell per line.)
        func opensTable(_ index: Int) -> Bool {
            index > 0 && body[index - 1].text.hasSuffix(":") && rules.tableRowNumberHeaders.contains(body[index].text)
        }
        // Nor a line over a table's header or first row: its title ("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG"), a header
        // ("STT | Tập thể/Cá nhân | …"), a part's heading ("I  TẬP THỂ"), over "STT …", "1 | Chi bộ …", "I  TẬP THỂ" or "A. TẬP THỂ".
        // (The decision a roster is attached to may stand between: "(Kèm theo Quyết định số … )".)
        func headsTable(_ index: Int) -> Bool {
            guard let next = body[(index + 1)...].prefix(Self.tableTitleLines).first(where: { !$0.text.hasPrefix("(") })?.text else { return false }
            let firstCell = next.prefix { !$0.isWhitespace && $0 != "|" }
            return rules.tableRowNumberHeaders.contains(String(firstCell)) || Self.tableStart.matches(next)
        }
        if let (bylineIndex, byline) = body[tail...].indices.lazy.compactMap({ index in
               opensTable(index) || headsTable(index) ? nil : self.bylines.parse(body[index].text).map { (index, $0) } }).first {
            if !byline.authors.isEmpty { article.authors = byline.authors }
            if let source = byline.source { article.sourceCredits.append(source) }
            // Lines before the byline are the story's (captions, a last line without a full stop); after it, the site's, but for
            // a roster the story attached ("(có danh sách kèm theo)") under its title.
            var roster = bylineIndex + 1
            if roster < body.count, headsTable(roster) {
                roster += 1
                while roster < body.count, Self.rosterLine.matches(body[roster].text) || rules.tableRowNumberHeaders.contains(body[roster].text) { roster += 1 }
            }
            article.droppedLines += body[roster...]
            let attached = Array(body[(bylineIndex + 1)..<roster])
            body.removeSubrange(bylineIndex...)
            body += attached
        }
        let separated = captions.separate(body, title: article.title)
        article.paragraphs = separated.paragraphs
        article.captions = separated.captions
        if var lead = article.paragraphs.first, let match = rules.sourceTag.firstMatch(in: lead.text) {
            article.sourceTag = String(match[1] ?? match[2]!)
            lead.text.removeSubrange(match.range)
            article.paragraphs[0] = lead
        }
        applyFrontMatter(to: &article)
        diagnose(&article, units: units)
        return article
    }

    /// The lines that carry text. In raw text every line is a paragraph (crawls often separate
    /// paragraphs by a single newline), unless the copy broke its lines at a fixed width (`joiningBrokenLines`);
    /// in Markdown, lines run together until a blank line.
    static func units(of text: String, format: Article.Format, firstLineNumber: Int) -> [SourceLine] {
        var units: [SourceLine] = []
        var pending: SourceLine?
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = normalizeSpaces(rawLine)
            let number = firstLineNumber + offset
            if line.isEmpty {
                if let unit = pending { units.append(unit) }
                pending = nil
            } else if format == .markdown, var unit = pending {
                unit.text += " " + line
                pending = unit
            } else {
                if let unit = pending { units.append(unit) }
                pending = SourceLine(number: number, text: line)
                if format == .text {
                    units.append(pending!)
                    pending = nil
                }
            }
        }
        if let unit = pending { units.append(unit) }
        return format == .text ? joiningBrokenLines(units) : units
    }

    /// A copy that broke the story's lines at a fixed width ("… Chỉ thị số 05-CT/TW ngày" then "15-5-2016 của Bộ Chính
    /// trị …") is told by many lines going on in lowercase (`brokenLinesOfAWrappedCopy`); in such a copy those lines, and
    /// within a paragraph so found broken those going on with a capital ("… Đồng chí Vũ" then "Đức Hạnh, …"), join the
    /// line before them. In a copy with only a few, only a line going on with a lowercase word joins (`goesOnInLowercase`):
    /// one going on with a number or a capital may be a table's cell or a list's item.
    static func joiningBrokenLines(_ lines: [SourceLine]) -> [SourceLine] {
        let adjacent = lines.indices.dropFirst().filter { lines[$0].number == lines[$0 - 1].number + 1 }
        let broken = adjacent.count(where: { continuesWrapped(lines[$0 - 1].text, with: lines[$0].text, inBrokenParagraph: false) })
        let wrappedCopy = broken >= brokenLinesOfAWrappedCopy
        guard wrappedCopy || adjacent.contains(where: { goesOnInLowercase(lines[$0 - 1].text, lines[$0].text) }) else { return lines }
        var joined: [SourceLine] = []
        var lastWasJoined = false, joinedAny = false
        for (index, line) in lines.enumerated() {
            // The line before as the copy broke it, not the paragraph joined so far: its own width and ending tell.
            if index > 0, line.number == lines[index - 1].number + 1,
               wrappedCopy ? continuesWrapped(lines[index - 1].text, with: line.text, inBrokenParagraph: lastWasJoined
                                                || (joinedAny && splitsAName(lines[index - 1], line, then: index + 1 < lines.count ? lines[index + 1] : nil)))
                           : goesOnInLowercase(lines[index - 1].text, line.text) {
                joined[joined.count - 1].text += " " + line.text
                lastWasJoined = true
                joinedAny = true
            } else {
                joined.append(line)
                lastWasJoined = false
            }
        }
        return joined
    }

    /// A paragraph's first line cut inside a name, in a wrapped copy past its title (some line was joined before): "Tại Đại hội,
    /// thừa ủy quyền của Chủ tịch nước, Thiếu tướng Nguyễn" then "Văn Long đã trao … cho 1 tập", which itself goes on in
    /// lowercase. The line before holds a comma and ends with a capital word, and holds no colon or sentence's end, as a caption
    /// does ("… trao Bằng khen cho các tập thể, cá nhân. Ảnh: Thu Hà").
    static func splitsAName(_ previous: SourceLine, _ line: SourceLine, then following: SourceLine?) -> Bool {
        let text = previous.text
        guard text.contains(","), !text.contains(":"), !text.contains(". "), let lastWord = text.split(separator: " ").last,
              lastWord.first?.isUppercase == true, lastWord.allSatisfy(\.isLetter), line.text.first?.isUppercase == true,
              let following, following.number == line.number + 1 else { return false }
        return continuesWrapped(line.text, with: following.text, inBrokenParagraph: false)
    }

    /// A sentence a crawl split: a long line with no sentence's end, then one going on with a lowercase word ("… phong cách Hồ
    /// Chí Minh" then "và thực hiện phong trào …"). Not a credit under a caption ("ảnh: Văn Hùng"): its first word ends in a colon.
    static func goesOnInLowercase(_ previous: String, _ next: String) -> Bool {
        guard continuesWrapped(previous, with: next, inBrokenParagraph: false), next.first?.isLetter == true else { return false }
        let firstWord = next.prefix { $0 != " " }
        return !firstWord.hasSuffix(":") && !next.dropFirst(firstWord.count).drop(while: { $0 == " " }).hasPrefix(":")
    }

    /// Lines going on in lowercase after a long line, in a copy broken at a fixed width: the corpus's wrapped copies have
    /// 12 or more, other copies at most 3 (a line a crawl split, lists, tables flattened).
    static let brokenLinesOfAWrappedCopy = 5

    /// A long line ending with no sentence's end, then a line going on in lowercase (or with a day or a number after a
    /// lowercase word); in a paragraph already found broken, with a capital too (a title, never joined before, is not run
    /// into the line after it). A row of a table ("1 Chi bộ …") or a line ending a list's item (":" or ";") is never joined.
    static func continuesWrapped(_ previous: String, with next: String, inBrokenParagraph: Bool) -> Bool {
        guard previous.utf8.count >= wrappedLineBytes, let first = next.first, let end = previous.last,
              end.isLetter || end.isNumber || end == "," || end == "”" || end == "\"",
              !opensWithRowNumber(previous), !opensWithRowNumber(next), !TextShape.endsLikeSentence(previous) else { return false }
        if first.isLetter { return first.isLowercase || (inBrokenParagraph && end.isLetter && next.utf8.count >= wrappedLineBytes) }
        return first.isNumber && end.isLetter && end.isLowercase
    }

    /// "1 Chi bộ …", "12. Đồn …", "3) …", "a) …": a row's or an item's number (not "15-5-2016 của …", a line going on with a day).
    private static func opensWithRowNumber(_ line: String) -> Bool {
        if let first = line.first, first.isLetter, first.isLowercase, line.dropFirst().first == ")" { return true }
        let digits = line.prefix { $0.isNumber }
        guard !digits.isEmpty else { return false }
        let next = line.dropFirst(digits.count).first
        return next == nil || next == " " || next == "." || next == ")" || next == "\t"
    }

    /// Bytes of UTF-8 a line broken at a fixed width has at least (about 40 Vietnamese characters).
    static let wrappedLineBytes = 60

    /// Tabs, no-break and zero-width spaces become plain spaces; runs collapse; ends are trimmed.
    static func normalizeSpaces(_ line: Substring) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.utf8.count)
        var pendingSpace = false
        for scalar in line.unicodeScalars {
            if scalar == "\u{200B}" || scalar == "\u{FEFF}" || scalar == "\u{200C}" || scalar == "\u{200D}" { continue }
            if TextShape.isSpaceOrControl(scalar) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            UTF8.encode(scalar) { bytes.append($0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A line of the story: long enough and ending like a sentence.
    static func isProse(_ text: String) -> Bool {
        TextShape.wordCount(text) >= minimumProseWords && (TextShape.endsLikeSentence(text) || endsWithGluedByline(text))
    }

    /// "… cho 7 điển hình tham gia giao lưu. Trúc Xuân": a copy glued the byline to the last sentence (a few capitalized words
    /// after its full stop).
    static func endsWithGluedByline(_ text: String) -> Bool {
        // Sentences as the story's are cut ("TP. Hồ Chí Minh" is no full stop), the last a name alone.
        let sentences = ArticleText.sentences(text)
        guard sentences.count > 1, let last = sentences.last else { return false }
        return BylineParser.looksLikeName(text.substring(utf16: last).trimmingWhitespace(), allowInitials: false)
    }

    /// Headlines in a related-stories box inside an article; more means the footer.
    static let longestInlineBox = 6

    /// Headlines are shorter than this; a longer line ending like a sentence is prose.
    static let longestTitleWords = 40

    static func isProseNotTitle(_ text: String) -> Bool {
        TextShape.wordCount(text) > longestTitleWords && TextShape.endsLikeSentence(text)
    }

    /// The publication line stands within this many lines under the title.
    static let publicationLinesSearched = 4

    /// The story starts within this many lines of the top (menus can be long).
    static let headerLinesSearched = 60
    /// A line of prose has at least this many words and ends like a sentence.
    static let minimumProseWords = 15

    /// The first line of the story: the lead with the newspaper's tag, or the first long sentence.
    private func firstProse(from start: Int, in content: [SourceLine]) -> Int? {
        // A tag opens a lead, which reads on ("QTO - Ngày 02/3, …"); a site's banner does not ("CAND - Báo Công an nhân dân điện tử").
        // However long, one naming its site after the tag is a banner ("QĐND Online - Báo Quân đội nhân dân - Cơ quan của …").
        func tagged(_ index: Int) -> Bool {
            let text = content[index].text
            return rules.sourceTag.firstMatch(in: text).map { tag in
                (TextShape.endsLikeSentence(text) || TextShape.wordCount(text) >= Self.minimumProseWords) && !rules.isTaggedBanner(text, tag: tag)
            } ?? false
        }
        let lines = content.indices.dropFirst(start).prefix(Self.headerLinesSearched)
        guard let first = lines.first(where: { index in
            let text = content[index].text
            // A lead may end introducing a list ("… tuyên dương 150 điển hình. Cụ thể:"); a title or a kicker is shorter.
            let introducesList = text.trimmingWhitespace().hasSuffix(":")
            return tagged(index) || (TextShape.wordCount(text) >= Self.minimumProseWords && (TextShape.endsLikeSentence(text) || introducesList))
        }) else { return nil }
        // A notice of the site's over the title ("Từ ngày 1/7/2025, Báo Bắc Giang hợp nhất với Báo Bắc Ninh. Bạn đang xem nội dung
        // lưu trữ.", then the title, then "BGĐT - Ngày 14/1, …"): the tagged lead under the next title is the story's.
        if !tagged(first), let title = lines.first(where: { $0 > first && !content[$0].text.isEmpty }), isTitleLike(content[title].text),
           let lead = lines.first(where: { $0 > title && !content[$0].text.isEmpty }), tagged(lead) {
            return lead
        }
        return first
    }

    /// The nearest title-like line above the story, past publication lines, bylines and captions.
    private func titleAbove(_ prose: Int?, from start: Int, in content: [SourceLine]) -> Int? {
        guard let prose, prose > start else { return nil }
        var index = prose - 1
        while index >= start {
            let text = content[index].text
            // Right above the publication line stands the title, however much it reads like a caption
            // ("Thanh Hà: 2 tập thể nhận cờ thi đua …" then "18/09/2020 16:20").
            let abovePublication = index + 1 < prose && dateLines.recognize(content[index + 1].text) != nil
            let skippable = dateLines.recognize(text) != nil || sourceCredit(text) != nil   // "Nguồn: Báo Đồng Nai" over the lead
                || bylines.parse(text).map { byline in
                    (TextShape.wordCount(text) <= 5 || byline.credited) && (!byline.authors.isEmpty || byline.source != nil)
                } == true
                || (!abovePublication && (rules.captionCue?.matches(text) == true || rules.imageAlt?.matches(text) == true))
                // A caption printed twice, the copy below it.
                || (index + 1 < prose && content[index + 1].text == text) || (index + 1 < prose && index > start && content[index - 1].text == text)
            if !skippable, isTitleLike(text) { return index }
            if !skippable, index < prose - 1 { return nil }
            index -= 1
        }
        return nil
    }

    /// Capitals or a closing colon: "THỰC HIỆN KẾT LUẬN SỐ 01-KL/TW Ở ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH:".
    private func isKickerLine(_ line: String) -> Bool {
        TextShape.wordCount(line) <= Self.maximumKickerWords && dateLines.recognize(line) == nil
            && ((TextShape.isMostlyUppercase(line) && TextShape.wordCount(line) > Self.maximumSectionWords) || line.hasSuffix(":"))
    }

    /// A publication line printed at the page's foot stands among its last lines.
    static let footLines = 3

    /// Site names and sections are at most this long: "Chính trị", "BÁO THÁI NGUYÊN ĐIỆN TỬ".
    static let maximumSectionWords = 5

    /// A short label over the title ("Xây dựng Đảng", "Nhà nông"): no sentence, no colon,
    /// followed by a line that reads like a title.
    private func isSectionLabel(at index: Int, in content: [SourceLine]) -> Bool {
        guard index + 1 < content.count else { return false }
        let line = content[index].text
        let next = content[index + 1].text
        guard TextShape.wordCount(line) <= Self.maximumSectionWords, !line.hasSuffix(":"), !TextShape.endsLikeSentence(line),
              dateLines.recognize(line) == nil else { return false }
        if dateLines.recognize(next) != nil {
            // "BÁO THÁI NGUYÊN ĐIỆN TỬ" over the site's clock, then the title.
            return index + 2 < content.count && isTitleLike(content[index + 2].text)
        }
        return TextShape.wordCount(next) > TextShape.wordCount(line) && isTitleLike(next)
    }

    /// Short, not a sentence ("?" and "!" end titles too), not a date, not a tagged lead.
    private func isTitleLike(_ line: String) -> Bool {
        TextShape.wordCount(line) <= Self.maximumTitleWords && !line.hasSuffix(".") && !line.hasSuffix(";")
            && dateLines.recognize(line) == nil && rules.sourceTag.firstMatch(in: line) == nil
    }

    /// An all-caps or colon-ended line standing over a title-like line (seed 003).
    private func isKicker(at index: Int, in content: [SourceLine]) -> Bool {
        guard index + 1 < content.count else { return false }
        let line = content[index].text
        let next = content[index + 1].text
        guard TextShape.wordCount(line) <= Self.maximumKickerWords,
              TextShape.isMostlyUppercase(line) || line.hasSuffix(":") else { return false }
        return isTitleLike(next) && !TextShape.isMostlyUppercase(next)
    }

    /// "Nguồn: BTV", "Theo TTXVN": a short credit line, not a sentence that starts with "Theo".
    private func sourceCredit(_ line: String) -> String? {
        guard let match = rules.sourceCredit.firstMatch(in: line), let credit = match[1] else { return nil }
        let name = credit.trimmingWhitespace()
        guard TextShape.wordCount(name) <= 6, !name.contains(","), !TextShape.endsLikeSentence(name),
              name.first?.isUppercase == true else { return nil }
        return name
    }

    private func applyFrontMatter(to article: inout Article) {
        let front = article.frontMatter
        if let kicker = front.kicker { article.kicker = kicker }
        if let published = front.published { article.published = published }
        if let authors = front.authors { article.authors = authors }
        if let source = front.source { article.sourceCredits.insert(source, at: 0) }
    }

    private func diagnose(_ article: inout Article, units: [SourceLine]) {
        let file = article.sourcePath
        if article.title.isEmpty {
            let name = (file as NSString).lastPathComponent
            article.title = (name as NSString).deletingPathExtension
            article.diagnostics.append(.warning(file: file, line: units.first?.number, "no title found; using the file name",
                                                hint: "put the title on the first line, or set `title:` in front matter"))
        }
        if article.paragraphs.isEmpty {
            article.diagnostics.append(.warning(file: file, line: units.last?.number, "no body text after the title",
                                                hint: "check that the file holds the article, not just its headline"))
        }
    }
}
