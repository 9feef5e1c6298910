import Foundation

/// Gives an award's giver its one name, the way units are named: "Tổng LĐLĐ Việt Nam" →
/// "Tổng Liên đoàn Lao động Việt Nam"; "Ban Thường vụ Quận ủy" with the organizer "Quận ủy Long
/// Biên" → "Ban Thường vụ Quận ủy Long Biên"; "Chủ tịch UBND tỉnh" in a Bắc Giang article →
/// "Chủ tịch UBND tỉnh Bắc Giang". Givers naming no known unit stay as written.
struct GiverNormalizer: Sendable {
    let units: UnitFinder
    let organizers: OrganizerResolver
    let officeTitles: [String]

    /// `sentence` is the award's evidence: it may name the place a giver leaves out.
    func normalize(_ giver: String, organizer: Organizer?, province: ProvinceFact?, sentence: String? = nil) -> String {
        let named = named(giver, organizer: organizer, province: province, sentence: sentence)
        // "Tỉnh ủy Lào Cai tặng Bằng khen": the Ban Thường vụ gives a committee's commendations.
        if let mention = units.mentions(in: named).first, mention.organ == nil, mention.department == nil, mention.partyCommittee == nil,
           mention.range.location == 0,
           mention.range.length == (named as NSString).length, let organ = mention.kind.gives_through {
            return organ + " " + named
        }
        return named
    }

    private func named(_ giver: String, organizer: Organizer?, province: ProvinceFact?, sentence: String?) -> String {
        let giver = units.catalog.spellingOutWrittenName(giver)
        if let completed = completedByOrganizer(giver, organizer: organizer) { return completed }
        guard let mention = units.mentions(in: giver).first else { return withProvinceNamed(giver, province: province) }
        let nsGiver = giver as NSString
        var prefix = nsGiver.substring(to: mention.range.location)
        if let organ = mention.organ { prefix += units.catalog.fullOrgan(organ) + " " }
        let suffix = nsGiver.substring(from: mention.range.location + mention.range.length)
        // The unit as written, without the organ acting for it ("BTV Huyện ủy" → "Huyện ủy").
        let written = mention.organ.map { String(mention.text.dropFirst($0.count)).trimmingWhitespace() } ?? mention.text
        let unit: String
        if mention.kind.place == "central" {
            unit = mention.kind.name
        } else if mention.place == nil, mention.department == nil, let organizer, let name = organizer.unit,
                  organizer.kindID == mention.kind.id, sameLevel(mention.placeWord, organizer.level) {
            // "Cục trưởng Cục Thuế tỉnh" at an event of "Đảng ủy Cục Thuế tỉnh Bình Định": the office, not its committee.
            // "Đảng ủy Trường Đại học Vinh tặng …" at that committee's event: the committee is in the prefix already.
            let committee = units.catalog.partyCommitteeNamesLongestFirst.first { name.hasPrefix($0 + " ") }
            unit = (units.catalog.hasPartyCommittee(mention.kind) || mention.partyCommittee != nil) && committee != nil
                ? String(name.dropFirst(committee!.count + 1)) : name
        } else if mention.place == nil, let placeWord = (mention.placeWord ?? directPlaceWord(mention.kind)).map(units.catalog.spelledOutPlaceWord),
                  let (district, districtKind) = organizerDistrict(organizer, province: province),
                  units.catalog.districtPlaceWords.contains(placeWord) || placeWord == organizerKind(organizer)?.place_word || placeWord == districtKind {
            // "Chủ tịch UBND huyện" at a Huyện ủy Trần Văn Thời event: that district's; "Chủ tịch UBND
            // thành phố" at a Thành ủy Vinh event: that city's; "Ban Thường vụ Huyện ủy" at a Huyện đoàn
            // Đức Trọng event: that district's committee; "Chủ tịch UBND TP" at a UBND TP Quy Nhơn event: Quy Nhơn's.
            return (prefix + withPlaceWordSpelledOut(written, mention) + " " + district + suffix)
                .replacingOccurrences(of: "  ", with: " ").trimmingWhitespace()
        } else if mention.place == nil, let placeWord = mention.placeWord, units.catalog.communePlaceWords.contains(placeWord),
                  mention.text.lowercased().hasSuffix(placeWord), let place = organizerPlace(placeWord, organizer) {
            // "Chủ tịch UBND phường" at an event of "Đảng ủy phường Vĩnh Hải": that ward's.
            return (prefix + written + " " + place + suffix)
                .replacingOccurrences(of: "  ", with: " ").trimmingWhitespace()
        } else if mention.place == nil, let placeWord = mention.placeWord.map(units.catalog.spelledOutPlaceWord),
                  let city = cityPlaceWordInProvince(placeWord, province: province) {
            // "Chủ tịch UBND thành phố" in a tỉnh is one of its cities, not the province: the one the award's words name ("đại diện
            // UBND thành phố Phú Quốc trao Giấy khen của Chủ tịch UBND thành phố"), else as written.
            let named = sentence.flatMap { self.city(ofKind: placeWord, namedIn: $0, province: city) }
            return (prefix + withPlaceWordSpelledOut(written, mention) + (named.map { " " + $0 } ?? "") + suffix)
                .replacingOccurrences(of: "  ", with: " ").trimmingWhitespace()
        } else if mention.place == nil, mention.placeWordLevel != nil {
            // "UBND xã Thụy Trình" at a province's event: a commune's, as written (the gazetteer places few communes); "Chủ tịch
            // UBND huyện" where no district is known: as written, never the province's.
            return (prefix + written + suffix).trimmingWhitespace()
        } else if mention.place != nil || mention.kind.level == "tinh", mention.kind.place != "named",
                  let name = organizers.describe(mention, province: province).unit {
            // "Ban Thường vụ Đảng ủy Cục Thuế tỉnh": the unit's name holds the committee the prefix ends with.
            if let committee = mention.partyCommittee, name.lowercased().hasPrefix(committee.lowercased() + " "),
               prefix.trimmingWhitespace().lowercased().hasSuffix(committee.lowercased()) {
                prefix = String(prefix.trimmingWhitespace().dropLast(committee.count))
            }
            unit = name
        } else {
            return giver
        }
        return (prefix + unit + suffix).trimmingWhitespace()
    }

    /// A body no vocabulary knows, written with a bare province word ("Công đoàn ngành Y tế tỉnh"): of the article's province.
    private func withProvinceNamed(_ giver: String, province: ProvinceFact?) -> String {
        guard let province, province.name != Gazetteer.central, let last = giver.split(separator: " ").last,
              units.catalog.provinceOnlyPlaceWords.contains(last.lowercased()) else { return giver }
        return giver + " " + province.name
    }

    /// The institution a unit's name is ("Trường THCS Nam Thanh"), or ends with a few words after a joiner, past the organ of it
    /// the joiner adds ("Chi bộ và Ban Giám hiệu Trường X": "Trường X"; not "Sở Giáo dục và Đào tạo phối hợp với Trường Y").
    private static func institution(in unit: String, units: UnitFinder) -> String? {
        let words = unit.split(separator: " ")
        guard let start = words.indices.first(where: { index in
            let joined = words[..<index].lastIndex { units.catalog.nameJoiners.contains($0.lowercased()) }
            return (index == 0 || joined.map { index - $0 - 1 <= Self.organWordsAfterJoiner } == true)
                // Written as a name ("Trường"), or opening the unit's name in lowercase ("trường THPT Phúc Trạch" of "Đoàn trường THPT
                // Phúc Trạch"); not "Môi trường" inside a department's name.
                && units.catalog.selfReferences.values.contains { reference in
                    let rest = words[index...].joined(separator: " ")
                    return rest.hasPrefix(reference + " ") || (index == 0 && rest.lowercased().hasPrefix(reference.lowercased() + " "))
                }
        }) else { return nil }
        // The school, capitalized as a name.
        return words[start...].joined(separator: " ").capitalizingFirst()
    }

    /// Words a joiner and an institution's name may hold between them: its organ ("Ban Giám hiệu").
    private static let organWordsAfterJoiner = 3

    /// A giver named short at the organizer's own event: "Đảng ủy Trường" when "Đảng ủy Trường Đại
    /// học Cần Thơ" held it is that unit; "Hiệu trưởng nhà trường" is the head of its school.
    private func completedByOrganizer(_ giver: String, organizer: Organizer?) -> String? {
        // An organizer named as written (a hospital, a school) completes givers as well as a known unit,
        // up to its first comma or "và" ("Bệnh viện X và Công đoàn ngành Y tế" held it together).
        guard let unit = organizer?.unit ?? organizer.map({ Self.firstBody($0.phrase) }) else { return nil }
        let giverKey = VietnameseFolding.looseKey(giver), unitKey = VietnameseFolding.looseKey(unit)
        if unitKey.hasPrefix(giverKey + " ") { return unit }
        // "Ban Thường vụ Đảng ủy Khối" at an event of "Đảng ủy Khối các cơ quan tỉnh Gia Lai".
        if let organ = units.catalog.organ(opening: giver) {
            let rest = VietnameseFolding.looseKey(units.catalog.withoutOrgan(giver))
            if !rest.isEmpty, unitKey.hasPrefix(rest + " ") { return units.catalog.fullOrgan(organ) + " " + unit }
        }
        // "Trưởng Công an huyện" at an event of "Công an huyện Gò Dầu": the post of the organizer; "Giám đốc Trung
        // tâm Y tế huyện" at one of "Đảng ủy Trung tâm Y tế huyện Hải Hậu": of the institution whose committee held it.
        let committee = units.catalog.partyCommitteesLongestFirst.lazy.map(\.written).first { unit.lowercased().hasPrefix($0 + " ") }
        // An organizer that is itself an institution ("Trường THCS Nam Thanh"): a bare "Hiệu trưởng" is its head.
        // Organizers joined over one institution ("Chi bộ và Ban Giám hiệu Trường PTDTNT THPT tỉnh Hà Giang"): that institution.
        let institution = committee.map { String(unit.dropFirst($0.count + 1)) }.map { Self.institution(in: $0, units: units) ?? $0 }
            ?? Self.institution(in: unit, units: units) ?? organizer.flatMap { $0.unit == nil ? Self.institution(in: $0.phrase, units: units) : nil }
        for title in officeTitles where giver.hasPrefix(title + " ") || giver == title {
            let rest = VietnameseFolding.looseKey(String(giver.dropFirst(title.count)))
            // "… trong đó Ban Thường vụ Đảng ủy Trường và Hiệu trưởng lần lượt tặng …": the bare post heads the institution.
            guard !rest.isEmpty else { if let institution { return title + " " + institution } else { continue } }
            if unitKey == rest || unitKey.hasPrefix(rest + " ") { return title + " " + unit }
            if let institution, case let key = VietnameseFolding.looseKey(institution), key == rest || key.hasPrefix(rest + " ") {
                return title + " " + institution
            }
        }
        for (reference, start) in units.catalog.selfReferences {
            guard giver.lowercased().hasSuffix(" " + reference) else { continue }
            // "Tư lệnh Bộ đội Biên phòng" at a province's border guard event: the central body's head, not its own.
            if units.mentions(in: giver).contains(where: { $0.kind.place == "central" }) { return nil }
            let office = giver.dropLast(reference.count).trimmingWhitespace()
            guard let institution = unit.range(of: start, options: [.caseInsensitive]) else { continue }
            // Capitalized as a name ("trường THPT …" of "Đoàn trường THPT …"), unless the giver wrote the word before it as its own
            // ("Tổng giám đốc Tổng công ty" of "Tổng công ty Đường sắt Việt Nam").
            let name = unit[institution.lowerBound...]
            let wordBefore = unit[..<institution.lowerBound].split(separator: " ").last
            if let wordBefore, office.hasSuffix(" " + wordBefore) { return office + " " + name }
            return office + " " + name.capitalizingFirst()
        }
        return nil
    }

    /// "Vĩnh Hải" when the organizer's name holds "phường Vĩnh Hải" and the giver says only "phường".
    private func organizerPlace(_ placeWord: String, _ organizer: Organizer?) -> String? {
        guard let name = organizer?.unit ?? organizer?.phrase,
              let range = name.range(of: placeWord + " ", options: .caseInsensitive) else { return nil }
        let words = name[range.upperBound...].split(separator: " ").prefix { $0.first?.isUppercase == true || $0.first?.isNumber == true }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    private static func firstBody(_ phrase: String) -> String {
        let end = [phrase.range(of: ","), phrase.range(of: " và ")].compactMap { $0?.lowerBound }.min() ?? phrase.endIndex
        return String(phrase[..<end]).trimmingWhitespace()
    }

    /// The place a committee named with no place stands for: "huyện" for a bare "Huyện ủy".
    private func directPlaceWord(_ kind: UnitCatalog.Kind) -> String? {
        kind.format == "direct" ? kind.place_word : nil
    }

    private func organizerKind(_ organizer: Organizer?) -> UnitCatalog.Kind? {
        guard let id = organizer?.kindID else { return nil }
        return units.catalog.kinds.first { $0.id == id }
    }

    /// "Trần Văn Thời" (a huyện) for the organizer "Huyện ủy Trần Văn Thời" (a district-level unit).
    private func organizerDistrict(_ organizer: Organizer?, province: ProvinceFact?) -> (name: String, kind: String)? {
        guard let organizer, organizer.level == "huyen", let unit = organizer.unit, let mention = units.mentions(in: unit).first else { return nil }
        if case .district(let name, let kind, _)? = mention.place { return (name, kind) }
        // "Huyện ủy Bảo Lâm" (Cao Bằng or Lâm Đồng): the district of that name in the province found.
        let context = organizers.gazetteer.province(id: province?.id).map { [$0] } ?? []
        for found in organizers.places.mentions(in: unit) {
            if case .district(let name, let kind, let index)? = organizers.places.resolve(found, context: context), context.contains(index) { return (name, kind) }
        }
        return nil
    }

    /// The province's index when `placeWord` names a province elsewhere but not this one: "thành phố" in a tỉnh.
    private func cityPlaceWordInProvince(_ placeWord: String, province: ProvinceFact?) -> Int? {
        guard units.catalog.level(ofPlaceWord: placeWord) == "tinh", !units.catalog.provinceOnlyPlaceWords.contains(placeWord),
              let index = organizers.gazetteer.province(id: province?.id),
              let kind = organizers.gazetteer.provinces[index].kind, kind != placeWord else { return nil }
        return index
    }

    /// The one district of `kind` in the province that `sentence` names.
    private func city(ofKind kind: String, namedIn sentence: String, province: Int) -> String? {
        let names = Set(organizers.places.mentions(in: sentence).compactMap { found -> String? in
            guard case .district(let name, kind, province)? = organizers.places.resolve(found, context: [province]) else { return nil }
            return name
        })
        return names.count == 1 ? names.first : nil
    }

    /// "Chủ tịch UBND TP" → "Chủ tịch UBND thành phố".
    private func withPlaceWordSpelledOut(_ head: String, _ mention: UnitMention) -> String {
        guard let written = mention.placeWord, units.catalog.spelledOutPlaceWord(written) != written, head.lowercased().hasSuffix(written) else { return head }
        return String(head.dropLast(written.count)) + units.catalog.spelledOutPlaceWord(written)
    }

    /// "UBND tỉnh" is not the organizer "UBND huyện Thoại Sơn", nor "Hội Nông dân huyện" the organizer "Hội Nông dân xã
    /// Tân Hiệp".
    private func sameLevel(_ placeWord: String?, _ level: String?) -> Bool {
        guard let placeWord, let level, let wordLevel = units.catalog.level(ofPlaceWord: placeWord) else { return true }
        return wordLevel == level
    }
}
