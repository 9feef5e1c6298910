import Foundation

/// Those left of a total after its parts, given an award of their own: "Ban Thường vụ Đảng ủy xã biểu dương 6 tập thể, 10 cá
/// nhân; trong đó, 4 tập thể, 7 cá nhân được Ban Thường vụ Đảng ủy xã tặng Giấy khen, các tập thể, cá nhân còn lại được Chủ tịch
/// UBND xã tặng Giấy khen" (2 tập thể, 3 cá nhân). The total may close the sentence before one opening with the breakdown: "… 32 tập
/// thể và 57 cá nhân … được khen thưởng. Trong đó, 2 tập thể, 4 cá nhân được …; số tập thể, cá nhân còn lại được …" (30 and 53).
extension AwardFinder {
    func remainderAwarded(in sentence: String, after groups: [Group], previous: String?) -> [Group] {
        let nsSentence = sentence as NSString
        guard let remainder, let marker = remainder.firstMatch(in: sentence, range: NSRange(location: 0, length: nsSentence.length)),
              // Counts of their own after the marker are an award of their own.
              !groups.contains(where: { $0.range.location >= marker.location }) else { return [] }
        if let whole = groups.first(where: { $0.range.upperBound <= marker.location && $0.kind != nil }),
           case let parts = groups.filter({ $0.range.location >= whole.range.upperBound && $0.range.upperBound <= marker.location }), !parts.isEmpty,
           var group = rest(of: whole, after: parts, marker: marker, in: sentence) {
            group.remainderOf = whole.range
            return [group]
        }
        // The total closes the sentence before, which tells this event's awards (not a tally over years).
        guard let previous, breakdown.matches(sentence), !isCumulative(previous),
              let whole = self.groups(in: previous).last(where: { $0.kind != nil }),
              !inPastClause(whole, of: previous, eventDate: nil),
              (previous as NSString).clauseEnd(from: whole.range.upperBound) == (previous as NSString).length,
              case let parts = groups.filter({ $0.range.upperBound <= marker.location }), !parts.isEmpty,
              let group = rest(of: whole, after: parts, marker: marker, in: sentence) else { return [] }
        return [group]
    }

    /// The award after `marker` to those of `whole` its `parts` leave, when counts are split and some are left.
    private func rest(of whole: Group, after parts: [Group], marker: NSRange, in sentence: String) -> Group? {
        guard whole.combined == 0, parts.allSatisfy({ $0.combined == 0 }) else { return nil }
        let collectives = whole.collectives - parts.map(\.collectives).reduce(0, +)
        let individuals = whole.individuals - parts.map(\.individuals).reduce(0, +)
        guard collectives >= 0, individuals >= 0, collectives + individuals > 0, var group = awardGroup(after: marker, in: sentence) else { return nil }
        (group.collectives, group.individuals) = (collectives, individuals)
        return group
    }
}
