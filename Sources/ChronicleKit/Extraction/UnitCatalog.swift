import Foundation

/// Kinds of organizations and how their names are written, from `extraction/units.yml`.
public struct UnitCatalog: Sendable {
    public struct Kind: Codable, Sendable {
        public var id: String
        public var name: String
        public var level: String
        public var place: String
        public var format: String?
        public var department: Bool?
        /// The kind's name in the five centrally-run cities: "Thành đoàn" for "Tỉnh đoàn".
        public var city_name: String?
        /// The word before the place's name when its administration is named short: "thành phố"
        /// for a Thành ủy, so "Chủ tịch UBND thành phố" at a Thành ủy Vinh event is Vinh's.
        public var place_word: String?
        /// The organ that gives the unit's commendations: a Tỉnh ủy's Bằng khen are its Ban Thường vụ's,
        /// so "Tỉnh ủy X tặng Bằng khen" and "Ban Thường vụ Tỉnh ủy X tặng Bằng khen" tally together.
        public var gives_through: String?
        public var patterns: [String]
    }

    struct OrganizerPhrases: Codable, Sendable {
        var held: [String]
        var held_by: [String]
        var held_by_verbs: [String]
        var fillers: [String]
        var partners: [String]
        /// "X chủ trì, phối hợp với Y tổ chức": X holds the event, Y helps.
        var leading: [String]?
        /// "Lễ tuyên dương được tổ chức …": the subject of a passive before the verb is the event.
        var passive: [String]?
        var venue: [String]
        /// "kế hoạch của X": a unit after these is not the subject.
        var owners: [String]?
        /// "Công ty X - đơn vị trực thuộc Tổng công ty Y tổ chức": after a dash or a comma, these open what the subject is,
        /// not another subject.
        var appositions: [String]?
        /// "Kế hoạch của UBND tỉnh về tổ chức đại hội …": after these the verb is a noun, and held nothing.
        var not_held_after: [String]?
        /// "… của các cấp ủy, tổ chức đảng": before these, the verb is a noun.
        var not_held_before: [String]?
        /// "Theo Ban Dân vận Huyện ủy X, …": a report holding no event speaks for the unit after these, opening a sentence.
        var report_sources: [String]?
        /// "Theo ông Nguyễn Văn Thắng, Chủ tịch Hội Nông dân huyện Mộc Châu, …": before a name, these make the unit in its
        /// title the one the report speaks for.
        var report_source_persons: [String]?
    }

    struct Source: Codable, Sendable {
        var schema: String
        var organs: [String]?
        var giving_organs: [String]?
        var organizer_phrases: OrganizerPhrases?
        var place_words: [String]?
        var level_names: [String: String]?
        var name_connectors: [String]?
        var name_joiners: [String]?
        var name_endings: [String]?
        var name_stop_words: [String]?
        var self_references: [String: String]?
        var organizing_committees: [String]?
        var organ_abbreviations: [String: String]?
        var district_place_words: [String]?
        var commune_place_words: [String]?
        /// "ĐU TT Đồi Ngô": after these a commune's place word written short is spelled out.
        var commune_bodies: [String]?
        /// "Đảng ủy TT Y tế huyện": after "TT" these name a Trung tâm, not a township.
        var centre_names: [String]?
        var hamlet_place_words: [String]?
        var national_name_endings: [String]?
        var seats: [String: String]?
        var enterprise_words: [String]?
        var name_abbreviations: [String: String]?
        var party_committee: [String: String]?
        var party_bodies: [String]?
        var province_only_place_words: [String]?
        var place_word_abbreviations: [String: String]?
        var kinds: [Kind]?

        static let schemaName = "chronicle.units/1"
        static let keys: Set<String> = ["schema", "organs", "giving_organs", "organizer_phrases", "place_words", "level_names", "name_connectors", "name_joiners", "name_endings", "name_stop_words",
                                        "self_references", "organizing_committees", "organ_abbreviations", "district_place_words",
                                        "commune_place_words", "commune_bodies", "centre_names", "hamlet_place_words", "national_name_endings", "seats", "enterprise_words", "name_abbreviations", "party_committee", "party_bodies",
                                        "province_only_place_words", "place_word_abbreviations", "kinds"]
    }

    public let kinds: [Kind]
    /// Every kind's patterns in one alternation, in file order (earlier kinds win at a position).
    let anyKind: Pattern
    /// Each kind's patterns, to tell which kind a match is.
    let kindPatterns: [Pattern]
    /// The letters each kind's patterns open with (nil: any character): `kindIndex` tries only the kinds a match's first
    /// letter may begin, not each of the catalog's in turn. Lowercasing agrees with ICU's case folding for every letter the
    /// vocabulary opens with (Vietnamese, Đ/đ included); only folds like "ß" to "ss" differ, and no pattern opens so.
    let kindOpenings: [Set<String>?]
    /// "Ban Thường vụ" etc. ending exactly where a unit begins.
    let organBefore: Pattern
    let organs: [String]
    /// Organs giving in their unit's name (lowercased), kept when the organizer is named with one and gives.
    let givingOrgans: Set<String>
    /// "Đảng ủy " ending where an institution begins: "Đảng ủy Cục Thuế tỉnh Bình Định" is the party
    /// committee of the tax office, a unit of its own.
    let partyCommitteeBefore: Pattern
    /// "của " right before a unit: it owns what comes before ("kế hoạch của Đảng ủy xã X").
    let ownerBefore: Pattern
    /// ", đơn vị trực thuộc …", " - đơn vị trực thuộc …" to the end of a subject: what it is (`organizer_phrases.appositions`).
    let apposition: Pattern?
    /// Each word as written → the unit's word: "Đảng bộ" → "Đảng ủy", "Chi bộ" → "Chi bộ".
    let partyCommitteeNames: [String: String]
    /// `partyCommitteeNames` longest word first, so that "Đảng ủy Cơ quan" is tried before "Đảng ủy".
    let partyCommitteesLongestFirst: [(written: String, name: String)]
    /// The committee words as units are named with them, longest first.
    let partyCommitteeNamesLongestFirst: [String]

    /// Words naming party and front bodies (`party_bodies`): such kinds have no party committee of their own.
    let partyBodyWords: [String]

    /// Institutions have party committees; committees (Tỉnh ủy, Đảng ủy Khối, Đảng ủy xã) do not.
    func hasPartyCommittee(_ kind: Kind) -> Bool {
        let name = kind.name.lowercased()
        return !partyBodyWords.contains { name.contains($0) }
    }

    /// Every place word as a place finder reads it: lowercased, without the abbreviation's dot.
    let placeKindWords: [String]
    let allPlaceWords: [String]
    /// "tỉnh": a place word naming provinces only.
    let provinceOnlyPlaceWords: Set<String>
    /// "tp" → "thành phố".
    let placeWordAbbreviations: [String: String]
    /// Place words of a district's units: "UBND huyện" at a district's event is that district's.
    let districtPlaceWords: Set<String>
    /// The place words of neither: "tỉnh", "thành phố", "TP".
    let provincePlaceWords: Set<String>
    /// "xã", "phường": a giver naming only these ("Chủ tịch UBND phường") is of the organizer's commune.
    let communePlaceWords: Set<String>
    /// "ấp", "thôn", "bản": below a commune; "ấp Vĩnh Lợi" is no district either.
    let hamletPlaceWords: Set<String>
    /// "Việt Nam": a body named with it is the whole country's ("Công đoàn Giao thông vận tải Việt Nam").
    let nationalNameEndings: [String]
    /// "Quân khu 9" → "Cần Thơ": bodies of the whole country that sit in one province, longest name first.
    let seats: [(name: String, province: String)]
    /// "Ngân hàng", "Tập đoàn": a business, whose events at its seat in the capital are the capital's, not the central level's.
    let enterpriseName: Pattern?
    /// "BTV" → "Ban Thường vụ": organs written short, and their one name.
    let organAbbreviations: [String: String]

    /// The organ opening a name, as the data writes it ("Ban Thường vụ" in "Ban Thường vụ Tỉnh ủy X"), longest first.
    func organ(opening name: String) -> String? {
        let lowered = name.lowercased()
        return organs.first { lowered.hasPrefix($0.lowercased() + " ") }
    }

    /// The organizer as the giver of an award naming none ("86 gương được tuyên dương"): its unit, with the organ it was named
    /// with when that organ gives ("Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh tổ chức …": "Ban Bí thư Trung ương Đoàn").
    func givingName(of organizer: Organizer) -> String {
        guard let unit = organizer.unit else { return organizer.phrase }
        guard let organ = organ(opening: organizer.phrase).map(fullOrgan), givingOrgans.contains(organ.lowercased()) else { return unit }
        return organ + " " + unit
    }

    /// The name without the organ opening it: "Ban Thường vụ Tỉnh ủy X" → "Tỉnh ủy X".
    func withoutOrgan(_ name: String) -> String {
        organ(opening: name).map { String(name.dropFirst($0.count + 1)) } ?? name
    }

    /// The organ's full name: "BTV" → "Ban Thường vụ"; others as written.
    func fullOrgan(_ organ: String) -> String { organAbbreviations[organ.lowercased()] ?? organ }

    /// Organs written short spelled out where they stand as words: "Giấy khen của BTV Huyện ủy" → "… Ban Thường vụ Huyện ủy".
    func spellingOutOrgans(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).map { fullOrgan(String($0)) }.joined(separator: " ")
    }

    /// Short names inside a unit's name spelled out: "Bộ trưởng Bộ GD&ĐT" → "Bộ trưởng Bộ Giáo dục và Đào tạo".
    let nameAbbreviations: [(short: String, full: String)]
    /// Those names spelled out, which hold lowercase words a proper name would otherwise stop at
    /// ("Bộ Nông nghiệp và Phát triển nông thôn"), right after a space.
    let spelledOutName: Pattern?
    /// A commune's place word written short after one of `commune_bodies` ("ĐU TT", "UBND P.").
    let communeWordShort: Pattern?
    /// The short names themselves inside a proper name ("Đảng ủy Bộ GD&ĐT"), spelled out afterwards.
    let shortName: Pattern?

    /// "tp." → "thành phố": a place word as written, spelled out.
    func spelledOutPlaceWord(_ written: String) -> String {
        placeWordAbbreviations[written.trimming(charactersIn: ".")] ?? written
    }

    /// The level a place word (lowercased, as written) says: "co-so" for "xã", "phường"…, "huyen" for "huyện", "TX"…,
    /// "tinh" for "tỉnh", "TP"…; nil for none of them.
    func level(ofPlaceWord word: String) -> String? {
        let spelledOut = spelledOutPlaceWord(word)
        if communePlaceWords.contains(spelledOut) { return "co-so" }
        if districtPlaceWords.contains(spelledOut) { return "huyen" }
        return provincePlaceWords.contains(word) || provincePlaceWords.contains(spelledOut) ? "tinh" : nil
    }

    /// The province `name`'s body sits in ("Đảng ủy Quân khu 9" → "Cần Thơ"): a seat's name ending as a word in it.
    func seat(of name: String) -> String? {
        seats.first { seat in
            name.range(of: seat.name).map { found in found.upperBound == name.endIndex || !name[found.upperBound].isLetter && !name[found.upperBound].isNumber } ?? false
        }?.province
    }

    /// Short names spelled out where they stand as words ("Bộ GD&ĐT", "BTGTW" alone, "Ban TG Tỉnh ủy"; never the
    /// "TG" of "Phó TGĐ").
    func spellingOutNames(_ text: String) -> String {
        var result = " " + text
        for (short, full) in nameAbbreviations where result.contains(short) {
            // "Tập đoàn TKV" is "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam", not "Tập đoàn Tập đoàn …": the full
            // name's first words written before the short one stand for themselves.
            let words = full.split(separator: " ")
            for count in stride(from: min(3, words.count - 1), through: 1, by: -1) {
                result = Self.replacingWord(" " + words.prefix(count).joined(separator: " ") + " " + short, with: " " + full, in: result)
            }
            result = Self.replacingWord(" " + short, with: " " + full, in: result)
        }
        return String(result.dropFirst())
    }

    /// "Đảng ủy TT Đồi Ngô" is "Đảng ủy thị trấn Đồi Ngô", "ĐU TT" is "Đảng ủy thị trấn": a commune's place word written
    /// short, spelled out (a commune is named as written; the gazetteer knows none).
    private func spellingOutCommuneWords(_ name: String) -> String {
        guard let communeWordShort else { return name }
        let result = NSMutableString(string: name)
        for match in communeWordShort.results(in: name, range: NSRange(location: 0, length: result.length)).reversed() {
            result.replaceCharacters(in: match.range, with: spelledOutPlaceWord(result.substring(with: match.range).lowercased()))
        }
        return result as String
    }

    /// A name as written, its short names and its communes' short place words spelled out (`spellingOutNames`,
    /// `spellingOutCommuneWords`): how a giver or a named unit is shown.
    func spellingOutWrittenName(_ name: String) -> String {
        spellingOutCommuneWords(spellingOutNames(name))
    }

    /// `target` replaced where no letter or digit follows it.
    private static func replacingWord(_ target: String, with replacement: String, in text: String) -> String {
        var result = "", rest = text[...]
        while let found = rest.range(of: target) {
            result += rest[..<found.lowerBound]
            // (Nor before "&", "-", "/": "PC" of "PC&CC" or "PC-07" is the police's, not a short name alone.)
            let continues = rest[found.upperBound...].first.map { $0.isLetter || $0.isNumber || "&-/".contains($0) } ?? false
            result += continues ? rest[found] : Substring(replacement)
            rest = rest[found.upperBound...]
        }
        return result + rest
    }
    /// "tỉnh", "huyện"… between a kind and its place.
    let placeWord: Pattern
    /// "tinh" → "Cấp tỉnh".
    let levelNames: [String: String]
    /// "Huyện ủy X tổ chức …" (the verb, lowercase).
    let held: Pattern
    /// "do X tổ chức": X in group 1.
    let heldBy: Pattern
    /// "Theo " opening a sentence, before the unit a report speaks for (`report_sources`).
    let reportSource: Pattern?
    /// "Theo ông Nguyễn Văn Thắng, " opening a sentence before a post (`report_sources`, then `report_source_persons` and a name).
    let reportSourcePerson: Pattern?
    /// "… phối hợp với Đài …" to the end: partners are not the organizer.
    let partner: Pattern
    /// A phrase ending in a passive marker ("Lễ tuyên dương được"): the event itself.
    let passiveSubject: Pattern
    /// "tại Hội trường Tỉnh ủy,": a venue clause.
    let venueClause: Pattern
    /// "tại X" with X in group 1.
    let venue: Pattern
    /// "phường Pom Hán,", "TP Hồ Chí Minh," set off after a venue ("tại Hội trường Công ty, phường Pom Hán, thành phố Lào Cai"): a place
    /// with its word in group 1, matched where the comma before it ends.
    let venueParent: Pattern
    let nameConnectors: Set<String>
    /// A person's title right after a joiner ("… Lao Bảo và Thượng úy Nguyễn Văn An"): the unit's name ended before the joiner.
    let personAfterJoiner: Pattern
    /// The connectors that join two names ("và"), after which another unit or a person may begin.
    let nameJoiners: Set<String>
    /// "nhà trường" → "Trường": how an article names the organizer's own institution, and the
    /// word the institution's name starts with.
    let selfReferences: [String: String]
    /// An event's organizing committee as written ("Ban tổ chức", not the department "Ban Tổ chức"): it gives in the
    /// organizer's name.
    let organizingCommittees: Set<String>
    let nameEndings: Set<String>
    /// First words of the phrases that end a proper name ("tổ chức" → "tổ").
    let nameStopWords: Set<String>

    /// `personTitles`: what opens a person's name (awards.yml `single_recipient_persons`): after a joiner, no more of a unit's name.
    init(personTitles: [String] = [], sources: [Source]) throws {
        // "{centre_names}" in a kind's pattern: the centre_names list, so the list is written once.
        let centreNames = "(?:\(Pattern.phrases(sources.all(\.centre_names))))"
        let kinds = sources.flatMap { $0.kinds ?? [] }.map { kind in
            var kind = kind
            kind.patterns = kind.patterns.map { $0.replacingOccurrences(of: "{centre_names}", with: centreNames) }
            return kind
        }
        guard !kinds.isEmpty else { throw ChronicleError(file: "units.yml", "no unit kinds") }
        self.kinds = kinds
        anyKind = try Pattern("(?<!\\p{L})(?:\(Pattern.letterGroupedAlternatives(kinds.flatMap(\.patterns), caseInsensitive: true)))(?!\\p{L})")
        kindPatterns = try kinds.map { kind in try Pattern("(?:\(Pattern.alternatives(kind.patterns)))") }
        kindOpenings = kinds.map { Pattern.openingLetters($0.patterns) }
        districtPlaceWords = Set(sources.all(\.district_place_words).map { $0.lowercased() })
        communePlaceWords = Set(sources.all(\.commune_place_words).map { $0.lowercased() })
        hamletPlaceWords = Set(sources.all(\.hamlet_place_words).map { $0.lowercased() })
        nationalNameEndings = sources.all(\.national_name_endings)
        seats = sources.reduce(into: [String: String]()) { merged, source in merged.merge(source.seats ?? [:]) { _, new in new } }
            .sorted { ($0.key.count, $1.key) > ($1.key.count, $0.key) }.map { ($0.key, $0.value) }
        let enterpriseWords = sources.all(\.enterprise_words)
        enterpriseName = enterpriseWords.isEmpty ? nil
            : try Pattern("^(?:(?:\(Pattern.phrases(sources.flatMap { ($0.party_committee ?? [:]).keys })))\\s+)?(?:\(Pattern.phrases(enterpriseWords)))(?!\\p{L})")
        let abbreviations: [String: String] = sources.reduce(into: [:]) { merged, source in
            for (short, full) in source.place_word_abbreviations ?? [:] { merged[short.lowercased()] = full }
        }
        placeWordAbbreviations = abbreviations
        // "TX", "H." and "TT" are a district's and a commune's words written short.
        let belowProvince = districtPlaceWords.union(communePlaceWords)
        provincePlaceWords = Set(sources.all(\.place_words).map { $0.lowercased() }.filter { word in
            !belowProvince.contains(abbreviations[word.trimming(charactersIn: ".")] ?? word)
        })
        allPlaceWords = sources.all(\.place_words)
        var seenPlaceWords = Set<String>()
        placeKindWords = allPlaceWords.map { $0.lowercased().trimming(charactersIn: ".") }.filter { seenPlaceWords.insert($0).inserted }
        provinceOnlyPlaceWords = Set(sources.all(\.province_only_place_words).map { $0.lowercased() })
        partyBodyWords = sources.all(\.party_bodies).map { $0.lowercased() }
        nameAbbreviations = sources.reduce(into: [String: String]()) { merged, source in merged.merge(source.name_abbreviations ?? [:]) { _, new in new } }
            .sorted { $0.key.count > $1.key.count }.map { ($0.key, $0.value) }
        let spelledOut = Set(nameAbbreviations.map(\.full))
        shortName = nameAbbreviations.isEmpty ? nil
            : try Pattern(" (?:\(Pattern.phrases(nameAbbreviations.map(\.short))))(?![\\p{L}\\p{N}])", caseInsensitive: false)
        let communeWords = communePlaceWords
        let communeShorts = abbreviations.filter { communeWords.contains($0.value.lowercased()) }.keys.map { $0.uppercased() }
        let bodies = sources.all(\.commune_bodies)
        communeWordShort = communeShorts.isEmpty || bodies.isEmpty ? nil
            : try Pattern("(?<=(?:\(Pattern.phrases(bodies))) )(?:\(Pattern.phrases(communeShorts)))\\.?(?= |$)(?! \(centreNames)(?!\\p{L}))", caseInsensitive: false)
        spelledOutName = spelledOut.isEmpty ? nil : try Pattern(" (?:\(Pattern.phrases(Array(spelledOut))))(?![\\p{L}\\p{N}])", caseInsensitive: false)
        organAbbreviations = sources.reduce(into: [:]) { merged, source in
            for (short, full) in source.organ_abbreviations ?? [:] { merged[short.lowercased()] = full }
        }
        organs = (sources.all(\.organs) + sources.flatMap { Array(($0.organ_abbreviations ?? [:]).keys) }).sorted { $0.count > $1.count }
        organBefore = try Pattern("(?<!\\p{L})(?:\(Pattern.phrases(organs)))\\s+$")
        let giving = sources.all(\.giving_organs), known = Set(organs.map { $0.lowercased() })
        givingOrgans = Set(giving.map { $0.lowercased() })
        if let stray = giving.first(where: { !known.contains($0.lowercased()) }) {
            throw ChronicleError(file: "units.yml", "giving_organs: '\(stray)' is not one of the organs",
                                 hint: "add it to organs, or remove it from giving_organs")
        }
        partyCommitteeNames = sources.reduce(into: [:]) { names, source in
            for (written, name) in source.party_committee ?? [:] { names[written.lowercased()] = name }
        }
        partyCommitteesLongestFirst = partyCommitteeNames.map { (written: $0.key, name: $0.value) }
            .sorted { ($0.written.count, $0.written) > ($1.written.count, $1.written) }
        partyCommitteeNamesLongestFirst = Set(partyCommitteeNames.values).sorted { ($0.count, $0) > ($1.count, $1) }
        let written = Array(partyCommitteeNames.keys)
        partyCommitteeBefore = try Pattern("(?<!\\p{L})(?<word>\(written.isEmpty ? "(?!)" : Pattern.phrases(written)))\\s+$")
        let words = sources.flatMap { $0.place_words ?? [] }.sorted { $0.count > $1.count }.map(Pattern.escape)
        levelNames = sources.reduce(into: [:]) { names, source in names.merge(source.level_names ?? [:]) { _, new in new } }
        guard let phrases = sources.compactMap(\.organizer_phrases).last else {
            throw ChronicleError(file: "units.yml", "organizer_phrases is required")
        }
        ownerBefore = try Pattern("(?<!\\p{L})(?:\(Pattern.phrases(phrases.owners ?? ["của"])))\\s+$")
        apposition = (phrases.appositions ?? []).isEmpty ? nil
            : try Pattern("(?:\\s[-–]\\s*|,\\s*)(?:\(Pattern.phrases(phrases.appositions ?? [])))(?!\\p{L}).*$")
        let fillers = phrases.fillers.map { Pattern.escape($0) + " " }.joined(separator: "|")
        let nouns = (phrases.not_held_after ?? []).map { "(?<!(?<!\\p{L})\(Pattern.escape($0))\\s)" }.joined()
        let nounsAfter = phrases.not_held_before.map { "(?!\\s(?i:\(Pattern.phrases($0)))(?!\\p{L}))" } ?? ""
        held = try Pattern("(?<!\\p{L})\(nouns)(?:\(fillers))*(?:\(Pattern.phrases(phrases.held)))(?!\\p{L})\(nounsAfter)", caseInsensitive: false)
        heldBy = try Pattern("(?<!\\p{L})(?:\(Pattern.phrases(phrases.held_by)))\\s+(.{3,120}?)\\s+(?:\(Pattern.phrases(phrases.held_by_verbs)))(?!\\p{L})",
                             caseInsensitive: false)
        reportSource = try phrases.report_sources.map { try Pattern("^\\s*(?:\(Pattern.phrases($0)))\\s+") }
        reportSourcePerson = try phrases.report_sources.flatMap { sources in
            try phrases.report_source_persons.map { persons in
                // A post follows the name capitalized ("Chủ tịch …"); "người nhiều năm gắn bó với Hội …" is no title.
                try Pattern("^\\s*(?:\(Pattern.phrases(sources)))\\s+(?:\(Pattern.phrases(persons)))\\s+(?-i:\\p{Lu})\\p{L}*(?:\\s+(?-i:\\p{Lu})\\p{L}*){0,4}\\s*,\\s*(?=(?-i:\\p{Lu}))")
            }
        }
        // ("… vừa phối hợp với …": the filler goes with the verb.)
        partner = try Pattern("(?:\\s+(?:\(Pattern.phrases(phrases.leading ?? []))),?)?(?:\\s+(?:\(Pattern.phrases(phrases.fillers))))*\\s+(?:\(Pattern.phrases(phrases.partners)))\\s.*$")
        passiveSubject = try Pattern("(?<!\\p{L})(?:\(Pattern.phrases(phrases.passive ?? [])))\\s*$")
        let venueWords = Pattern.phrases(phrases.venue)
        venueClause = try Pattern("(?<!\\p{L})(?:\(venueWords))\\s[^,]{1,80},")
        // A venue ends at a comma or a full stop, or before the verb of holding.
        let venueEnd = "(?:[,;.]|\\s+(?:\(Pattern.phrases(phrases.held + phrases.fillers)))\\s|$)"
        venue = try Pattern("(?<!\\p{L})(?:\(venueWords))\\s+(.{3,80}?)" + venueEnd)
        venueParent = try Pattern("\\s*((?:\(Pattern.phrases(sources.all(\.place_words))))\\s*[^,;.]{2,40}?)" + venueEnd)
        nameConnectors = Set(sources.all(\.name_connectors))
        nameJoiners = Set(sources.all(\.name_joiners))
        personAfterJoiner = try Pattern("^(?:\(Pattern.phrases(personTitles)))\\.?\\s+(?-i:\\p{Lu})")
        selfReferences = sources.reduce(into: [:]) { merged, source in
            for (reference, start) in source.self_references ?? [:] { merged[reference.lowercased()] = start }
        }
        organizingCommittees = Set(sources.all(\.organizing_committees))
        nameEndings = Set(sources.all(\.name_endings))
        nameStopWords = Set(sources.all(\.name_stop_words).compactMap { $0.split(separator: " ").first.map(String.init) })
        // A word written short with its dot may run into the name: "UBND H.Củ Chi", "Quận ủy Q.1".
        let dotted = words.filter { $0.hasSuffix("\\.") }, plain = words.filter { !$0.hasSuffix("\\.") }
        // Dotted first: "TP. Thủ Dầu Một" is "TP." and the name, not "TP" and a stray dot.
        placeWord = try Pattern("^\\s+(?:" + (dotted.isEmpty ? "" : "(?:\(dotted.joined(separator: "|")))|") + "(?:\(plain.joined(separator: "|")))(?!\\p{L}))")
    }

    /// The kind whose pattern matches exactly `range` of `text` (in context, for lookaheads).
    /// Transparent bounds: a kind may look behind its match ("(?<=Tư lệnh )").
    func kindIndex(in text: String, at range: NSRange) -> Int? {
        let nsText = text as NSString
        let rest = NSRange(location: range.location, length: nsText.length - range.location)
        let first = nsText.substring(with: nsText.rangeOfComposedCharacterSequence(at: range.location)).lowercased()
        return kindPatterns.indices.first { index in
            kindOpenings[index].map { $0.contains(first) } != false
                && kindPatterns[index].firstResult(in: text, options: [.anchored, .withTransparentBounds], range: rest)?.range.length == range.length
        }
    }
}

/// A unit named in text, its place resolved as far as the words allow.
public struct UnitMention: Sendable {
    public var kind: UnitCatalog.Kind
    /// For "Ban Tuyên giáo Huyện ủy X": the department; `kind` is then the committee it belongs to.
    public var department: UnitCatalog.Kind?
    /// "Ban Thường vụ" when the organ acted for the unit.
    public var organ: String?
    /// "Đảng ủy Trường Đại học Cần Thơ": the party committee of the institution named, not the institution.
    public var partyCommittee: String?
    /// The place written in the name, if any.
    public var place: Gazetteer.Place?
    /// "tỉnh", "huyện"… written after the kind, even with no place after it ("UBND tỉnh").
    public var placeWord: String?
    /// The level `placeWord` says when it names no place the gazetteer knows: "co-so" for "xã", "phường"…, "huyen" for
    /// "huyện", "quận"…; nil for a province's word or none.
    public var placeWordLevel: String?
    /// The proper name of a named unit ("Lương Tâm" for "Trường THPT Lương Tâm").
    public var properName: String?
    /// The phrase as written, organ included.
    public var text: String
    public var range: NSRange

    /// The unit's own level, or the level of the place written in its name, for kinds of the provincial level that districts
    /// and communes have too: "UBND huyện Thoại Sơn" and "UBND huyện" are a district's, "UBND xã Châu Quế" a commune's.
    public var level: String {
        guard kind.level == "tinh" else { return kind.level }
        if case .district = place { return "huyen" }
        if place == nil, let placeWordLevel { return placeWordLevel }
        return kind.level
    }
}
