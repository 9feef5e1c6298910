import Foundation

/// The recipients counted before given a second award, by another giver: "Ban Thường vụ Đảng ủy đặc khu tuyên dương 20 tập
/// thể, 35 cá nhân; mỗi tập thể, cá nhân được tuyên dương còn được Chủ tịch UBND đặc khu tặng Giấy khen kèm tiền thưởng".
extension AwardFinder {
    func sameRecipientsAgain(in sentence: String, after groups: [Group]) -> [Group] {
        let nsSentence = sentence as NSString
        guard let sameRecipients,
              let marker = sameRecipients.firstMatch(in: sentence, range: NSRange(location: 0, length: nsSentence.length)),
              let earlier = groups.last(where: { $0.range.upperBound <= marker.location }), earlier.kind != nil,
              // Counts of their own after the marker are an award of their own.
              !groups.contains(where: { $0.range.location >= marker.location }) else { return [] }
        let clauseEnd = nsSentence.clauseEnd(from: marker.upperBound)
        let rest = NSRange(location: marker.upperBound, length: clauseEnd - marker.upperBound)
        guard let verb = anyVerb.firstMatch(in: sentence, range: rest),
              let kind = anyKind.firstMatch(in: sentence, range: NSRange(location: verb.location, length: clauseEnd - verb.location)),
              kind.location - verb.upperBound <= Self.sameRecipientsKindGap,
              let giver = giver(from: sentence.substring(utf16: NSRange(location: marker.upperBound, length: verb.location - marker.upperBound))),
              giver != earlier.giver else { return [] }
        var group = Group(range: NSRange(location: marker.location, length: kind.upperBound - marker.location),
                          evidence: NSRange(location: marker.location, length: kind.upperBound - marker.location))
        (group.collectives, group.individuals, group.combined) = (earlier.collectives, earlier.individuals, earlier.combined)
        group.giver = giver
        group.actor = giver
        group.kind = kindName(sentence.substring(utf16: kind))
        return [group]
    }

    /// "tặng Giấy khen", "trao tặng Bằng khen": the kind right after the verb (UTF-16 units between them).
    static let sameRecipientsKindGap = 2
}
