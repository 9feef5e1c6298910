import Foundation

/// A person named in the story, with the title the article gives them.
public struct Person: Sendable, Codable, Hashable {
    public var name: String
    public var title: String?
}

/// A count of people or places present: "424 điểm cầu", "hơn 17.300 đảng viên".
public struct Participation: Sendable, Codable, Hashable {
    public var key: String
    /// How pages name it: "điểm cầu".
    public var label: String
    public var count: Int
    public var evidence: String
}

/// People and participation figures, from `extraction/people.yml`.
struct PeopleFinder: Sendable {
    struct ParticipationNoun: Codable, Sendable {
        var key: String
        var label: String
        var patterns: [String]
    }

    struct Source: Codable, Sendable {
        var schema: String
        var surnames: [String]?
        var title_openers: [String]?
        var title_enders: [String]?
        var title_continuations: [String]?
        var not_people: [String]?
        /// Words before a name that are no part of it ("Bà Phan Thị Lệ Thủy"): a person's name never runs back over one.
        var honorifics: [String]?
        var title_breaks: [String]?
        /// Words joining the parts of a post's unit ("Sở Giáo dục và Đào tạo"): they end a title, and break one before a name,
        /// only before a lowercase word, a title opener or a family name ("… Bí thư Tỉnh ủy và Chủ tịch UBND tỉnh", "… và Ngô Đức Thành").
        var title_joiners: [String]?
        var participation_prefixes: [String]?
        var participation: [ParticipationNoun]?

        static let schemaName = "chronicle.people/1"
        static let keys: Set<String> = ["schema", "surnames", "title_openers", "title_enders", "title_continuations", "not_people", "honorifics", "title_breaks", "title_joiners", "participation_prefixes", "participation"]
    }

    private let name: Pattern
    private let opener: Pattern
    private let openerAtStart: Pattern
    private let ender: Pattern
    private let continuationAtStart: Pattern
    /// Text before a name is read after the last of these: "…; đồng chí Trần Văn Thọ", "… và Trưởng Ban …".
    private let clauseBreak: Pattern
    private let notPeople: Set<String>
    private let surnames: Set<String>
    private let honorifics: Set<String>
    /// Province and district names: "Bí thư Thành ủy Hà Nội" ends with a place, not a person.
    private let gazetteer: Gazetteer?
    /// "xã", "thôn" … (lowercased, without an abbreviation's dot): after one, capitalized words are a place's name, and a name's
    /// words going on from them are its end.
    private let placeWords: Set<String>
    /// Keys (`Gazetteer.key`) of the gazetteer's communes' names without their place word: "vàng danh", "lộc thiện".
    private let communeNames: Set<String>
    /// Words that stand before a name and end no place's name: honorifics and one-word titles ("Cô Tô Thị Hạnh" is no Cô Tô's).
    private let wordsOpeningAName: Set<String>
    private let participation: [(key: String, label: String, pattern: Pattern)]
    /// "hơn", "gần" … right before a participation count: part of its evidence.
    private let participationPrefix: Pattern
    private let longestParticipationPrefix: Int

    init(sources: [Source], gazetteer: Gazetteer? = nil, placeWords: Set<String> = []) throws {
        func all(_ path: KeyPath<Source, [String]?>) -> String { Pattern.phrases(sources.all(path)) }
        self.gazetteer = gazetteer
        self.placeWords = placeWords
        let placeWordsLongestFirst = placeWords.sorted { $0.count > $1.count }
        communeNames = Set((gazetteer?.communes.keys).map { keys in
            keys.compactMap { key in placeWordsLongestFirst.first { key.hasPrefix($0 + " ") }.map { String(key.dropFirst($0.count + 1)) } }
        } ?? [])
        wordsOpeningAName = Set(sources.all(\.honorifics) + sources.all(\.title_openers).filter { !$0.contains(" ") })
        surnames = Set(sources.all(\.surnames))
        honorifics = Set(sources.all(\.honorifics))
        name = try Pattern("(?<![\\p{L}])(?:\(all(\.surnames)))(?: \\p{Lu}\\p{Ll}*){1,3}(?![\\p{L}]| \\p{Lu})", caseInsensitive: false)
        let openers = all(\.title_openers)
        opener = try Pattern("(?<![\\p{L}])(?:\(openers))(?![\\p{L}])", caseInsensitive: false)
        openerAtStart = try Pattern("^\\s*(?:\(openers))(?![\\p{L}])", caseInsensitive: false)
        continuationAtStart = try Pattern("^\\s*(?:\(all(\.title_continuations)))(?![\\p{L}])", caseInsensitive: false)
        // A joiner before a capitalized word that opens no title goes on with the unit's name.
        let joiner = sources.all(\.title_joiners).isEmpty ? ""
            : "|(?<!\\p{L})(?:\(all(\.title_joiners)))(?=\\s)(?-i:(?!\\s(?!(?:\(openers)|\(all(\.surnames)))(?![\\p{L}]))\\p{Lu}))"
        ender = try Pattern("\\s(?:\(all(\.title_enders)))(?![\\p{L}])|[;(.:“\"]\(joiner)", caseInsensitive: false)
        clauseBreak = try Pattern(#"[;:(“”"]|(?<!\p{L})(?:"# + all(\.title_breaks) + #")(?!\p{L})"# + joiner)
        let prefixes = all(\.participation_prefixes)
        notPeople = Set(sources.flatMap { $0.not_people ?? [] })
        // The count first, so the regex engine can skip to digits; the word before it is looked up after.
        participation = try sources.flatMap { $0.participation ?? [] }.map { noun in
            (noun.key, noun.label, try Pattern("(?<![\\p{L}\\d.,])(\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s+(?:\(noun.patterns.joined(separator: "|")))(?![\\p{L}])"))
        }
        participationPrefix = try Pattern("(?<!\\p{L})(?:\(prefixes))\\s+$")
        // The look-back window: the longest prefix, a space, and one letter more for the boundary check.
        longestParticipationPrefix = (sources.flatMap { $0.participation_prefixes ?? [] }.map(\.utf16.count).max() ?? 0) + 3
    }

    /// People with a title before or after their name, in body and captions; the longest title
    /// seen for a name wins. Byline authors are not people of the story.
    func people(in text: ArticleText, authors: [String]) -> [Person] {
        var titles: [String: String] = [:]
        var order: [String] = []
        for block in text.blocks where block.part == .body || block.part == .caption {
            for sentenceRange in block.sentences {
                let sentence = block.text(sentenceRange)
                for match in name.matches(in: sentence) {
                    guard let (person, start) = personsName(match.value, at: match.range.lowerBound, in: sentence),
                          !notPeople.contains(person), !authors.contains(person),
                          !openerAtStart.matches(String(sentence[start...])) else { continue }
                    let before = titleBefore(String(sentence[..<start]))
                    let after = titleAfter(String(sentence[match.range.upperBound...]))
                    // "Ông", "Bà" say a person is meant, but are no title of theirs.
                    let segments = [before, after].compactMap { $0 }.flatMap { $0.components(separatedBy: ", ") }
                    let title = segments.filter { !honorifics.contains($0) }.joined(separator: ", ")
                    guard !segments.isEmpty else { continue }
                    if titles[person] == nil { order.append(person) }
                    if title.count > titles[person]?.count ?? -1 { titles[person] = title }
                }
            }
        }
        return order.map { Person(name: $0, title: titles[$0].flatMap { $0.isEmpty ? nil : $0 }) }
    }

    /// The person's name in a match, and where it starts: past an honorific read as a family name ("Ông Lê Thanh Bình") and past
    /// a place named before it ("Huyện ủy Thanh Sơn Hà Văn Chiến", "huyện Yên Thành Nguyễn Văn An"). None when the words are a
    /// place ("Thành ủy Hà Nội", "huyện Si Ma Cai", "phường Vàng Danh") or end one after its place word ("xã Tam Giang Tây"). A
    /// name opening with a district's ("Vũ Quang Huy") is a person's.
    private func personsName(_ match: Substring, at start: String.Index, in sentence: String) -> (String, String.Index)? {
        var words = match.split(separator: " ").map(String.init)
        var start = start
        func dropFirstWords(_ count: Int) {
            for word in words.prefix(count) { start = sentence.index(start, offsetBy: word.count + 1) }
            words.removeFirst(count)
        }
        if let first = words.first, honorifics.contains(first), words.count > 2, surnames.contains(words[1]) { dropFirstWords(1) }
        let wordsBefore = sentence[..<start].split(separator: " ").map(String.init)
        let capitalizedBefore = Array(wordsBefore.reversed()
            .prefix { $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) && !$0.dropFirst().contains(where: \.isUppercase)
                && !wordsOpeningAName.contains($0) }.reversed())
        // Two words after a place word, right after it or ending more of the place's name ("phường Vàng Danh", "xã Tam Giang
        // Tây"; a person's name after a place has three or more: "xã Cẩm Bình Võ Minh Tâm"), or a commune's name ("xã Lộc Thiện,
        // huyện Lộc Ninh").
        if words.count == 2,
           wordsBefore.dropLast(capitalizedBefore.count).last.map({ placeWords.contains($0.lowercased().trimming(charactersIn: ".")) }) == true
            || gazetteer.map({ communeNames.contains(Gazetteer.key(words.joined(separator: " "), spelling: $0.spelling)) }) == true {
            return nil
        }
        if let gazetteer {
            func isPlace(_ words: [String]) -> Bool { gazetteer.places[Gazetteer.key(words.joined(separator: " "), spelling: gazetteer.spelling)] != nil }
            // Places ending on the match's words: the words they take, and the word of the title's they open at (or the match's).
            let places = (1...words.count).reversed().flatMap { count in
                (0...capitalizedBefore.count).filter { isPlace(Array(capitalizedBefore[$0...]) + words.prefix(count)) }.map { (count: count, from: $0) }
            }
            // A place going on from the title's words wins over one the name opens with: "Huyện ủy Thanh Sơn Hà Văn Chiến" is
            // Thanh Sơn's, not Sơn Hà's.
            if let place = places.first(where: { $0.from < capitalizedBefore.count }) ?? places.first {
                let rest = words.count - place.count
                if rest >= 2, surnames.contains(words[place.count]) {
                    dropFirstWords(place.count)
                    return (words.joined(separator: " "), start)
                }
                if rest == 0 || place.from < capitalizedBefore.count { return nil }
            }
        }
        return (words.joined(separator: " "), start)
    }

    /// "… nghe Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Huyện ủy- " → "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Huyện ủy".
    private func titleBefore(_ text: String) -> String? {
        var trimmed = text
        if let lastBreak = clauseBreak.matches(in: trimmed).last { trimmed = String(trimmed[lastBreak.range.upperBound...]) }
        while let last = trimmed.last, last == " " || last == "-" || last == "–" { trimmed.removeLast() }
        var segments: [String] = []
        for segment in trimmed.components(separatedBy: ", ").reversed() {
            if openerAtStart.matches(segment) {
                segments.insert(segment.trimmingWhitespace(), at: 0)
                continue
            }
            if let match = opener.matches(in: segment).first {
                segments.insert(String(segment[match.range.lowerBound...]).trimmingWhitespace(), at: 0)
            }
            break
        }
        let title = segments.joined(separator: ", ")
        return title.isEmpty ? nil : title
    }

    /// ", Ủy viên Trung ương Đảng, Bí thư Đảng ủy Khối … chủ trì hội nghị" → the comma-separated titles before the verb.
    private func titleAfter(_ text: String) -> String? {
        guard let separator = Self.afterSeparator.firstMatch(in: text) else { return nil }
        var rest = String(text[separator.range.upperBound...])
        if let end = ender.firstMatch(in: rest) { rest = String(rest[..<end.range.lowerBound]) }
        // "…, Chủ tịch Hội Cựu chiến binh xã Tam Giang Tây, nhận xét": the comma before the verb is no part of the title.
        while let last = rest.last, last == "," || last == " " { rest.removeLast() }
        var segments: [String] = []
        for segment in rest.components(separatedBy: ", ") {
            if openerAtStart.matches(segment) {
                segments.append(segment.trimmingWhitespace())
                continue
            }
            guard !segments.isEmpty, let continuation = continuationAtStart.firstMatch(in: segment) else { break }
            // A place going on from a post ("…, xã Công Thành kể lại …") is its word and the name after it, and the verb that
            // follows with no comma is not the title's; a place word with no name after it opens the next clause ("…, tỉnh hiện có").
            guard segment.first?.isLowercase == true else { segments.append(segment.trimmingWhitespace()); continue }
            let wordsAfter = segment[continuation.range.upperBound...].split(separator: " ")
            let name = wordsAfter.prefix { $0.first?.isUppercase == true || $0.first?.isNumber == true }
            guard !name.isEmpty else { break }
            segments.append(segment[..<continuation.range.upperBound].trimmingWhitespace() + " " + name.joined(separator: " "))
            if name.count < wordsAfter.count { break }
        }
        let title = segments.joined(separator: ", ")
        return title.isEmpty ? nil : title
    }

    private static let afterSeparator = Pattern(literal: #"^\s*(?:,|-|–|—)\s*"#)

    func participation(in text: ArticleText) -> [Participation] {
        var found: [Participation] = []
        // Every figure is written in digits: a paragraph without one is not searched.
        for block in text.body where block.folded.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
            for entry in participation {
                for match in entry.pattern.matches(in: block.folded) where !found.contains(where: { $0.key == entry.key }) {
                    guard let count = NumberWords.value(String(match[1]!)) else { continue }
                    var range = NSRange(match.range, in: block.folded)
                    let lookBehind = max(0, range.location - longestParticipationPrefix)
                    if let prefix = participationPrefix.firstMatch(in: block.folded, range: NSRange(location: lookBehind, length: range.location - lookBehind)) {
                        range = NSUnionRange(prefix, range)
                    }
                    found.append(Participation(key: entry.key, label: entry.label, count: count, evidence: block.text(range)))
                }
            }
        }
        return found
    }
}
