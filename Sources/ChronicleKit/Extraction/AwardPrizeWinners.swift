import Foundation

/// An award to a contest's prize winners, counted by the prizes told before it: "Ban Tổ chức đã trao 1 giải Nhất cho đội A; 2
/// giải Nhì …; 3 giải Ba và 4 giải Khuyến khích. Ban Tuyên giáo và Dân vận Tỉnh ủy tặng Giấy khen cho các đội đoạt giải Nhất, Nhì,
/// Ba." is a Giấy khen for 6 collectives; "Các thí sinh đoạt giải được nhận Giấy khen của Hiệu trưởng" one for every prize's winner.
/// The prizes alone are rankings, no award.
extension AwardFinder {
    /// `earlier`: the story's sentences before this one, where the prizes were told (read only when the sentence names winners).
    func prizeWinnersAwarded(in sentence: String, after earlier: @autoclosure () -> [String], besides groups: [Group]) -> [Group] {
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
                  let giver = ofGiver(in: sentence, from: kind.upperBound, to: clauseEnd)
                    ?? passiveGiver(in: sentence, between: NSRange(location: winners.result.range.upperBound, length: kind.location - winners.result.range.upperBound)) {
            // "Các thí sinh đoạt giải được nhận Giấy khen của Hiệu trưởng nhà trường": the giver after the kind; "Các tác giả đạt giải
            // Nhất, giải Nhì được Ban Tuyên giáo Tỉnh ủy tặng Giấy khen": before its verb.
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
        let before = earlier() + [sentence.substring(utf16To: winners.result.range.location)]
        // Each rank as first told: "1 giải Nhất, 2 giải Nhì, …. 2 giải Nhì thuộc về tác giả A và B" tells the second prize twice.
        var prizes: [String: Int] = [:]
        for match in before.flatMap({ prizeCount.matches(in: $0) }) {
            guard let count = match["count"].flatMap({ NumberWords.value(String($0)) }), let rank = match["rank"]?.lowercased(),
                  named.isEmpty || named.contains(rank), prizes[rank] == nil else { continue }
            prizes[rank] = count
        }
        let total = prizes.values.reduce(0, +)
        guard total > 0 else { return [] }
        if winners["collective"] != nil { group.collectives = total } else { group.individuals = total }
        group.evidence = NSUnionRange(group.evidence, winners.result.range)
        return [group]
    }

    /// The giver between a passive's marker and its verb: " được Ban Tuyên giáo Tỉnh ủy tặng " gives "Ban Tuyên giáo Tỉnh ủy".
    private func passiveGiver(in sentence: String, between range: NSRange) -> String? {
        guard let marker = passiveMarker.firstMatch(in: sentence, range: range),
              let verb = anyVerb.firstMatch(in: sentence, range: NSRange(location: marker.upperBound, length: range.upperBound - marker.upperBound))
        else { return nil }
        return giver(from: sentence.substring(utf16: NSRange(location: marker.upperBound, length: verb.location - marker.upperBound)))
    }
}
