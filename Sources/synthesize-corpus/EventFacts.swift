import ChronicleKit

/// What one synthetic article reports: the truth the text is written from, and what the
/// Hugo twin of the corpus files it under.
struct EventFacts {
    struct AwardClause {
        var giver: String
        var kind: String
        var collectives: Int
        var individuals: Int
    }

    var number: Int
    var province: Gazetteer.Province
    var district: String?
    /// "Huyện ủy Krông Búk", "Tỉnh ủy Đắk Lắk".
    var unit: String
    /// "Ban Thường vụ Huyện ủy", as the lead names the organizer.
    var organizerPhrase: String
    var typeWord: String
    var typeName: String
    var year: Int
    var month: Int
    var day: Int
    var themes: [String]
    var awards: [AwardClause]
    var style: Int

    static let types: [(word: String, name: String)] = [
        ("quán triệt", "hội nghị quán triệt"), ("sơ kết", "hội nghị sơ kết"), ("tổng kết", "hội nghị tổng kết"),
        ("thông tin chuyên đề", "hội nghị thông tin chuyên đề"), ("hội thảo", "hội thảo"), ("tuyên dương", "lễ tuyên dương"),
    ]

    static func make(_ number: Int, provinces: [Gazetteer.Province], random: inout SplitMix) -> EventFacts {
        let province = random.pick(provinces)
        let districts = (province.districts ?? []).filter { $0.hasPrefix("huyện ") || $0.hasPrefix("quận ") || $0.hasPrefix("thị xã ") }
        let provincial = province.kind == "thành phố" ? "thành phố" : "tỉnh"
        let committee = province.kind == "thành phố" ? "Thành ủy" : "Tỉnh ủy"
        var district: String?
        let unit: String, phrase: String
        var choice = random.int(0...5)
        if choice <= 1, districts.isEmpty { choice = 5 }
        switch choice {
        case 0, 1:
            let chosen = random.pick(districts)
            let name = chosen.split(separator: " ", maxSplits: chosen.hasPrefix("thị xã") ? 2 : 1).last.map(String.init) ?? chosen
            let kind = chosen.hasPrefix("quận") ? "Quận ủy" : chosen.hasPrefix("thị xã") ? "Thị ủy" : "Huyện ủy"
            district = name
            unit = "\(kind) \(name)"
            phrase = "Ban Thường vụ \(kind) \(name)"
        case 2:
            unit = "Đảng ủy Khối các cơ quan \(provincial) \(province.name)"
            phrase = unit
        case 3:
            unit = "Ban Tuyên giáo \(committee) \(province.name)"
            phrase = unit
        case 4:
            unit = "Đảng ủy Công an \(provincial) \(province.name)"
            phrase = unit
        default:
            unit = "\(committee) \(province.name)"
            phrase = "Ban Thường vụ \(committee) \(province.name)"
        }
        let type = random.pick(types)
        let year = random.int(2019...2025)
        var themes = ["Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"]
        if random.chance(0.7) { themes.append("Chỉ thị 05-CT/TW") }
        if year >= 2021, random.chance(0.6) { themes.append("Kết luận 01-KL/TW") }
        if random.chance(0.5) { themes.append("Chuyên đề năm \(year)") }
        if random.chance(0.2) { themes.append("7 dám") }
        var awards: [AwardClause] = []
        if type.word == "tuyên dương" || random.chance(0.5) {
            let giverUnit = district.map { _ in unit } ?? "\(committee) \(province.name)"
            awards.append(.init(giver: "Ban Thường vụ \(giverUnit)", kind: district == nil ? "Bằng khen" : "Giấy khen",
                                collectives: random.int(1...30), individuals: random.int(1...40)))
            if random.chance(0.4) {
                awards.append(.init(giver: "Chủ tịch UBND \(provincial) \(province.name)", kind: "Bằng khen",
                                    collectives: random.int(1...10), individuals: random.int(0...15)))
            }
        }
        return EventFacts(number: number, province: province, district: district, unit: unit, organizerPhrase: phrase,
                          typeWord: type.word, typeName: type.name, year: year, month: random.int(1...12), day: random.int(1...28),
                          themes: themes, awards: awards, style: random.int(0...3))
    }
}
