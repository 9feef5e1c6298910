import Foundation

/// Awards told in a table copied with the page: a sentence introducing it ("Tại buổi lễ, … đã trao khen thưởng cho các tập
/// thể, cá nhân …, cụ thể như sau:"), a header naming the count columns ("Hình thức khen thưởng  Tập thể  Cá nhân"), then
/// one row per award ("Bằng khen của Chủ tịch UBND Tỉnh  02  03"). Rows that name no award ("Tổng cộng  22  37") add nothing.
extension AwardFinder {
    func tableAwards(introducedBy block: ArticleText.Block, followedBy rest: ArraySlice<ArticleText.Block>, eventDate: CalendarDate?) -> [Award] {
        guard let tableHeader, block.original.trimmingCharacters(in: .whitespaces).hasSuffix(":"), let sentenceRange = block.sentences.last else { return [] }
        // The header, or a short title line and then the header ("KẾT QUẢ KHEN THƯỞNG TẠI HỘI NGHỊ").
        let titled = rest.count > 1 && !rest[rest.startIndex].folded.contains(where: \.isNumber)
            && TextShape.wordCount(rest[rest.startIndex].original) <= Self.tableTitleWords && tableHeader.firstMatch(in: rest[rest.startIndex].folded) == nil
        let table = titled ? rest.dropFirst() : rest
        guard let header = table.first, let columns = tableHeader.firstMatch(in: header.folded),
              !header.folded.contains(where: \.isNumber) else { return [] }
        guard introducesThisEventsAwards(block.foldedText(sentenceRange), eventDate: eventDate, afterLead: block.paragraph > 0) else { return [] }
        let firstIsCollective = columns["first"].map { collectiveNoun.matches(String($0)) } ?? true
        var awards: [Award] = []
        for row in table.dropFirst() {
            guard let cells = Self.tableRow.firstMatch(in: row.folded), let name = cells["name"].map(String.init),
                  let first = cells["first"].flatMap({ Int($0) }), let second = cells["second"].flatMap({ Int($0) }) else { break }
            let length = (name as NSString).length
            guard let kind = anyKind.matches(in: name, range: NSRange(location: 0, length: length)).first else { continue }
            let (collectives, individuals) = firstIsCollective ? (first, second) : (second, first)
            awards.append(Award(giver: ofGiver(in: name, from: kind.upperBound, to: length), kind: kindName((name as NSString).substring(with: kind)),
                                collectives: collectives > 0 ? collectives : nil, individuals: individuals > 0 ? individuals : nil,
                                evidence: row.original.trimmingCharacters(in: .whitespaces), line: row.line))
        }
        return awards
    }

    /// Words of a title line over a table.
    static let tableTitleWords = 12

    /// A row: what it counts, then two numbers.
    static let tableRow = Pattern(literal: #"^\s*(?<name>\S.*?)\s+(?<first>\d{1,5})\s+(?<second>\d{1,5})\s*$"#)
}
