import Foundation

/// Finds provinces, districts and the communes communes.yml lists named in text: capitalized word sequences that the gazetteer
/// knows, longest first, with the kind word before them when there is one ("huyện Thạnh Hóa", "thị trấn Tràm Chim").
struct PlaceFinder: Sendable {
    struct Mention: Sendable {
        var candidates: [Gazetteer.Place]
        /// UTF-16 range in the text.
        var range: NSRange
        /// "tỉnh", "huyện", "thành phố"… written just before the name.
        var kindWord: String?
        var text: String
    }

    let gazetteer: Gazetteer
    /// From units.yml: the place words ("tỉnh", "huyện", "TP."), split into words, longest first;
    /// those of districts, of communes and of provinces only; and abbreviations ("tp" → "thành phố").
    private let kindWords: [[String]]
    private let districtKindWords: Set<String>
    private let communeKindWords: Set<String>
    /// The last words of those commune words (and of their short forms): only after one may a commune's name start.
    private let communeWordEnds: Set<String>
    private let provinceKindWords: Set<String>
    /// "thành ủy", "huyện ủy", split into words: a committee named for its place, so the name after it is the place even where
    /// the name needs its kind word ("Thành ủy Điện Biên Phủ").
    private let committeeWords: [[String]]
    private let abbreviations: [String: String]
    /// Family names (people.yml), lowercased: a place name closing a person's ("Trần Quang Vinh") is no place.
    private let surnames: Set<String>
    /// "bà", "ông" (people.yml), lowercased: a person's name does not run back over one ("Bà Phan Thị Lệ Thủy").
    private let honorifics: Set<String>
    /// Whether the communes of 2025 count (an event from the day the 2025 successors took office): "phường Thủ Dầu Một" is
    /// Hồ Chí Minh's then, and before it no commune's.
    private(set) var communesOf2025 = false

    init(gazetteer: Gazetteer, catalog: UnitCatalog, surnames: [String] = [], honorifics: [String] = []) {
        self.surnames = Set(surnames.map { $0.lowercased() })
        self.honorifics = Set(honorifics.map { $0.lowercased() })
        self.gazetteer = gazetteer
        kindWords = (catalog.placeKindWords + catalog.hamletPlaceWords.sorted()).map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
        districtKindWords = catalog.districtPlaceWords
        communeKindWords = catalog.communePlaceWords.union(catalog.hamletPlaceWords)
        // The words of the communes communes.yml keys ("thị trấn", "phường"), and their short forms ("TT").
        let communeKinds = Set(gazetteer.communes.values.joined().compactMap { place -> String? in
            if case .commune(_, let kind, _, _) = place { return kind } else { return nil }
        })
        let shortForms = catalog.placeWordAbbreviations
        communeWordEnds = Set(kindWords.filter { parts in
            let kind = parts.joined(separator: " ")
            return communeKinds.contains(shortForms[kind] ?? kind)
        }.compactMap(\.last))
        provinceKindWords = catalog.provinceOnlyPlaceWords
        abbreviations = catalog.placeWordAbbreviations
        committeeWords = catalog.kinds.filter { $0.format == "direct" && $0.place_word != nil }
            .flatMap { [$0.name] + ($0.city_name.map { [$0] } ?? []) }
            .map { Gazetteer.key($0, spelling: gazetteer.spelling).split(separator: " ").map(String.init) }
    }

    /// The words before `index` are a committee named for its place: "Thành ủy" before "Điện Biên Phủ".
    private func followsCommittee(_ index: Int, words: [Word]) -> Bool {
        committeeWords.contains { parts in
            index >= parts.count && words[(index - parts.count)..<index].map(\.key) == parts
        }
    }

    struct Word {
        var key: String
        var range: NSRange
        var capitalized: Bool
    }

    /// Words of `text` with their UTF-16 ranges; a word is a run of letters and digits, and an apostrophe
    /// between letters joins them ("Cư M'gar", "M’Đrắk": one word each after "Cư", keyed without it).
    static func words(_ text: String) -> [Word] {
        var words: [Word] = []
        var start: Int?
        var current = ""
        var capitalized = false
        var offset = 0
        func finish() {
            if let begin = start {
                words.append(Word(key: current.lowercased(), range: NSRange(location: begin, length: offset - begin), capitalized: capitalized))
            }
            start = nil
            current = ""
        }
        var apostrophe = false
        for character in text {
            if character.isLetter || character.isNumber {
                if start == nil {
                    start = offset
                    capitalized = character.isUppercase || character.isNumber
                }
                apostrophe = false
                current.append(character)
            } else if (character == "'" || character == "\u{2019}"), start != nil, !apostrophe, current.last?.isLetter == true {
                apostrophe = true
            } else {
                if apostrophe { offset -= 1 }
                finish()
                if apostrophe { offset += 1 }
                apostrophe = false
            }
            offset += character.utf16.count
        }
        if apostrophe { offset -= 1 }
        finish()
        return words
    }

    /// As this finder, counting the communes of 2025 for an event on `date` when the successors had taken office by then.
    func on(_ date: CalendarDate?) -> PlaceFinder {
        var finder = self
        finder.communesOf2025 = date.flatMap { date in gazetteer.successorsInForce.map { date >= $0 } } ?? false
        return finder
    }

    func mentions(in text: String) -> [Mention] {
        let words = Self.words(text)
        var mentions: [Mention] = []
        var index = 0
        while index < words.count {
            if let commune = commune(at: index, words: words, text: text) {
                mentions.append(commune.mention)
                index += commune.length
                continue
            }
            var matched = false
            for length in stride(from: min(gazetteer.longestName, words.count - index), through: 1, by: -1) {
                let slice = words[index..<(index + length)]
                guard slice.allSatisfy(\.capitalized) else { continue }
                let key = slice.map(\.key).joined(separator: " ")
                guard var candidates = gazetteer.places[key] else { continue }
                // Words of one name stand apart by spaces; a dash joins only a province's ("Thừa Thiên - Huế") or a district
                // named with one ("Phan Rang - Tháp Chàm"), never a byline to a credit ("Thu Hà - Trung tâm …" is not huyện Hà Trung).
                let gaps = zip(slice.dropLast(), slice.dropFirst()).map { text.substring(utf16: NSRange(location: $0.range.upperBound, length: $1.range.location - $0.range.upperBound)) }
                if !gaps.allSatisfy({ $0.allSatisfy(\.isWhitespace) || $0 == "." }) {   // "TP.HCM"
                    guard gaps.allSatisfy({ $0.allSatisfy { $0.isWhitespace || $0 == "-" || $0 == "–" } }) else { continue }
                    candidates = candidates.filter {
                        switch $0 {
                        case .province: return true
                        case let .district(name, _, _): return name.contains("-") || name.contains("–")
                        case .commune: return false
                        }
                    }
                    if candidates.isEmpty { continue }
                }
                let kind = kindWord(before: index, words: words, text: text)
                if kind == nil, gazetteer.needsKindWord.contains(key), !followsCommittee(index, words: words) {
                    // Not the place, and no shorter place inside it either: "Điện Biên Phủ" (a street) names no Điện Biên.
                    index += length - 1
                    break
                }
                if kind == nil, closesPersonalName(at: index, length: length, words: words, text: text) { continue }
                // "quận 5" is a district; "cấp huyện; 5/5 tổ" is not: a number is a place only after its own kind word.
                if key.allSatisfy(\.isNumber), !candidates.contains(where: { if case .district(_, kind, _) = $0 { return true } else { return false } }) { continue }
                let first = slice.first!.range, last = slice.last!.range
                let range = NSRange(location: first.location, length: last.location + last.length - first.location)
                mentions.append(Mention(candidates: candidates, range: range, kindWord: kind,
                                        text: text.substring(utf16: range)))
                index += length
                matched = true
                break
            }
            if !matched { index += 1 }
        }
        return mentions
    }

    /// A commune communes.yml knows, after its place word: "thị trấn Tràm Chim", "phường Thủ Dầu Một". Longest first.
    private func commune(at index: Int, words: [Word], text: String) -> (mention: Mention, length: Int)? {
        guard !gazetteer.communes.isEmpty, index > 0, words[index].capitalized, communeWordEnds.contains(words[index - 1].key),
              let kind = kindWord(before: index, words: words, text: text),
              communeKindWords.contains(kind) else { return nil }
        for length in stride(from: min(gazetteer.longestCommuneName, words.count - index), through: 1, by: -1) {
            let slice = words[index..<(index + length)]
            guard slice.allSatisfy(\.capitalized),
                  // Words apart by spaces, or a dash ("phường Văn Miếu - Quốc Tử Giám", "phường Xuân Hương - Đà Lạt").
                  zip(slice.dropLast(), slice.dropFirst()).allSatisfy({
                      text.substring(utf16: NSRange(location: $0.range.upperBound, length: $1.range.location - $0.range.upperBound))
                          .allSatisfy { $0.isWhitespace || $0 == "-" || $0 == "–" }
                  }),
                  let candidates = gazetteer.communes[kind + " " + slice.map(\.key).joined(separator: " ")] else { continue }
            let range = NSRange(location: slice.first!.range.location, length: slice.last!.range.upperBound - slice.first!.range.location)
            return (Mention(candidates: candidates, range: range, kindWord: kind, text: text.substring(utf16: range)), length)
        }
        return nil
    }

    /// The words before `index` are a person's family and middle names, joined to it by single spaces: "bác sĩ Trần Quang Vinh".
    /// Not in capitals ("SỞ Y TẾ THÁI BÌNH" names no one), nor longer than a name runs ("Trường THPT chuyên Lê Quý Đôn Đà Nẵng": the
    /// school is named for a person, and Đà Nẵng is where it is).
    private func closesPersonalName(at index: Int, length: Int, words: [Word], text: String) -> Bool {
        func titleCased(_ word: Word) -> Bool {
            let written = text.substring(utf16: word.range)
            return word.capitalized && written.dropFirst().contains(where: \.isLowercase)
        }
        guard titleCased(words[index]) else { return false }
        var start = index
        while start > 0, index - start < Self.givenNamesBefore, titleCased(words[start - 1]), !honorifics.contains(words[start - 1].key),
              text.substring(utf16: NSRange(location: words[start - 1].range.upperBound, length: words[start].range.location - words[start - 1].range.upperBound)) == " " {
            start -= 1
        }
        // The run of names opens with the family name ("Thành Đoàn Buôn Ma Thuột" is a city's youth union, though Đoàn is a name too).
        return start < index && index - start + length <= Self.longestPersonalName && surnames.contains(words[start].key)
    }

    /// Words of a Vietnamese person's full name, at most: "Nguyễn Thị Thanh Hương".
    static let longestPersonalName = 4

    /// The text without the personal name opening it ("Lê Quang Vinh đã" → "đã"): two to four capitalized words, the first a surname.
    func withoutLeadingPersonalName(_ text: String) -> String {
        let words = text.split(separator: " ")
        let capitalized = words.prefix { $0.first?.isUppercase == true }.count
        guard (2...Self.longestPersonalName).contains(capitalized), surnames.contains(words[0].lowercased()) else { return text.trimmingWhitespace() }
        return words.dropFirst(capitalized).joined(separator: " ")
    }

    /// Names a person's may have before its last: a family name and up to two middle names ("Nguyễn Thị Thanh").
    static let givenNamesBefore = 3

    private func kindWord(before index: Int, words: [Word], text: String) -> String? {
        for parts in kindWords {
            guard index >= parts.count else { continue }
            let preceding = words[(index - parts.count)..<index].map(\.key)
            // Only spaces (or the dot of "TP.") between the kind word and the name: "huyện; 5/5" names no place.
            let gapStart = words[index - 1].range.upperBound, gapEnd = words[index].range.location
            let gap = text.substring(utf16: NSRange(location: gapStart, length: gapEnd - gapStart))
            if preceding == parts, gap.allSatisfy({ $0 == " " || $0 == "." }) {
                let kind = parts.joined(separator: " ")
                return abbreviations[kind] ?? kind
            }
        }
        return nil
    }

    /// The one province a mention means, preferring provinces already known from context,
    /// and a province over a district of the same name unless a district kind word says otherwise.
    func resolve(_ mention: Mention, context: [Int] = []) -> Gazetteer.Place? {
        var candidates = mention.candidates
        // "xã Bình Thạnh" (Đồng Tháp) is not quận Bình Thạnh (Hồ Chí Minh City), nor "ấp Vĩnh Lợi 2" huyện Vĩnh
        // Lợi (Bạc Liêu): after a commune's word, only the towns and communes communes.yml knows (those of 2025 from 2025 on).
        if let kind = mention.kindWord, communeKindWords.contains(kind) {
            candidates = candidates.filter { if case .commune(_, _, _, let since2025) = $0 { return !since2025 || communesOf2025 } else { return false } }
            if candidates.isEmpty { return nil }
        } else if let kind = mention.kindWord {
            if provinceKindWords.contains(kind) {
                candidates = candidates.filter(\.isProvince)
            } else if districtKindWords.contains(kind) {
                candidates = candidates.filter(\.isDistrict)
                // "thị xã Tân Châu" (An Giang), not "huyện Tân Châu" (Tây Ninh), when the names alone agree.
                let sameKind = candidates.filter { if case .district(_, kind, _) = $0 { return true } else { return false } }
                if !sameKind.isEmpty { candidates = sameKind }
            } else {
                // "thành phố Lai Châu" is the city, not the province; "thành phố Cần Thơ" the centrally-run city.
                let cities = candidates.filter { if case .district(_, kind, _) = $0 { return true } else { return false } }
                let provinceOfThatKind = candidates.contains { if case .province(let index) = $0 { return gazetteer.provinces[index].kind == kind } else { return false } }
                if !cities.isEmpty, !provinceOfThatKind { candidates = cities }
            }
        }
        if candidates.count > 1, let preferred = candidates.first(where: { context.contains($0.provinceIndex) }) {
            return preferred
        }
        if let province = candidates.first(where: \.isProvince) {
            return province
        }
        // A district name shared by several provinces says nothing without context.
        let provinces = Set(candidates.map(\.provinceIndex))
        return provinces.count == 1 ? candidates.first : nil
    }
}
