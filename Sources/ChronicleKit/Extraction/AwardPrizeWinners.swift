import Foundation

/// An award to a contest's prize winners, counted by the prizes told before it: "Ban Tổ chức đã trao 1 giải Nhất cho đội A; 2
/// giải Nhì …; 3 giải Ba và 4 giải Khuyến khích. Ban Tuyên giáo và Dân vận Tỉnh ủy tặng Giấy khen cho các đội đoạt giải Nhất, Nhì,
/// Ba." is a Giấy khen for 6 collectives; "Các thí sinh đoạt giải được nhận Giấy khen của Hiệu trưởng" one for every prize's winner.
/// The prizes alone are rankings, no award.
extension AwardFinder {
    func prizeWinnersAwarded(in sentence: String, after earlier: [String], besides groups: [Group]) -> [Group] {
        let nsSentence = sentence as NSString
        guard groups.isEmpty, let prizeWinners, let prizeCount,
              let winners = prizeWinners.match(in: sentence, range: NSRange(location: 0, length: nsSentence.length)) else { return [] }
        let clauseStart = nsSentence.clauseStart(before: winners.result.range.location)
        let clauseEnd = nsSentence.clauseEnd(from: winners.result.range.upperBound)
        var group: Group
        if let told = awardGroup(after: NSRange(location: clauseStart, length: 0), in: sentence), told.range.upperBound <= winners.result.range.location {
            // "… tặng Giấy khen cho các đội đoạt giải …": the giver before the verb.
            group = told
        } else if let kind = anyKind.firstMatch(in: sentence, range: NSRange(location: winners.result.range.upperBound, length: clauseEnd - winners.result.range.upperBound)),
                  let giver = ofGiver(in: sentence, from: kind.upperBound, to: clauseEnd) {
            // "Các thí sinh đoạt giải được nhận Giấy khen của Hiệu trưởng nhà trường": the giver after the kind.
            group = Group(range: NSRange(location: winners.result.range.location, length: kind.upperBound - winners.result.range.location),
                          evidence: NSRange(location: winners.result.range.location, length: kind.upperBound - winners.result.range.location))
            group.giver = giver
            group.actor = giver
            group.kind = kindName(sentence.substring(utf16: kind))
        } else {
            return []
        }
        // The prizes named ("đoạt giải Nhất, Nhì, Ba"), or all of them ("đoạt giải").
        let named = Set(prizeRank.matches(in: String(winners["ranks"] ?? "")).map { $0.value.lowercased() })
        let before = earlier + [sentence.substring(utf16To: winners.result.range.location)]
        let prizes = before.flatMap { prizeCount.matches(in: $0) }.compactMap { match -> Int? in
            guard let count = match["count"].flatMap({ NumberWords.value(String($0)) }), let rank = match["rank"]?.lowercased() else { return nil }
            return named.isEmpty || named.contains(rank) ? count : nil
        }
        let total = prizes.reduce(0, +)
        guard total > 0 else { return [] }
        if winners["collective"] != nil { group.collectives = total } else { group.individuals = total }
        group.evidence = NSUnionRange(group.evidence, winners.result.range)
        return [group]
    }
}
