import Foundation

/// Vietnam's provinces (before the 2025 merger), their districts, their 2025 successors and the
/// newspapers that name them, from `gazetteer/*.yml` (see the README there).
public struct Gazetteer: Sendable {
    public struct Province: Codable, Sendable {
        public var id: String
        public var name: String
        public var kind: String?
        public var region: String?
        public var successor_2025: String?
        public var aliases: [String]?
        public var districts: [String]?
        /// Districts abolished before `districts` was drawn up, which articles of their time still name: "huyện Hoành Bồ" (2019).
        public var former_districts: [String]?
        /// Other spellings of districts the press uses, to the name in `districts`: "Krông Ana" → "Krông A Na".
        public var district_aliases: [String: String]?
        public var name_needs_kind_word: Bool?
        /// District names (as in `districts`, without their kind) that are mostly not the place: they count only after their kind
        /// word. "Điện Biên Phủ" is a street in every city and the 1954 victory; "thành phố Điện Biên Phủ" is the place.
        public var districts_needing_kind_word: [String]?
        /// The capital, where central bodies sit: a central body meeting there is of no province.
        public var seat_of_central_bodies: Bool?
    }

    public struct Successor: Codable, Sendable {
        public var name: String
        public var kind: String?
        public var seat: String?
        public var merged_from: [String]?
        /// When it took office, if not with the others (`SuccessorsFile.in_force`): Huế on 1 January 2025.
        public var in_force: CalendarDate?
    }

    public struct Newspaper: Codable, Sendable {
        public var name: String
        public var tags: [String]?
        public var domains: [String]?
        public var province: String?
    }

    struct ProvincesFile: Codable { var schema: String; var provinces: [Province] }
    struct SuccessorsFile: Codable {
        var schema: String; var in_force: CalendarDate?; var former_markers: [String]?; var new_markers: [String]?; var successors: [Successor]
    }
    /// Communes the gazetteer's districts do not tell: towns before the merger, by province; communes from 2025, by successor.
    struct CommunesFile: Codable {
        var schema: String
        /// "thị trấn": the word before each of `towns`.
        var town_word: String?
        /// "huyện": districts whose town mostly bears their name ("thị trấn Phong Điền" of huyện Phong Điền).
        var town_district_words: [String]?
        /// "xã", "phường", "đặc khu": the words `communes_2025` open with.
        var commune_words: [String]?
        var towns: [String: [String]]?
        var communes_2025: [String: [String]]?
        /// The file it was read from, for errors (not in the file).
        var file: String?
    }
    struct NewspapersFile: Codable {
        var schema: String; var site_names: [String]?; var paper_words: [String]?; var merged_paper_words: [String]?; var address_words: [String]?
        var tag_list_words: [String]?; var newspapers: [Newspaper]
    }

    /// A place named in text.
    public enum Place: Sendable, Hashable {
        case province(Int)
        /// A district: its name without the kind word, its kind (huyện, quận…), its province.
        case district(name: String, kind: String, province: Int)
        /// A town (thị trấn) before the 2025 merger, or a commune, ward or special zone from it on (`since2025`); its province
        /// the one it was in, or the namesake of the successor it is in ("phường Thủ Dầu Một": Hồ Chí Minh).
        case commune(name: String, kind: String, province: Int, since2025: Bool)

        public var isProvince: Bool {
            if case .province = self { return true } else { return false }
        }

        public var isDistrict: Bool {
            if case .district = self { return true } else { return false }
        }

        public var provinceIndex: Int {
            switch self {
            case .province(let index), .district(_, _, let index), .commune(_, _, let index, _): return index
            }
        }
    }

    public let provinces: [Province]
    public let successors: [Successor]
    /// The day the 2025 successors took office (successors-2025.yml `in_force`).
    public let successorsInForce: CalendarDate?
    /// Written right after a place or body that the 2025 reorganization ended ("tỉnh Hà Giang (cũ)"), or made
    /// ("xã Mèo Vạc (mới)"): an article after the merger names its past and present this way.
    public let formerMarkers: [String]
    public let newMarkers: [String]
    public let newspapers: [Newspaper]
    /// Key (`key(_:spelling:)`) of every name, alias and district → the places it can mean.
    let places: [String: [Place]]
    /// Key of a commune's place word and name ("thị trấn tràm chim", "phường thủ dầu một") → the communes it can mean.
    let communes: [String: [Place]]
    /// Words of the longest commune name, without its place word.
    let longestCommuneName: Int
    /// Keys that name a place only after a kind word ("thành phố Hồ Chí Minh", "quận 1").
    let needsKindWord: Set<String>
    let longestName: Int
    private let newspaperByTag: [String: Int]

    /// The name used for bodies of the whole country.
    public static let central = "Trung ương"

    /// Names compare lowercased with their spelling folded and punctuation dropped, diacritics
    /// kept: "Thạnh Hóa" (a district of Long An) is not "Thanh Hóa" (a province).
    static func key(_ text: String, spelling: SpellingFolder) -> String {
        PlaceFinder.words(spelling.fold(text)).map(\.key).joined(separator: " ")
    }

    let spelling: SpellingFolder
    /// Keys of the words a site's banner begins with (newspapers.yml `site_names`).
    let siteNamePrefixes: [String]
    /// Keys of the words a site's address line opens with (newspapers.yml `address_words`).
    let addressWords: [String]
    /// Keys of the words a story's list of tags opens with, before a colon (newspapers.yml `tag_list_words`).
    let tagListWords: [String]
    /// Keys of the words a paper's name opens with and a banner may drop (newspapers.yml `paper_words`).
    let paperWords: [String]
    /// Keys of what a paper's name opens with since it merged with the radio-TV station (newspapers.yml `merged_paper_words`).
    let mergedPaperWords: [String]

    init(provinces: [ProvincesFile], successors: [SuccessorsFile], communes: [CommunesFile] = [], newspapers: [NewspapersFile],
         spelling: SpellingFolder) throws {
        self.spelling = spelling
        var merged: [Province] = []
        var indexByID: [String: Int] = [:]
        for file in provinces {
            for entry in file.provinces {
                if let index = indexByID[entry.id] {
                    // A user's entry with a known id extends it.
                    var province = merged[index]
                    province.aliases = Self.union(province.aliases, entry.aliases)
                    province.districts = Self.union(province.districts, entry.districts)
                    province.former_districts = Self.union(province.former_districts, entry.former_districts)
                    province.district_aliases = (province.district_aliases ?? [:]).merging(entry.district_aliases ?? [:]) { _, user in user }
                    province.districts_needing_kind_word = Self.union(province.districts_needing_kind_word, entry.districts_needing_kind_word)
                    if let successor = entry.successor_2025 { province.successor_2025 = successor }
                    if let seat = entry.seat_of_central_bodies { province.seat_of_central_bodies = seat }
                    merged[index] = province
                } else {
                    indexByID[entry.id] = merged.count
                    merged.append(entry)
                }
            }
        }
        self.provinces = merged
        self.successors = successors.flatMap(\.successors)
        formerMarkers = successors.flatMap { $0.former_markers ?? [] }
        successorsInForce = successors.compactMap(\.in_force).last
        newMarkers = successors.flatMap { $0.new_markers ?? [] }
        self.newspapers = newspapers.flatMap(\.newspapers)
        siteNamePrefixes = newspapers.flatMap { $0.site_names ?? [] }.map { Self.key($0, spelling: spelling) }
        addressWords = newspapers.flatMap { $0.address_words ?? [] }.map { Self.key($0, spelling: spelling) }
        tagListWords = newspapers.flatMap { $0.tag_list_words ?? [] }.map { Self.key($0, spelling: spelling) }
        paperWords = newspapers.flatMap { $0.paper_words ?? [] }.map { Self.key($0, spelling: spelling) + " " }
        mergedPaperWords = newspapers.flatMap { $0.merged_paper_words ?? [] }.map { Self.key($0, spelling: spelling) + " " }

        var places: [String: [Place]] = [:]
        var needsKindWord = Set<String>()
        func add(_ name: String, _ place: Place) {
            let key = Self.key(name, spelling: spelling)
            guard !key.isEmpty, !(places[key]?.contains(place) ?? false) else { return }
            places[key, default: []].append(place)
        }
        for (index, province) in merged.enumerated() {
            add(province.name, .province(index))
            if province.name_needs_kind_word == true { needsKindWord.insert(Self.key(province.name, spelling: spelling)) }
            for name in province.districts_needing_kind_word ?? [] { needsKindWord.insert(Self.key(name, spelling: spelling)) }
            for alias in province.aliases ?? [] { add(alias, .province(index)) }
            for district in (province.districts ?? []) + (province.former_districts ?? []) {
                let (kind, name) = Self.splitDistrict(district)
                add(name, .district(name: name, kind: kind, province: index))
                if name.allSatisfy(\.isNumber) { needsKindWord.insert(Self.key(name, spelling: spelling)) }
                for (alias, canonical) in province.district_aliases ?? [:] where canonical == name {
                    add(alias, .district(name: name, kind: kind, province: index))
                }
            }
        }
        self.places = places
        self.needsKindWord = needsKindWord
        var communePlaces: [String: [Place]] = [:]
        var longestCommune = 1
        func addCommune(_ written: String, kind: String, province: Int, since2025: Bool) {
            let name = written.lowercased().hasPrefix(kind + " ") ? String(written.dropFirst(kind.count + 1)) : written
            let place = Place.commune(name: name, kind: kind, province: province, since2025: since2025)
            // Keyed as PlaceFinder reads text: the place word and the name, lowercased, spelling folded.
            let key = Self.key(kind + " " + name, spelling: spelling)
            guard !(communePlaces[key]?.contains(place) ?? false) else { return }
            communePlaces[key, default: []].append(place)
            longestCommune = max(longestCommune, Self.key(name, spelling: spelling).split(separator: " ").count)
        }
        func province(named name: String) -> Int? { Self.province(named: name, in: places, spelling: spelling) }
        let townWord = communes.compactMap(\.town_word).last.map { $0.lowercased() }
        let communeWords = communes.flatMap { $0.commune_words ?? [] }.map { $0.lowercased() }
        for file in communes {
            let path = file.file ?? "gazetteer/communes.yml"
            if let townWord {
                for (provinceName, towns) in file.towns ?? [:] {
                    guard let index = province(named: provinceName) else {
                        throw ChronicleError(file: path, "towns of '\(provinceName)', a province provinces.yml does not name",
                                             hint: "use a province's `name` (or alias) from provinces.yml")
                    }
                    for town in towns {
                        addCommune(town, kind: townWord, province: index, since2025: false)
                    }
                }
            }
            for (successorName, names) in file.communes_2025 ?? [:] {
                guard self.successors.contains(where: { Self.key($0.name, spelling: spelling) == Self.key(successorName, spelling: spelling) }),
                      let index = province(named: successorName) else {
                    throw ChronicleError(file: path, "communes of '\(successorName)', which successors-2025.yml does not name (or no province of provinces.yml is named so)",
                                         hint: "use a successor's `name` from successors-2025.yml")
                }
                for written in names {
                    guard let kind = communeWords.first(where: { written.lowercased().hasPrefix($0 + " ") }) else {
                        throw ChronicleError(file: path, "'\(written)' of \(successorName) opens with none of `commune_words`",
                                             hint: "write each with its word: \(communeWords.map { "'\($0) …'" }.joined(separator: ", "))")
                    }
                    addCommune(written, kind: kind, province: index, since2025: true)
                }
            }
        }
        // A district's town mostly bears its name ("thị trấn Phong Điền" of huyện Phong Điền), also when it has since become a
        // ward and left the list of towns: a town named like a district may be in that district's province. (Also beside a listed
        // town of that name elsewhere, "thị trấn Phong Điền" of Cần Thơ: a name two provinces may mean says which only with
        // other clues.)
        let townDistrictWords = Set(communes.flatMap { $0.town_district_words ?? [] }.map { $0.lowercased() })
        if let townWord {
            for (index, province) in merged.enumerated() {
                for district in (province.districts ?? []) + (province.former_districts ?? []) {
                    let (kind, name) = Self.splitDistrict(district)
                    guard townDistrictWords.contains(kind) else { continue }
                    addCommune(name, kind: townWord, province: index, since2025: false)
                }
            }
        }
        self.communes = communePlaces
        longestCommuneName = longestCommune
        self.longestName = places.keys.map { $0.split(separator: " ").count }.max() ?? 1
        var byTag: [String: Int] = [:]
        for (index, paper) in self.newspapers.enumerated() {
            for tag in paper.tags ?? [] { byTag[tag.precomposedStringWithCanonicalMapping] = index }
        }
        newspaperByTag = byTag
    }

    /// "huyện Thạnh Hóa" → ("huyện", "Thạnh Hóa").
    static func splitDistrict(_ text: String) -> (kind: String, name: String) {
        for kind in ["thành phố", "thị xã", "huyện", "quận"] where text.lowercased().hasPrefix(kind + " ") {
            return (kind, String(text.dropFirst(kind.count + 1)))
        }
        return ("", text)
    }

    private static func union(_ a: [String]?, _ b: [String]?) -> [String] {
        var seen = Set<String>()
        return ((a ?? []) + (b ?? [])).filter { seen.insert($0).inserted }
    }

    /// The newspaper a lead tag names: "BĐ", or a domain like "Baophutho.vn".
    public func newspaper(tag: String) -> Newspaper? {
        if let index = newspaperByTag[tag] { return newspapers[index] }
        let domain = tag.lowercased()
        return newspapers.first { paper in (paper.domains ?? []).contains { $0 == domain || $0.hasPrefix(domain + ".") } }
    }

    /// "Địa chỉ: Phường Tân Bình, thành phố Hải Dương, tỉnh Hải Dương": a site's address line.
    func isAddress(_ text: String) -> Bool {
        let key = Self.key(text, spelling: spelling) + " "
        return addressWords.contains { key.hasPrefix($0 + " ") }
    }

    /// "Từ khóa: Đồn Biên phòng Lao Bảo   BĐBP Quảng Trị": the story's tags, under it.
    func isTagList(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        return tagListWords.contains(Self.key(String(text[..<colon]), spelling: spelling))
    }

    /// Whether a banner line names a site's owner: "Cổng thông tin điện tử huyện Krông Búk".
    /// Also after the owner's name and a dash or a bar: "SỞ Y TẾ THÁI BÌNH - CỔNG THÔNG TIN ĐIỆN TỬ".
    public func isSiteName(_ text: String) -> Bool {
        [" - ", " – ", " — ", " | "].reduce([text]) { parts, separator in parts.flatMap { $0.components(separatedBy: separator) } }.contains { part in
            let key = Self.key(part, spelling: spelling) + " "
            return siteNamePrefixes.contains { key.hasPrefix($0 + " ") }
        }
    }

    /// The newspaper named in a site label or credit: "BÁO THÁI NGUYÊN ĐIỆN TỬ", "Theo Báo Bắc Giang", or its site's
    /// address alone ("baonghean.vn", "www.baonghean.vn"). A banner may print the paper's name without its paper word
    /// ("Báo"): "ĐỒNG KHỞI ONLINE", "THÁI NGUYÊN ĐIỆN TỬ"; then the name must open it.
    public func newspaper(mentionedIn text: String) -> Newspaper? {
        var address = text.trimmingWhitespace().lowercased()
        for prefix in ["https://", "http://", "www."] where address.hasPrefix(prefix) { address.removeFirst(prefix.count) }
        if address.contains("."), !address.contains(" "), let paper = newspaper(tag: address.split(separator: "/").first.map(String.init) ?? address) {
            return paper
        }
        let key = " " + Self.key(text, spelling: spelling) + " "
        return newspapers.filter { paper in
            let name = Self.key(paper.name, spelling: spelling)
            if key.contains(" " + name + " ") { return true }
            guard let paperWord = paperWords.first(where: name.hasPrefix) else { return false }
            let place = name.dropFirst(paperWord.count)
            // "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TÂY NINH" is Báo Tây Ninh, merged.
            return key.hasPrefix(" " + place + " ") || mergedPaperWords.contains { key.contains(" " + $0 + place + " ") }
        }.max { $0.name.count < $1.name.count }
    }

    /// A province by any of its names: "Hậu Giang", "TP.HCM", "Thừa Thiên - Huế".
    public func province(named name: String) -> Int? {
        Self.province(named: name, in: places, spelling: spelling)
    }

    /// The province of `places` named so, by any of its names (also while the gazetteer is being built).
    private static func province(named name: String, in places: [String: [Place]], spelling: SpellingFolder) -> Int? {
        places[key(name, spelling: spelling)]?.first(where: \.isProvince)?.provinceIndex
    }

    /// The day the successor of this name took office.
    public func successorInForce(named name: String) -> CalendarDate? {
        successors.first { $0.name == name }?.in_force ?? successorsInForce
    }

    /// A 2025 successor named otherwise than the province it was ("Huế", once Thừa Thiên Huế), as a province of its own kind.
    public func renamedSuccessor(named name: String) -> Province? {
        guard let successor = successors.first(where: { $0.name == name }), !provinces.contains(where: { $0.name == name }) else { return nil }
        return Province(id: Slug.make(successor.name), name: successor.name, kind: successor.kind)
    }

    /// The index of the province with this `id`, if any.
    public func province(id: String?) -> Int? {
        id.flatMap { id in provinces.firstIndex { $0.id == id } }
    }
}
