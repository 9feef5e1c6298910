import Foundation

/// Awards told in a table copied with the page: a sentence introducing it ("Tại buổi lễ, … đã trao khen thưởng cho các tập
/// thể, cá nhân …, cụ thể như sau:", "… khen thưởng 40 tập thể, cá nhân (xem bảng)."), a header naming the count columns
/// ("Hình thức khen thưởng  Tập thể  Cá nhân"), then one row per award ("Bằng khen của Chủ tịch UBND Tỉnh  02  03"). Rows
/// that name no award ("Tổng cộng  22  37") add nothing.
extension AwardFinder {
    func tableAwards(introducedBy block: ArticleText.Block, followedBy rest: ArraySlice<ArticleText.Block>, eventDate: CalendarDate?) -> [Award] {
        // Introduced by a colon ("…, cụ thể như sau:") or not ("… khen thưởng 40 tập thể, cá nhân (xem bảng)."): the header says it is a table.
        guard let tableHeader, let sentenceRange = block.sentences.last else { return [] }
        let byColumn = awardColumnTable(introducedBy: block, followedBy: rest, eventDate: eventDate)
        guard byColumn.isEmpty else { return byColumn }
        // The header, or a short title line and then the header ("KẾT QUẢ KHEN THƯỞNG TẠI HỘI NGHỊ").
        let titled = rest.count > 1 && !rest[rest.startIndex].folded.contains(where: \.isNumber)
            && TextShape.wordCount(rest[rest.startIndex].original) <= Self.tableTitleWords && tableHeader.firstMatch(in: rest[rest.startIndex].folded) == nil
        let lines = [tableLines(rest)] + (titled ? [tableLines(rest.dropFirst())] : [])
        guard let table = lines.first(where: { $0.first.map { tableHeader.firstMatch(in: $0.text) != nil && !$0.text.contains(where: \.isNumber) } ?? false }),
              let columns = tableHeader.firstMatch(in: table[0].text) else { return [] }
        // "… được khen thưởng. Cụ thể:", "… trao Giấy khen cho các tập thể, cá nhân. Cụ thể như sau:": a colon sentence naming
        // no award leaves the sentence before it to introduce the table.
        var introduction = block.foldedText(sentenceRange)
        if TextShape.wordCount(introduction) <= Self.bareIntroducerWords || !(anyKind.matches(introduction) || anyVerb.matches(introduction)),
           block.sentences.count > 1 {
            introduction = block.foldedText(block.sentences[block.sentences.count - 2]) + " " + introduction
        }
        guard introducesThisEventsAwards(introduction, eventDate: eventDate, afterLead: block.paragraph > 0) else { return [] }
        let firstIsCollective = columns["first"].map { collectiveNoun.matches(String($0)) } ?? true
        let giverFirst = tableGiverFirst?.matches(table[0].text) ?? false
        var awards: [Award] = []
        // Rows of recipients grouped ("Khối chính quyền  5  7") under a sentence naming the award ("Ban Thường vụ Tỉnh ủy tặng
        // Bằng khen cho các tập thể, cá nhân …, cụ thể:"): one award, its counts those of the total row, or the rows added up.
        // (Not under a giver column: "Cơ quan khen thưởng  Tập thể  Cá nhân" lists givers.)
        var groupedRows = 0, rowSums = (0, 0), totalRow: (Int, Int)?
        for row in table.dropFirst() {
            // A dash is an empty cell ("Cờ thi đua  Ban Thường vụ Tỉnh ủy  3  -").
            guard let cells = Self.tableRow.firstMatch(in: row.text), let name = cells["name"].map(String.init),
                  let first = cells["first"].map({ Int($0) ?? 0 }), let second = cells["second"].map({ Int($0) ?? 0 }) else { break }
            let length = (name as NSString).length
            let counts = firstIsCollective ? (first, second) : (second, first)
            // A row opening with a verb that names its kind ("3  Biểu dương của Ủy ban MTTQ Việt Nam tỉnh  3  17") is that award too.
            guard let (kind, kindWritten) = anyKind.matches(in: name, range: NSRange(location: 0, length: length)).first
                .map({ ($0, kindName(name.substring(utf16: $0))) }) ?? openingVerbKind(name) else {
                if tableTotal?.matches(name) == true {
                    totalRow = counts
                } else {
                    groupedRows += 1
                    rowSums = (rowSums.0 + counts.0, rowSums.1 + counts.1)
                }
                continue
            }
            let (collectives, individuals) = counts
            // "Huân chương Lao động hạng Ba  Chủ tịch nước  -  -": none given here; "Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen (chờ
            // quyết định)  1  2": only proposed.
            guard collectives + individuals > 0, past.firstMatch(in: name, range: NSRange(location: 0, length: length)) == nil else { continue }
            // "Cờ thi đua  Ban Thường vụ Tỉnh ủy  3  -", "Kỷ niệm chương “Vì sự nghiệp Tuyên giáo”  Ban Tuyên giáo Trung ương  -  4":
            // the giver in a column of its own, after the kind and its name, or before the kind ("Chủ tịch UBND huyện  Giấy khen  6  8").
            var column = Self.quotedName.replacingMatches(in: name.substring(utf16From: kind.upperBound), with: "")
            // "Huân chương Lao động hạng Nhì  1  0": the award's own name, up to its class, names no giver.
            let classNamed = awardClass?.matches(in: column, range: NSRange(location: 0, length: (column as NSString).length)).last
            if let classNamed { column = column.substring(utf16From: classNamed.upperBound) }
            let before = Self.rowNumber.replacingMatches(in: name.substring(utf16To: kind.location), with: "")
            let giverColumn = giver(from: column) ?? (giverFirst ? giver(from: before) : nil)
            let rowGiver = ofGiver(in: name, from: kind.upperBound, to: length) ?? giverColumn
            // "Huân chương Lao động hạng Nhì  1  0" over "Huân chương Lao động hạng Ba  1  1": classes of one award, as in a sentence
            // (not two awards of one kind named otherwise: "Kỷ niệm chương “Vì sự nghiệp Tuyên giáo”", "… “Vì sự nghiệp Dân vận”").
            if classNamed != nil, let same = awards.lastIndex(where: { $0.kind == kindWritten && $0.giver == rowGiver }) {
                awards[same].collectives = Self.sum(awards[same].collectives, collectives)
                awards[same].individuals = Self.sum(awards[same].individuals, individuals)
                continue
            }
            awards.append(Award(giver: rowGiver,
                                kind: kindWritten,
                                collectives: collectives > 0 ? collectives : nil, individuals: individuals > 0 ? individuals : nil,
                                evidence: row.evidence, line: row.line))
        }
        // (The introduction naming one kind: "… được tặng Bằng khen, Giấy khen, cụ thể:" says not which rows had which.)
        let introducedKinds = awards.isEmpty && groupedRows > 0 && !giverFirst ? anyKind.matches(in: introduction).map { kindName(String($0.value)) } : []
        if let kind = introducedKinds.first, Set(introducedKinds).count == 1 {
            let (collectives, individuals) = totalRow ?? rowSums
            let introduced = self.introduction(introduction)
            if collectives + individuals > 0 {
                awards.append(Award(giver: introduced.giver ?? introduced.actor, kind: kind,
                                    collectives: collectives > 0 ? collectives : nil, individuals: individuals > 0 ? individuals : nil,
                                    evidence: block.original.trimmingWhitespace(), line: block.line))
            }
        }
        return awards
    }

    /// A count plus a row's (nil when both are none).
    private static func sum(_ count: Int?, _ row: Int) -> Int? {
        let total = (count ?? 0) + row
        return total > 0 ? total : nil
    }

    /// A table whose columns are the awards and whose rows are the kinds of recipient: "Hình thức khen thưởng  Bằng khen của Ban
    /// Thường vụ Tỉnh ủy  Giấy khen của Đảng ủy Khối  Cộng" over "Tập thể (tổ chức cơ sở đảng)  3  9  12", "Cá nhân (đảng viên)  4
    /// 15  19" and "Tổng cộng  7  30  37": each award its column's counts, the rows of collectives and of individuals added up.
    /// The cells come as one line with their tabs made spaces: the header's columns begin at its kinds, perhaps with a total
    /// after them; a row is a label and a count (or a dash) for each column. A row naming neither a collective nor an individual
    /// reads nothing.
    func awardColumnTable(introducedBy block: ArticleText.Block, followedBy rest: ArraySlice<ArticleText.Block>, eventDate: CalendarDate?) -> [Award] {
        // The header, perhaps under a title line: a label, then two kinds or more, perhaps then a total.
        guard let headerAt = rest.prefix(2).firstIndex(where: { anyKind.matches(in: $0.folded).count >= 2 }) else { return [] }
        var header = Self.cellsBetweenBars(rest[headerAt].folded).replacingOccurrences(of: "\t", with: " ").trimmingWhitespace()
        var hasTotal = false
        for words in Self.totalColumnWords {
            let last = header.split(separator: " ").suffix(words).joined(separator: " ")
            guard tableTotal?.matches(last) == true else { continue }
            header = String(header.dropLast(last.count)).trimmingWhitespace()
            hasTotal = true
            break
        }
        let headerLength = (header as NSString).length
        let kinds = anyKind.matches(in: header, range: NSRange(location: 0, length: headerLength))
        // (A label before the first kind: "Hình thức khen thưởng", "Đối tượng".)
        guard kinds.count >= 2, kinds[0].location > 0 else { return [] }
        // A column begins at its kind, or at a proposal before it ("… Giám đốc Bệnh viện  Đề nghị Bộ trưởng Bộ Y tế tặng Bằng khen"),
        // whose counts are no awards.
        let starts = kinds.indices.map { index -> (location: Int, proposed: Bool) in
            let from = index == 0 ? 0 : kinds[index - 1].upperBound
            let marker = past.matches(in: header, range: NSRange(location: from, length: kinds[index].location - from)).first
            return (marker.map { index == 0 ? kinds[index].location : $0.location } ?? kinds[index].location, marker != nil)
        }
        let names = kinds.indices.map { index in
            header.substring(utf16: NSRange(location: kinds[index].location,
                                            length: (index + 1 < kinds.count ? starts[index + 1].location : headerLength) - kinds[index].location)).trimmingWhitespace()
        }
        let columns = kinds.count + (hasTotal ? 1 : 0)
        var collectives = Array(repeating: 0, count: kinds.count), individuals = collectives
        var rows = 0
        for line in rest[(headerAt + 1)...] {
            let text = Self.cellsBetweenBars(line.folded).replacingOccurrences(of: "\t", with: " ").trimmingWhitespace()
            guard let cells = Self.countedRow.firstMatch(in: text), let label = cells["label"], let numbers = cells["counts"] else { break }
            let counts = numbers.split(separator: " ").map { Int($0) ?? 0 }
            guard counts.count == columns else { break }
            let name = AwardFinder.parenthetical.replacingMatches(in: String(label), with: "").trimmingWhitespace()
            if tableTotal?.matches(name) == true { continue }
            let isCollective = collectiveNoun.matches(name)
            guard isCollective || individualNoun.matches(name) else { return [] }
            for column in kinds.indices {
                if isCollective { collectives[column] += counts[column] } else { individuals[column] += counts[column] }
            }
            rows += 1
        }
        // Introduced by a paragraph telling this event's awards in one of its sentences ("Tại hội nghị, 30 tập thể, cá nhân … đã
        // được khen thưởng. Hội nghị cũng thống nhất danh sách đề nghị …. Kết quả cụ thể:").
        let sentences = block.sentences.map(block.foldedText).filter { anyKind.matches($0) || anyVerb.matches($0) }
        guard rows > 0, sentences.contains(where: { introducesThisEventsAwards($0, eventDate: eventDate, afterLead: block.paragraph > 0) }) else { return [] }
        return kinds.indices.compactMap { column in
            guard collectives[column] + individuals[column] > 0, !starts[column].proposed else { return nil }
            let name = names[column], length = (name as NSString).length
            let kind = NSRange(location: 0, length: kinds[column].length)
            return Award(giver: ofGiver(in: name, from: kind.upperBound, to: length), kind: kindName(name.substring(utf16: kind)),
                         collectives: collectives[column] > 0 ? collectives[column] : nil, individuals: individuals[column] > 0 ? individuals[column] : nil,
                         evidence: rest[headerAt].original.trimmingWhitespace(), line: rest[headerAt].line)
        }
    }

    /// A row of counts, its cells' tabs made spaces: a label, then counts or dashes ("Tập thể (tổ chức cơ sở đảng) 3 – 9 12").
    static let countedRow = Pattern(literal: #"^(?<label>\S.*?)(?<counts>(?:\s+(?:\d{1,5}|[-–—]))+)\s*$"#)
    /// How many last words of a header may name a total column ("… Cộng", "… Tổng cộng").
    static let totalColumnWords = [1, 2]

    /// A table's header and rows, one line each as copied ("Bằng khen của Chủ tịch UBND Tỉnh  02  03"), or copied one cell
    /// per line ("Hình thức khen thưởng", "Tập thể", "Cá nhân", then three lines a row), the cells joined by tabs.
    private func tableLines(_ blocks: ArraySlice<ArticleText.Block>) -> [(text: String, evidence: String, line: Int)] {
        // One line a row, as copied: read whole only when its first line is a header (the caller looks no further otherwise).
        func asCopied() -> [(text: String, evidence: String, line: Int)] {
            guard let first = blocks.first, tableHeader?.firstMatch(in: Self.cellsBetweenBars(first.folded)) != nil else { return [] }
            return blocks.map { (Self.cellsBetweenBars($0.folded), $0.original.trimmingWhitespace(), $0.line) }
        }
        // A row-number column first ("TT", then "1", "2", …) makes each row a line longer; the number is left out.
        let numbered = blocks.first.map { tableRowNumberHeaders.contains($0.original.trimmingWhitespace()) } ?? false
        let cells = Array(blocks.dropFirst(numbered ? 1 : 0))
        guard let tableHeader, cells.count >= 3 else { return asCopied() }
        let header = cells[0..<3].map(\.folded).joined(separator: "\t")
        guard tableHeader.firstMatch(in: header) != nil, !header.contains(where: \.isNumber),
              cells[1..<3].allSatisfy({ TextShape.wordCount($0.original) <= 2 }) else { return asCopied() }
        func isNumber(_ index: Int) -> Bool { Int(cells[index].folded.trimmingWhitespace()) != nil }
        var lines = [(header, header, cells[0].line)]
        var start = 3
        var ends = false
        while !ends {
            let first = start + (numbered ? 1 : 0)
            guard first + 2 < cells.count, isNumber(first + 1), isNumber(first + 2) else { break }
            // Numbered rows count 1, 2, 3 and the next begins with the next number (or the total row, or the table ends): a cell lost on the way
            // (read as a repeated caption, say) would shift every count into the wrong row.
            if numbered {
                let number = lines.count
                guard Int(cells[start].folded.trimmingWhitespace()) == number else { break }
                let next = first + 3
                let nextIsRow = next >= cells.count || tableTotal?.matches(cells[next].folded) == true
                    || Int(cells[next].folded.trimmingWhitespace()) == number + 1
                // A row that lost a cell: nothing read. Prose after the last row: the table ends with this row.
                if !nextIsRow, next + 2 < cells.count, isNumber(next + 1) || isNumber(next + 2) { return asCopied() }
                ends = !nextIsRow
            }
            let row = cells[first..<(first + 3)].map { $0.folded.trimmingWhitespace() }.joined(separator: "\t")
            lines.append((row, row, cells[first].line))
            start = first + 3
        }
        return lines
    }

    /// "1 | Bằng khen của Chủ tịch UBND tỉnh | 4 | 6", "  | Cộng | 21 | 36": the cells of a row copied with its bars, joined by tabs.
    /// Empty cells at the ends go (an empty row-number cell); one inside is an empty count, a dash ("2 | Giấy khen … |  | 6").
    static func cellsBetweenBars(_ line: String) -> String {
        guard line.utf8.contains(0x7C) else { return line }
        var cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        while cells.first?.isEmpty == true { cells.removeFirst() }
        while cells.last?.isEmpty == true { cells.removeLast() }
        return cells.map { $0.isEmpty ? "-" : $0 }.joined(separator: "\t")
    }

    /// Words of an introducer standing alone ("Cụ thể:", "Cụ thể như sau:").
    static let bareIntroducerWords = 3

    /// Words of a title line over a table.
    static let tableTitleWords = 12

    /// A row's number in its first column ("2  Ban Thường vụ Đảng ủy Khối  Giấy khen  18  27").
    static let rowNumber = Pattern(literal: #"^\s*\d{1,3}\.?\s+"#)

    /// The verb a row's name opens with, after its number, and the kind it names, when it names one of its own ("Biểu dương",
    /// "Tuyên dương"); not the generic "khen thưởng", whose rows ("Khen thưởng đột xuất  3  5") group the recipients of an award
    /// named above.
    func openingVerbKind(_ name: String) -> (NSRange, String)? {
        let whole = NSRange(location: 0, length: (name as NSString).length)
        let start = Self.rowNumber.firstMatch(in: name, range: whole, anchored: true)?.upperBound ?? 0
        guard let verb = anyVerb.firstMatch(in: name, range: NSRange(location: start, length: whole.length - start), anchored: true),
              let kind = verbKind(name.substring(utf16: verb)), !unspecifiedKinds.contains(kind) else { return nil }
        return (verb, kind)
    }

    /// An award's own name in quotation marks, right after its kind.
    static let quotedName = Pattern(literal: #"^\s*[“"][^”"]{1,80}[”"]"#)

    /// A row: what it counts, then two numbers (or dashes).
    static let tableRow = Pattern(literal: #"^\s*(?<name>\S.*?)\s+(?<first>\d{1,5}|[-–])\s+(?<second>\d{1,5}|[-–])\s*$"#)
}
