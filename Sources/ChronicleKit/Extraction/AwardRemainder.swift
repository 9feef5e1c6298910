import Foundation

/// Those left of a total after its parts, given an award of their own: "Ban Thường vụ Đảng ủy xã biểu dương 6 tập thể, 10 cá
/// nhân; trong đó, 4 tập thể, 7 cá nhân được Ban Thường vụ Đảng ủy xã tặng Giấy khen, các tập thể, cá nhân còn lại được Chủ tịch
/// UBND xã tặng Giấy khen" (2 tập thể, 3 cá nhân).
extension AwardFinder {
    func remainderAwarded(in sentence: String, after groups: [Group]) -> [Group] {
        let nsSentence = sentence as NSString
        guard let remainder, let marker = remainder.firstMatch(in: sentence, range: NSRange(location: 0, length: nsSentence.length)),
              let whole = groups.first(where: { $0.range.upperBound <= marker.location && $0.kind != nil }), whole.combined == 0,
              case let parts = groups.filter({ $0.range.location >= whole.range.upperBound && $0.range.upperBound <= marker.location }),
              !parts.isEmpty, parts.allSatisfy({ $0.combined == 0 }),
              // Counts of their own after the marker are an award of their own.
              !groups.contains(where: { $0.range.location >= marker.location }) else { return [] }
        let collectives = whole.collectives - parts.map(\.collectives).reduce(0, +)
        let individuals = whole.individuals - parts.map(\.individuals).reduce(0, +)
        guard collectives >= 0, individuals >= 0, collectives + individuals > 0, var group = awardGroup(after: marker, in: sentence) else { return [] }
        (group.collectives, group.individuals) = (collectives, individuals)
        group.remainderOf = whole.range
        return [group]
    }
}
