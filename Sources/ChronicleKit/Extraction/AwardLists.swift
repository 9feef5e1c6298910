import Foundation

/// Recipients listed rather than counted: people after a colon ("cho các đồng chí: A, …; B, …"),
/// units and people one per bullet line under an award sentence.
extension AwardFinder {
    /// People named one by one after a colon: with semicolons between them when each has a title
    /// ("A, Chủ tịch …; B, …; và C, …"), else commas and "và" ("A, B và C"). Each piece must start
    /// with a capital, as names do, or with a few lowercase words of a trade before one ("điều dưỡng Nguyễn Thị Hà;
    /// hai điều dưỡng Lê Thị Mỹ và Hoàng Văn Tâm; …": one a name).
    func namesListed(_ text: String) -> Int {
        // "Lò Thị Mai (Công đoàn Công ty CP Chè Than Uyên, Lai Châu)": what a name's parentheses say is no name; "… vì đã có thành
        // tích …; Công đoàn ngành tặng …": the reason ends the list, and whatever follows it.
        let unbracketed = Self.parenthetical.replacingMatches(in: text, with: "")
        let listEnd = reason.firstMatch(in: unbracketed, range: NSRange(location: 0, length: (unbracketed as NSString).length))?.location
        let body = listEnd.map { unbracketed.substring(utf16To: $0) } ?? unbracketed
        let names = listedPieces(body)
        // (After a trade, a name and nothing else, or a name and its title after a comma: "… và các cán bộ Công an xã" names no one.)
        guard names.allSatisfy({ name in
            let person = giverJoiner.split(String(Self.afterTrade(name))).first ?? ""
            return name.first?.isUppercase == true || Self.isBareName(Substring(person)) || Self.opensWithPersonalName(person)
        }) else { return 0 }
        // "…; Hoàng Thị Lan, Phó Bí thư Huyện đoàn Sơn Động và Ngô Đức Thành, Bí thư …": the last name after "và"; "…; hai điều
        // dưỡng Lê Thị Mỹ và Hoàng Văn Tâm; …": a name alone after it, perhaps after its trade.
        let joinedLast = body.contains(";") ? names.map { piece in
            giverJoiner.split(piece).dropFirst().filter { Self.opensWithPersonalName($0) || Self.isBareName(Self.afterTrade($0)) }.count
        }.reduce(0, +) : 0
        return names.count + joinedLast
    }

    /// The names of a list, what parentheses say left out: between semicolons when it has them ("A, Chủ tịch …; B, …"), else
    /// between commas and "và" ("A, B và C"); a joiner opening a piece ("…; và Phạm Minh Đức, …") is no part of it.
    func listedPieces(_ list: String) -> [String] {
        let body = list.trimming(charactersIn: ".; ")
        return (body.contains(";") ? body.components(separatedBy: ";") : recipientJoiner.split(body)).map { piece in
            let trimmed = piece.trimmingWhitespace()
            let joiner = recipientJoiner.firstMatch(in: trimmed, range: NSRange(location: 0, length: (trimmed as NSString).length), anchored: true)
            return joiner.map { trimmed.substring(utf16From: $0.upperBound) } ?? trimmed
        }
    }

    /// The text from its first capitalized word, when no more than `tradeWords` lowercase words come before it ("kỹ thuật viên
    /// Võ Đức Thắng" → "Võ Đức Thắng"); else the text as it is.
    static func afterTrade(_ text: String) -> Substring {
        let trimmed = text.drop { $0 == " " }
        let words = trimmed.split(separator: " ", omittingEmptySubsequences: true)
        guard let first = words.firstIndex(where: { $0.first?.isUppercase == true }), first <= tradeWords else { return trimmed }
        return trimmed[words[first].startIndex...]
    }

    /// Lowercase words a list may put before a name: a trade ("nhân viên vệ sinh") and a number ("hai").
    static let tradeWords = 4

    /// "Hoàng Văn Tâm": two to four capitalized words and nothing after.
    static func isBareName(_ text: Substring) -> Bool {
        let words = text.split(separator: " ")
        return (2...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// "… cho 5 chi bộ tiêu biểu và các đồng chí đảng viên: A (…), B (…) và C (…).": the people named after the counted
    /// recipients, in the same clause with no count or award between; 0 when there are none.
    func peopleNamed(after group: Group, in sentence: String) -> Int {
        let length = (sentence as NSString).length
        guard let marker = peopleJoined.firstMatch(in: sentence, range: NSRange(location: group.range.upperBound, length: length - group.range.upperBound)) else { return 0 }
        let between = sentence.substring(utf16: NSRange(location: group.range.upperBound, length: marker.location - group.range.upperBound))
        guard !between.contains(";"), countMatches(in: between).isEmpty, !anyKind.matches(between), !anyVerb.matches(between) else { return 0 }
        return namesListed(sentence.substring(utf16From: marker.upperBound))
    }

    /// "Ngô Đức Thành, Bí thư …": two to four capitalized words, then a comma.
    static func opensWithPersonalName(_ text: String) -> Bool {
        guard let comma = text.firstIndex(of: ",") else { return false }
        let words = text[..<comma].split(separator: " ")
        return (2...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// "Đoàn Chủ tịch … tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc:", or a kind and its giver alone ("Huân
    /// chương Lao động hạng Ba của Chủ tịch nước:"), then one bullet or numbered line per recipient: units are collectives, people
    /// individuals. Nil unless every line names one.
    func namedList(introducedBy block: ArticleText.Block, followedBy rest: ArraySlice<ArticleText.Block>, eventDate: CalendarDate?) -> Award? {
        guard block.original.trimmingWhitespace().hasSuffix(":"), let sentenceRange = block.sentences.last else { return nil }
        let sentence = block.foldedText(sentenceRange)
        guard introducesThisEventsAwards(sentence, eventDate: eventDate, afterLead: block.paragraph > 0), sampleOpening?.matches(sentence) != true,
              groups(in: sentence).allSatisfy({ $0.kind == nil }) else { return nil }
        var collectives = 0, individuals = 0, combined = 0
        let peopleFollow = peopleFollow.matches(sentence)
        // One list keeps one marker: a numbered line after bullets ("2. Giấy khen của …:") opens another part. Numbered lines are
        // recipients only under a kind named ("Huân chương … của Chủ tịch nước:"), not under a verb (a resolution's numbered points).
        var numberedList: Bool?
        for line in rest {
            guard let (listed, numbered) = Self.listItem(line.folded), numberedList.map({ $0 == numbered }) ?? true,
                  !numbered || anyKind.matches(sentence) else { break }
            numberedList = numbered
            // "- 09 tập thể;": a line that is one count ("- 22 tập thể, gồm: 12 đảng bộ huyện; 6 …": and what it holds).
            // "- Tập thể: 3 lớp (9A, 8B, 6C);", "- Cá nhân: 16 học sinh (có danh sách kèm theo).": a label, and what parentheses say
            // (unless they name an award: "- 05 tập thể (được Chủ tịch UBND tỉnh tặng Bằng khen);" tells its own).
            let unlabelled = listLabel.replacingMatches(in: listed, with: "")
            let counted = Self.parenthetical.matches(in: unlabelled).allSatisfy({ namesNoAward(String($0.value)) })
                ? Self.parenthetical.replacingMatches(in: unlabelled, with: "") : unlabelled
            if let (number, noun) = countedItem(withoutBreakdown(counted)) {
                if combinedNoun.matches(noun) { combined += number } else if collectiveNoun.matches(noun) { collectives += number } else { individuals += number }
                continue
            }
            let item = String(listed.drop { !$0.isLetter })
            // "- Bộ Tư lệnh Quân khu 1 tặng Bằng khen cho 2 tập thể, 3 cá nhân;": a line telling its own award, read as a sentence.
            if anyKind.matches(item) || !countMatches(in: item).isEmpty { return nil }
            switch namedRecipient(openingWith: item) {
            case .person: individuals += 1
            case .unit: collectives += 1
            // "- Nguyễn Thị Thanh Hương, Bí thư Chi bộ …;" under "… gồm các đồng chí:": a name with no title before it, its post after.
            case nil where peopleFollow && Self.opensWithPersonalName(item): individuals += 1
            case nil: return nil
            }
        }
        guard collectives + individuals + combined > 0 else { return nil }
        let group = introduction(sentence)
        guard let kind = group.kind else { return nil }
        return Award(giver: group.giver, kind: kind, collectives: collectives > 0 ? collectives : nil, individuals: individuals > 0 ? individuals : nil,
                     combined: combined > 0 ? combined : nil, evidence: block.text(sentenceRange).trimmingWhitespace(), line: block.line,
                     kindFrom: group.kindIsGeneric ? "generic" : nil)
    }

    /// A line of a list, after its bullet ("- Công ty …", "• 09 tập thể;") or its number ("1. Sở Kế hoạch và Đầu tư tỉnh", "2) UBND
    /// huyện Bù Đăng"), and which of the two it had; nil for a line that is none.
    static func listItem(_ line: String) -> (text: String, numbered: Bool)? {
        let trimmed = line.drop { $0 == " " }
        if let first = trimmed.unicodeScalars.first, CaptionDetector.bullets.contains(first) {
            return (String(CaptionDetector.withoutBullet(trimmed)), false)
        }
        return numberedItem.firstMatch(in: String(trimmed)).map { (String($0.text[$0.range.upperBound...]), true) }
    }

    /// "1. ", "12) ": a numbered line's number.
    private static let numberedItem = Pattern(literal: #"^\d{1,3}\s*[.)]\s+(?=\S)"#)

    /// A list naming again those a clause above counted: "… Đảng ủy Bệnh viện tặng Giấy khen cho 3 chi bộ và 5 đảng viên. Danh
    /// sách cụ thể như sau:", then "Tập thể được Đảng ủy Bệnh viện tặng Giấy khen:" over three names. Same kind, same counts of
    /// what it lists, and givers that agree (one holding the other, or one unnamed).
    func retells(_ listed: Award, _ told: Award) -> Bool {
        func agree(_ a: Int?, _ b: Int?) -> Bool { a == nil || a == b }
        guard listed.kind == told.kind, agree(listed.collectives, told.collectives), agree(listed.individuals, told.individuals),
              agree(listed.combined, told.combined) else { return false }
        guard let listedGiver = listed.giver.map(VietnameseFolding.looseKey), let toldGiver = told.giver.map(VietnameseFolding.looseKey) else { return true }
        return listedGiver.contains(toldGiver) || toldGiver.contains(listedGiver)
    }

    /// A sentence before a list or a table that names an award given at this event: no earlier occasion opens it, it tells
    /// no figures over years (unless it names this event) and no past or future.
    func introducesThisEventsAwards(_ sentence: String, eventDate: CalendarDate?, afterLead: Bool) -> Bool {
        (anyKind.matches(sentence) || anyVerb.matches(sentence)) && !opensWithEarlierOccasion(sentence, eventDate: eventDate, afterLead: afterLead)
            && (!isCumulative(sentence) || namesThisEvent(sentence, eventDate: eventDate)) && !past.matches(sentence)
    }

    /// A sentence introducing a list of awards ("Dịp này, Ban Thường vụ Thành ủy Đà Lạt khen thưởng, biểu dương các
    /// tập thể, cá nhân, cụ thể:"), read as a clause whose counts follow it: its kind and giver.
    func introduction(_ sentence: String) -> Group {
        let length = (sentence as NSString).length
        var group = Group(range: NSRange(location: length, length: 0), evidence: NSRange())
        describe(&group, left: NSRange(location: 0, length: length), right: NSRange(location: length, length: 0), in: sentence)
        // "Các cá nhân được Ban Thường vụ Thành ủy tặng Giấy khen gồm …": the recipients open it, the giver follows "được".
        if group.giver == nil, let award = anyVerb.firstMatch(in: sentence, range: NSRange(location: 0, length: length)),
           let marker = passiveMarker.matches(in: sentence, range: NSRange(location: 0, length: award.location)).last {
            group.giver = giver(from: sentence.substring(utf16: NSRange(location: marker.upperBound, length: award.location - marker.upperBound)))
        }
        // "Theo Quyết định … của Ban Tuyên giáo Trung ương, các tập thể … được tặng Bằng khen gồm:".
        applyPrincipal(&group, clauseStart: (sentence as NSString).clauseStart(before: length), in: sentence)
        return group
    }

    /// "… tặng Giấy khen cho các tập thể, cá nhân có thành tích …. Các tập thể được khen gồm: A, B và C." then, perhaps in the next
    /// paragraph, "Các cá nhân được khen gồm các đồng chí: D, …; E, …": recipients named in sentences of their own after an award
    /// that counted none. Units are collectives, names individuals; nil unless a sentence right after names some.
    func namedInSentences(after sentence: String, following: [String]) -> Group? {
        let length = (sentence as NSString).length
        guard pluralRecipients?.firstMatch(in: sentence, range: NSRange(location: 0, length: length)) != nil else { return nil }
        var group = introduction(sentence)
        guard group.kind != nil else { return nil }
        for list in following {
            let whole = NSRange(location: 0, length: (list as NSString).length)
            // "Các cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen gồm: …" after a Giấy khen: a list naming another award is that one's.
            if let colon = list.firstIndex(of: ":"), case let opening = String(list[..<colon]),
               anyKind.matches(in: opening).contains(where: { kindName(String($0.value)) != group.kind }) { break }
            if let opening = unitsListOpening.firstMatch(in: list, range: whole, anchored: true) {
                guard let units = unitsListed(list.substring(utf16From: opening.upperBound)) else { break }
                group.collectives += units
            } else if let opening = peopleListOpening.firstMatch(in: list, range: whole, anchored: true),
                      case let named = namesListed(list.substring(utf16From: opening.upperBound)), named > 0 {
                group.individuals += named
            } else {
                break
            }
        }
        return group.collectives + group.individuals > 0 ? group : nil
    }

    /// The item up to the breakdown of what its count holds: "22 tập thể, gồm: 12 đảng bộ huyện; 6 …" gives "22 tập thể".
    private func withoutBreakdown(_ item: String) -> String {
        guard let comma = item.firstIndex(of: ","), breakdown.matches(String(item[comma...])) else { return item }
        return String(item[..<comma])
    }

    /// "09 tập thể;", "14 cá nhân tiêu biểu.": one count opening the item, and no more than a few words after it.
    private func countedItem(_ item: String) -> (number: Int, noun: String)? {
        let matches = countMatches(in: item)
        guard matches.count == 1, let match = matches.first, match.range.location == 0, !match.approximate, !match.elided,
              let number = NumberWords.value(item.substring(utf16: match.number)) else { return nil }
        let rest = item.substring(utf16From: match.range.upperBound).trimming(charactersIn: " ;.,")
        // A line telling its own award ("- 09 tập thể được tặng Bằng khen") is read as a sentence of its own.
        guard TextShape.wordCount(rest) <= Self.countedItemTrailingWords, !rest.contains(where: \.isNumber),
              !anyKind.matches(rest), !anyVerb.matches(rest) else { return nil }
        return (number, item.substring(utf16: match.noun))
    }

    /// Words a counted list line may add after its count ("tiêu biểu", "xuất sắc").
    static let countedItemTrailingWords = 4
}
