import Foundation

/// The recipients counted before given a second award, by another giver: "Ban Thường vụ Đảng ủy đặc khu tuyên dương 20 tập
/// thể, 35 cá nhân; mỗi tập thể, cá nhân được tuyên dương còn được Chủ tịch UBND đặc khu tặng Giấy khen kèm tiền thưởng".
/// Opening a sentence, the marker takes the counts of the award the sentence before told last (`toldBefore`): "… biểu dương
/// 8 tập thể và 12 cá nhân …. Các tập thể, cá nhân được biểu dương đồng thời được Cục trưởng … tặng Giấy khen."
extension AwardFinder {
    func sameRecipientsAgain(in sentence: String, after groups: [Group], toldBefore: Group?) -> [Group] {
        let nsSentence = sentence as NSString
        guard let sameRecipients,
              let marker = sameRecipients.firstMatch(in: sentence, range: NSRange(location: 0, length: nsSentence.length)),
              let earlier = groups.last(where: { $0.range.upperBound <= marker.location })
                ?? (sentence.substring(utf16To: marker.location).allSatisfy(\.isWhitespace) ? toldBefore : nil),
              earlier.kind != nil,
              // Counts of their own after the marker are an award of their own.
              !groups.contains(where: { $0.range.location >= marker.location }) else { return [] }
        guard var group = awardGroup(after: marker, in: sentence), group.giver != earlier.giver else { return [] }
        (group.collectives, group.individuals, group.combined) = (earlier.collectives, earlier.individuals, earlier.combined)
        return [group]
    }

    /// "… còn được Chủ tịch UBND đặc khu tặng Giấy khen", "… còn lại được Chủ tịch UBND xã tặng Giấy khen": after `marker`, in
    /// its clause, the giver before the verb and the kind right after it, as a group from the marker on (its counts to be set).
    func awardGroup(after marker: NSRange, in sentence: String) -> Group? {
        let clauseEnd = (sentence as NSString).clauseEnd(from: marker.upperBound)
        guard let verb = anyVerb.firstMatch(in: sentence, range: NSRange(location: marker.upperBound, length: clauseEnd - marker.upperBound)),
              let kind = anyKind.firstMatch(in: sentence, range: NSRange(location: verb.location, length: clauseEnd - verb.location)),
              kind.location - verb.upperBound <= Self.sameRecipientsKindGap,
              let giver = giver(from: sentence.substring(utf16: NSRange(location: marker.upperBound, length: verb.location - marker.upperBound)))
        else { return nil }
        var group = Group(range: NSRange(location: marker.location, length: kind.upperBound - marker.location),
                          evidence: NSRange(location: marker.location, length: kind.upperBound - marker.location))
        group.giver = giver
        group.actor = giver
        group.kind = kindName(sentence.substring(utf16: kind))
        return group
    }

    /// "Đảng ủy Bệnh viện tuyên dương và Giám đốc Bệnh viện tặng Giấy khen cho 3 tập thể, 10 cá nhân": the first giver's verb names
    /// an award of its own, to the same recipients.
    func jointVerbAwards(in sentence: String, groups: [Group]) -> [Group] {
        let nsSentence = sentence as NSString
        return groups.compactMap { group -> Group? in
            guard group.kind != nil, group.giver != nil, !group.isPassive else { return nil }
            let clauseStart = nsSentence.clauseStart(before: group.range.location)
            let before = NSRange(location: clauseStart, length: group.range.location - clauseStart)
            guard let verb = anyVerb.matches(in: sentence, range: before).first(where: { verb in
                      verbKind(sentence.substring(utf16: verb)) != nil
                          && giverJoiner.firstMatch(in: sentence, range: NSRange(location: verb.upperBound, length: group.range.location - verb.upperBound), anchored: true) != nil
                  }), let kind = verbKind(sentence.substring(utf16: verb)) else { return nil }
            let start = giverStart(before: verb.location, clauseStart: clauseStart, in: nsSentence)
            guard let giver = giver(from: sentence.substring(utf16: NSRange(location: start, length: verb.location - start))), giver != group.giver else { return nil }
            var joint = group
            joint.giver = giver
            joint.actor = giver
            joint.kind = kind
            joint.kindIsGeneric = false
            joint.evidence = NSRange(location: start, length: group.range.upperBound - start)
            return joint
        }
    }

    /// "tặng Giấy khen", "trao tặng Bằng khen": the kind right after the verb (UTF-16 units between them).
    static let sameRecipientsKindGap = 2
}

extension AwardFinder {
    /// "… biểu dương 15 tập thể và 32 cá nhân; đồng thời, Chủ tịch UBND thành phố tặng Giấy khen cho các tập thể, cá nhân được biểu
    /// dương": named after the award by the honour they had, the recipients of the last award of that honour before the clause (or,
    /// when the sentence counts none, of the sentence before), those of them the marker names ("các cá nhân …": the individuals).
    /// Only for another giver and another kind: one who hands over the same award retells it.
    func sameRecipientsNamedAfter(in sentence: String, after groups: [Group], toldBefore: Group?) -> [Group] {
        let nsSentence = sentence as NSString
        guard let sameRecipientsAfterAward,
              let marker = sameRecipientsAfterAward.firstMatch(in: sentence, range: NSRange(location: 0, length: nsSentence.length)),
              let honour = anyVerb.matches(in: sentence, range: marker).last.flatMap({ verbKind(sentence.substring(utf16: $0)) }) else { return [] }
        let clauseStart = nsSentence.clauseStart(before: marker.location)
        guard !groups.contains(where: { $0.range.location >= clauseStart }),
              let earlier = groups.last(where: { $0.range.upperBound <= clauseStart && $0.kind == honour })
                ?? (groups.isEmpty && toldBefore?.kind == honour ? toldBefore : nil),
              let verb = anyVerb.firstMatch(in: sentence, range: NSRange(location: clauseStart, length: marker.location - clauseStart)),
              let kind = anyKind.firstMatch(in: sentence, range: NSRange(location: verb.upperBound, length: marker.location - verb.upperBound)),
              case let kindName = kindName(sentence.substring(utf16: kind)), kindName != honour,
              case let start = giverStart(before: verb.location, clauseStart: clauseStart, in: nsSentence),
              let giver = giver(from: sentence.substring(utf16: NSRange(location: start, length: verb.location - start))), giver != earlier.giver
        else { return [] }
        // The marker may name some of them: "các tập thể" the collectives, "các cá nhân" the individuals (not a count given only for both).
        let named = sentence.substring(utf16: marker)
        let (collectivesNamed, individualsNamed) = (collectiveWord.matches(named), individualWord.matches(named))
        var group = Group(range: NSRange(location: clauseStart, length: marker.upperBound - clauseStart),
                          evidence: NSRange(location: clauseStart, length: marker.upperBound - clauseStart))
        group.giver = giver
        group.actor = giver
        group.kind = kindName
        switch (collectivesNamed, individualsNamed) {
        case (true, false): group.collectives = earlier.collectives
        case (false, true): group.individuals = earlier.individuals
        default: (group.collectives, group.individuals, group.combined) = (earlier.collectives, earlier.individuals, earlier.combined)
        }
        return group.total > 0 ? [group] : []
    }
}

extension AwardFinder {
    /// Where the giver before a verb starts: after the clause's last comma before it ("đồng thời, Chủ tịch UBND huyện tặng"), or at
    /// the clause's start.
    func giverStart(before verb: Int, clauseStart: Int, in sentence: NSString) -> Int {
        let comma = sentence.range(of: ",", options: .backwards, range: NSRange(location: clauseStart, length: verb - clauseStart))
        return comma.location == NSNotFound ? clauseStart : comma.upperBound
    }
}
