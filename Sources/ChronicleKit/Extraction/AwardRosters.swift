import Foundation

/// Recipients counted from a roster copied with the page, when the sentence that tells the award names them only as a
/// group ("… đã tuyên dương các tập thể, cá nhân điển hình (có danh sách kèm theo).", "… tặng Giấy khen cho các tập thể,
/// cá nhân …, gồm:"): after a title ("DANH SÁCH … ĐƯỢC TUYÊN DƯƠNG") and column headers, parts headed "I. TẬP THỂ" and
/// "II. CÁ NHÂN" hold numbered rows ("1 | Chi bộ Khoa Nội", "1 Lê Văn Hòa Bí thư Đảng ủy xã …"), one recipient each.
/// A row may name its own award in a last column ("Giấy khen của Chủ tịch UBND xã"): then each award its rows.
extension AwardFinder {
    /// One row: its number, the recipient it names, and the award its own column names, if any.
    struct RosterRow {
        /// An award column ("Giấy khen của BTV Huyện ủy"): its text (folded), where its kind is, and its giver.
        struct AwardColumn {
            var text: String
            var kind: NSRange
            var giver: String?
        }

        var number: Int
        var name: String
        var award: AwardColumn?
        /// From the part's heading; nil when the roster has none.
        var collective: Bool?
    }

    /// Lines the roster may begin after: a caption, its title, the decision it is attached to, column headers.
    static let rosterPreambleLines = 8

    /// A roster read: its rows, and whether each is of a collective.
    struct ReadRoster {
        var rows: [RosterRow]
        var collective: [Bool]

        /// The rows by the award their column names, in the order first named ("Giấy khen của Đảng ủy Trường", then "… của
        /// Hiệu trưởng"); rows naming none under a nil column.
        var byAwardColumn: [(column: RosterRow.AwardColumn?, rows: [Int])] {
            var groups: [(column: RosterRow.AwardColumn?, rows: [Int])] = [], position: [String?: Int] = [:]
            for (index, row) in rows.enumerated() {
                if let at = position[row.award?.text] { groups[at].rows.append(index); continue }
                position[row.award?.text] = groups.count
                groups.append((row.award, [index]))
            }
            return groups
        }
    }

    /// The roster opening within a few lines of `rest`, if one does and each row is known as a collective or an individual.
    func roster(in rest: ArraySlice<ArticleText.Block>) -> ReadRoster? {
        guard let rows = rosterRows(rest), let collective = collectiveRows(rows) else { return nil }
        return ReadRoster(rows: rows, collective: collective)
    }

    /// A sentence naming those a roster lists, read as a clause whose counts follow it: what it tells (with its kind), and
    /// which parts of the roster it names.
    private struct RosterIntroduction {
        var range: NSRange
        var kind: String
        var told: Group
        var collectives: Bool
        var individuals: Bool
    }

    /// The sentences of `block` telling an award to those they name only as a group ("… tuyên dương các tập thể, cá nhân …").
    private func listedIntroductions(in block: ArticleText.Block, eventDate: CalendarDate?,
                                     otherOccasion: (ArticleText.Block, NSRange) -> Bool) -> [RosterIntroduction] {
        guard let rosterListed, let rosterNouns else { return [] }
        // The guards of a sentence telling awards hold, and no recipient is named besides those listed ("tuyên dương Chi bộ X và các …").
        return block.sentences.compactMap { range -> RosterIntroduction? in
            var sentence = block.foldedText(range)
            // "… (danh sách kèm theo) và lựa chọn 2 tập thể, 3 cá nhân đề nghị …": what follows the roster's mention is another clause.
            let whole = NSRange(location: 0, length: (sentence as NSString).length)
            if let attached = rosterAttached?.firstMatch(in: sentence, range: whole),
               case let close = (sentence as NSString).range(of: ")", range: NSRange(location: attached.location, length: whole.length - attached.location)),
               close.location != NSNotFound {
                sentence = sentence.substring(utf16To: close.upperBound)
            }
            // "Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 2 tập thể …; Ban Thường vụ Đảng ủy Khối tặng Giấy khen cho các tập thể,
            // cá nhân … (danh sách dưới đây)": with counted awards in other clauses, the clause naming those listed.
            guard var listed = rosterListed.firstMatch(in: sentence, range: NSRange(location: 0, length: (sentence as NSString).length)),
                  rosterExcerpt?.matches(sentence) != true else { return nil }
            if !groups(in: sentence).isEmpty {
                let nsSentence = sentence as NSString
                let start = nsSentence.clauseStart(before: listed.location)
                sentence = sentence.substring(utf16: NSRange(location: start, length: nsSentence.clauseEnd(from: listed.location) - start))
                listed.location -= start
                guard groups(in: sentence).isEmpty else { return nil }
            }
            guard singleRecipients(in: sentence, besides: []).isEmpty, !attendance.matches(sentence), sampleOpening?.matches(sentence) != true,
                  !otherOccasion(block, range), introducesThisEventsAwards(sentence, eventDate: eventDate, afterLead: block.paragraph > 0) else { return nil }
            // "Hiệu trưởng nhà trường tặng Giấy khen cho các tập thể, cá nhân được tuyên dương": read up to the recipients,
            // where the clause about them ("được tuyên dương") begins.
            let upToRecipients = introduction(sentence.substring(utf16To: listed.upperBound))
            let told = upToRecipients.kind != nil ? upToRecipients : introduction(sentence)
            guard let kind = told.kind else { return nil }
            // "… tặng Giấy khen cho các tập thể …" names only the collectives of a roster of both; "các điển hình" or
            // "danh sách" names all.
            let named = rosterNouns.matches(in: sentence)
            let collectives = named.contains { $0["collective"] != nil }, individuals = named.contains { $0["individual"] != nil }
            return RosterIntroduction(range: range, kind: kind, told: told, collectives: collectives || !individuals, individuals: individuals || !collectives)
        }
    }

    private struct CaptionCounts: Hashable {
        var collectives, individuals, combined: Int
    }

    /// "Tại buổi lễ, Ban Thường vụ Huyện ủy đã tặng Giấy khen cho các tập thể, cá nhân có thành tích tiêu biểu." with no roster,
    /// under photos captioned "Lãnh đạo Huyện ủy trao Giấy khen cho 9 tập thể và 14 cá nhân …" (perhaps twice): the captions
    /// count those the sentence names as a group. Every caption giving counts with that kind (or with a kind, for a sentence
    /// naming none: "khen thưởng các tập thể, cá nhân") must give the same ones. (A caption counting one batch of several
    /// would be taken for all: captions that disagree give nothing.)
    func captionCountedAwards(introducedBy block: ArticleText.Block, captions: [ArticleText.Block], eventDate: CalendarDate?,
                              otherOccasion: (ArticleText.Block, NSRange) -> Bool) -> [Award] {
        guard !captions.isEmpty else { return [] }
        // The first sentence the captions count ("… tổ chức Lễ tuyên dương các tập thể, cá nhân …" before it names another kind).
        for introduction in listedIntroductions(in: block, eventDate: eventDate, otherOccasion: otherOccasion) {
            let generic = unspecifiedKinds.contains(introduction.kind)
            var captionCounts: Set<CaptionCounts> = [], kinds: Set<String> = []
            for caption in captions {
                guard let kind = anyKind.firstMatch(in: caption.folded).map({ kindName(String($0.value)) }), generic || kind == introduction.kind,
                      let group = groups(in: caption.folded).first else { continue }
                captionCounts.insert(CaptionCounts(collectives: group.collectives, individuals: group.individuals, combined: group.combined))
                kinds.insert(kind)
            }
            guard captionCounts.count == 1, kinds.count == 1, let counts = captionCounts.first, let kind = kinds.first else { continue }
            return [Award(giver: introduction.told.giver, kind: kind, collectives: counts.collectives > 0 ? counts.collectives : nil,
                          individuals: counts.individuals > 0 ? counts.individuals : nil, combined: counts.combined > 0 ? counts.combined : nil,
                          evidence: block.text(introduction.range).trimmingWhitespace(), line: block.line)]
        }
        return []
    }

    /// `otherOccasion`: as for `awards(in:)`, a sentence telling of another occasion introduces no roster of this event.
    func rosterAwards(introducedBy block: ArticleText.Block, roster: ReadRoster, eventDate: CalendarDate?,
                      otherOccasion: (ArticleText.Block, NSRange) -> Bool) -> [Award] {
        let introductions = listedIntroductions(in: block, eventDate: eventDate, otherOccasion: otherOccasion)
        guard let first = introductions.first else { return [] }
        let rows = roster.rows
        func award(giver: String?, kind: String, rows indices: [Int], of introduction: RosterIntroduction, kindIsGeneric: Bool) -> Award? {
            let collectives = introduction.collectives ? indices.count { roster.collective[$0] } : 0
            let individuals = introduction.individuals ? indices.count { !roster.collective[$0] } : 0
            guard collectives + individuals > 0 else { return nil }
            return Award(giver: giver, kind: kind, collectives: collectives > 0 ? collectives : nil, individuals: individuals > 0 ? individuals : nil,
                         evidence: block.text(introduction.range).trimmingWhitespace(), line: block.line, kindFrom: kindIsGeneric ? "generic" : nil)
        }
        // Rows naming their awards: one award per award named, its giver the column's ("Giấy khen của BTV Huyện ủy") or the sentence's.
        if rows.contains(where: { $0.award != nil }) {
            return roster.byAwardColumn.compactMap { column, indices in
                guard let column else {
                    return award(giver: first.told.giver, kind: first.kind, rows: indices, of: first, kindIsGeneric: first.told.kindIsGeneric)
                }
                return award(giver: column.giver ?? first.told.giver, kind: kindName(column.text.substring(utf16: column.kind)),
                             rows: indices, of: first, kindIsGeneric: false)
            }
        }
        // Else every sentence naming the roster's recipients gives them its award ("… tuyên dương các tập thể, cá nhân
        // (danh sách kèm theo). Hiệu trưởng nhà trường tặng Giấy khen cho các tập thể, cá nhân được tuyên dương.").
        return introductions.compactMap { introduction in
            award(giver: introduction.told.giver, kind: introduction.kind, rows: Array(rows.indices), of: introduction,
                  kindIsGeneric: introduction.told.kindIsGeneric)
        }
    }

    /// "Danh sách tập thể được tuyên dương:", "Danh sách một số tập thể, cá nhân được …": a roster's own title, opening with
    /// one of awards.yml's `roster.heading_openers`, not a sentence.
    func isRosterTitle(_ block: ArticleText.Block) -> Bool {
        rosterTitleOpening?.matches(block.folded) == true
    }

    /// The awards of a roster under its own title: none of a kind a sentence above already told, unless the title names another
    /// giver ("… tuyên dương 10 tập thể, 19 cá nhân." then "Danh sách tập thể được tuyên dương:" lists those ten; "Danh sách tập
    /// thể được Ban Thường vụ Tỉnh ủy tặng Bằng khen:" after the Chủ tịch UBND tỉnh's Bằng khen is an award of its own), and no
    /// giver read from the title's opening words ("Danh sách tập thể được"), which name the list.
    func titledRosterAwards(_ found: [Award], besides told: [Award]) -> [Award] {
        found.map { award in
            var award = award
            if let giver = award.giver, rosterTitleOpening?.matches(giver) == true { award.giver = nil }
            return award
        }.filter { award in
            !told.contains { $0.kind == award.kind && (award.giver == nil || $0.giver.map(headedUnitOf) == award.giver.map(headedUnitOf)) }
        }
    }

    /// An award of one count over a roster adding up to it whose rows each name their award: one award per award named, its giver
    /// the column's, else the award's; none when the rows name none (or only one, the award's own).
    func rosterColumnAwards(splitting told: Award, by roster: ReadRoster) -> [Award] {
        let groups = roster.byAwardColumn
        guard groups.count > 1, groups.allSatisfy({ $0.column != nil }) else { return [] }
        return groups.compactMap { column, indices in
            guard let column else { return nil }
            let collectives = indices.count { roster.collective[$0] }, individuals = indices.count - collectives
            var award = told
            award.giver = column.giver ?? told.giver
            award.kind = kindName(column.text.substring(utf16: column.kind))
            award.kindFrom = nil
            (award.collectives, award.individuals, award.combined) = (collectives > 0 ? collectives : nil, individuals > 0 ? individuals : nil, nil)
            return award
        }
    }

    /// "Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 14 tập thể, cá nhân." over a roster of 6 collectives and 8 individuals: the
    /// split of the award's one count, when the roster's rows add up to it.
    func rosterSplit(of combined: Int, by roster: ReadRoster) -> (collectives: Int, individuals: Int)? {
        guard roster.rows.count == combined else { return nil }
        let collectives = roster.collective.count { $0 }
        return (collectives, combined - collectives)
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
        // "I. Giấy khen của Đảng ủy Than Quảng Ninh" heading a part: the award of the rows under it, numbered from 1 again.
        var headedAward: RosterRow.AwardColumn?, awardHeading = false
        func appendRow(_ row: RosterRow) {
            var row = row
            if row.award == nil { row.award = headedAward }
            // "II. Giấy khen của Ban Thường vụ Thành ủy" over rows ending "| Giấy khen": the heading names whose they are.
            if let own = row.award, own.giver == nil, let headed = headedAward, let giver = headed.giver,
               kindName(own.text.substring(utf16: own.kind)) == kindName(headed.text.substring(utf16: headed.kind)) {
                row.award?.giver = giver
            }
            rows.append(row)
            awardHeading = false
        }
        for block in rest {
            var line = Self.cellsBetweenBars(block.folded.trimmingWhitespace())
            // "- Chi bộ Khoa Nội tổng hợp;": a bulleted row (or a bulleted heading, "- Tập thể:"), numbered on in its part.
            let bulleted = Self.bulletedRow.firstMatch(in: line)?["rest"].map(String.init)
            if let bulleted { line = bulleted }
            // "II. Giấy khen của Chủ tịch UBND xã (Quyết định số 1205/QĐ-UBND ngày 11/9/2025)": the decision cited is no part of it.
            // (A count in it is no heading: "A. Bằng khen: 2 tập thể"; a number in a name is: "B. Bằng khen của Bộ Tư lệnh Quân khu 3".)
            if let heading = Self.partHeading.firstMatch(in: line)?["rest"].map({ Self.parenthetical.replacingMatches(in: String($0), with: "").trimmingWhitespace() }),
               countMatches(in: heading).isEmpty {
                let length = (heading as NSString).length
                if let kind = anyKind.firstMatch(in: heading, range: NSRange(location: 0, length: length), anchored: true) {
                    headedAward = RosterRow.AwardColumn(text: heading, kind: kind, giver: ofGiver(in: heading, from: kind.upperBound, to: length))
                    (awardHeading, section, sawSection, pendingNumber) = (true, nil, false, nil)
                    continue
                }
            }
            if let heading = rosterSection.firstMatch(in: line) ?? rosterColumnSection?.firstMatch(in: line),
               heading["tail"] == nil || heading["opener"] != nil || heading["number"]?.isEmpty == false {
                // "Tập thể" then "Cá nhân": the count columns' headers of a table of awards, no roster. ("II. CÁ NHÂN" over "TT  Họ và
                // tên  Đơn vị": the part's table header.)
                if sawSection { if section == (heading["collective"] != nil) { continue } else { return nil } }
                section = heading["collective"] != nil
                // "III. Cá nhân được Giám đốc Bệnh viện tặng Giấy khen": the part's own award, as "I. Giấy khen của …" heads one.
                if let marker = heading["tail"] {
                    let tail = String(line[marker.startIndex...]), length = (tail as NSString).length, by = marker.utf16.count
                    if let verb = anyVerb.firstMatch(in: tail, range: NSRange(location: by, length: length - by)),
                       let kind = anyKind.firstMatch(in: tail, range: NSRange(location: verb.location, length: length - verb.location)) {
                        // "DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN" names no giver: the sentence's gives.
                        let byPhrase = tail.substring(utf16: NSRange(location: by, length: verb.location - by)).trimmingWhitespace()
                        headedAward = RosterRow.AwardColumn(text: tail, kind: kind, giver: byPhrase.isEmpty ? nil : giver(from: byPhrase))
                    }
                }
                sawSection = true
                pendingNumber = nil
                continue
            }
            let expected = (rows.last?.number ?? 0) + 1
            // A row copied one cell a line: its number alone, then its name.
            if let number = pendingNumber {
                pendingNumber = nil
                if line.first?.isLetter == true {
                    appendRow(rosterRow(number: number, cells: line, section: section))
                    sawSection = false
                    continue
                }
            }
            // Numbered on from the last row, or from 1 in a new part. Any other number, or 1 again with no heading before it (a
            // heading of a shape not known), is a row lost or a part not told: no count rather than a wrong one.
            func continues(_ number: Int) -> Bool { number == expected || (number == 1 && (sawSection || awardHeading || rows.isEmpty)) }
            if let number = Int(line) {
                guard continues(number) else { if rows.isEmpty { continue } else { return nil } }
                pendingNumber = number
                continue
            }
            if let match = Self.rosterRow.firstMatch(in: line), let number = match["number"].flatMap({ Int($0) }), let cells = match["rest"] {
                guard continues(number) else { return nil }
                appendRow(rosterRow(number: number, cells: String(cells), section: section))
                sawSection = false
                continue
            }
            // A bullet that tells an award ("- Bộ Tư lệnh Quân khu 1 tặng Bằng khen cho 2 tập thể, 3 cá nhân;", "- UBND huyện khen
            // thưởng 4 tập thể") is a clause of its own, and one that runs like a sentence is no name: no roster.
            if bulleted != nil {
                guard !anyVerb.matches(line), groups(in: line).isEmpty, TextShape.wordCount(line) <= Self.bulletedRowWords else { return nil }
                appendRow(rosterRow(number: sawSection ? 1 : expected, cells: line, section: section))
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

    /// A row's cells after its number: "Chi bộ thôn Câu Nhi, xã Hải Tân", "Chi bộ bản Xa Bai, xã Hướng Lập\tGiấy khen của BTV
    /// Huyện ủy" (copied with bars, see `cellsBetweenBars`), "Chi bộ Trạm Y tế xã Giấy khen của Ban Thường vụ Đảng ủy xã" (a tab
    /// copied as a space).
    private func rosterRow(number: Int, cells: String, section: Bool?) -> RosterRow {
        // The award's column is the last, opening with its kind ("Giấy khen của BTV Huyện ủy"); a kind inside a description
        // ("thương binh, Huân chương Kháng chiến hạng Nhì") is what the recipient has, not what it receives here.
        let parts = cells.split(separator: "\t").map { $0.trimmingWhitespace() }
        if parts.count > 1, let last = parts.last {
            let length = (last as NSString).length
            let award = anyKind.firstMatch(in: last, range: NSRange(location: 0, length: length), anchored: true).map { kind in
                RosterRow.AwardColumn(text: last, kind: kind, giver: ofGiver(in: last, from: kind.upperBound, to: length))
            }
            return RosterRow(number: number, name: parts[0], award: award, collective: section)
        }
        // Cells copied as one line: a kind after the name, with its giver ("… Giấy khen của Chủ tịch UBND xã"), is the award's column.
        let length = (cells as NSString).length
        if let kind = anyKind.firstMatch(in: cells, range: NSRange(location: 0, length: length)), kind.location > 0,
           let giver = ofGiver(in: cells, from: kind.upperBound, to: length) {
            let column = cells.substring(utf16From: kind.location)
            return RosterRow(number: number, name: cells.substring(utf16To: kind.location).trimmingWhitespace(),
                             award: RosterRow.AwardColumn(text: column, kind: NSRange(location: 0, length: kind.length), giver: giver), collective: section)
        }
        return RosterRow(number: number, name: cells, award: nil, collective: section)
    }

    /// "I. Giấy khen của …", "II - …", "A. …", "a) …": a part's number, then its heading.
    static let partHeading = Pattern(literal: "^" + TextShape.partNumber + #"\s*[.):/-]\s*(?<rest>\p{L}.*)$"#, caseInsensitive: false)
    /// "1\tChi bộ …" (bars made tabs), "2. Lê Văn Hòa …", "3 Chi bộ …": a row number, then a letter.
    static let rosterRow = Pattern(literal: #"^(?<number>\d{1,3})\s*(?:[.)]\s*|\s+)(?<rest>\p{L}.*)$"#)
    /// Words a bulleted row may run to: a name with its post and unit ("Đ/c BSCKII. Hồ Thị Mỹ Dung - Trưởng khoa Nhi").
    static let bulletedRowWords = 20

    /// "- Chi bộ Khoa Nội tổng hợp;", "+ Đ/c Lê Văn A - Trưởng khoa Nhi.": a bullet, then a letter; the closing mark is not the name's.
    static let bulletedRow = Pattern(literal: "^[" + CaptionDetector.bullets.map { "\\" + String($0) }.sorted().joined()
                                             + #"]\s+(?<rest>\p{L}.*?)\s*[;.,]?$"#)
}
