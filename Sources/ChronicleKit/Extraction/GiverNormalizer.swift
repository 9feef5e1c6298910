import Foundation

/// Gives an award's giver its one name, the way units are named: "Tổng LĐLĐ Việt Nam" →
/// "Tổng Liên đoàn Lao động Việt Nam"; "Ban Thường vụ Quận ủy" with the organizer "Quận ủy Long
/// Biên" → "Ban Thường vụ Quận ủy Long Biên"; "Chủ tịch UBND tỉnh" in a Bắc Giang article →
/// "Chủ tịch UBND tỉnh Bắc Giang". Givers naming no known unit stay as written.
struct GiverNormalizer: Sendable {
    let units: UnitFinder
    let organizers: OrganizerResolver

    func normalize(_ giver: String, organizer: Organizer?, province: ProvinceFact?) -> String {
        guard let mention = units.mentions(in: giver).first else { return giver }
        let nsGiver = giver as NSString
        var prefix = nsGiver.substring(to: mention.range.location)
        if let organ = mention.organ { prefix += organ + " " }
        let suffix = nsGiver.substring(from: mention.range.location + mention.range.length)
        let unit: String
        if mention.kind.place == "central" {
            unit = mention.kind.name
        } else if mention.place == nil, mention.department == nil, let organizer, let name = organizer.unit,
                  organizer.kindID == mention.kind.id, sameLevel(mention.placeWord, organizer.level) {
            unit = name
        } else if mention.place != nil || mention.kind.level == "tinh", mention.kind.place != "named",
                  let name = organizers.describe(mention, province: province).unit {
            unit = name
        } else {
            return giver
        }
        return (prefix + unit + suffix).trimmingCharacters(in: .whitespaces)
    }

    /// "UBND tỉnh" is not the organizer "UBND huyện Thoại Sơn".
    private func sameLevel(_ placeWord: String?, _ level: String?) -> Bool {
        guard let placeWord, let level else { return true }
        let provincial = ["tỉnh", "thành phố", "tp", "tp."].contains(placeWord)
        return provincial == (level == "tinh")
    }
}
