import Foundation

/// Named recipients given their awards in turn: "Chị A, Chủ tịch Hội LHPN xã X, và chị B, Chi hội
/// trưởng …, lần lượt được Trung ương Hội LHPN Việt Nam và Ban Thường vụ Tỉnh ủy tặng Bằng khen";
/// "Công an huyện A và Công an huyện B lần lượt nhận Cờ thi đua của Bộ Công an và Bằng khen của Chủ
/// tịch UBND tỉnh". The n-th recipient takes the n-th giver's (and kind's) award.
extension AwardFinder {
    func awardsInTurn(in sentence: String, besides groups: [Group]) -> [Group] {
        let nsSentence = sentence as NSString
        guard let marker = respectively?.firstMatch(in: sentence, range: NSRange(location: 0, length: nsSentence.length)) else { return [] }
        let clauseStart = nsSentence.clauseStart(before: marker.location)
        let clauseEnd = nsSentence.clauseEnd(from: marker.upperBound)
        // Counted lists after the marker are paired by `pairRespectively`.
        guard !groups.contains(where: { $0.range.location >= clauseStart && $0.range.location < clauseEnd }) else { return [] }
        let subjectRange = NSRange(location: clauseStart, length: marker.location - clauseStart)
        let recipients = recipientsNamedInTurn(nsSentence.substring(with: subjectRange))
        guard recipients.count >= 2 else { return [] }

        // "… được G1 và G2 tặng Bằng khen": the givers between the passive and the verb.
        let after = NSRange(location: marker.upperBound, length: clauseEnd - marker.upperBound)
        var givers: [String] = []
        var kindSearchStart = marker.upperBound
        if let passiveMatch = passive.firstMatch(in: sentence, range: after, anchored: true) {
            let byRange = NSRange(location: passiveMatch.upperBound, length: clauseEnd - passiveMatch.upperBound)
            guard let verb = anyVerb.firstMatch(in: sentence, range: byRange) ?? anyKind.firstMatch(in: sentence, range: byRange) else { return [] }
            let byPhrase = nsSentence.substring(with: NSRange(location: byRange.location, length: verb.location - byRange.location))
            givers = byPhrase.trimmingCharacters(in: .whitespaces).isEmpty ? [] : giverNames(in: byPhrase).compactMap { giver(from: $0) }
            kindSearchStart = verb.location
        }
        let kindRanges = anyKind.matches(in: sentence, range: NSRange(location: kindSearchStart, length: clauseEnd - kindSearchStart))
        guard !kindRanges.isEmpty else { return [] }
        let kindNames = kindRanges.map { kindName(nsSentence.substring(with: $0)) }
        // "… Cờ thi đua của Bộ Công an và Bằng khen của Chủ tịch UBND tỉnh": each kind names its own giver.
        let ends = kindRanges.dropFirst().map(\.location) + [clauseEnd]
        let ownGivers = zip(kindRanges, ends).map { ofGiver(in: sentence, from: $0.upperBound, to: $1) }

        let pairs: [(giver: String, kind: String)]
        if givers.count == recipients.count, kindNames.count == 1 || kindNames.count == recipients.count {
            pairs = givers.indices.map { (givers[$0], kindNames.count == 1 ? kindNames[0] : kindNames[$0]) }
        } else if givers.isEmpty, kindNames.count == recipients.count, ownGivers.allSatisfy({ $0 != nil }) {
            pairs = kindNames.indices.map { (ownGivers[$0]!, kindNames[$0]) }
        } else {
            return []
        }
        let evidence = NSRange(location: clauseStart, length: kindRanges.last!.upperBound - clauseStart)
        return zip(recipients, pairs).map { recipient, pair in
            var group = Group(range: NSRange(location: marker.location, length: evidence.upperBound - marker.location), evidence: evidence)
            if recipient.kind == .person { group.individuals = 1 } else { group.collectives = 1 }
            group.giver = pair.giver
            group.actor = pair.giver
            group.kind = pair.kind
            group.isNamed = true
            group.recipientName = recipient.name
            return group
        }
    }

    /// "phường Long Hòa", "xã Phú Thịnh": a place named by its kind word, lowercase as running text writes it.
    func opensWithPlaceWord(_ text: String) -> Bool {
        units.catalog.placeKindWords.contains { text.hasPrefix($0 + " ") }
    }

    /// "giáo viên Trường Tiểu học Ea Tul", "đảng viên Chi bộ Khoa Sản": a person's role and workplace
    /// (after "bà A,"), not another person.
    func isRoleAt(_ text: String) -> Bool {
        guard let title = singlePerson.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length), anchored: true)
        else { return false }
        return opensWithUnit((text as NSString).substring(from: title.upperBound - 1))
    }

    /// The recipients named in a list: each part joined by "và" opens with a name, and may go on with
    /// more names of the same sort ("Công an huyện A, Công an huyện B và Công an thị xã C": three) or
    /// with the name's title and place set off by commas, which are no recipients ("Chị A, Chủ tịch Hội
    /// LHPN xã X và chị B, Chi hội trưởng …, xã Y": two; "Đảng bộ xã A và ông B - Bí thư …, xã C": two;
    /// "bà A, giáo viên Trường B": one).
    func recipientsNamedInTurn(_ subject: String) -> [(name: String, kind: NamedRecipient)] {
        func named(_ piece: Substring) -> (name: String, kind: NamedRecipient)? {
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            return namedRecipient(openingWith: trimmed).map { (trimmed, $0) }
        }
        var parts = giverJoiner.split(subject)
        // An opener ("Dịp này,", "Tại buổi lễ,") may come before the first name.
        if let first = parts.first {
            let pieces = first.split(separator: ",")
            guard let start = pieces.firstIndex(where: { named($0) != nil }) else { return [] }
            parts[0] = pieces[start...].joined(separator: ",")
        }
        var recipients: [(name: String, kind: NamedRecipient)] = []
        for part in parts {
            let pieces = part.split(separator: ",")
            guard let head = pieces.first.flatMap(named) else { return [] }
            recipients.append(head)
            for piece in pieces.dropFirst() {
                // "khu vực 5, phường Long Hòa": a place after a name is where it is, unless the list is of places.
                guard let more = named(piece), more.kind == head.kind, !isRoleAt(more.name),
                      !opensWithPlaceWord(more.name) || opensWithPlaceWord(head.name) else { break }
                recipients.append(more)
            }
        }
        return recipients
    }
}
