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
        let recipients = namedRecipients(inList: sentence.substring(utf16: subjectRange))
        guard recipients.count >= 2 else { return [] }

        // "… được G1 và G2 tặng Bằng khen": the givers between the passive and the verb.
        let after = NSRange(location: marker.upperBound, length: clauseEnd - marker.upperBound)
        var givers: [String] = []
        var kindSearchStart = marker.upperBound
        if let passiveMatch = passive.firstMatch(in: sentence, range: after, anchored: true) {
            let byRange = NSRange(location: passiveMatch.upperBound, length: clauseEnd - passiveMatch.upperBound)
            guard let verb = anyVerb.firstMatch(in: sentence, range: byRange) ?? anyKind.firstMatch(in: sentence, range: byRange) else { return [] }
            let byPhrase = sentence.substring(utf16: NSRange(location: byRange.location, length: verb.location - byRange.location))
            givers = byPhrase.trimmingWhitespace().isEmpty ? [] : giverNames(in: byPhrase).compactMap { giver(from: $0) }
            kindSearchStart = verb.location
        }
        let kindRanges = anyKind.matches(in: sentence, range: NSRange(location: kindSearchStart, length: clauseEnd - kindSearchStart))
        guard !kindRanges.isEmpty else { return [] }
        // "… Cờ thi đua của Bộ Công an và Bằng khen của Chủ tịch UBND tỉnh": each kind names its own giver.
        let told = kindsWithTheirGivers(kindRanges, endingAt: clauseEnd, in: sentence)
        let kindNames = told.map(\.kind), ownGivers = told.map(\.giver)

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
}
