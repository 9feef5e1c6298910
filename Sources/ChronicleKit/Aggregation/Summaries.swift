import Foundation

/// A unit with everything the site says about it.
public struct UnitSummary: Sendable {
    public var id: String
    public var name: String
    public var kind: String?
    public var level: String?
    public var levelName: String?
    public var province: String?
    public var provinceID: String?
    /// Events it organized, in date order.
    public var events: [Int]
    public var tally: Tally
    public var themes: [String]
    public var people: [Person]
}

public struct ProvinceSummary: Sendable {
    public var id: String
    public var name: String
    public var successor2025: String?
    public var units: [String]
    public var events: [Int]
    public var tally: Tally
}

public struct ThemeSummary: Sendable {
    public var id: String
    public var name: String
    public var events: [Int]
    public var units: [String]
    public var tally: Tally
    /// "Chuyên đề năm N" titles as each province chose them.
    public var titles: [(province: String, title: String)]
}

/// Award counts by giver, kind, province, year and their crossings.
public struct AwardTallies: Sendable {
    public var total = Tally()
    public var byGiver: [String: Tally] = [:]
    public var byKind: [String: Tally] = [:]
    public var byProvince: [String: Tally] = [:]
    public var byYear: [String: Tally] = [:]
    public var byGiverAndKind: [String: [String: Tally]] = [:]
}

enum SummaryBuilder {
    /// Page ids unique within a folder: never "index" (the folder's own page), never empty, and
    /// names that slug alike ("Hòa"/"Hoà" spelled apart by front matter) get a hashed suffix.
    static func uniqueIDs<Item>(_ items: inout [Item], id: WritableKeyPath<Item, String>, name: KeyPath<Item, String>) {
        var taken: Set<String> = ["index"]
        for index in items.indices {
            var candidate = items[index][keyPath: id]
            if candidate.isEmpty || taken.contains(candidate) {
                candidate = (candidate.isEmpty ? "muc" : candidate) + "-" + StableHash.shortHex(items[index][keyPath: name])
            }
            taken.insert(candidate)
            items[index][keyPath: id] = candidate
        }
    }

    /// Names sort the Vietnamese way: "Đ" after "D", tones after the base letter.
    static let vietnamese = Locale(identifier: "vi")

    static func sorted(_ names: [String]) -> [String] {
        names.sorted { $0.compare($1, locale: vietnamese) == .orderedAscending }
    }

    static func units(_ events: [Event], entries: [ArticleEntry]) -> [UnitSummary] {
        // Summaries grow in place (`units[id]!…`): one copied out of the dictionary and put back copies its arrays on
        // every event, which over a unit or theme with thousands of events is most of the aggregation.
        var units: [String: UnitSummary] = [:]
        var seen: [String: (themes: Set<String>, people: Set<String>)] = [:]
        for (index, event) in events.enumerated() {
            guard let id = event.unitID, let name = event.unitName else { continue }
            let organizer = entries[event.primary].facts.organizer
            if units[id] == nil {
                units[id] = UnitSummary(id: id, name: name, kind: organizer?.kind, level: organizer?.level,
                                        levelName: organizer?.levelName, province: event.provinceName,
                                        provinceID: entries[event.primary].facts.province.map { $0.id ?? Slug.make($0.name) },
                                        events: [], tally: Tally(), themes: [], people: [])
                seen[id] = ([], [])
            }
            units[id]!.events.append(index)
            units[id]!.tally.add(event.tally)
            for theme in event.themes where seen[id]!.themes.insert(theme.name).inserted { units[id]!.themes.append(theme.name) }
            for person in entries[event.primary].facts.people where seen[id]!.people.insert(person.name).inserted {
                units[id]!.people.append(person)
            }
        }
        // Unit ids are unique by construction (kind, place and province), and events refer to them.
        // Within a province: central, provincial, district, then grassroots units, each by name.
        let levelOrder = ["trung-uong": 0, "tinh": 1, "huyen": 2, "co-so": 3]
        return units.values.sorted { a, b in
            let left = a.province ?? "", right = b.province ?? ""
            if left != right { return left.compare(right, locale: vietnamese) == .orderedAscending }
            let levels = (levelOrder[a.level ?? ""] ?? 4, levelOrder[b.level ?? ""] ?? 4)
            if levels.0 != levels.1 { return levels.0 < levels.1 }
            // Ties by id: `units` is a dictionary, whose order changes from run to run.
            let names = a.name.compare(b.name, locale: vietnamese)
            return names == .orderedSame ? a.id < b.id : names == .orderedAscending
        }
    }

    static func provinces(_ events: [Event], units: [UnitSummary], entries: [ArticleEntry]) -> [ProvinceSummary] {
        var provinces: [String: ProvinceSummary] = [:]
        for (index, event) in events.enumerated() {
            guard let name = event.provinceName else { continue }
            let fact = entries[event.primary].facts.province
            if provinces[name] == nil {
                provinces[name] = ProvinceSummary(id: fact.map { $0.id ?? Slug.make($0.name) } ?? Slug.make(name), name: name, successor2025: fact?.successor2025,
                                                  units: [], events: [], tally: Tally())
            }
            provinces[name]!.events.append(index)
            provinces[name]!.tally.add(event.tally)
        }
        for unit in units {
            guard let name = unit.province, provinces[name] != nil else { continue }
            provinces[name]!.units.append(unit.id)
        }
        var result = sorted(Array(provinces.keys)).map { provinces[$0]! }
        uniqueIDs(&result, id: \.id, name: \.name)
        return result
    }

    static func themes(_ events: [Event]) -> [ThemeSummary] {
        var themes: [String: ThemeSummary] = [:]
        var seen: [String: (units: Set<String>, provinces: Set<String>)] = [:]
        for (index, event) in events.enumerated() {
            for mention in event.themes {
                let id = mention.id
                if themes[id] == nil {
                    themes[id] = ThemeSummary(id: id, name: mention.name, events: [], units: [], tally: Tally(), titles: [])
                    seen[id] = ([], [])
                }
                themes[id]!.events.append(index)
                themes[id]!.tally.add(event.tally)
                if let unit = event.unitID, seen[id]!.units.insert(unit).inserted { themes[id]!.units.append(unit) }
                if let title = mention.title, let province = event.provinceName, seen[id]!.provinces.insert(province).inserted {
                    themes[id]!.titles.append((province, title))
                }
            }
        }
        var result = themes.values.sorted { a, b in
            if a.events.count != b.events.count { return a.events.count > b.events.count }
            // Ties by id: `themes` is a dictionary, whose order changes from run to run.
            let names = a.name.compare(b.name, locale: vietnamese)
            return names == .orderedSame ? a.id < b.id : names == .orderedAscending
        }
        uniqueIDs(&result, id: \.id, name: \.name)
        return result
    }

    static func awardTallies(_ events: [Event]) -> AwardTallies {
        var tallies = AwardTallies()
        for event in events {
            for award in event.awards {
                let giver = award.giver ?? "—"
                tallies.total.add(award)
                tallies.byGiver[giver, default: Tally()].add(award)
                tallies.byKind[award.kind, default: Tally()].add(award)
                tallies.byProvince[event.provinceName ?? "—", default: Tally()].add(award)
                tallies.byYear[event.date.map { String($0.year) } ?? event.estimate ?? "—", default: Tally()].add(award)
                tallies.byGiverAndKind[giver, default: [:]][award.kind, default: Tally()].add(award)
            }
        }
        return tallies
    }
}
