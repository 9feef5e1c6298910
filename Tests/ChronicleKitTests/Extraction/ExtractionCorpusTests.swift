import Foundation
import Testing
@testable import ChronicleKit

/// Accuracy on articles written apart from the rules, in the styles of many news sites, with
/// what a careful reader takes from each. `extraction-corpus` is the set the rules were tuned
/// on and is held above the product's targets. The held-out sets are reported (`make evaluate`), and
/// those marked `mended` are held at fixed floors. Each was written by someone who never saw the code, measured once blind,
/// then its misses were read and fixed by general rules, so only its first figures say how
/// extraction generalizes. Awards exactly right / invented clauses, blind: set 1 42% / 10,
/// set 2 50% / 7, set 3 46% / 7, set 4 2/10 / 5, set 5 4/10 / 4, set 6 7/12 / 2, set 7 7/14 / 3,
/// set 8 8/14 / 3, set 9 10/15 / 3, set 10 5/12 / 5, set 11 7/12 / 2, set 12 5/12 / 5, set 13 9/12 / 1, set 14 6/12 / 3;
/// each later set's blind figures are in the commit that added it (sets 33-64, 384 articles: 299/384 = 78 %, 50 invented;
/// sets 65-808, 8,928 articles: 8,200/8,928 = 91.8 %, 441 invented; sets 201-808: 6,697/7,296 = 91.8 %, 335 invented;
/// of which sets 404-411, asked for the shapes a rule-based reader finds hardest: 58/96 = 60 %, 21 invented, and sets
/// 412-419, 420-427, 428-435, 436-443, 444-451, 452-459, 460-467, 468-475, 476-483, 484-491, 492-498, 499-506, 507-514, 515-522, 523-530, 531-538, 539-546, 547-554, 555-562, 563-570, 571-578, 579-586, 587-594, 595-602, 603-610, 611-618, 619-626, 627-634, 635-642, 643-650, 651-658, 659-666, 667-674, 675-681, 682-689, 690-697, 698-705, 706-713, 714-721, 722-729, 730-737, 738-745, 746-752, 753-760, 761-768, 769-776, 777-784, 785-792, 793-800 and 801-808, asked for a normal week's
/// mix: 82/96 = 85 %, 10 invented, 82/96 = 85 %, 8 invented, 84/96 = 88 %, 7 invented, 84/96 = 88 %, 6 invented, 86/96 = 90 %,
/// 6 invented, 78/96 = 81 %, 7 invented, 83/96 = 86 %, 9 invented, 83/96 = 86 %, 5 invented, 84/96 = 88 %, 6 invented, 84/96 = 88 %,
/// 8 invented, 76/84 = 90 %, 3 invented, 87/96 = 91 %, 4 invented, 86/96 = 90 %, 5 invented, 89/96 = 93 %, 1 invented, 87/96 = 91 %, 2 invented, 82/96 = 85 %, 10 invented, 89/96 = 93 %, 9 invented, 88/96 = 92 %, 4 invented, 84/96 = 88 %, 7 invented, 89/96 = 93 %, 4 invented, 82/96 = 85 %, 11 invented, 88/96 = 92 %, 2 invented, 82/96 = 85 %, 9 invented, 83/96 = 86 %, 6 invented, 89/96 = 93 %, 6 invented, 90/96 = 94 %, 5 invented, 91/96 = 95 %, 2 invented, 90/96 = 94 %, 6 invented, 90/96 = 94 %, 2 invented, 88/96 = 92 %, 1 invented, 91/96 = 95 %, 4 invented, 91/96 = 95 %, 2 invented, 90/96 = 94 %, 2 invented, 76/84 = 90 %, 1 invented, 85/96 = 89 %, 7 invented, 89/96 = 93 %, 2 invented, 90/96 = 94 %, 1 invented, 81/96 = 84 %, 9 invented, 90/96 = 94 %, 2 invented, 92/96 = 96 %, 1 invented, 88/96 = 92 %, 6 invented, 88/96 = 92 %, 3 invented, 71/84 = 85 %, 11 invented, 90/96 = 94 %, 5 invented, 91/96 = 95 %, 2 invented, 89/96 = 93 %, 0 invented, 95/96 = 99 %, 0 invented, 88/96 = 92 %, 4 invented, 94/96 = 98 %, 1 invented, and 92/96 = 96 %, 4 invented).
/// From set 801 the keys name the story's people: blind, sets 801-808 found 315 of 403 people (78 %) with 8 extra, and 190 of
/// 311 titles (61 %) exactly, counted then over the people found; titles now count over every person of a key.
struct ExtractionCorpusTests {
    struct Expected: Decodable {
        struct Award: Decodable {
            var giver: String?
            var kind: String
            var collectives: Int?
            var individuals: Int?
            var combined: Int?
        }

        struct Entry: Decodable {
            var file: String
            var event_date: String?
            var undated_estimate: String?
            var event_type: String
            var organizer_unit: String?
            var province: String?
            var themes: [String]
            var awards: [Award]
            /// Sets from 801 on name the story's people.
            var people: [Person]?
        }

        struct Person: Decodable {
            var name: String
            var title: String?
        }

        var articles: [Entry]
    }

    static let tuning = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/extraction-corpus")
    static func present(_ folder: URL) -> Bool { FileManager.default.fileExists(atPath: folder.appendingPathComponent("expected.json").path) }

    struct Figures {
        var dated = 0, datedRight = 0, undated = 0, undatedRight = 0
        var provinces = 0, provincesRight = 0, units = 0, unitsRight = 0, types = 0, typesRight = 0
        var awardArticles = 0, awardsRight = 0, invented = 0
        var people = 0, peopleFound = 0, peopleExtra = 0, titles = 0, titlesRight = 0
        var misses: [String] = []
    }

    /// Abbreviations written either way in givers and units, compared spelled out: those units.yml spells out
    /// (organs, place words, short names of one word), and those keys write that Chronicle keeps as written.
    static let abbreviations: [String: String] = {
        let catalog = Fixtures.knowledge.extraction.units.catalog
        var table = ["ubnd": "uy ban nhan dan", "mttq": "mat tran to quoc", "ldld": "lien doan lao dong", "bdbp": "bo doi bien phong",
                     "chqs": "chi huy quan su", "hlhpn": "hoi lien hiep phu nu", "lhpn": "lien hiep phu nu", "ccb": "cuu chien binh",
                     "tphcm": "thanh pho ho chi minh"]
        let written = catalog.nameAbbreviations + catalog.organAbbreviations.map { ($0.key, $0.value) }
            + catalog.placeWordAbbreviations.map { ($0.key, $0.value) }
        // One word of two letters or more: "H" or "Q" alone would be read in names.
        for (short, full) in written {
            let key = VietnameseFolding.looseKey(short)
            if key.count > 1, !key.contains(" ") { table[key] = VietnameseFolding.looseKey(full) }
        }
        return table
    }()

    static func key(_ text: String?) -> String {
        // "Sở Y tế tỉnh Thái Bình" and "Sở Y tế Thái Bình" are one office; keys drop the word either way (before folding, so
        // "Hà Tĩnh" keeps its last word).
        let withoutProvinceWord = (text ?? "").replacingOccurrences(of: #"(?<!\p{L})[tT][ỉỈ][nN][hH](?!\p{L})"#, with: " ", options: .regularExpression)
        return VietnameseFolding.looseWords(withoutProvinceWord).map { abbreviations[String($0)] ?? String($0) }
            .joined(separator: " ")
            // A province's border guard is named either way: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh X", "Bộ đội Biên phòng tỉnh X".
            .replacingOccurrences(of: "bo chi huy bo doi bien phong", with: "bo doi bien phong")
            // "Ủy ban MTTQ Việt Nam tỉnh X" and "Ủy ban MTTQ tỉnh X"; "Sở GD&ĐT" and "Sở Giáo dục và Đào tạo"; "TP.HCM".
            .replacingOccurrences(of: "mat tran to quoc viet nam ", with: "mat tran to quoc ")
            .replacingOccurrences(of: "gd dt", with: "giao duc va dao tao")
            .replacingOccurrences(of: "thanh pho hcm", with: "thanh pho ho chi minh")
            // "Trung ương Đoàn TNCS Hồ Chí Minh" is "Trung ương Đoàn"; "Bộ Tư lệnh Sư đoàn 324" commands "Sư đoàn 324".
            .replacingOccurrences(of: "trung uong doan tncs ho chi minh", with: "trung uong doan")
            // "huyện Krông Ana" is huyện Krông A Na: district spellings the gazetteer knows as one.
            .replacingWords(districtAliases)
    }

    /// "thanh pho " before the key of a centrally-run city (gazetteer `kind: thành phố`), at a word's start.
    static let centralCityWord: String = {
        let cities = Fixtures.knowledge.extraction.gazetteer.provinces.filter { $0.kind == "thành phố" }.map { VietnameseFolding.looseKey($0.name) }
        return "(^| )thanh pho (?=(?:" + cities.joined(separator: "|") + ")(?: |$))"
    }()

    static let districtAliases: [String: String] = Fixtures.knowledge.extraction.gazetteer.provinces
        .flatMap { ($0.district_aliases ?? [:]).map { (VietnameseFolding.looseKey($0.key), VietnameseFolding.looseKey($0.value)) } }
        .reduce(into: [:]) { $0[$1.0] = $1.1 }

    /// Givers match when one names the other ("Ban Thường vụ Tỉnh ủy" and "Ban Thường vụ Tỉnh ủy Hà Tĩnh").
    /// "Trung ương Đoàn", "Tỉnh đoàn X" are short for their Ban Chấp hành (the body itself, unlike its Ban Thường vụ); a party
    /// organization's Ban Chấp hành is its Đảng ủy.
    /// "Cờ thi đua của Chính phủ" is signed by the Prime Minister; keys name either. A city's name may
    /// follow its word or not ("Thành ủy TP Thủ Đức", "Thành ủy Thủ Đức"), as in units.
    static func sameGiver(_ a: String?, _ b: String?) -> Bool {
        func body(_ text: String?) -> String {
            let key = key(text).replacingOccurrences(of: "thanh uy thanh pho ", with: "thanh uy ")
            if key == "thu tuong chinh phu" { return "chinh phu" }
            guard key.hasPrefix("ban chap hanh ") else { return key }
            let body = key.dropFirst("ban chap hanh ".count)
            // "Ban Chấp hành Đảng bộ Cục Thuế" is its Đảng ủy.
            return body.hasPrefix("dang bo ") ? "dang uy " + body.dropFirst("dang bo ".count) : String(body)
        }
        // Whole words: "… Hà" is not short for "… Hà Nam".
        func same(_ left: String, _ right: String) -> Bool {
            left == right || (!left.isEmpty && !right.isEmpty && (left.hasPrefix(right + " ") || right.hasPrefix(left + " ")))
        }
        // "Sở Giáo dục và Đào tạo thành phố Hải Phòng" and "… Hải Phòng": a centrally-run city's word may go as a province's does.
        func withoutCityWord(_ key: String) -> String { key.replacingOccurrences(of: centralCityWord, with: "$1", options: .regularExpression) }
        let left = body(a), right = body(b)
        return same(left, right) || same(withoutCityWord(left), withoutCityWord(right))
    }

    /// "TP Hồ Chí Minh" and "Hồ Chí Minh" are one name; answer keys write cities either way, and may
    /// add the unit's place after a comma or in parentheses ("Quận ủy Quận 3, TP Hồ Chí Minh").
    /// A unit's Ban Thường vụ stands for the unit ("Ban Thường vụ Tỉnh ủy X" held it: Tỉnh ủy X).
    static func samePlace(_ a: String?, _ b: String?) -> Bool {
        func own(_ text: String?) -> String? {
            guard let text else { return nil }
            let name = ["Ban Thường vụ ", "Bộ Tư lệnh "].first { text.hasPrefix($0) }.map { String(text.dropFirst($0.count)) } ?? text
            // Parentheses first: the place they hold may have a comma ("Trường THCS A (Quận 3, TP Hồ Chí Minh)").
            let bare = name.replacingOccurrences(of: #"\s*\([^)]*\)"#, with: "", options: .regularExpression)
            return String(bare.split(separator: ",").first ?? "")
        }
        return sameName(a, b) || sameName(own(a), own(b))
    }

    /// "Đảng ủy Khối Cơ quan và Doanh nghiệp" and "Đảng ủy Khối các cơ quan và doanh nghiệp" are one name, written both ways.
    static func sameName(_ a: String?, _ b: String?) -> Bool {
        func plain(_ text: String?) -> String { key(text).replacingOccurrences(of: "thanh pho ", with: "").replacingOccurrences(of: "khoi cac co quan", with: "khoi co quan") }
        return plain(a) == plain(b)
    }

    /// Answer keys name types shorter ("lễ tuyên dương" for "lễ tuyên dương, biểu dương, khen thưởng",
    /// "hội thảo" for "hội thảo khoa học") or in English ("other").
    /// Chronicle's one type for ceremonies, "lễ tuyên dương, biểu dương, khen thưởng", is each of them.
    static func sameType(_ ours: String, _ expected: String) -> Bool {
        let a = key(ours), b = key(expected)
        if a == b || a.hasPrefix(b + " ") || (a == "khac" && b == "other") { return true }
        guard ours.hasPrefix("lễ "), expected.hasPrefix("lễ ") else { return false }
        return ours.dropFirst(3).split(separator: ",").contains { key(String($0)) == key(String(expected.dropFirst(3))) }
    }

    static func counts(_ kind: String, _ c: Int?, _ i: Int?, _ m: Int?) -> String { "\(kind.lowercased())|\(c ?? 0)|\(i ?? 0)|\(m ?? 0)" }

    /// An award as the evaluation compares it.
    struct Tally {
        var giver: String?
        var giverFrom: String?
        var kind: String
        var collectives, individuals, combined: Int
        var counts: String { ExtractionCorpusTests.counts(kind, collectives, individuals, combined) }
        var line: String { "\(giver ?? "-")|\(counts)" }
    }

    /// Keys write one entry per giver and kind ("Huân chương Lao động hạng Nhì và hạng Ba" of the Chủ tịch nước, summed);
    /// Chronicle one per clause. Both are summed so: the tallies are what is compared. (An award counted twice still
    /// shows, as a sum twice the key's.)
    static func perGiverAndKind(_ awards: [Tally]) -> [Tally] {
        var merged: [Tally] = []
        for award in awards {
            if let index = merged.firstIndex(where: { $0.kind.lowercased() == award.kind.lowercased() && key($0.giver) == key(award.giver) }) {
                merged[index].collectives += award.collectives
                merged[index].individuals += award.individuals
                merged[index].combined += award.combined
                // Taken from the organizer if any part was: a key naming no giver matches it.
                if award.giverFrom == "organizer" { merged[index].giverFrom = "organizer" }
            } else {
                merged.append(award)
            }
        }
        return merged
    }

    @Test(.enabled(if: present(tuning), "Tests/Fixtures/extraction-corpus is absent"))
    func accuracyOnTheTuningCorpus() throws {
        let figures = try evaluate(Self.tuning, name: "the tuning corpus")
        #expect(Double(figures.datedRight) >= 0.95 * Double(figures.dated))
        #expect(figures.undatedRight == figures.undated, "no day invented")
        #expect(Double(figures.provincesRight) >= 0.9 * Double(figures.provinces))
        #expect(Double(figures.awardsRight) >= 0.9 * Double(figures.awardArticles))
        #expect(figures.invented == 0)
    }

    /// The held-out sets, each with how it has been used (see the type's comment).
    /// `mended`: its misses were read and it stands at or above the floors (dates and provinces 90 %, awards 80 %), which it must
    /// keep; any other set is measured, and held only to inventing no day.
    static let heldOut: [(folder: String, name: String, mended: Bool)] = [
        ("extraction-holdout", "held-out set 1 (misses read once)", true),
        ("extraction-holdout-2", "held-out set 2 (blind run read)", true),
        ("extraction-holdout-3", "held-out set 3 (blind run read)", true),
        ("extraction-holdout-4", "held-out set 4 (blind run read)", true),
        ("extraction-holdout-5", "held-out set 5 (blind run read)", true),
        ("extraction-holdout-6", "held-out set 6 (blind run read)", true),
        ("extraction-holdout-7", "held-out set 7 (blind run read)", true),
        ("extraction-holdout-8", "held-out set 8 (blind run read)", true),
        ("extraction-holdout-9", "held-out set 9 (blind run read)", true),
        ("extraction-holdout-10", "held-out set 10 (blind run read)", true),
        ("extraction-holdout-11", "held-out set 11 (blind run read)", true),
        ("extraction-holdout-12", "held-out set 12 (blind run read)", true),
        ("extraction-holdout-13", "held-out set 13 (blind run read)", true),
        ("extraction-holdout-14", "held-out set 14 (blind run read)", true),
        ("extraction-holdout-15", "held-out set 15 (blind run read)", true),
        ("extraction-holdout-16", "held-out set 16 (blind run read)", true),
        ("extraction-holdout-17", "held-out set 17 (blind run read)", true),
        ("extraction-holdout-18", "held-out set 18 (blind run read)", false),
        ("extraction-holdout-19", "held-out set 19 (blind run read)", true),
        ("extraction-holdout-20", "held-out set 20 (blind run read)", true),
        ("extraction-holdout-21", "held-out set 21 (blind run read)", true),
        ("extraction-holdout-22", "held-out set 22 (blind run read)", true),
        ("extraction-holdout-23", "held-out set 23 (blind run read)", true),
        ("extraction-holdout-24", "held-out set 24 (blind run read)", true),
        ("extraction-holdout-25", "held-out set 25 (blind run read)", true),
        ("extraction-holdout-26", "held-out set 26 (blind run read)", false),
        ("extraction-holdout-27", "held-out set 27 (blind run read)", true),
        ("extraction-holdout-28", "held-out set 28 (blind run read)", false),
        ("extraction-holdout-29", "held-out set 29 (blind run read)", true),
        ("extraction-holdout-30", "held-out set 30 (blind run read)", false),
        ("extraction-holdout-31", "held-out set 31 (blind run read)", true),
        ("extraction-holdout-32", "held-out set 32 (blind run read)", true),
        ("extraction-holdout-33", "held-out set 33 (blind run read)", true),
        ("extraction-holdout-34", "held-out set 34 (blind run read)", true),
        ("extraction-holdout-35", "held-out set 35 (blind run read)", true),
        ("extraction-holdout-36", "held-out set 36 (blind run read)", false),
        ("extraction-holdout-37", "held-out set 37 (blind run read)", true),
        ("extraction-holdout-38", "held-out set 38 (blind run read)", true),
        ("extraction-holdout-39", "held-out set 39 (blind run read)", true),
        ("extraction-holdout-40", "held-out set 40 (blind run read)", true),
        ("extraction-holdout-41", "held-out set 41 (blind run read)", true),
        ("extraction-holdout-42", "held-out set 42 (blind run read)", true),
        ("extraction-holdout-43", "held-out set 43 (blind run read)", true),
        ("extraction-holdout-44", "held-out set 44 (blind run read)", true),
        ("extraction-holdout-45", "held-out set 45 (blind run read)", true),
        ("extraction-holdout-46", "held-out set 46 (blind run read)", true),
        ("extraction-holdout-47", "held-out set 47 (blind run read)", true),
        ("extraction-holdout-48", "held-out set 48 (blind run read)", true),
        ("extraction-holdout-49", "held-out set 49 (blind run read)", true),
        ("extraction-holdout-50", "held-out set 50 (blind run read)", true),
        ("extraction-holdout-51", "held-out set 51 (blind run read)", true),
        ("extraction-holdout-52", "held-out set 52 (blind run read)", true),
        ("extraction-holdout-53", "held-out set 53 (blind run read)", true),
        ("extraction-holdout-54", "held-out set 54 (blind run read)", true),
        ("extraction-holdout-55", "held-out set 55 (blind run read)", true),
        ("extraction-holdout-56", "held-out set 56 (blind run read)", true),
        ("extraction-holdout-57", "held-out set 57 (blind run read)", true),
        ("extraction-holdout-58", "held-out set 58 (blind run read)", true),
        ("extraction-holdout-59", "held-out set 59 (blind run read)", true),
        ("extraction-holdout-60", "held-out set 60 (blind run read)", false),
        ("extraction-holdout-61", "held-out set 61 (blind run read)", true),
        ("extraction-holdout-62", "held-out set 62 (blind run read)", false),
        ("extraction-holdout-63", "held-out set 63 (blind run read)", true),
        ("extraction-holdout-64", "held-out set 64 (blind run read)", true),
        ("extraction-holdout-65", "held-out set 65 (blind run read)", true),
        ("extraction-holdout-66", "held-out set 66 (blind run read)", true),
        ("extraction-holdout-67", "held-out set 67 (blind run read)", true),
        ("extraction-holdout-68", "held-out set 68 (blind run read)", true),
        ("extraction-holdout-69", "held-out set 69 (blind run read)", true),
        ("extraction-holdout-70", "held-out set 70 (blind run read)", true),
        ("extraction-holdout-71", "held-out set 71 (blind run read)", true),
        ("extraction-holdout-72", "held-out set 72 (blind run read)", true),
        ("extraction-holdout-73", "held-out set 73 (blind run read)", true),
        ("extraction-holdout-74", "held-out set 74 (blind run read)", true),
        ("extraction-holdout-75", "held-out set 75 (blind run read)", true),
        ("extraction-holdout-76", "held-out set 76 (blind run read)", true),
        ("extraction-holdout-77", "held-out set 77 (blind run read)", true),
        ("extraction-holdout-78", "held-out set 78 (blind run read)", true),
        ("extraction-holdout-79", "held-out set 79 (blind run read)", true),
        ("extraction-holdout-80", "held-out set 80 (blind run read)", true),
        ("extraction-holdout-81", "held-out set 81 (blind run read)", true),
        ("extraction-holdout-82", "held-out set 82 (blind run read)", true),
        ("extraction-holdout-83", "held-out set 83 (blind run read)", true),
        ("extraction-holdout-84", "held-out set 84 (blind run read)", true),
        ("extraction-holdout-85", "held-out set 85 (blind run read)", true),
        ("extraction-holdout-86", "held-out set 86 (blind run read)", true),
        ("extraction-holdout-87", "held-out set 87 (blind run read)", true),
        ("extraction-holdout-88", "held-out set 88 (blind run read)", true),
        ("extraction-holdout-89", "held-out set 89 (blind run read)", true),
        ("extraction-holdout-90", "held-out set 90 (blind run read)", true),
        ("extraction-holdout-91", "held-out set 91 (blind run read)", true),
        ("extraction-holdout-92", "held-out set 92 (blind run read)", true),
        ("extraction-holdout-93", "held-out set 93 (blind run read)", true),
        ("extraction-holdout-94", "held-out set 94 (blind run read)", true),
        ("extraction-holdout-95", "held-out set 95 (blind run read)", true),
        ("extraction-holdout-96", "held-out set 96 (blind run read)", true),
        ("extraction-holdout-97", "held-out set 97 (blind run read)", true),
        ("extraction-holdout-98", "held-out set 98 (blind run read)", true),
        ("extraction-holdout-99", "held-out set 99 (blind run read)", true),
        ("extraction-holdout-100", "held-out set 100 (blind run read)", true),
        ("extraction-holdout-101", "held-out set 101 (blind run read)", true),
        ("extraction-holdout-102", "held-out set 102 (blind run read)", true),
        ("extraction-holdout-103", "held-out set 103 (blind run read)", true),
        ("extraction-holdout-104", "held-out set 104 (blind run read)", true),
        ("extraction-holdout-105", "held-out set 105 (blind run read)", true),
        ("extraction-holdout-106", "held-out set 106 (blind run read)", true),
        ("extraction-holdout-107", "held-out set 107 (blind run read)", true),
        ("extraction-holdout-108", "held-out set 108 (blind run read)", true),
        ("extraction-holdout-109", "held-out set 109 (blind run read)", true),
        ("extraction-holdout-110", "held-out set 110 (blind run read)", true),
        ("extraction-holdout-111", "held-out set 111 (blind run read)", true),
        ("extraction-holdout-112", "held-out set 112 (blind run read)", true),
        ("extraction-holdout-113", "held-out set 113 (blind run read)", true),
        ("extraction-holdout-114", "held-out set 114 (blind run read)", true),
        ("extraction-holdout-115", "held-out set 115 (blind run read)", true),
        ("extraction-holdout-116", "held-out set 116 (blind run read)", true),
        ("extraction-holdout-117", "held-out set 117 (blind run read)", true),
        ("extraction-holdout-118", "held-out set 118 (blind run read)", true),
        ("extraction-holdout-119", "held-out set 119 (blind run read)", true),
        ("extraction-holdout-120", "held-out set 120 (blind run read)", true),
        ("extraction-holdout-121", "held-out set 121 (blind run read)", true),
        ("extraction-holdout-122", "held-out set 122 (blind run read)", true),
        ("extraction-holdout-123", "held-out set 123 (blind run read)", true),
        ("extraction-holdout-124", "held-out set 124 (blind run read)", true),
        ("extraction-holdout-125", "held-out set 125 (blind run read)", true),
        ("extraction-holdout-126", "held-out set 126 (blind run read)", true),
        ("extraction-holdout-127", "held-out set 127 (blind run read)", true),
        ("extraction-holdout-128", "held-out set 128 (blind run read)", true),
        ("extraction-holdout-129", "held-out set 129 (blind run read)", true),
        ("extraction-holdout-130", "held-out set 130 (blind run read)", true),
        ("extraction-holdout-131", "held-out set 131 (blind run read)", true),
        ("extraction-holdout-132", "held-out set 132 (blind run read)", true),
        ("extraction-holdout-133", "held-out set 133 (blind run read)", true),
        ("extraction-holdout-134", "held-out set 134 (blind run read)", true),
        ("extraction-holdout-135", "held-out set 135 (blind run read)", true),
        ("extraction-holdout-136", "held-out set 136 (blind run read)", true),
        ("extraction-holdout-137", "held-out set 137 (blind run read)", true),
        ("extraction-holdout-138", "held-out set 138 (blind run read)", true),
        ("extraction-holdout-139", "held-out set 139 (blind run read)", true),
        ("extraction-holdout-140", "held-out set 140 (blind run read)", true),
        ("extraction-holdout-141", "held-out set 141 (blind run read)", true),
        ("extraction-holdout-142", "held-out set 142 (blind run read)", true),
        ("extraction-holdout-143", "held-out set 143 (blind run read)", true),
        ("extraction-holdout-144", "held-out set 144 (blind run read)", true),
        ("extraction-holdout-145", "held-out set 145 (blind run read)", true),
        ("extraction-holdout-146", "held-out set 146 (blind run read)", true),
        ("extraction-holdout-147", "held-out set 147 (blind run read)", true),
        ("extraction-holdout-148", "held-out set 148 (blind run read)", true),
        ("extraction-holdout-149", "held-out set 149 (blind run read)", true),
        ("extraction-holdout-150", "held-out set 150 (blind run read)", true),
        ("extraction-holdout-151", "held-out set 151 (blind run read)", true),
        ("extraction-holdout-152", "held-out set 152 (blind run read)", true),
        ("extraction-holdout-153", "held-out set 153 (blind run read)", true),
        ("extraction-holdout-154", "held-out set 154 (blind run read)", true),
        ("extraction-holdout-155", "held-out set 155 (blind run read)", true),
        ("extraction-holdout-156", "held-out set 156 (blind run read)", true),
        ("extraction-holdout-157", "held-out set 157 (blind run read)", true),
        ("extraction-holdout-158", "held-out set 158 (blind run read)", true),
        ("extraction-holdout-159", "held-out set 159 (blind run read)", true),
        ("extraction-holdout-160", "held-out set 160 (blind run read)", true),
        ("extraction-holdout-161", "held-out set 161 (blind run read)", true),
        ("extraction-holdout-162", "held-out set 162 (blind run read)", true),
        ("extraction-holdout-163", "held-out set 163 (blind run read)", true),
        ("extraction-holdout-164", "held-out set 164 (blind run read)", true),
        ("extraction-holdout-165", "held-out set 165 (blind run read)", true),
        ("extraction-holdout-166", "held-out set 166 (blind run read)", true),
        ("extraction-holdout-167", "held-out set 167 (blind run read)", true),
        ("extraction-holdout-168", "held-out set 168 (blind run read)", true),
        ("extraction-holdout-169", "held-out set 169 (blind run read)", true),
        ("extraction-holdout-170", "held-out set 170 (blind run read)", true),
        ("extraction-holdout-171", "held-out set 171 (blind run read)", true),
        ("extraction-holdout-172", "held-out set 172 (blind run read)", true),
        ("extraction-holdout-173", "held-out set 173 (blind run read)", true),
        ("extraction-holdout-174", "held-out set 174 (blind run read)", true),
        ("extraction-holdout-175", "held-out set 175 (blind run read)", true),
        ("extraction-holdout-176", "held-out set 176 (blind run read)", true),
        ("extraction-holdout-177", "held-out set 177 (blind run read)", true),
        ("extraction-holdout-178", "held-out set 178 (blind run read)", true),
        ("extraction-holdout-179", "held-out set 179 (blind run read)", true),
        ("extraction-holdout-180", "held-out set 180 (blind run read)", true),
        ("extraction-holdout-181", "held-out set 181 (blind run read)", true),
        ("extraction-holdout-182", "held-out set 182 (blind run read)", true),
        ("extraction-holdout-183", "held-out set 183 (blind run read)", true),
        ("extraction-holdout-184", "held-out set 184 (blind run read)", true),
        ("extraction-holdout-185", "held-out set 185 (blind run read)", true),
        ("extraction-holdout-186", "held-out set 186 (blind run read)", true),
        ("extraction-holdout-187", "held-out set 187 (blind run read)", true),
        ("extraction-holdout-188", "held-out set 188 (blind run read)", true),
        ("extraction-holdout-189", "held-out set 189 (blind run read)", true),
        ("extraction-holdout-190", "held-out set 190 (blind run read)", true),
        ("extraction-holdout-191", "held-out set 191 (blind run read)", true),
        ("extraction-holdout-192", "held-out set 192 (blind run read)", true),
        ("extraction-holdout-193", "held-out set 193 (blind run read)", true),
        ("extraction-holdout-194", "held-out set 194 (blind run read)", true),
        ("extraction-holdout-195", "held-out set 195 (blind run read)", true),
        ("extraction-holdout-196", "held-out set 196 (blind run read)", true),
        ("extraction-holdout-197", "held-out set 197 (blind run read)", true),
        ("extraction-holdout-198", "held-out set 198 (blind run read)", true),
        ("extraction-holdout-199", "held-out set 199 (blind run read)", true),
        ("extraction-holdout-200", "held-out set 200 (blind run read)", true),
        ("extraction-holdout-201", "held-out set 201 (blind run read)", true),
        ("extraction-holdout-202", "held-out set 202 (blind run read)", true),
        ("extraction-holdout-203", "held-out set 203 (blind run read)", true),
        ("extraction-holdout-204", "held-out set 204 (blind run read)", true),
        ("extraction-holdout-205", "held-out set 205 (blind run read)", true),
        ("extraction-holdout-206", "held-out set 206 (blind run read)", true),
        ("extraction-holdout-207", "held-out set 207 (blind run read)", true),
        ("extraction-holdout-208", "held-out set 208 (blind run read)", true),
        ("extraction-holdout-209", "held-out set 209 (blind run read)", true),
        ("extraction-holdout-210", "held-out set 210 (blind run read)", true),
        ("extraction-holdout-211", "held-out set 211 (blind run read)", true),
        ("extraction-holdout-212", "held-out set 212 (blind run read)", true),
        ("extraction-holdout-213", "held-out set 213 (blind run read)", true),
        ("extraction-holdout-214", "held-out set 214 (blind run read)", true),
        ("extraction-holdout-215", "held-out set 215 (blind run read)", true),
        ("extraction-holdout-216", "held-out set 216 (blind run read)", true),
        ("extraction-holdout-217", "held-out set 217 (blind run read)", true),
        ("extraction-holdout-218", "held-out set 218 (blind run read)", true),
        ("extraction-holdout-219", "held-out set 219 (blind run read)", true),
        ("extraction-holdout-220", "held-out set 220 (blind run read)", true),
        ("extraction-holdout-221", "held-out set 221 (blind run read)", true),
        ("extraction-holdout-222", "held-out set 222 (blind run read)", true),
        ("extraction-holdout-223", "held-out set 223 (blind run read)", true),
        ("extraction-holdout-224", "held-out set 224 (blind run read)", true),
        ("extraction-holdout-225", "held-out set 225 (blind run read)", true),
        ("extraction-holdout-226", "held-out set 226 (blind run read)", true),
        ("extraction-holdout-227", "held-out set 227 (blind run read)", true),
        ("extraction-holdout-228", "held-out set 228 (blind run read)", true),
        ("extraction-holdout-229", "held-out set 229 (blind run read)", true),
        ("extraction-holdout-230", "held-out set 230 (blind run read)", true),
        ("extraction-holdout-231", "held-out set 231 (blind run read)", true),
        ("extraction-holdout-232", "held-out set 232 (blind run read)", true),
        ("extraction-holdout-233", "held-out set 233 (blind run read)", true),
        ("extraction-holdout-234", "held-out set 234 (blind run read)", true),
        ("extraction-holdout-235", "held-out set 235 (blind run read)", true),
        ("extraction-holdout-236", "held-out set 236 (blind run read)", true),
        ("extraction-holdout-237", "held-out set 237 (blind run read)", true),
        ("extraction-holdout-238", "held-out set 238 (blind run read)", true),
        ("extraction-holdout-239", "held-out set 239 (blind run read)", true),
        ("extraction-holdout-240", "held-out set 240 (blind run read)", true),
        ("extraction-holdout-241", "held-out set 241 (blind run read)", true),
        ("extraction-holdout-242", "held-out set 242 (blind run read)", true),
        ("extraction-holdout-243", "held-out set 243 (blind run read)", true),
        ("extraction-holdout-244", "held-out set 244 (blind run read)", true),
        ("extraction-holdout-245", "held-out set 245 (blind run read)", true),
        ("extraction-holdout-246", "held-out set 246 (blind run read)", true),
        ("extraction-holdout-247", "held-out set 247 (blind run read)", true),
        ("extraction-holdout-248", "held-out set 248 (blind run read)", true),
        ("extraction-holdout-249", "held-out set 249 (blind run read)", true),
        ("extraction-holdout-250", "held-out set 250 (blind run read)", true),
        ("extraction-holdout-251", "held-out set 251 (blind run read)", true),
        ("extraction-holdout-252", "held-out set 252 (blind run read)", true),
        ("extraction-holdout-253", "held-out set 253 (blind run read)", true),
        ("extraction-holdout-254", "held-out set 254 (blind run read)", true),
        ("extraction-holdout-255", "held-out set 255 (blind run read)", true),
        ("extraction-holdout-256", "held-out set 256 (blind run read)", true),
        ("extraction-holdout-257", "held-out set 257 (blind run read)", true),
        ("extraction-holdout-258", "held-out set 258 (blind run read)", true),
        ("extraction-holdout-259", "held-out set 259 (blind run read)", true),
        ("extraction-holdout-260", "held-out set 260 (blind run read)", true),
        ("extraction-holdout-261", "held-out set 261 (blind run read)", true),
        ("extraction-holdout-262", "held-out set 262 (blind run read)", true),
        ("extraction-holdout-263", "held-out set 263 (blind run read)", true),
        ("extraction-holdout-264", "held-out set 264 (blind run read)", true),
        ("extraction-holdout-265", "held-out set 265 (blind run read)", true),
        ("extraction-holdout-266", "held-out set 266 (blind run read)", true),
        ("extraction-holdout-267", "held-out set 267 (blind run read)", true),
        ("extraction-holdout-268", "held-out set 268 (blind run read)", true),
        ("extraction-holdout-269", "held-out set 269 (blind run read)", true),
        ("extraction-holdout-270", "held-out set 270 (blind run read)", true),
        ("extraction-holdout-271", "held-out set 271 (blind run read)", true),
        ("extraction-holdout-272", "held-out set 272 (blind run read)", true),
        ("extraction-holdout-273", "held-out set 273 (blind run read)", true),
        ("extraction-holdout-274", "held-out set 274 (blind run read)", true),
        ("extraction-holdout-275", "held-out set 275 (blind run read)", true),
        ("extraction-holdout-276", "held-out set 276 (blind run read)", true),
        ("extraction-holdout-277", "held-out set 277 (blind run read)", true),
        ("extraction-holdout-278", "held-out set 278 (blind run read)", true),
        ("extraction-holdout-279", "held-out set 279 (blind run read)", true),
        ("extraction-holdout-280", "held-out set 280 (blind run read)", true),
        ("extraction-holdout-281", "held-out set 281 (blind run read)", true),
        ("extraction-holdout-282", "held-out set 282 (blind run read)", true),
        ("extraction-holdout-283", "held-out set 283 (blind run read)", true),
        ("extraction-holdout-284", "held-out set 284 (blind run read)", true),
        ("extraction-holdout-285", "held-out set 285 (blind run read)", true),
        ("extraction-holdout-286", "held-out set 286 (blind run read)", true),
        ("extraction-holdout-287", "held-out set 287 (blind run read)", true),
        ("extraction-holdout-288", "held-out set 288 (blind run read)", true),
        ("extraction-holdout-289", "held-out set 289 (blind run read)", true),
        ("extraction-holdout-290", "held-out set 290 (blind run read)", true),
        ("extraction-holdout-291", "held-out set 291 (blind run read)", true),
        ("extraction-holdout-292", "held-out set 292 (blind run read)", true),
        ("extraction-holdout-293", "held-out set 293 (blind run read)", true),
        ("extraction-holdout-294", "held-out set 294 (blind run read)", true),
        ("extraction-holdout-295", "held-out set 295 (blind run read)", true),
        ("extraction-holdout-296", "held-out set 296 (blind run read)", true),
        ("extraction-holdout-297", "held-out set 297 (blind run read)", true),
        ("extraction-holdout-298", "held-out set 298 (blind run read)", true),
        ("extraction-holdout-299", "held-out set 299 (blind run read)", true),
        ("extraction-holdout-300", "held-out set 300 (blind run read)", true),
        ("extraction-holdout-301", "held-out set 301 (blind run read)", true),
        ("extraction-holdout-302", "held-out set 302 (blind run read)", true),
        ("extraction-holdout-303", "held-out set 303 (blind run read)", true),
        ("extraction-holdout-304", "held-out set 304 (blind run read)", true),
        ("extraction-holdout-305", "held-out set 305 (blind run read)", true),
        ("extraction-holdout-306", "held-out set 306 (blind run read)", true),
        ("extraction-holdout-307", "held-out set 307 (blind run read)", true),
        ("extraction-holdout-308", "held-out set 308 (blind run read)", true),
        ("extraction-holdout-309", "held-out set 309 (blind run read)", true),
        ("extraction-holdout-310", "held-out set 310 (blind run read)", true),
        ("extraction-holdout-311", "held-out set 311 (blind run read)", true),
        ("extraction-holdout-312", "held-out set 312 (blind run read)", true),
        ("extraction-holdout-313", "held-out set 313 (blind run read)", true),
        ("extraction-holdout-314", "held-out set 314 (blind run read)", true),
        ("extraction-holdout-315", "held-out set 315 (blind run read)", true),
        ("extraction-holdout-316", "held-out set 316 (blind run read)", true),
        ("extraction-holdout-317", "held-out set 317 (blind run read)", true),
        ("extraction-holdout-318", "held-out set 318 (blind run read)", true),
        ("extraction-holdout-319", "held-out set 319 (blind run read)", true),
        ("extraction-holdout-320", "held-out set 320 (blind run read)", true),
        ("extraction-holdout-321", "held-out set 321 (blind run read)", true),
        ("extraction-holdout-322", "held-out set 322 (blind run read)", true),
        ("extraction-holdout-323", "held-out set 323 (blind run read)", true),
        ("extraction-holdout-324", "held-out set 324 (blind run read)", true),
        ("extraction-holdout-325", "held-out set 325 (blind run read)", true),
        ("extraction-holdout-326", "held-out set 326 (blind run read)", true),
        ("extraction-holdout-327", "held-out set 327 (blind run read)", true),
        ("extraction-holdout-328", "held-out set 328 (blind run read)", true),
        ("extraction-holdout-329", "held-out set 329 (blind run read)", true),
        ("extraction-holdout-330", "held-out set 330 (blind run read)", true),
        ("extraction-holdout-331", "held-out set 331 (blind run read)", true),
        ("extraction-holdout-332", "held-out set 332 (blind run read)", true),
        ("extraction-holdout-333", "held-out set 333 (blind run read)", true),
        ("extraction-holdout-334", "held-out set 334 (blind run read)", true),
        ("extraction-holdout-335", "held-out set 335 (blind run read)", true),
        ("extraction-holdout-336", "held-out set 336 (blind run read)", true),
        ("extraction-holdout-337", "held-out set 337 (blind run read)", true),
        ("extraction-holdout-338", "held-out set 338 (blind run read)", true),
        ("extraction-holdout-339", "held-out set 339 (blind run read)", true),
        ("extraction-holdout-340", "held-out set 340 (blind run read)", true),
        ("extraction-holdout-341", "held-out set 341 (blind run read)", true),
        ("extraction-holdout-342", "held-out set 342 (blind run read)", true),
        ("extraction-holdout-343", "held-out set 343 (blind run read)", true),
        ("extraction-holdout-344", "held-out set 344 (blind run read)", true),
        ("extraction-holdout-345", "held-out set 345 (blind run read)", true),
        ("extraction-holdout-346", "held-out set 346 (blind run read)", true),
        ("extraction-holdout-347", "held-out set 347 (blind run read)", true),
        ("extraction-holdout-348", "held-out set 348 (blind run read)", true),
        ("extraction-holdout-349", "held-out set 349 (blind run read)", true),
        ("extraction-holdout-350", "held-out set 350 (blind run read)", true),
        ("extraction-holdout-351", "held-out set 351 (blind run read)", true),
        ("extraction-holdout-352", "held-out set 352 (blind run read)", true),
        ("extraction-holdout-353", "held-out set 353 (blind run read)", true),
        ("extraction-holdout-354", "held-out set 354 (blind run read)", true),
        ("extraction-holdout-355", "held-out set 355 (blind run read)", true),
        ("extraction-holdout-356", "held-out set 356 (blind run read)", true),
        ("extraction-holdout-357", "held-out set 357 (blind run read)", true),
        ("extraction-holdout-358", "held-out set 358 (blind run read)", true),
        ("extraction-holdout-359", "held-out set 359 (blind run read)", true),
        ("extraction-holdout-360", "held-out set 360 (blind run read)", true),
        ("extraction-holdout-361", "held-out set 361 (blind run read)", true),
        ("extraction-holdout-362", "held-out set 362 (blind run read)", true),
        ("extraction-holdout-363", "held-out set 363 (blind run read)", true),
        ("extraction-holdout-364", "held-out set 364 (blind run read)", true),
        ("extraction-holdout-365", "held-out set 365 (blind run read)", true),
        ("extraction-holdout-366", "held-out set 366 (blind run read)", true),
        ("extraction-holdout-367", "held-out set 367 (blind run read)", true),
        ("extraction-holdout-368", "held-out set 368 (blind run read)", true),
        ("extraction-holdout-369", "held-out set 369 (blind run read)", true),
        ("extraction-holdout-370", "held-out set 370 (blind run read)", true),
        ("extraction-holdout-371", "held-out set 371 (blind run read)", true),
        ("extraction-holdout-372", "held-out set 372 (blind run read)", true),
        ("extraction-holdout-373", "held-out set 373 (blind run read)", true),
        ("extraction-holdout-374", "held-out set 374 (blind run read)", true),
        ("extraction-holdout-375", "held-out set 375 (blind run read)", true),
        ("extraction-holdout-376", "held-out set 376 (blind run read)", true),
        ("extraction-holdout-377", "held-out set 377 (blind run read)", true),
        ("extraction-holdout-378", "held-out set 378 (blind run read)", true),
        ("extraction-holdout-379", "held-out set 379 (blind run read)", true),
        ("extraction-holdout-380", "held-out set 380 (blind run read)", true),
        ("extraction-holdout-381", "held-out set 381 (blind run read)", true),
        ("extraction-holdout-382", "held-out set 382 (blind run read)", true),
        ("extraction-holdout-383", "held-out set 383 (blind run read)", true),
        ("extraction-holdout-384", "held-out set 384 (blind run read)", true),
        ("extraction-holdout-385", "held-out set 385 (blind run read)", true),
        ("extraction-holdout-386", "held-out set 386 (blind run read)", true),
        ("extraction-holdout-387", "held-out set 387 (blind run read)", true),
        ("extraction-holdout-388", "held-out set 388 (blind run read)", true),
        ("extraction-holdout-389", "held-out set 389 (blind run read)", true),
        ("extraction-holdout-390", "held-out set 390 (blind run read)", true),
        ("extraction-holdout-391", "held-out set 391 (blind run read)", true),
        ("extraction-holdout-392", "held-out set 392 (blind run read)", true),
        ("extraction-holdout-393", "held-out set 393 (blind run read)", true),
        ("extraction-holdout-394", "held-out set 394 (blind run read)", true),
        ("extraction-holdout-395", "held-out set 395 (blind run read)", true),
        ("extraction-holdout-396", "held-out set 396 (blind run read)", true),
        ("extraction-holdout-397", "held-out set 397 (blind run read)", true),
        ("extraction-holdout-398", "held-out set 398 (blind run read)", true),
        ("extraction-holdout-399", "held-out set 399 (blind run read)", true),
        ("extraction-holdout-400", "held-out set 400 (blind run read)", true),
        ("extraction-holdout-401", "held-out set 401 (blind run read)", true),
        ("extraction-holdout-402", "held-out set 402 (blind run read)", true),
        ("extraction-holdout-403", "held-out set 403 (blind run read)", true),
        ("extraction-holdout-404", "held-out set 404 (blind run read)", false),
        ("extraction-holdout-405", "held-out set 405 (blind run read)", true),
        ("extraction-holdout-406", "held-out set 406 (blind run read)", false),
        ("extraction-holdout-407", "held-out set 407 (blind run read)", false),
        ("extraction-holdout-408", "held-out set 408 (blind run read)", true),
        ("extraction-holdout-409", "held-out set 409 (blind run read)", false),
        ("extraction-holdout-410", "held-out set 410 (blind run read)", true),
        ("extraction-holdout-411", "held-out set 411 (blind run read)", false),
        ("extraction-holdout-412", "held-out set 412 (blind run read)", true),
        ("extraction-holdout-413", "held-out set 413 (blind run read)", true),
        ("extraction-holdout-414", "held-out set 414 (blind run read)", true),
        ("extraction-holdout-415", "held-out set 415 (blind run read)", false),
        ("extraction-holdout-416", "held-out set 416 (blind run read)", true),
        ("extraction-holdout-417", "held-out set 417 (blind run read)", true),
        ("extraction-holdout-418", "held-out set 418 (blind run read)", true),
        ("extraction-holdout-419", "held-out set 419 (blind run read)", true),
        ("extraction-holdout-420", "held-out set 420 (blind run read)", true),
        ("extraction-holdout-421", "held-out set 421 (blind run read)", true),
        ("extraction-holdout-422", "held-out set 422 (blind run read)", true),
        ("extraction-holdout-423", "held-out set 423 (blind run read)", false),
        ("extraction-holdout-424", "held-out set 424 (blind run read)", false),
        ("extraction-holdout-425", "held-out set 425 (blind run read)", true),
        ("extraction-holdout-426", "held-out set 426 (blind run read)", true),
        ("extraction-holdout-427", "held-out set 427 (blind run read)", false),
        ("extraction-holdout-428", "held-out set 428 (blind run read)", true),
        ("extraction-holdout-429", "held-out set 429 (blind run read)", true),
        ("extraction-holdout-430", "held-out set 430 (blind run read)", false),
        ("extraction-holdout-431", "held-out set 431 (blind run read)", true),
        ("extraction-holdout-432", "held-out set 432 (blind run read)", true),
        ("extraction-holdout-433", "held-out set 433 (blind run read)", true),
        ("extraction-holdout-434", "held-out set 434 (blind run read)", false),
        ("extraction-holdout-435", "held-out set 435 (blind run read)", true),
        ("extraction-holdout-436", "held-out set 436 (blind run read)", true),
        ("extraction-holdout-437", "held-out set 437 (blind run read)", true),
        ("extraction-holdout-438", "held-out set 438 (blind run read)", true),
        ("extraction-holdout-439", "held-out set 439 (blind run read)", false),
        ("extraction-holdout-440", "held-out set 440 (blind run read)", true),
        ("extraction-holdout-441", "held-out set 441 (blind run read)", true),
        ("extraction-holdout-442", "held-out set 442 (blind run read)", true),
        ("extraction-holdout-443", "held-out set 443 (blind run read)", true),
        ("extraction-holdout-444", "held-out set 444 (blind run read)", true),
        ("extraction-holdout-445", "held-out set 445 (blind run read)", true),
        ("extraction-holdout-446", "held-out set 446 (blind run read)", true),
        ("extraction-holdout-447", "held-out set 447 (blind run read)", true),
        ("extraction-holdout-448", "held-out set 448 (blind run read)", true),
        ("extraction-holdout-449", "held-out set 449 (blind run read)", true),
        ("extraction-holdout-450", "held-out set 450 (blind run read)", true),
        ("extraction-holdout-451", "held-out set 451 (blind run read)", true),
        ("extraction-holdout-452", "held-out set 452 (blind run read)", true),
        ("extraction-holdout-453", "held-out set 453 (blind run read)", true),
        ("extraction-holdout-454", "held-out set 454 (blind run read)", true),
        ("extraction-holdout-455", "held-out set 455 (blind run read)", true),
        ("extraction-holdout-456", "held-out set 456 (blind run read)", true),
        ("extraction-holdout-457", "held-out set 457 (blind run read)", false),
        ("extraction-holdout-458", "held-out set 458 (blind run read)", true),
        ("extraction-holdout-459", "held-out set 459 (blind run read)", true),
        ("extraction-holdout-460", "held-out set 460 (blind run read)", true),
        ("extraction-holdout-461", "held-out set 461 (blind run read)", true),
        ("extraction-holdout-462", "held-out set 462 (blind run read)", true),
        ("extraction-holdout-463", "held-out set 463 (blind run read)", true),
        ("extraction-holdout-464", "held-out set 464 (blind run read)", true),
        ("extraction-holdout-465", "held-out set 465 (blind run read)", true),
        ("extraction-holdout-466", "held-out set 466 (blind run read)", true),
        ("extraction-holdout-467", "held-out set 467 (blind run read)", true),
        ("extraction-holdout-468", "held-out set 468 (blind run read)", true),
        ("extraction-holdout-469", "held-out set 469 (blind run read)", true),
        ("extraction-holdout-470", "held-out set 470 (blind run read)", true),
        ("extraction-holdout-471", "held-out set 471 (blind run read)", true),
        ("extraction-holdout-472", "held-out set 472 (blind run read)", true),
        ("extraction-holdout-473", "held-out set 473 (blind run read)", true),
        ("extraction-holdout-474", "held-out set 474 (blind run read)", true),
        ("extraction-holdout-475", "held-out set 475 (blind run read)", true),
        ("extraction-holdout-476", "held-out set 476 (blind run read)", true),
        ("extraction-holdout-477", "held-out set 477 (blind run read)", true),
        ("extraction-holdout-478", "held-out set 478 (blind run read)", true),
        ("extraction-holdout-479", "held-out set 479 (blind run read)", true),
        ("extraction-holdout-480", "held-out set 480 (blind run read)", true),
        ("extraction-holdout-481", "held-out set 481 (blind run read)", true),
        ("extraction-holdout-482", "held-out set 482 (blind run read)", true),
        ("extraction-holdout-483", "held-out set 483 (blind run read)", true),
        ("extraction-holdout-484", "held-out set 484 (blind run read)", true),
        ("extraction-holdout-485", "held-out set 485 (blind run read)", true),
        ("extraction-holdout-486", "held-out set 486 (blind run read)", true),
        ("extraction-holdout-487", "held-out set 487 (blind run read)", true),
        ("extraction-holdout-488", "held-out set 488 (blind run read)", true),
        ("extraction-holdout-489", "held-out set 489 (blind run read)", true),
        ("extraction-holdout-490", "held-out set 490 (blind run read)", true),
        ("extraction-holdout-491", "held-out set 491 (blind run read)", true),
        ("extraction-holdout-492", "held-out set 492 (blind run read)", true),
        ("extraction-holdout-493", "held-out set 493 (blind run read)", true),
        ("extraction-holdout-494", "held-out set 494 (blind run read)", true),
        ("extraction-holdout-495", "held-out set 495 (blind run read)", true),
        ("extraction-holdout-496", "held-out set 496 (blind run read)", true),
        ("extraction-holdout-497", "held-out set 497 (blind run read)", true),
        ("extraction-holdout-498", "held-out set 498 (blind run read)", true),
        ("extraction-holdout-499", "held-out set 499 (blind run read)", true),
        ("extraction-holdout-500", "held-out set 500 (blind run read)", true),
        ("extraction-holdout-501", "held-out set 501 (blind run read)", true),
        ("extraction-holdout-502", "held-out set 502 (blind run read)", true),
        ("extraction-holdout-503", "held-out set 503 (blind run read)", true),
        ("extraction-holdout-504", "held-out set 504 (blind run read)", true),
        ("extraction-holdout-505", "held-out set 505 (blind run read)", true),
        ("extraction-holdout-506", "held-out set 506 (blind run read)", true),
        ("extraction-holdout-507", "held-out set 507 (blind run read)", true),
        ("extraction-holdout-508", "held-out set 508 (blind run read)", true),
        ("extraction-holdout-509", "held-out set 509 (blind run read)", true),
        ("extraction-holdout-510", "held-out set 510 (blind run read)", true),
        ("extraction-holdout-511", "held-out set 511 (blind run read)", true),
        ("extraction-holdout-512", "held-out set 512 (blind run read)", true),
        ("extraction-holdout-513", "held-out set 513 (blind run read)", true),
        ("extraction-holdout-514", "held-out set 514 (blind run read)", true),
        ("extraction-holdout-515", "held-out set 515 (blind run read)", true),
        ("extraction-holdout-516", "held-out set 516 (blind run read)", true),
        ("extraction-holdout-517", "held-out set 517 (blind run read)", true),
        ("extraction-holdout-518", "held-out set 518 (blind run read)", true),
        ("extraction-holdout-519", "held-out set 519 (blind run read)", true),
        ("extraction-holdout-520", "held-out set 520 (blind run read)", true),
        ("extraction-holdout-521", "held-out set 521 (blind run read)", true),
        ("extraction-holdout-522", "held-out set 522 (blind run read)", true),
        ("extraction-holdout-523", "held-out set 523 (blind run read)", true),
        ("extraction-holdout-524", "held-out set 524 (blind run read)", true),
        ("extraction-holdout-525", "held-out set 525 (blind run read)", true),
        ("extraction-holdout-526", "held-out set 526 (blind run read)", true),
        ("extraction-holdout-527", "held-out set 527 (blind run read)", true),
        ("extraction-holdout-528", "held-out set 528 (blind run read)", true),
        ("extraction-holdout-529", "held-out set 529 (blind run read)", true),
        ("extraction-holdout-530", "held-out set 530 (blind run read)", true),
        ("extraction-holdout-531", "held-out set 531 (blind run read)", true),
        ("extraction-holdout-532", "held-out set 532 (blind run read)", true),
        ("extraction-holdout-533", "held-out set 533 (blind run read)", true),
        ("extraction-holdout-534", "held-out set 534 (blind run read)", true),
        ("extraction-holdout-535", "held-out set 535 (blind run read)", true),
        ("extraction-holdout-536", "held-out set 536 (blind run read)", true),
        ("extraction-holdout-537", "held-out set 537 (blind run read)", true),
        ("extraction-holdout-538", "held-out set 538 (blind run read)", true),
        ("extraction-holdout-539", "held-out set 539 (blind run read)", true),
        ("extraction-holdout-540", "held-out set 540 (blind run read)", true),
        ("extraction-holdout-541", "held-out set 541 (blind run read)", true),
        ("extraction-holdout-542", "held-out set 542 (blind run read)", true),
        ("extraction-holdout-543", "held-out set 543 (blind run read)", true),
        ("extraction-holdout-544", "held-out set 544 (blind run read)", true),
        ("extraction-holdout-545", "held-out set 545 (blind run read)", true),
        ("extraction-holdout-546", "held-out set 546 (blind run read)", true),
        ("extraction-holdout-547", "held-out set 547 (blind run read)", true),
        ("extraction-holdout-548", "held-out set 548 (blind run read)", true),
        ("extraction-holdout-549", "held-out set 549 (blind run read)", true),
        ("extraction-holdout-550", "held-out set 550 (blind run read)", true),
        ("extraction-holdout-551", "held-out set 551 (blind run read)", true),
        ("extraction-holdout-552", "held-out set 552 (blind run read)", true),
        ("extraction-holdout-553", "held-out set 553 (blind run read)", true),
        ("extraction-holdout-554", "held-out set 554 (blind run read)", true),
        ("extraction-holdout-555", "held-out set 555 (blind run read)", true),
        ("extraction-holdout-556", "held-out set 556 (blind run read)", true),
        ("extraction-holdout-557", "held-out set 557 (blind run read)", true),
        ("extraction-holdout-558", "held-out set 558 (blind run read)", true),
        ("extraction-holdout-559", "held-out set 559 (blind run read)", true),
        ("extraction-holdout-560", "held-out set 560 (blind run read)", true),
        ("extraction-holdout-561", "held-out set 561 (blind run read)", true),
        ("extraction-holdout-562", "held-out set 562 (blind run read)", true),
        ("extraction-holdout-563", "held-out set 563 (blind run read)", true),
        ("extraction-holdout-564", "held-out set 564 (blind run read)", true),
        ("extraction-holdout-565", "held-out set 565 (blind run read)", true),
        ("extraction-holdout-566", "held-out set 566 (blind run read)", true),
        ("extraction-holdout-567", "held-out set 567 (blind run read)", true),
        ("extraction-holdout-568", "held-out set 568 (blind run read)", true),
        ("extraction-holdout-569", "held-out set 569 (blind run read)", true),
        ("extraction-holdout-570", "held-out set 570 (blind run read)", true),
        ("extraction-holdout-571", "held-out set 571 (blind run read)", true),
        ("extraction-holdout-572", "held-out set 572 (blind run read)", true),
        ("extraction-holdout-573", "held-out set 573 (blind run read)", true),
        ("extraction-holdout-574", "held-out set 574 (blind run read)", true),
        ("extraction-holdout-575", "held-out set 575 (blind run read)", true),
        ("extraction-holdout-576", "held-out set 576 (blind run read)", true),
        ("extraction-holdout-577", "held-out set 577 (blind run read)", true),
        ("extraction-holdout-578", "held-out set 578 (blind run read)", true),
        ("extraction-holdout-579", "held-out set 579 (blind run read)", true),
        ("extraction-holdout-580", "held-out set 580 (blind run read)", true),
        ("extraction-holdout-581", "held-out set 581 (blind run read)", true),
        ("extraction-holdout-582", "held-out set 582 (blind run read)", true),
        ("extraction-holdout-583", "held-out set 583 (blind run read)", true),
        ("extraction-holdout-584", "held-out set 584 (blind run read)", true),
        ("extraction-holdout-585", "held-out set 585 (blind run read)", true),
        ("extraction-holdout-586", "held-out set 586 (blind run read)", true),
        ("extraction-holdout-587", "held-out set 587 (blind run read)", true),
        ("extraction-holdout-588", "held-out set 588 (blind run read)", true),
        ("extraction-holdout-589", "held-out set 589 (blind run read)", true),
        ("extraction-holdout-590", "held-out set 590 (blind run read)", true),
        ("extraction-holdout-591", "held-out set 591 (blind run read)", true),
        ("extraction-holdout-592", "held-out set 592 (blind run read)", true),
        ("extraction-holdout-593", "held-out set 593 (blind run read)", true),
        ("extraction-holdout-594", "held-out set 594 (blind run read)", true),
        ("extraction-holdout-595", "held-out set 595 (blind run read)", true),
        ("extraction-holdout-596", "held-out set 596 (blind run read)", true),
        ("extraction-holdout-597", "held-out set 597 (blind run read)", true),
        ("extraction-holdout-598", "held-out set 598 (blind run read)", true),
        ("extraction-holdout-599", "held-out set 599 (blind run read)", true),
        ("extraction-holdout-600", "held-out set 600 (blind run read)", true),
        ("extraction-holdout-601", "held-out set 601 (blind run read)", true),
        ("extraction-holdout-602", "held-out set 602 (blind run read)", true),
        ("extraction-holdout-603", "held-out set 603 (blind run read)", true),
        ("extraction-holdout-604", "held-out set 604 (blind run read)", true),
        ("extraction-holdout-605", "held-out set 605 (blind run read)", true),
        ("extraction-holdout-606", "held-out set 606 (blind run read)", true),
        ("extraction-holdout-607", "held-out set 607 (blind run read)", true),
        ("extraction-holdout-608", "held-out set 608 (blind run read)", true),
        ("extraction-holdout-609", "held-out set 609 (blind run read)", true),
        ("extraction-holdout-610", "held-out set 610 (blind run read)", true),
        ("extraction-holdout-611", "held-out set 611 (blind run read)", true),
        ("extraction-holdout-612", "held-out set 612 (blind run read)", true),
        ("extraction-holdout-613", "held-out set 613 (blind run read)", true),
        ("extraction-holdout-614", "held-out set 614 (blind run read)", true),
        ("extraction-holdout-615", "held-out set 615 (blind run read)", false),
        ("extraction-holdout-616", "held-out set 616 (blind run read)", true),
        ("extraction-holdout-617", "held-out set 617 (blind run read)", true),
        ("extraction-holdout-618", "held-out set 618 (blind run read)", true),
        ("extraction-holdout-619", "held-out set 619 (blind run read)", true),
        ("extraction-holdout-620", "held-out set 620 (blind run read)", true),
        ("extraction-holdout-621", "held-out set 621 (blind run read)", true),
        ("extraction-holdout-622", "held-out set 622 (blind run read)", true),
        ("extraction-holdout-623", "held-out set 623 (blind run read)", true),
        ("extraction-holdout-624", "held-out set 624 (blind run read)", true),
        ("extraction-holdout-625", "held-out set 625 (blind run read)", true),
        ("extraction-holdout-626", "held-out set 626 (blind run read)", true),
        ("extraction-holdout-627", "held-out set 627 (blind run read)", true),
        ("extraction-holdout-628", "held-out set 628 (blind run read)", true),
        ("extraction-holdout-629", "held-out set 629 (blind run read)", true),
        ("extraction-holdout-630", "held-out set 630 (blind run read)", true),
        ("extraction-holdout-631", "held-out set 631 (blind run read)", true),
        ("extraction-holdout-632", "held-out set 632 (blind run read)", true),
        ("extraction-holdout-633", "held-out set 633 (blind run read)", true),
        ("extraction-holdout-634", "held-out set 634 (blind run read)", true),
        ("extraction-holdout-635", "held-out set 635 (blind run read)", true),
        ("extraction-holdout-636", "held-out set 636 (blind run read)", true),
        ("extraction-holdout-637", "held-out set 637 (blind run read)", true),
        ("extraction-holdout-638", "held-out set 638 (blind run read)", true),
        ("extraction-holdout-639", "held-out set 639 (blind run read)", true),
        ("extraction-holdout-640", "held-out set 640 (blind run read)", true),
        ("extraction-holdout-641", "held-out set 641 (blind run read)", true),
        ("extraction-holdout-642", "held-out set 642 (blind run read)", true),
        ("extraction-holdout-643", "held-out set 643 (blind run read)", true),
        ("extraction-holdout-644", "held-out set 644 (blind run read)", true),
        ("extraction-holdout-645", "held-out set 645 (blind run read)", true),
        ("extraction-holdout-646", "held-out set 646 (blind run read)", true),
        ("extraction-holdout-647", "held-out set 647 (blind run read)", true),
        ("extraction-holdout-648", "held-out set 648 (blind run read)", true),
        ("extraction-holdout-649", "held-out set 649 (blind run read)", true),
        ("extraction-holdout-650", "held-out set 650 (blind run read)", true),
        ("extraction-holdout-651", "held-out set 651 (blind run read)", true),
        ("extraction-holdout-652", "held-out set 652 (blind run read)", true),
        ("extraction-holdout-653", "held-out set 653 (blind run read)", true),
        ("extraction-holdout-654", "held-out set 654 (blind run read)", true),
        ("extraction-holdout-655", "held-out set 655 (blind run read)", true),
        ("extraction-holdout-656", "held-out set 656 (blind run read)", true),
        ("extraction-holdout-657", "held-out set 657 (blind run read)", true),
        ("extraction-holdout-658", "held-out set 658 (blind run read)", true),
        ("extraction-holdout-659", "held-out set 659 (blind run read)", true),
        ("extraction-holdout-660", "held-out set 660 (blind run read)", true),
        ("extraction-holdout-661", "held-out set 661 (blind run read)", true),
        ("extraction-holdout-662", "held-out set 662 (blind run read)", true),
        ("extraction-holdout-663", "held-out set 663 (blind run read)", true),
        ("extraction-holdout-664", "held-out set 664 (blind run read)", true),
        ("extraction-holdout-665", "held-out set 665 (blind run read)", true),
        ("extraction-holdout-666", "held-out set 666 (blind run read)", true),
        ("extraction-holdout-667", "held-out set 667 (blind run read)", true),
        ("extraction-holdout-668", "held-out set 668 (blind run read)", true),
        ("extraction-holdout-669", "held-out set 669 (blind run read)", true),
        ("extraction-holdout-670", "held-out set 670 (blind run read)", true),
        ("extraction-holdout-671", "held-out set 671 (blind run read)", true),
        ("extraction-holdout-672", "held-out set 672 (blind run read)", true),
        ("extraction-holdout-673", "held-out set 673 (blind run read)", true),
        ("extraction-holdout-674", "held-out set 674 (blind run read)", true),
        ("extraction-holdout-675", "held-out set 675 (blind run read)", true),
        ("extraction-holdout-676", "held-out set 676 (blind run read)", true),
        ("extraction-holdout-677", "held-out set 677 (blind run read)", true),
        ("extraction-holdout-678", "held-out set 678 (blind run read)", true),
        ("extraction-holdout-679", "held-out set 679 (blind run read)", true),
        ("extraction-holdout-680", "held-out set 680 (blind run read)", true),
        ("extraction-holdout-681", "held-out set 681 (blind run read)", true),
        ("extraction-holdout-682", "held-out set 682 (blind run read)", true),
        ("extraction-holdout-683", "held-out set 683 (blind run read)", true),
        ("extraction-holdout-684", "held-out set 684 (blind run read)", true),
        ("extraction-holdout-685", "held-out set 685 (blind run read)", true),
        ("extraction-holdout-686", "held-out set 686 (blind run read)", true),
        ("extraction-holdout-687", "held-out set 687 (blind run read)", true),
        ("extraction-holdout-688", "held-out set 688 (blind run read)", true),
        ("extraction-holdout-689", "held-out set 689 (blind run read)", true),
        ("extraction-holdout-690", "held-out set 690 (blind run read)", true),
        ("extraction-holdout-691", "held-out set 691 (blind run read)", true),
        ("extraction-holdout-692", "held-out set 692 (blind run read)", true),
        ("extraction-holdout-693", "held-out set 693 (blind run read)", true),
        ("extraction-holdout-694", "held-out set 694 (blind run read)", true),
        ("extraction-holdout-695", "held-out set 695 (blind run read)", true),
        ("extraction-holdout-696", "held-out set 696 (blind run read)", true),
        ("extraction-holdout-697", "held-out set 697 (blind run read)", true),
        ("extraction-holdout-698", "held-out set 698 (blind run read)", true),
        ("extraction-holdout-699", "held-out set 699 (blind run read)", true),
        ("extraction-holdout-700", "held-out set 700 (blind run read)", true),
        ("extraction-holdout-701", "held-out set 701 (blind run read)", true),
        ("extraction-holdout-702", "held-out set 702 (blind run read)", true),
        ("extraction-holdout-703", "held-out set 703 (blind run read)", true),
        ("extraction-holdout-704", "held-out set 704 (blind run read)", true),
        ("extraction-holdout-705", "held-out set 705 (blind run read)", true),
        ("extraction-holdout-706", "held-out set 706 (blind run read)", true),
        ("extraction-holdout-707", "held-out set 707 (blind run read)", true),
        ("extraction-holdout-708", "held-out set 708 (blind run read)", true),
        ("extraction-holdout-709", "held-out set 709 (blind run read)", true),
        ("extraction-holdout-710", "held-out set 710 (blind run read)", true),
        ("extraction-holdout-711", "held-out set 711 (blind run read)", true),
        ("extraction-holdout-712", "held-out set 712 (blind run read)", true),
        ("extraction-holdout-713", "held-out set 713 (blind run read)", true),
        ("extraction-holdout-714", "held-out set 714 (blind run read)", true),
        ("extraction-holdout-715", "held-out set 715 (blind run read)", true),
        ("extraction-holdout-716", "held-out set 716 (blind run read)", true),
        ("extraction-holdout-717", "held-out set 717 (blind run read)", true),
        ("extraction-holdout-718", "held-out set 718 (blind run read)", true),
        ("extraction-holdout-719", "held-out set 719 (blind run read)", true),
        ("extraction-holdout-720", "held-out set 720 (blind run read)", true),
        ("extraction-holdout-721", "held-out set 721 (blind run read)", true),
        ("extraction-holdout-722", "held-out set 722 (blind run read)", true),
        ("extraction-holdout-723", "held-out set 723 (blind run read)", true),
        ("extraction-holdout-724", "held-out set 724 (blind run read)", true),
        ("extraction-holdout-725", "held-out set 725 (blind run read, provinces 10/12)", false),
        ("extraction-holdout-726", "held-out set 726 (blind run read)", true),
        ("extraction-holdout-727", "held-out set 727 (blind run read)", true),
        ("extraction-holdout-728", "held-out set 728 (blind run read)", true),
        ("extraction-holdout-729", "held-out set 729 (blind run read)", true),
        ("extraction-holdout-730", "held-out set 730 (blind run read)", true),
        ("extraction-holdout-731", "held-out set 731 (blind run read)", true),
        ("extraction-holdout-732", "held-out set 732 (blind run read)", true),
        ("extraction-holdout-733", "held-out set 733 (blind run read)", true),
        ("extraction-holdout-734", "held-out set 734 (blind run read)", true),
        ("extraction-holdout-735", "held-out set 735 (blind run read)", true),
        ("extraction-holdout-736", "held-out set 736 (blind run read)", true),
        ("extraction-holdout-737", "held-out set 737 (blind run read)", true),
        ("extraction-holdout-738", "held-out set 738 (blind run read)", true),
        ("extraction-holdout-739", "held-out set 739 (blind run read)", true),
        ("extraction-holdout-740", "held-out set 740 (blind run read)", true),
        ("extraction-holdout-741", "held-out set 741 (blind run read)", true),
        ("extraction-holdout-742", "held-out set 742 (blind run read)", true),
        ("extraction-holdout-743", "held-out set 743 (blind run read)", true),
        ("extraction-holdout-744", "held-out set 744 (blind run read)", true),
        ("extraction-holdout-745", "held-out set 745 (blind run read, dates 9/11)", false),
        ("extraction-holdout-746", "held-out set 746 (blind run read)", true),
        ("extraction-holdout-747", "held-out set 747 (blind run read)", true),
        ("extraction-holdout-748", "held-out set 748 (blind run read)", true),
        ("extraction-holdout-749", "held-out set 749 (blind run read)", true),
        ("extraction-holdout-750", "held-out set 750 (blind run read)", true),
        ("extraction-holdout-751", "held-out set 751 (blind run read, awards 5/12)", false),
        ("extraction-holdout-752", "held-out set 752 (blind run read)", true),
        ("extraction-holdout-753", "held-out set 753 (blind run read)", true),
        ("extraction-holdout-754", "held-out set 754 (blind run read)", true),
        ("extraction-holdout-755", "held-out set 755 (blind run read)", true),
        ("extraction-holdout-756", "held-out set 756 (blind run read)", true),
        ("extraction-holdout-757", "held-out set 757 (blind run read)", true),
        ("extraction-holdout-758", "held-out set 758 (blind run read)", true),
        ("extraction-holdout-759", "held-out set 759 (blind run read)", true),
        ("extraction-holdout-760", "held-out set 760 (blind run read)", true),
        ("extraction-holdout-761", "held-out set 761 (blind run read)", true),
        ("extraction-holdout-762", "held-out set 762 (blind run read)", true),
        ("extraction-holdout-763", "held-out set 763 (blind run read)", true),
        ("extraction-holdout-764", "held-out set 764 (blind run read)", true),
        ("extraction-holdout-765", "held-out set 765 (blind run read)", true),
        ("extraction-holdout-766", "held-out set 766 (blind run read)", true),
        ("extraction-holdout-767", "held-out set 767 (blind run read)", true),
        ("extraction-holdout-768", "held-out set 768 (blind run read)", true),
        ("extraction-holdout-769", "held-out set 769 (blind run read)", true),
        ("extraction-holdout-770", "held-out set 770 (blind run read)", true),
        ("extraction-holdout-771", "held-out set 771 (blind run read)", true),
        ("extraction-holdout-772", "held-out set 772 (blind run read)", true),
        ("extraction-holdout-773", "held-out set 773 (blind run read)", true),
        ("extraction-holdout-774", "held-out set 774 (blind run read)", true),
        ("extraction-holdout-775", "held-out set 775 (blind run read)", true),
        ("extraction-holdout-776", "held-out set 776 (blind run read)", true),
        ("extraction-holdout-777", "held-out set 777 (blind run read)", true),
        ("extraction-holdout-778", "held-out set 778 (blind run read)", true),
        ("extraction-holdout-779", "held-out set 779 (blind run read)", true),
        ("extraction-holdout-780", "held-out set 780 (blind run read)", true),
        ("extraction-holdout-781", "held-out set 781 (blind run read)", true),
        ("extraction-holdout-782", "held-out set 782 (blind run read)", true),
        ("extraction-holdout-783", "held-out set 783 (blind run read)", true),
        ("extraction-holdout-784", "held-out set 784 (blind run read)", true),
        ("extraction-holdout-785", "held-out set 785 (blind run read)", true),
        ("extraction-holdout-786", "held-out set 786 (blind run read)", true),
        ("extraction-holdout-787", "held-out set 787 (blind run read)", true),
        ("extraction-holdout-788", "held-out set 788 (blind run read)", true),
        ("extraction-holdout-789", "held-out set 789 (blind run read)", true),
        ("extraction-holdout-790", "held-out set 790 (blind run read)", true),
        ("extraction-holdout-791", "held-out set 791 (blind run read)", true),
        ("extraction-holdout-792", "held-out set 792 (blind run read)", true),
        ("extraction-holdout-793", "held-out set 793 (blind run read)", true),
        ("extraction-holdout-794", "held-out set 794 (blind run read)", true),
        ("extraction-holdout-795", "held-out set 795 (blind run read)", true),
        ("extraction-holdout-796", "held-out set 796 (blind run read)", true),
        ("extraction-holdout-797", "held-out set 797 (blind run read)", true),
        ("extraction-holdout-798", "held-out set 798 (blind run read)", true),
        ("extraction-holdout-799", "held-out set 799 (blind run read)", true),
        ("extraction-holdout-800", "held-out set 800 (blind run read)", true),
        ("extraction-holdout-801", "held-out set 801 (blind run read)", true),
        ("extraction-holdout-802", "held-out set 802 (blind run read)", true),
        ("extraction-holdout-803", "held-out set 803 (blind run read)", true),
        ("extraction-holdout-804", "held-out set 804 (blind run read)", true),
        ("extraction-holdout-805", "held-out set 805 (blind run read)", true),
        ("extraction-holdout-806", "held-out set 806 (blind run read)", true),
        ("extraction-holdout-807", "held-out set 807 (blind run read)", true),
        ("extraction-holdout-808", "held-out set 808 (blind run read)", true),
    ]

    @Test(arguments: heldOut.indices)
    func accuracyOnAHeldOutSet(_ index: Int) throws {
        let (folder, name, mended) = Self.heldOut[index]
        let url = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/" + folder)
        guard Self.present(url) else {
            print("Tests/Fixtures/\(folder) is absent: \(name) not measured")
            return
        }
        let figures = try evaluate(url, name: name)
        #expect(figures.undatedRight == figures.undated, "no day invented in \(name)")
        guard mended else { return }
        #expect(Double(figures.datedRight) >= 0.9 * Double(figures.dated), "\(name): dates fell below 90 %")
        #expect(Double(figures.provincesRight) >= 0.9 * Double(figures.provinces), "\(name): provinces fell below 90 %")
        #expect(Double(figures.awardsRight) >= 0.8 * Double(figures.awardArticles), "\(name): awards fell below 80 %")
    }

    func evaluate(_ folder: URL, name: String) throws -> Figures {
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: folder.appendingPathComponent("expected.json")))
        var dated = 0, datedRight = 0, undatedRight = 0, undated = 0
        var provinces = 0, provincesRight = 0, units = 0, unitsRight = 0, types = 0, typesRight = 0
        var awardArticles = 0, awardsRight = 0, invented = 0
        var people = 0, peopleFound = 0, peopleExtra = 0, titles = 0, titlesRight = 0
        var misses: [String] = []
        for entry in expected.articles {
            let data = try Data(contentsOf: folder.appendingPathComponent(entry.file))
            let article = try #require(Fixtures.loader.load(SourceFile(relativePath: "articles/" + entry.file, displayPath: entry.file, data: data)).article)
            let facts = Fixtures.extractor.extract(article).facts
            if let date = entry.event_date {
                dated += 1
                if facts.eventDate.date?.iso == date { datedRight += 1 } else { misses.append("\(entry.file) date \(facts.eventDate.date?.iso ?? "nil") ≠ \(date)") }
            } else {
                undated += 1
                if facts.eventDate.date == nil { undatedRight += 1 } else { misses.append("\(entry.file) invented date \(facts.eventDate.date!.iso)") }
            }
            if let province = entry.province {
                provinces += 1
                // After the 2025 merger an article names the new province; Chronicle gives the one of the 63 the
                // place was in, with that successor beside it. Keys written either way are right.
                let merged = (facts.eventDate.date?.iso ?? entry.undated_estimate ?? "") >= "2025-07-01"
                    && Self.samePlace(facts.province?.successor2025, province)
                // A central body meeting in a province ("tại TP Vinh, Ban Tuyên giáo Trung ương tổ chức …"): Chronicle gives
                // the province it met in; older keys wrote "Trung ương". Both are where it belongs.
                let centralAway = province == Gazetteer.central && facts.organizer?.level == "trung-uong"
                    && facts.province?.inferredFrom.hasPrefix("nơi tổ chức") == true
                if Self.samePlace(facts.province?.name, province) || merged || centralAway { provincesRight += 1 } else { misses.append("\(entry.file) province \(facts.province?.name ?? "nil") ≠ \(province)") }
            }
            if let unit = entry.organizer_unit {
                units += 1
                if Self.samePlace(facts.organizer?.unit ?? facts.organizer?.phrase, unit) { unitsRight += 1 } else {
                    misses.append("\(entry.file) unit \(facts.organizer?.unit ?? facts.organizer?.phrase ?? "nil") ≠ \(unit)")
                }
            }
            types += 1
            if Self.sameType(facts.eventType, entry.event_type) { typesRight += 1 } else { misses.append("\(entry.file) type \(facts.eventType) ≠ \(entry.event_type)") }

            let expectedAwards = Self.perGiverAndKind(entry.awards.map { Tally(giver: $0.giver, giverFrom: nil, kind: $0.kind, collectives: $0.collectives ?? 0,
                                                                                 individuals: $0.individuals ?? 0, combined: $0.combined ?? 0) })
            let foundAwards = Self.perGiverAndKind(facts.awards.map { Tally(giver: $0.giver, giverFrom: $0.giverFrom, kind: $0.kind, collectives: $0.collectives ?? 0,
                                                                              individuals: $0.individuals ?? 0, combined: $0.combined ?? 0) })
            let want = expectedAwards.map(\.counts).sorted()
            let got = foundAwards.map(\.counts).sorted()
            let giversMatch = expectedAwards.allSatisfy { award in
                // A key naming no giver ("5 tập thể … được biểu dương") matches one taken from the organizer and marked so.
                foundAwards.contains { $0.counts == award.counts && (Self.sameGiver($0.giver, award.giver) || (award.giver == nil && $0.giverFrom == "organizer")) }
            }
            awardArticles += 1
            if want == got && giversMatch { awardsRight += 1 } else {
                misses.append("\(entry.file) awards \(foundAwards.map(\.line)) ≠ \(expectedAwards.map(\.line))")
            }
            invented += got.filter { !want.contains($0) }.count
            if let expectedPeople = entry.people {
                // Names compare folded. Every person of the key counts for titles, found or not; a key's null title is right
                // only when none is given. Titles compare word for word, folded, punctuation aside ("tỉnh" is kept).
                func plain(_ title: String?) -> String { VietnameseFolding.looseWords(title ?? "").joined(separator: " ") }
                let found = Dictionary(facts.people.map { (Self.key($0.name), $0) }, uniquingKeysWith: { first, _ in first })
                let wanted = Set(expectedPeople.map { Self.key($0.name) })
                people += wanted.count
                titles += wanted.count
                var seen: Set<String> = []
                for person in expectedPeople where seen.insert(Self.key(person.name)).inserted {
                    guard let match = found[Self.key(person.name)] else { misses.append("\(entry.file) person missing \(person.name)"); continue }
                    peopleFound += 1
                    if plain(match.title) == plain(person.title) { titlesRight += 1 } else {
                        misses.append("\(entry.file) title of \(person.name) \(match.title ?? "nil") ≠ \(person.title ?? "nil")")
                    }
                }
                for extra in Set(found.keys).subtracting(wanted) {
                    peopleExtra += 1
                    misses.append("\(entry.file) person extra \(found[extra]!.name) (\(found[extra]!.title ?? "nil"))")
                }
            }
        }
        func percent(_ a: Int, _ b: Int) -> String { b == 0 ? "n/a" : String(format: "%.0f%% (%d/%d)", 100.0 * Double(a) / Double(b), a, b) }
        let report = ("""
        Extraction on \(expected.articles.count) articles of \(name):
          event date exact   \(percent(datedRight, dated))
          undated kept so    \(percent(undatedRight, undated))
          province           \(percent(provincesRight, provinces))
          organizer unit     \(percent(unitsRight, units))
          event type         \(percent(typesRight, types))
          awards all right   \(percent(awardsRight, awardArticles))
          invented awards    \(invented)
        \(people == 0 ? "" : "  people named       \(percent(peopleFound, people))\n  people extra       \(peopleExtra)\n  people titles      \(percent(titlesRight, titles))\n")\
        \(misses.map { "  miss: " + $0 }.joined(separator: "\n"))

        """)
        // Written in one piece to standard error so parallel tests do not interleave or lose it.
        FileHandle.standardError.write(Data(report.utf8))
        return Figures(dated: dated, datedRight: datedRight, undated: undated, undatedRight: undatedRight, provinces: provinces,
                       provincesRight: provincesRight, units: units, unitsRight: unitsRight, types: types, typesRight: typesRight,
                       awardArticles: awardArticles, awardsRight: awardsRight, invented: invented, people: people, peopleFound: peopleFound,
                       peopleExtra: peopleExtra, titles: titles, titlesRight: titlesRight, misses: misses)
    }
}

private extension String {
    /// Each key of `table` written as whole words, replaced by its value.
    func replacingWords(_ table: [String: String]) -> String {
        table.reduce(" " + self + " ") { text, entry in text.replacingOccurrences(of: " " + entry.key + " ", with: " " + entry.value + " ") }
            .trimmingCharacters(in: .whitespaces)
    }
}
