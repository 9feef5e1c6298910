import Foundation

/// Finds units (Tỉnh ủy Hậu Giang, Ban Tuyên giáo Huyện ủy Thạnh Hóa, Đảng ủy Khối các cơ quan
/// tỉnh, Trường THPT Lương Tâm…) in folded text, with the organ acting for them and their place.
struct UnitFinder: Sendable {
    let catalog: UnitCatalog
    let places: PlaceFinder
    static let maximumNameWords = 10
    static let communeName = Pattern(literal: #"\s+\p{Lu}[\p{L}\d]*(?:\s+(?:\p{Lu}[\p{L}\d]*|\d+))*"#, caseInsensitive: false)
    /// The same phrase is read again and again: a giver's name by the award reader, the giver's normalizer and the organizer's
    /// resolver, and in article after article; what it names depends on nothing else (on 212 articles, 3 reads in 4 were repeats).
    let remembered = BoundedMemo<ExactText, [UnitMention]>(capacity: 8_192)
    /// UTF-8 bytes of the longest text remembered: phrases repeat, paragraphs seldom, and would fill the memo.
    static let longestRemembered = 512

    /// The units `text` names, in order.
    func mentions(in text: String) -> [UnitMention] {
        guard text.utf8.count <= Self.longestRemembered else { return findMentions(in: text) }
        return remembered.value(for: ExactText(text)) { findMentions(in: text) }
    }

    private func findMentions(in text: String) -> [UnitMention] {
        let nsText = text as NSString
        let placeMentions = places.mentions(in: text)
        var raw: [(kind: Int, range: NSRange)] = []
        var searchStart = 0
        while searchStart < nsText.length,
              let match = catalog.anyKind.firstResult(in: text, range: NSRange(location: searchStart, length: nsText.length - searchStart)) {
            if let kind = catalog.kindIndex(in: text, at: match.range) {
                var range = match.range
                if catalog.kinds[kind].place == "named" {
                    range = extendWithProperName(range, in: text)
                }
                raw.append((kind, range))
                searchStart = range.location + range.length
            } else {
                searchStart = match.range.location + max(1, match.range.length)
            }
        }

        var mentions: [UnitMention] = []
        var index = 0
        while index < raw.count {
            var kindIndex = raw[index].kind
            var range = raw[index].range
            var department: UnitCatalog.Kind?
            // "Ban Tuyên giáo" + "Huyện ủy Thạnh Hóa": a department of the committee that follows.
            if catalog.kinds[kindIndex].department == true, index + 1 < raw.count,
               catalog.kinds[raw[index + 1].kind].department != true,
               gap(between: range, and: raw[index + 1].range, in: nsText).allSatisfy(\.isWhitespace) {
                department = catalog.kinds[kindIndex]
                kindIndex = raw[index + 1].kind
                range = union(range, raw[index + 1].range)
                index += 1
            }
            let kind = catalog.kinds[kindIndex]
            var mention = UnitMention(kind: kind, department: department, organ: nil, place: nil, placeWord: nil, properName: nil,
                                      text: "", range: range)
            if kind.place == "named" {
                mention.properName = properName(of: raw[index].range, in: nsText)
            } else if kind.place != "central" {
                var after = range.location + range.length
                if let abbreviation = Self.abbreviation.firstResult(in: text, options: [.anchored], range: NSRange(location: after, length: nsText.length - after)) {
                    after = abbreviation.range.location + abbreviation.range.length
                    range = NSRange(location: range.location, length: after - range.location)
                }
                var wordStart: Int?
                if let word = catalog.placeWord.firstResult(in: text, options: [.anchored], range: NSRange(location: after, length: nsText.length - after)) {
                    mention.placeWord = nsText.substring(with: word.range).trimmingWhitespace().lowercased()
                    mention.placeWordLevel = mention.placeWord.flatMap(catalog.level(ofPlaceWord:)).flatMap { $0 == "tinh" ? nil : $0 }
                    wordStart = word.range.location + (nsText.substring(with: word.range).prefix { $0 == " " }.utf16.count)
                    after = word.range.location + word.range.length
                    // "Hội LHPN tỉnh": the place word belongs to the name even when no place follows.
                    range = NSRange(location: range.location, length: after - range.location)
                }
                // After the place word, or a name that holds it: "UBND TP.HCM".
                if var place = placeMentions.first(where: { ($0.range.location >= after && $0.range.location <= after + 1)
                        || ($0.range.location == wordStart && $0.range.upperBound > after) }) {
                    // "Thị ủy Tân Châu" is the town's (thị xã Tân Châu, An Giang), not huyện Tân Châu of Tây Ninh:
                    // the kind's own place word says which kind of district, when no word is written.
                    // So is "Thành ủy Lai Châu" the city's (thành phố Lai Châu), not the province's.
                    if place.kindWord == nil, let word = kind.place_word { place.kindWord = word }
                    mention.place = places.resolve(place)
                    range = union(range, place.range)
                } else if mention.placeWordLevel == "co-so",
                          let name = Self.communeName.firstResult(in: text, options: [.anchored], range: NSRange(location: after, length: nsText.length - after)) {
                    // "UBND phường Ghềnh Ráng": a commune communes.yml does not list; its name is the capitalized words after the word.
                    range = union(range, name.range)
                }
            }
            // "Đảng ủy Cục Thuế tỉnh": the party committee of an institution (committees themselves are kinds).
            if catalog.hasPartyCommittee(kind), let word = catalog.partyCommitteeBefore.firstMatch(in: nsText.substring(to: range.location))?["word"] {
                mention.partyCommittee = catalog.partyCommitteeNames[word.lowercased()] ?? String(word)
            }
            // "Ban Thường vụ Tỉnh ủy": the organ acts for the unit.
            let before = nsText.substring(to: range.location)
            if let organ = catalog.organBefore.firstMatch(in: before) {
                mention.organ = String(organ.value).trimmingWhitespace()
                let organRange = NSRange(organ.range, in: before)
                range = NSRange(location: organRange.location, length: range.location + range.length - organRange.location)
            }
            mention.range = range
            mention.text = nsText.substring(with: range)
            mentions.append(mention)
            index += 1
        }
        return mentions
    }

    private func gap(between a: NSRange, and b: NSRange, in text: NSString) -> String {
        let start = a.location + a.length
        guard b.location >= start else { return "x" }
        return text.substring(with: NSRange(location: start, length: b.location - start))
    }

    private func union(_ a: NSRange, _ b: NSRange) -> NSRange {
        let start = min(a.location, b.location)
        return NSRange(location: start, length: max(a.location + a.length, b.location + b.length) - start)
    }

    /// Words after a named kind that make up its proper name: capitalized words, and the few
    /// lowercase words names contain; it ends on its last capitalized word.
    private func extendWithProperName(_ range: NSRange, in text: String) -> NSRange {
        let length = (text as NSString).length
        var position = range.location + range.length
        var end = position
        var words = 0
        var previousCapitalized = false
        while words < Self.maximumNameWords {
            // "Trường Đại học Sư phạm - Đại học Đà Nẵng", "Công ty Than Hà Lầm – TKV": a dash before a capital goes on with the name.
            if words > 0, end == position, let dash = Self.nameDash.firstResult(in: text, options: [.anchored], range: NSRange(location: position, length: length - position)) {
                position = dash.range.location + dash.range.length
            }
            // "Bộ Nông nghiệp và Phát triển nông thôn": a known name goes on past its lowercase words.
            if let known = catalog.spelledOutName?.firstResult(in: text, options: [.anchored], range: NSRange(location: position, length: length - position))
                ?? catalog.shortName?.firstResult(in: text, options: [.anchored], range: NSRange(location: position, length: length - position)) {
                position = known.range.upperBound
                end = position
                words += 1
                previousCapitalized = false
                continue
            }
            guard let match = Self.nextWord.firstResult(in: text, options: [.anchored], range: NSRange(location: position, length: length - position)),
                  let wordRange = Range(match.range(at: 1), in: text) else { break }
            let word = text[wordRange]
            let lower = word.lowercased()
            let capitalized = word.first?.isUppercase == true || word.first?.isNumber == true
            guard capitalized || catalog.nameConnectors.contains(lower)
                    || (previousCapitalized && !catalog.nameStopWords.contains(lower)) else { break }
            // "Đồn Biên phòng Lao Bảo và Thượng úy Nguyễn Văn An", "… Cửa Tùng và Đồn Biên phòng Hướng Phùng": a person or another
            // unit after the joiner, no more of the name.
            if catalog.nameJoiners.contains(lower), case let next = min(match.range.upperBound + 1, length),
               case let after = NSRange(location: next, length: length - next),
               catalog.personAfterJoiner.firstMatch(in: text, range: after, anchored: true) != nil
                || catalog.anyKind.firstResult(in: text, options: [.anchored], range: after) != nil {
                break
            }
            position = match.range.location + match.range.length
            words += 1
            if capitalized || catalog.nameEndings.contains(lower) || previousCapitalized { end = position }
            previousCapitalized = capitalized
        }
        return NSRange(location: range.location, length: end - range.location)
    }

    /// "(CCB)" after "Hội Cựu chiến binh".
    private static let abbreviation = Pattern(literal: #"\s*\(\p{Lu}[\p{Lu}\p{N}&.]{0,9}\)"#, caseInsensitive: false)

    private static let nextWord = Pattern(literal: #" ([\p{L}\p{N}][\p{L}\p{N}.'-]*)"#, caseInsensitive: false)
    private static let nameDash = Pattern(literal: #" [-–](?= \p{Lu})"#, caseInsensitive: false)

    private func properName(of range: NSRange, in text: NSString) -> String? {
        let phrase = text.substring(with: range)
        guard let kind = catalog.anyKind.firstMatch(in: phrase) else { return nil }
        let name = phrase[kind.range.upperBound...].trimmingWhitespace()
        return name.isEmpty ? nil : name
    }
}
