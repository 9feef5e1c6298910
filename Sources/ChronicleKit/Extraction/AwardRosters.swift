import Foundation

/// Recipients counted from a roster copied with the page, when the sentence that tells the award names them only as a
/// group ("… đã tuyên dương các tập thể, cá nhân điển hình (có danh sách kèm theo).", "… tặng Giấy khen cho các tập thể,
/// cá nhân …, gồm:"): after a title ("DANH SÁCH … ĐƯỢC TUYÊN DƯƠNG") and column headers, parts headed "I. TẬP THỂ" and
/// "II. CÁ NHÂN" hold numbered rows ("1 | Chi bộ Khoa Nội", "1 Lê Văn Hòa Bí thư Đảng ủy xã …"), one recipient each.
/// A row may name its own award in a last column ("Giấy khen của Chủ tịch UBND xã"): then each award its rows.
extension AwardFinder {
    /// One row: its number, the recipient it names, and the award its own column names (folded), if any.
    struct RosterRow {
        var number: Int
        var name: String
        var award: String?
        /// From the part's heading; nil when the roster has none.
        var collective: Bool?
    }

    /// Lines the roster may begin after: a caption, its title, the decision it is attached to, column headers.
    static let rosterPreambleLines = 8

    func rosterAwards(introducedBy block: ArticleText.Block, followedBy rest: ArraySlice<ArticleText.Block>, eventDate: CalendarDate?) -> [Award] {
        guard let rosterListed, block.part == .body else { return [] }
        // "Hiệu trưởng nhà trường tặng Giấy khen cho các tập thể, cá nhân được tuyên dương": read up to the recipients,
        // where the clause about them ("được tuyên dương") begins.
        func introduced(_ range: NSRange) -> Group {
            let sentence = block.foldedText(range)
            if let listed = rosterListed.firstMatch(in: sentence, range: NSRange(location: 0, length: (sentence as NSString).length)) {
                let upToRecipients = introduction(sentence.substring(utf16To: listed.upperBound))
                if upToRecipients.kind != nil { return upToRecipients }
            }
            return introduction(sentence)
        }
        let introductions = block.sentences.filter { range in
            let sentence = block.foldedText(range)
            return rosterListed.matches(sentence) && groups(in: sentence).isEmpty
                && introducesThisEventsAwards(sentence, eventDate: eventDate, afterLead: block.paragraph > 0) && introduced(range).kind != nil
        }
        guard !introductions.isEmpty, let rows = rosterRows(rest), let collectiveRows = collectiveRows(rows) else { return [] }
        func award(giver: String?, kind: String, rows indices: [Int], evidence: String, kindIsGeneric: Bool) -> Award {
            let collectives = indices.count { collectiveRows[$0] }, individuals = indices.count - collectives
            return Award(giver: giver, kind: kind, collectives: collectives > 0 ? collectives : nil, individuals: individuals > 0 ? individuals : nil,
                         evidence: evidence, line: block.line, kindFrom: kindIsGeneric ? "generic" : nil)
        }
        let first = introductions[0]
        let told = introduced(first)
        // Rows naming their awards: one award per award named, its giver the column's ("Giấy khen của BTV Huyện ủy") or the sentence's.
        let columns = rows.map { row in
            row.award.flatMap { cell in anyKind.firstMatch(in: cell, range: NSRange(location: 0, length: (cell as NSString).length)).map { (cell, $0) } }
        }
        if columns.contains(where: { $0 != nil }) {
            var order: [String] = [], members: [String: [Int]] = [:]
            for (index, column) in columns.enumerated() {
                let key = column?.0 ?? ""
                if members[key] == nil { order.append(key) }
                members[key, default: []].append(index)
            }
            return order.compactMap { key in
                guard let indices = members[key] else { return nil }
                guard let (cell, kind) = columns[indices[0]] else {
                    guard let kind = told.kind else { return nil }
                    return award(giver: told.giver, kind: kind, rows: indices, evidence: block.text(first).trimmingWhitespace(),
                                 kindIsGeneric: told.kindIsGeneric)
                }
                let length = (cell as NSString).length
                return award(giver: ofGiver(in: cell, from: kind.upperBound, to: length) ?? told.giver, kind: kindName(cell.substring(utf16: kind)),
                             rows: indices, evidence: block.text(first).trimmingWhitespace(), kindIsGeneric: false)
            }
        }
        // Else every sentence naming the roster's recipients gives them its award ("… tuyên dương các tập thể, cá nhân
        // (danh sách kèm theo). Hiệu trưởng nhà trường tặng Giấy khen cho các tập thể, cá nhân được tuyên dương.").
        return introductions.compactMap { range in
            let told = introduced(range)
            return told.kind.map { award(giver: told.giver, kind: $0, rows: Array(rows.indices), evidence: block.text(range).trimmingWhitespace(),
                                         kindIsGeneric: told.kindIsGeneric) }
        }
    }

    /// "Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 14 tập thể, cá nhân." over a roster of 6 collectives and 8 individuals: the
    /// split of the award's one count, when a roster follows whose rows add up to it.
    func rosterSplit(of combined: Int, followedBy rest: ArraySlice<ArticleText.Block>) -> (collectives: Int, individuals: Int)? {
        guard let rows = rosterRows(rest), rows.count == combined, let collectiveRows = collectiveRows(rows) else { return nil }
        let collectives = collectiveRows.count { $0 }
        return (collectives, rows.count - collectives)
    }

    /// Whether each row is of a collective: by its part's heading, else by what it names (a person or a unit). Nil when a row
    /// names neither: the roster is then not counted.
    private func collectiveRows(_ rows: [RosterRow]) -> [Bool]? {
        var collective: [Bool] = []
        for row in rows {
            if let known = row.collective { collective.append(known); continue }
            switch namedRecipient(openingWith: row.name) {
            case .person: collective.append(false)
            case .unit: collective.append(true)
            case nil: return nil
            }
        }
        return collective.isEmpty ? nil : collective
    }

    /// The rows of a roster opening within a few lines: numbered from 1 in each part (or on through the parts), each a recipient.
    /// Nil when no roster follows.
    private func rosterRows(_ rest: ArraySlice<ArticleText.Block>) -> [RosterRow]? {
        guard let rosterSection else { return nil }
        var rows: [RosterRow] = []
        var section: Bool?, sawSection = false, skipped = 0
        var pendingNumber: Int?
        for block in rest {
            let line = block.folded.trimmingWhitespace()
            if let heading = rosterSection.firstMatch(in: line) {
                // "Tập thể" then "Cá nhân": the count columns' headers of a table of awards, no roster.
                if sawSection { return nil }
                section = heading["collective"] != nil
                sawSection = true
                pendingNumber = nil
                continue
            }
            let expected = (rows.last?.number ?? 0) + 1
            // A row copied one cell a line: its number alone, then its name.
            if let number = pendingNumber {
                pendingNumber = nil
                if line.first?.isLetter == true {
                    rows.append(rosterRow(number: number, cells: line, section: section))
                    sawSection = false
                    continue
                }
            }
            if let number = Int(line), number == expected || number == 1 {
                pendingNumber = number
                continue
            }
            if let match = Self.rosterRow.firstMatch(in: line), let number = match["number"].flatMap({ Int($0) }), let cells = match["rest"] {
                // Numbered on from the last row, or from 1 again in a new part; 1 again after the rows is a list of its own, and
                // any other number a row lost on the way (then no count rather than a wrong one).
                guard number == expected || (number == 1 && (sawSection || rows.isEmpty)) else {
                    if number == 1 { break }
                    return nil
                }
                rows.append(rosterRow(number: number, cells: String(cells), section: section))
                sawSection = false
                continue
            }
            // Titles, headers and captions: short lines that tell nothing. Once rows have begun, a line of a
            // row copied one cell a line ("Bí thư Chi bộ, …") is passed over too; prose ends the roster.
            let isProse = block.part == .body && TextShape.endsLikeSentence(block.original) && !block.original.hasPrefix("(")
            if isProse || TextShape.wordCount(line) > Self.headlineWords { break }
            if rows.isEmpty {
                skipped += 1
                if skipped > Self.rosterPreambleLines { return nil }
            }
        }
        // "1  Bằng khen của Ban Tuyên giáo Trung ương  1  1": rows of awards, not of recipients.
        guard !rows.contains(where: { row in
            anyKind.firstMatch(in: row.name, range: NSRange(location: 0, length: (row.name as NSString).length), anchored: true) != nil
        }) else { return nil }
        // One row is no roster unless a part heads it.
        return rows.count >= 2 || rows.contains(where: { $0.collective != nil }) ? rows : nil
    }

    /// A row's cells after its number: "Chi bộ thôn Câu Nhi, xã Hải Tân", "Chi bộ bản Xa Bai, xã Hướng Lập | Giấy khen của BTV
    /// Huyện ủy", "Chi bộ Trạm Y tế xã Giấy khen của Ban Thường vụ Đảng ủy xã" (a tab copied as a space).
    private func rosterRow(number: Int, cells: String, section: Bool?) -> RosterRow {
        let parts = cells.split(separator: "|").map { $0.trimmingWhitespace() }
        if parts.count > 1 {
            let award = parts.dropFirst().last { anyKind.matches($0) }
            return RosterRow(number: number, name: parts[0], award: award, collective: section)
        }
        // A kind after the name is the award's column (a kind opening the row is the recipient's own, as in "Bằng khen …" titles: none).
        if let kind = anyKind.firstMatch(in: cells, range: NSRange(location: 0, length: (cells as NSString).length)), kind.location > 0 {
            return RosterRow(number: number, name: cells.substring(utf16To: kind.location).trimmingWhitespace(),
                             award: cells.substring(utf16From: kind.location), collective: section)
        }
        return RosterRow(number: number, name: cells, award: nil, collective: section)
    }

    /// "1 | Chi bộ …", "2. Lê Văn Hòa …", "3 Chi bộ …": a row number, then a letter.
    static let rosterRow = Pattern(literal: #"^\|?\s*(?<number>\d{1,3})\s*(?:[.)]\s*|\|\s*|\s+)(?<rest>\p{L}.*)$"#)
}
