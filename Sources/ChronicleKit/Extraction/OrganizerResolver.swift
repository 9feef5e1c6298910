import Foundation

/// Who held the event.
public struct Organizer: Sendable, Codable, Hashable {
    /// As written, organ included: "Ban Thường vụ Đảng ủy Khối các cơ quan Trung ương".
    public var phrase: String
    /// The unit's one name whatever the spelling: "Đảng ủy Khối các cơ quan Trung ương",
    /// "Đảng ủy Khối các cơ quan tỉnh Bình Định"; nil when the phrase names no known kind.
    public var unit: String?
    /// Stable identity for unit pages: the unit's slug, with the province for district units.
    public var unitID: String?
    public var kind: String?
    /// The kind's id in units.yml, to recognize the same unit named without its place.
    public var kindID: String?
    /// trung-uong, tinh, huyen or co-so.
    public var level: String?
    /// How pages name the level: "Cấp huyện".
    public var levelName: String?
}

/// The province an article is about, and how it was worked out.
public struct ProvinceFact: Sendable, Codable, Hashable {
    public var name: String
    public var id: String?
    public var successor2025: String?
    public var inferredFrom: String
}

/// Finds the organizer (the subject of "tổ chức") and the province, in the order a careful
/// reader uses: the unit's own name, a district, the venue, a title prefix, the newspaper's
/// tag, then the places the article mentions most.
struct OrganizerResolver: Sendable {
    let units: UnitFinder
    private(set) var places: PlaceFinder
    let gazetteer: Gazetteer
    /// " là " inside a subject: "Lễ biểu dương là lần đầu tiên tỉnh X tổ chức …" says what the event is (events.yml `copulas`).
    let copula: Pattern
    /// "Sau hội nghị tổng kết … được tổ chức ngày 14/6, sáng nay (9/7), Ban Thường vụ … tổ chức …": a sentence opening after
    /// another event, whose first verb's subject names no one, has the organizer before its next verb.
    var afterAnother: Pattern? = nil
    /// An event of a kind events.yml knows: far down, only a sentence naming one says who held the event.
    var eventNamed: Pattern? = nil
    /// What splits a menu or a breadcrumb (page-chrome.yml `menu_separators`): a line holding one is no banner.
    var menuSeparators: Set<Character> = []

    /// A place marked as the reorganization's new one ("tỉnh An Giang (mới)") counts as this many mentions.
    static let newPlaceWeight = 3

    /// Paragraphs searched for the sentence that reports who held the event (a sapo may come first).
    static let paragraphsSearched = 3
    /// Paragraphs of a feature searched for the unit its figures are credited to.
    static let reportParagraphsSearched = 8
    private static let titlePrefix = Pattern(literal: #"^([^:]{2,40}):\s"#)

    /// `eventDate`: on or after the day the 2025 successors took office, a province found is named as its successor.
    /// From that day the communes of 2025 say where they are ("phường Thủ Dầu Một").
    func resolve(_ text: ArticleText, article: Article, frontMatter: FrontMatter, eventDate: CalendarDate?) -> (Organizer?, ProvinceFact?) {
        let dated = places.on(eventDate)
        if dated.communesOf2025 != places.communesOf2025 {
            var resolver = self
            resolver.places = dated
            return resolver.resolve(text, article: article, frontMatter: frontMatter, eventDate: eventDate)
        }
        let lead = text.body.first
        var organizerMention: UnitMention?
        var organizerPhrase: String?
        // The unit owning what led to the event ("Kế hoạch … của Huyện ủy Tân Châu"), when another held it:
        // the same place, as a last hint of the province.
        var ownerMention: UnitMention?
        func search(_ blocks: ArraySlice<ArticleText.Block>, namingAnEvent: Bool = false) {
            for block in blocks {
                for sentence in block.sentences {
                    let folded = block.foldedText(sentence)
                    if namingAnEvent, eventNamed?.matches(folded) != true { continue }
                    guard let found = subjectPhrases(in: folded).lazy.compactMap(holder(in:)).first else {
                        // "nhà trường đã tổ chức …" on the school's own site: the unit its banner names.
                        if let own = subjectPhrases(in: folded).lazy.compactMap({ ownSiteUnit(namedBy: $0, article: article, text: text) }).first {
                            organizerMention = own
                            return
                        }
                        continue
                    }
                    switch found {
                    case .unit(let mention): organizerMention = mention
                    case .phrase(let phrase, let owner): (organizerPhrase, ownerMention) = (phrase, owner)
                    }
                    return
                }
            }
        }
        search(text.body.prefix(Self.paragraphsSearched))
        if organizerMention == nil, organizerPhrase == nil {
            // No sentence says who held it: the unit the title or the lead names first.
            organizerMention = units.mentions(in: text.title.folded).first ?? lead.flatMap { units.mentions(in: $0.folded).first }
        }
        // Nor do they name a unit: the first later sentence saying who held an event ("Can Lộc tuyên dương …" over a sapo
        // and two paragraphs of results, then "Buổi lễ tuyên dương được Ban Thường vụ Huyện ủy Can Lộc tổ chức sáng 14/6").
        if organizerMention == nil, organizerPhrase == nil { search(text.body.dropFirst(Self.paragraphsSearched), namingAnEvent: true) }
        // Nor is any event held (a feature): the unit it speaks for, its figures credited to it ("Theo Ban Dân vận Huyện ủy Mường Nhé,
        // giai đoạn 2019 - 2022, toàn huyện có 124 mô hình …"); not a body of the whole country quoted ("Theo Bộ Nội vụ, cả nước có …").
        if organizerMention == nil, organizerPhrase == nil {
            // Its figures may come anywhere in the paragraph ("Theo Ban Dân vận Huyện ủy Si Ma Cai, mỗi năm huyện lựa chọn …. Năm
            // 2023, …").
            organizerMention = text.body.prefix(Self.reportParagraphsSearched).lazy
                .flatMap { block in block.original.contains(where: \.isNumber) ? block.sentences.map(block.foldedText) : [] }
                .compactMap(reportSourceUnit).first
        }
        // A district's committee by its kind ("Huyện ủy"), or a body of any level written with a district's word ("UBND huyện").
        let writtenDistrictWord = organizerMention.flatMap { $0.placeWordLevel == "huyen" ? $0.placeWord.map(units.catalog.spelledOutPlaceWord) : nil }
        if var mention = organizerMention, mention.place == nil,
           let word = (mention.kind.place == "district" ? mention.kind.place_word : nil) ?? writtenDistrictWord,
           places.mentions(in: mention.text).isEmpty {
            // "Ban Thường vụ Thị ủy phối hợp với UBND thị xã Quảng Yên tổ chức …": the town the article names, or the
            // committee named with its place elsewhere ("Huyện ủy Na Hang tổng kết …" over "Ban Thường vụ Huyện ủy tổ
            // chức …"), or the district whose portal it is ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MÙ CANG CHẢI").
            mention.place = namedDistrict(of: word, in: text) ?? namedCommittee(mention.kind, in: text) ?? bannerDistrict(article)
                ?? titleDistrict(of: word, in: text, province: nil)
            organizerMention = mention
        }
        // "Đảng ủy phường tổ chức …" on the portal "CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG HÀ GIANG 1": the commune whose portal it is.
        // (Named so short, it is no unit the catalog reads: the phrase, completed, may be.)
        if let short = organizerMention?.text ?? organizerPhrase,
           let word = units.catalog.communePlaceWords.first(where: { short.lowercased().hasSuffix(" " + $0) }), let name = bannerCommune(word, article) {
            let full = short + " " + name
            if let completed = units.mentions(in: full).first, completed.range.location == 0, completed.range.length == (full as NSString).length {
                organizerMention = completed
            }
        }
        var province = resolveProvince(text, article: article, frontMatter: frontMatter, organizer: organizerMention,
                                       phrase: organizerMention == nil ? organizerPhrase : nil, owner: ownerMention)
        // "Bảo Lâm tổng kết …" over "Huyện ủy tổ chức …": a district name several provinces have, in the province found.
        if var mention = organizerMention, mention.place == nil, mention.kind.place == "district",
           let word = mention.kind.place_word ?? writtenDistrictWord,
           let index = gazetteer.province(id: province?.id),
           let place = titleDistrict(of: word, in: text, province: index) {
            mention.place = place
            organizerMention = mention
        }
        if frontMatter.province == nil, let found = province, let eventDate { province = successor(of: found, on: eventDate) }
        var organizer: Organizer?
        if let mention = organizerMention {
            organizer = describe(mention, province: province)
        } else if let written = organizerPhrase, written.first?.isUppercase == true, TextShape.wordCount(written) <= 12 {
            // "Ban Chấp hành Đoàn xã Nam Dương tổ chức …": the organ acts for its unit, known kind or not.
            let unit = units.catalog.withoutOrgan(written)
            var phrase = units.catalog.spellingOutNames(unit.first?.isUppercase == true ? unit : written)
            // "Đảng bộ phường Tân Lợi tổ chức Đại hội …": the party organization's unit is its committee (`party_committee`).
            var rewritten = false
            // (Only before a name or a place word: "Đảng bộ và Nhân dân phường …" is no committee.)
            if let (word, name) = units.catalog.partyCommitteesLongestFirst.first(where: { phrase.lowercased().hasPrefix($0.written + " ") }),
               name.lowercased() != word,
               case let rest = phrase.dropFirst(word.count + 1),
               rest.first?.isUppercase == true || units.catalog.allPlaceWords.contains(where: { rest.lowercased().hasPrefix($0.lowercased() + " ") }) {
                phrase = name + phrase.dropFirst(word.count)
                rewritten = true
            }
            // "Bệnh viện Đa khoa tỉnh" names its province only by the word: the province found completes it.
            let endsWithProvinceWord = units.catalog.provincePlaceWords.contains { phrase.lowercased().hasSuffix(" " + $0) }
            let districtWord = units.catalog.districtPlaceWords.first { phrase.lowercased().hasSuffix(" " + $0) }
            // "Đảng ủy xã tổ chức …" under the title "Đảng ủy xã Ea Tul biểu dương …": the unit the title names in full.
            let placeWordOnly = units.catalog.communePlaceWords.contains { phrase.lowercased().hasSuffix(" " + $0) }
            // … or a caption names in full ("Đảng ủy xã Chiềng Mung (Mai Sơn) quán triệt chuyên đề năm 2021.").
            if rewritten, let whole = units.mentions(in: phrase).first(where: { $0.range.location == 0 && $0.text == phrase }) {
                organizer = describe(whole, province: province)
            } else if placeWordOnly, let full = ([text.title] + text.captions).lazy.compactMap({ block in
                   units.mentions(in: block.folded).first(where: { $0.text.lowercased().hasPrefix(phrase.lowercased() + " ") }) }).first {
                organizer = describe(full, province: province)
            } else if placeWordOnly, let name = Self.placeOpening(text.title.folded, placeWord: phrase.split(separator: " ").last.map(String.init) ?? "")
                        ?? titlePrefixCommune(text.title.folded) {
                // "Đảng ủy phường tổ chức …" under the title "Phường Thạch Bàn biểu dương …" or "Khánh Bình Tây Bắc: Giao lưu …":
                // the commune the title opens with.
                let full = phrase + " " + name
                organizer = units.mentions(in: full).first(where: { $0.text == full }).map { describe($0, province: province) } ?? Organizer(phrase: full)
            } else if placeWordOnly, let full = onlyFullName(of: phrase, in: text) {
                organizer = describe(full, province: province)
            } else if endsWithProvinceWord, let province, province.name != Gazetteer.central {
                organizer = Organizer(phrase: phrase + " " + province.name)
            } else if let districtWord, case .district(let name, _, _)? = namedDistrict(of: districtWord, in: text)
                        ?? titleDistrict(of: districtWord, in: text, province: gazetteer.province(id: province?.id)) {
                // "Đảng ủy Trung tâm Y tế huyện" in an article naming one "huyện Tân Châu", or under the title "Tháp Mười: …".
                organizer = Organizer(phrase: phrase + " " + name)
            } else if let full = fullName(of: phrase, before: text) {
                organizer = describe(full, province: province)
            } else if let full = properName(of: phrase, before: text) {
                organizer = Organizer(phrase: full)
            } else {
                organizer = Organizer(phrase: phrase)
            }
        }
        if let name = frontMatter.organizer {
            organizer = units.mentions(in: name).first.map { describe($0, province: province) } ?? Organizer(phrase: name)
        }
        return (organizer, province)
    }

    /// "…, tại trụ sở Công ty Xăng dầu Hà Bắc (TP Bắc Giang), Công ty đã tổ chức …": a kind of unit the catalog does not know, written
    /// alone (a capital, then lowercase words only), completed by the one proper name the lead gives it before (capitals after it).
    private func properName(of phrase: String, before text: ArticleText) -> String? {
        let words = phrase.split(separator: " ")
        guard words.count <= 3, words.dropFirst().allSatisfy({ $0.first?.isLowercase == true }), let lead = text.body.first?.folded,
              let said = Self.standingAlone(phrase, in: lead) else { return nil }
        let names = Set(namedAfterKind(phrase).matches(in: String(lead[..<said.lowerBound])).map { String($0.value) })
        return names.count == 1 ? names.first : nil
    }

    /// The phrase, then a name: a capitalized word or a number, then more, perhaps with a lowercase word or two between them
    /// ("Công ty Xăng dầu Hà Bắc"), not one ending a name (units.yml `name_stop_words`, `name_joiners`: "Công ty A và Công ty B"
    /// is two). Not the end of a longer name ("Tổng Công ty Điện lực miền Bắc": no capitalized word before the phrase).
    private func namedAfterKind(_ phrase: String) -> Pattern {
        let word = "[\\p{Lu}\\d][\\p{L}\\d]*"
        let notEnding = "(?!(?:\(Pattern.phrases(Array(units.catalog.nameStopWords.union(units.catalog.nameJoiners)))))(?!\\p{L}))"
        return Pattern(literal: "(?<!\\p{L})(?<!\\p{Lu}\\p{L}{0,12}\\s)\(Pattern.escape(phrase))\\s+\(word)(?:(?:\\s+\(notEnding)\\p{Ll}+){0,2}\\s+\(word))*",
                       caseInsensitive: false)
    }

    /// Where `phrase` first stands alone in `text`: a word or words of their own, not opening a name (no capital after them).
    private static func standingAlone(_ phrase: String, in text: String) -> Range<String.Index>? {
        var from = text.startIndex
        while let said = text.range(of: phrase, range: from..<text.endIndex) {
            let before = said.lowerBound > text.startIndex ? text[text.index(before: said.lowerBound)] : nil
            let next = text[said.upperBound...].drop { $0 == " " }.first
            if before?.isLetter != true, text[said.upperBound...].first?.isLetter != true, next?.isUppercase != true { return said }
            from = said.upperBound
        }
        return nil
    }

    /// "Bí thư Đảng ủy thị trấn Cái Nhum tặng hoa …" in an article that otherwise writes "Đảng ủy thị trấn": the one unit
    /// anywhere in it whose name completes `phrase`.
    private func onlyFullName(of phrase: String, in text: ArticleText) -> UnitMention? {
        onlyFullName(of: phrase, in: text.blocks.map(\.folded))
    }

    /// "Thực hiện Kế hoạch … của Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh, ngày 27/6, Đảng ủy Khối tổ chức …": the one unit
    /// the title or the lead names before `phrase` whose name it opens. (Named after it, another is another body: "Học viện
    /// Chính trị phối hợp với Viện … (Học viện Chính trị quốc gia Hồ Chí Minh)".)
    private func fullName(of phrase: String, before text: ArticleText) -> UnitMention? {
        guard let lead = text.body.first?.folded, let said = Self.standingAlone(phrase, in: lead) else { return nil }
        return onlyFullName(of: phrase, in: [text.title.folded, String(lead[..<said.lowerBound])])
    }

    /// The one unit `texts` name whose name, after the organ acting for it ("Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh"), opens with `phrase`.
    private func onlyFullName(of phrase: String, in texts: [String]) -> UnitMention? {
        let prefix = phrase.lowercased() + " "
        var found: [(mention: UnitMention, name: String)] = []
        for folded in texts {
            for mention in units.mentions(in: folded) {
                let name = units.catalog.withoutOrgan(mention.text).lowercased()
                if name.hasPrefix(prefix), !found.contains(where: { $0.name == name }) { found.append((mention, name)) }
            }
        }
        return found.count == 1 ? found[0].mention : nil
    }

    /// "Khánh Bình Tây Bắc: Giao lưu …": a title's prefix naming no province or district, which a commune's committee
    /// written short ("Đảng ủy xã") takes for its commune.
    private func titlePrefixCommune(_ title: String) -> String? {
        guard let colon = title.firstIndex(of: ":") else { return nil }
        let prefix = title[..<colon].trimmingWhitespace()
        let words = prefix.split(separator: " ")
        // Two words at least: a one-word prefix is a kicker ("Video:", "Infographic:", "Ảnh:").
        guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
              places.mentions(in: prefix).isEmpty, units.mentions(in: prefix).isEmpty else { return nil }
        return prefix
    }

    /// The name after the first `placeWord` of a title ("Phường Thạch Bàn biểu dương …", "Xã Ea Tul: …", "Giao lưu điển hình
    /// … ở xã Hòa Phú"): its capitalized words.
    static func placeOpening(_ title: String, placeWord: String) -> String? {
        let words = title.split(separator: " ")
        guard let at = words.firstIndex(where: { $0.lowercased() == placeWord.lowercased() }) else { return nil }
        var name: [Substring] = []
        for word in words.dropFirst(at + 1).prefix(4) {
            let trimmed = word.trimmingCharacters(in: .punctuationCharacters)
            guard trimmed.first?.isUppercase == true else { break }
            name.append(Substring(trimmed))
            if trimmed.count != word.count { break }
        }
        return name.isEmpty ? nil : name.joined(separator: " ")
    }

    private func resolveProvince(_ text: ArticleText, article: Article, frontMatter: FrontMatter, organizer: UnitMention?, phrase: String?,
                                 owner: UnitMention?) -> ProvinceFact? {
        if let name = frontMatter.province {
            return fact(gazetteer.province(named: name), name: name, "front matter")
        }
        // "Huyện đoàn Tam Nông" (Phú Thọ or Đồng Tháp) meeting in huyện Ba Vì of Hà Nội: the province is one of the
        // district's, when anything says which.
        if let provinces = districtProvinces(of: organizer),
           let found = province(text, article: article, organizer: organizer, phrase: phrase, owner: owner, among: provinces) {
            return found
        }
        return province(text, article: article, organizer: organizer, phrase: phrase, owner: owner, among: nil)
    }

    /// The provinces having a district of the name a unit is written with, when there are several.
    private func districtProvinces(of mention: UnitMention?) -> Set<Int>? {
        guard let mention, mention.place == nil, mention.kind.place != "central" else { return nil }
        let provinces = Set(places.mentions(in: mention.text).flatMap(\.candidates).compactMap { place -> Int? in
            if case .district = place { return place.provinceIndex } else { return nil }
        })
        return provinces.count > 1 ? provinces : nil
    }

    /// What says the province, strongest first; only `among` these provinces when given.
    /// `phrase`: the organizer as written, when it is no unit the catalog knows ("Bệnh viện Đa khoa tỉnh Quảng Trị").
    private func province(_ text: ArticleText, article: Article, organizer: UnitMention?, phrase: String?, owner: UnitMention?,
                          among allowed: Set<Int>?) -> ProvinceFact? {
        func permitted(_ index: Int) -> Bool { allowed?.contains(index) ?? true }
        // Where the lead (or the paragraph after it) says a body of the whole country met outside the capital, else no province.
        // A central body's event at a venue outside the capital is that province's; in the capital, the central level's, unless the
        // body is a business ("Đảng ủy Ngân hàng … tổ chức … tại Hà Nội": its seat, a city's like any company's).
        // A body sitting in one province ("Đảng ủy Quân khu 9") meets there when no venue is said, and in the capital is the capital's.
        func centralVenue(_ how: String, name: String) -> ProvinceFact {
            let seat = units.catalog.seat(of: name)
            // A seated body's venue may be any the lead names ("tại Hội trường Bộ Tư lệnh Quân khu, … tại tỉnh Sóc Trăng"), before its seat.
            if let venue = venueProvince(text, permitted: permitted, firstOnly: seat == nil) ?? venueAfterLead(text, permitted: permitted),
               let index = gazetteer.province(id: venue.id),
               gazetteer.provinces[index].seat_of_central_bodies != true || units.catalog.enterpriseName?.matches(name) == true || seat != nil {
                return venue
            }
            if let seat, let index = gazetteer.province(named: seat), permitted(index), let found = fact(index, "trụ sở của \(name)") {
                return found
            }
            return ProvinceFact(name: Gazetteer.central, inferredFrom: how)
        }
        if let organizer {
            // A central body, or one of the central level named by its own name ("Đảng ủy Bộ Tư pháp"): "Ngày 13-6, tại Hội trường
            // Bộ Tư lệnh Quân khu (TP Vinh), Đảng ủy Quân khu 4 …".
            if organizer.kind.place == "central" || (organizer.kind.level == "trung-uong" && organizer.place == nil) {
                return centralVenue("cơ quan Trung ương: \(organizer.text)", name: organizer.text)
            }
            if let place = organizer.place {
                return fact(place.provinceIndex, "tên đơn vị tổ chức: \(organizer.text)", place: place)
            }
        }
        // Named for the whole country, no unit the catalog knows: "Ban Thường vụ Công đoàn Công Thương Việt Nam tổ chức …", "Ngày
        // 12/5, tại phường Vũng Tàu, TP Hồ Chí Minh, Đảng ủy Tổng công ty Khí Việt Nam tổ chức …", "… Công ty TNHH MTV Apatit Việt
        // Nam tổ chức …. Lễ khen thưởng được tổ chức tại Hội trường Công ty, phường Pom Hán, thành phố Lào Cai".
        if organizer == nil, let phrase, units.catalog.nationalNameEndings.contains(where: { phrase.hasSuffix(" " + $0) }) {
            return centralVenue("cơ quan toàn quốc: \(phrase)", name: phrase)
        }
        // "Bệnh viện Đa khoa tỉnh Quảng Trị", "Trường THPT huyện Sìn Hồ": a name holding its place, with the place's word.
        if let named = organizer.map({ $0.kind.place == "named" ? $0.text : nil }) ?? phrase,
           let place = placesWithTheirWords(in: named).first,
           permitted(place.provinceIndex) {
            return fact(place.provinceIndex, "tên đơn vị tổ chức: \(named)", place: place)
        }
        // "Đồn Biên phòng Thanh Thủy, BĐBP Hà Giang tổ chức …": a named unit's parent set off after it says where it is (the post's
        // name, a commune's, may be a district's elsewhere: huyện Thanh Thủy is Phú Thọ's).
        if let organizer, organizer.kind.place == "named", let parent = parentAfter(organizer, in: text), let place = parent.place,
           permitted(place.provinceIndex) {
            return fact(place.provinceIndex, "đơn vị chủ quản sau tên: \(parent.text)", place: place)
        }
        if let place = owner?.place, permitted(place.provinceIndex) {
            return fact(place.provinceIndex, "đơn vị có kế hoạch dẫn tới sự kiện: \(owner!.text)", place: place)
        }
        if let venue = venueProvince(text, permitted: permitted) { return venue }
        if let prefix = Self.titlePrefix.firstMatch(in: text.title.folded)?[1].map(String.init),
           let place = places.mentions(in: prefix).compactMap({ places.resolve($0) }).first, permitted(place.provinceIndex) {
            return fact(place.provinceIndex, "tiền tố tiêu đề '\(prefix):'", place: place)
        }
        // The newspaper: its tag on the lead, its name above the title or in a credit.
        // National media say nothing about the province; then the text decides.
        var papers: [(Gazetteer.Newspaper, String)] = []
        if let tag = article.sourceTag, let paper = gazetteer.newspaper(tag: tag) { papers.append((paper, "ký hiệu nguồn '(\(tag))' của \(paper.name)")) }
        for label in article.headerLabels + article.sourceCredits {
            if let paper = gazetteer.newspaper(mentionedIn: label) { papers.append((paper, "tên báo '\(label)'")) }
        }
        for (paper, how) in papers {
            if let name = paper.province, name != Gazetteer.central, let index = gazetteer.province(named: name), permitted(index) {
                return fact(index, how)
            }
        }
        // A district's own portal says where its news is from, more surely than a place the text names once.
        if let place = bannerDistrict(article), permitted(place.provinceIndex) {
            return fact(place.provinceIndex, "tên trang của huyện", place: place)
        }
        // The organizer's own site, its name over its address in the footer or right under it ("TRƯỜNG ĐẠI HỌC SƯ PHẠM HÀ NỘI 2", "Địa chỉ: …,
        // thành phố Phúc Yên, tỉnh Vĩnh Phúc"): where it is, whatever place its name holds.
        // (An address ends with its province, its places written with their words: "Đường Chi Lăng" is a street.)
        if let name = organizer?.text ?? phrase, let address = siteAddress(of: name, in: article) {
            if let place = placesWithTheirWords(in: gazetteer.spelling.fold(address.text)).last, permitted(place.provinceIndex) {
                return fact(place.provinceIndex, "địa chỉ của đơn vị '\(address.text)'", place: place)
            }
            // "…, Ba Đình, Hà Nội" right under its name: the address's last part, its province named alone. (A footer's address may
            // be a parent body's: "Trụ sở: 226 Lê Duẩn, Đống Đa, Hà Nội" on a group's site carrying a mine's news.)
            if address.inHeader, let last = address.text.split(separator: ",").last,
               let index = gazetteer.province(named: last.trimmingWhitespace()), permitted(index) {
                return fact(index, "địa chỉ của đơn vị '\(address.text)'")
            }
        }
        // "Đảng ủy Bệnh viện Đa khoa tỉnh" on the site whose banner is "BỆNH VIỆN ĐA KHOA TỈNH NINH BÌNH": a name stopping at its
        // province's word is the site owner's, whose own lines say which province (places the story names are elsewhere).
        if let name = organizer?.text ?? phrase, let place = ownSiteCompletion(of: name, in: article), permitted(place.provinceIndex) {
            return fact(place.provinceIndex, "tên đơn vị trên trang của đơn vị", place: place)
        }
        var counts: [Int: Int] = [:]
        var firstSeen: [Int: Int] = [:]
        var order = 0
        let mentioned = text.blocks.filter { $0.part != .caption }.map { (folded: $0.folded as NSString, mentions: places.mentions(in: $0.folded)) }
        // Towns named in the story do not count (below), but in a story naming no province otherwise they tell which district
        // of a name two provinces have it means: "Huyện ủy Tam Nông" beside "thị trấn Tràm Chim" is Đồng Tháp's, not Phú Thọ's.
        // Read only when a name is left unresolved.
        lazy var townContext: [Int] = {
            var towns = Set<Int>()
            for mention in mentioned.flatMap(\.mentions) {
                guard let place = places.resolve(mention), permitted(place.provinceIndex) else { continue }
                guard case .commune(_, _, let province, false) = place else { return [] }
                towns.insert(province)
            }
            return Array(towns)
        }()
        for (folded, mentions) in mentioned {
            for mention in mentions {
                guard let place = places.resolve(mention, context: Array(counts.keys)) ?? places.resolve(mention, context: townContext),
                      permitted(place.provinceIndex) else { continue }
                // A town says where the event was when it is the venue or in the organizer's name, not by being named: an article
                // after the merger tells what the new commune was made of ("trên cơ sở sắp xếp thị trấn Yên Minh").
                if case .commune(_, _, _, false) = place { continue }
                // "tỉnh Hà Giang (cũ)" is what the place was; "tỉnh An Giang (mới)" what it is.
                let after = folded.substring(from: mention.range.upperBound).trimmingWhitespace()
                if gazetteer.formerMarkers.contains(where: { after.hasPrefix($0) }) { continue }
                counts[place.provinceIndex, default: 0] += gazetteer.newMarkers.contains(where: { after.hasPrefix($0) }) ? Self.newPlaceWeight : 1
                if firstSeen[place.provinceIndex] == nil { firstSeen[place.provinceIndex] = order }
                order += 1
            }
        }
        if let best = counts.max(by: { ($0.value, -firstSeen[$0.key]!) < ($1.value, -firstSeen[$1.key]!) }) {
            return fact(best.key, "địa danh nhắc trong bài (\(gazetteer.provinces[best.key].name) \(best.value) lần)")
        }
        // A site's banner naming its owner's place (a district's portal), when the text names none.
        // After the text: since 2025 a merged province's paper covers the provinces it absorbed.
        // The first place a label names, in a province the article may be of.
        func place(namedBy label: String) -> Gazetteer.Place? {
            places.mentions(in: gazetteer.spelling.fold(label)).compactMap({ places.resolve($0) }).first.flatMap { permitted($0.provinceIndex) ? $0 : nil }
        }
        for label in article.headerLabels where gazetteer.isSiteName(label) {
            if let place = place(namedBy: label) { return fact(place.provinceIndex, "tên trang '\(label)'", place: place) }
        }
        // An office's own site: "BỆNH VIỆN ĐA KHOA TỈNH BÌNH PHƯỚC", "CÔNG AN TỈNH NAM ĐỊNH", "PHÒNG GD&ĐT KIM SƠN" above the title,
        // a short line that is no menu.
        for label in article.headerLabels where isBannerLine(label) {
            if let place = place(namedBy: label) { return fact(place.provinceIndex, "tên đơn vị trên trang '\(label)'", place: place) }
        }
        // The story's tags ("Từ khóa: … BĐBP Quảng Trị"): one province, named by a unit, with its word, or alone.
        for line in article.footer where gazetteer.isTagList(line.text) {
            let folded = gazetteer.spelling.fold(line.text)
            // Read once: a place with its word, or a province alone.
            let placed = places.mentions(in: folded).compactMap { mention in
                places.resolve(mention).flatMap { place -> Gazetteer.Place? in
                    if mention.kindWord != nil { return place }
                    if case .province = place { return place } else { return nil }
                }
            }
            let named = Set((units.mentions(in: folded).compactMap(\.place) + placed).map(\.provinceIndex))
            if named.count == 1, let index = named.first, permitted(index) { return fact(index, "từ khóa của bài '\(line.text)'") }
        }
        if let organizer, organizer.kind.level == "trung-uong" {
            return ProvinceFact(name: Gazetteer.central, inferredFrom: "cơ quan Trung ương: \(organizer.text)")
        }
        return nil
    }

    /// The province of the place the lead says the event was held at ("tại Hội trường UBND huyện Thạnh Hóa"); `firstOnly`,
    /// of its first venue only ("Tại Trung tâm Hội nghị Quốc gia, Ban Bí thư … có điểm cầu tại tỉnh Quảng Trị" names none).
    private func venueProvince(_ text: ArticleText, permitted: (Int) -> Bool, firstOnly: Bool = false) -> ProvinceFact? {
        guard let lead = text.body.first else { return nil }
        for match in units.catalog.venue.matches(in: lead.folded).prefix(firstOnly ? 1 : Int.max) {
            if let venue = venue(match, in: lead.folded, permitted: permitted) { return venue }
        }
        return nil
    }

    /// The province of the venue a match of `units.catalog.venue` names, or of the places set off after it by commas ("tại Hội
    /// trường Công ty, phường Pom Hán, thành phố Lào Cai": a commune the gazetteer does not know, then its city).
    private func venue(_ match: Pattern.Match, in text: String, permitted: (Int) -> Bool) -> ProvinceFact? {
        if let phrase = match[1].map(String.init), let venue = venue(phrase, permitted: permitted) { return venue }
        var end = NSRange(match.range, in: text).upperBound, ended = match.value.hasSuffix(",")
        for _ in 0..<Self.venueParentsRead where ended {
            guard let parent = units.catalog.venueParent.firstResult(in: text, options: [.anchored],
                                                                        range: NSRange(location: end, length: (text as NSString).length - end))
            else { return nil }
            if let venue = venue(text.substring(utf16: parent.range(at: 1)), permitted: permitted) { return venue }
            end = parent.range.upperBound
            ended = text.substring(utf16: parent.range).hasSuffix(",")
        }
        return nil
    }

    /// Places set off after a venue that are read for its province: a commune, then its district or province.
    private static let venueParentsRead = 2

    /// The province of a venue ("Hội trường Bộ Tư lệnh Quân khu (TP Cần Thơ)"): a unit's place in it, else a place it names.
    private func venue(_ phrase: String, permitted: (Int) -> Bool) -> ProvinceFact? {
        guard let place = units.mentions(in: phrase).compactMap(\.place).first ?? places.mentions(in: phrase).compactMap({ places.resolve($0) }).first,
              permitted(place.provinceIndex) else { return nil }
        return fact(place.provinceIndex, "nơi tổ chức: tại \(phrase)", place: place)
    }

    /// "Hội nghị được tổ chức tại Hội trường Bộ Tư lệnh Quân khu (TP Cần Thơ), …" opening the paragraph after the lead: where
    /// the event met, in a few words naming no unit before the venue.
    private func venueAfterLead(_ text: ArticleText, permitted: (Int) -> Bool) -> ProvinceFact? {
        guard text.body.count > 1, let sentence = text.body[1].sentences.first.map(text.body[1].foldedText),
              let match = units.catalog.venue.firstMatch(in: sentence) else { return nil }
        let before = sentence.substring(utf16To: NSRange(match.range, in: sentence).location)
        // "Do tình hình dịch …, hội nghị được tổ chức trực tiếp tại điểm cầu …": longer, when it says the event was held there.
        let words = TextShape.wordCount(before)
        guard words <= Self.eventNameWordsBeforeVenue || (words <= Self.heldWordsBeforeVenue && units.catalog.held.matches(before)),
              units.mentions(in: before).isEmpty else { return nil }
        return venue(match, in: sentence, permitted: permitted)
    }

    /// "Hội nghị được tổ chức", "Buổi lễ diễn ra": the words naming the event before its venue.
    private static let eventNameWordsBeforeVenue = 6
    /// The same, with how or why it was held: "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến, từ điểm cầu chính".
    private static let heldWordsBeforeVenue = 20

    /// Words of a line above the title read as an office's name: a menu or a breadcrumb is longer, or split by separators;
    /// a place's name alone ("Hà Nội", a menu written an item a line) is shorter; a department's long name runs to twelve ("SỞ NÔNG
    /// NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BẮC GIANG").
    private static let bannerWords = 3...12

    private func isBannerLine(_ label: String) -> Bool {
        Self.bannerWords.contains(TextShape.wordCount(label)) && !label.contains(where: menuSeparators.contains)
    }

    /// Who a sentence says held an event: a unit known to the catalog, or a phrase naming one it does not know (with the unit
    /// owning what led to the event, if the phrase names one).
    private enum Holder {
        case unit(UnitMention)
        case phrase(String, owner: UnitMention?)
    }

    /// The subjects of a sentence's verbs of holding ("do X tổ chức", or what stands before "X tổ chức"), venue and partners
    /// left out. A verb whose subject names no one ("Sau hội nghị … được tổ chức ngày 14/6, sáng nay (9/7), Ban Thường vụ
    /// Thành ủy … tổ chức lễ khen thưởng"): the next one's, from there.
    private func subjectPhrases(in folded: String) -> [String] {
        if let by = units.catalog.heldBy.firstMatch(in: folded), let subject = by[1] { return [String(subject)] }
        var phrases: [String] = []
        var from = folded.startIndex
        // Past the first verb only after another event's name: most sentences have one subject to read.
        let verbs = afterAnother?.matches(folded) == true ? units.catalog.held.matches(in: folded) : units.catalog.held.firstMatch(in: folded).map { [$0] } ?? []
        for verb in verbs {
            let before = units.catalog.partner.replacingMatches(in: String(folded[from..<verb.range.lowerBound]), with: "")
            phrases.append(units.catalog.venueClause.replacingMatches(in: before, with: ","))
            from = verb.range.upperBound
        }
        return phrases
    }

    /// Who a subject phrase names as holding the event, if anyone.
    private func holder(in written: String) -> Holder? {
        // "Trung ương Hội Cựu chiến binh (CCB) Việt Nam tổ chức …": a short name in parentheses splits no name.
        var phrase = ShortNames.inParentheses.replacingMatches(in: written, with: "")
        // "Công ty Nhiệt điện Duyên Hải - đơn vị trực thuộc Tổng công ty Phát điện 1": the subject, then what it is.
        if let apposition = units.catalog.apposition { phrase = apposition.replacingMatches(in: phrase, with: "") }
        // "Thực hiện kế hoạch của Đảng ủy xã X, Chi bộ trường Y đã tổ chức": a unit after "của" owns
        // something in the phrase; it is not who held the event.
        let mentions = units.mentions(in: phrase)
        // "… của Đảng ủy Tập đoàn …": the committee's word stands between "của" and the institution it is of.
        let owned = { (mention: UnitMention) -> Bool in
            var before = phrase.substring(utf16To: mention.range.location)
            if mention.partyCommittee != nil, let word = units.catalog.partyCommitteeBefore.firstMatch(in: before) {
                before = String(before[..<word.range.lowerBound])
            }
            return units.catalog.ownerBefore.matches(before)
        }
        // "Đảng ủy Bệnh viện Quân y 4 (Quân khu 4) tổ chức": the unit in parentheses is the subject's parent, not the subject.
        let bracketed = AwardFinder.parenthetical.matches(in: phrase, range: NSRange(location: 0, length: (phrase as NSString).length))
        let inParentheses = { (mention: UnitMention) in bracketed.contains { NSLocationInRange(mention.range.location, $0) } }
        if var mention = mentions.first(where: { !owned($0) && !inParentheses($0) }) {
            // "thực hiện chỉ đạo của Ban Thường vụ Huyện ủy Duy Xuyên, Ban Dân vận Huyện ủy tổ chức": the same
            // committee, named with its place by the owner.
            if mention.place == nil, let place = mentions.first(where: { $0.kind.id == mention.kind.id && $0.place != nil })?.place {
                mention.place = place
            }
            return .unit(mention)
        }
        // "Công ty Điện lực Hà Tĩnh (thuộc Tổng Công ty Điện lực miền Bắc) tổ chức": what the parentheses add is no name.
        let unbracketed = AwardFinder.parenthetical.replacingMatches(in: phrase, with: "").replacingOccurrences(of: "  ", with: " ")
        let clause = (unbracketed.components(separatedBy: ", ").last ?? unbracketed).trimmingWhitespace()
        // "Thực hiện Kế hoạch … của Ban Thường vụ Huyện ủy Tân Châu …, Đảng ủy Trung tâm Y tế huyện tổ chức":
        // the unit owning the plan did not hold the event; the last clause's subject did, known kind or not.
        // "Lễ biểu dương là lần đầu tiên tỉnh X tổ chức …": a copula's subject is no organizer.
        // "Lễ tuyên dương được tổ chức …": a passive's subject is the event, not who held it.
        if clause.first?.isUppercase == true, !copula.matches(clause), !units.catalog.passiveSubject.matches(clause),
           !mentions.contains(where: { clause.contains($0.text) }) {
            return .phrase(clause, owner: mentions.first)
        }
        return mentions.first.map(Holder.unit)
    }

    /// The unit a site's banner names ("TRƯỜNG THPT BUÔN MA THUỘT", "TRƯỜNG THPT PHAN CHÂU TRINH - ĐÀ NẴNG") when a subject refers to
    /// its own kind and nothing else ("nhà trường đã", a `self_references` word and a few lowercase ones), spelled as the story
    /// spells it if it does.
    private func ownSiteUnit(namedBy subject: String, article: Article, text: ArticleText) -> UnitMention? {
        let clause = (subject.components(separatedBy: ",").last ?? subject).trimmingWhitespace()
        guard let (reference, start) = units.catalog.selfReferences.first(where: { clause.lowercased().hasPrefix($0.key) }),
              case let rest = clause.dropFirst(reference.count), !rest.contains(where: \.isUppercase),
              TextShape.wordCount(String(rest)) <= Self.ownSiteFillerWords else { return nil }
        for label in article.headerLabels where isBannerLine(label) && TextShape.isMostlyUppercase(label) {
            // Its place after a dash is the site's address, not the name.
            let name = Self.casedBanner(Self.bannerDash.split(label).first ?? label)
            guard name.lowercased().hasPrefix(start.lowercased() + " "),
                  let mention = units.mentions(in: gazetteer.spelling.fold(name)).first, mention.range.location == 0 else { continue }
            let key = VietnameseFolding.looseKey(mention.text)
            return ([text.title] + text.body).lazy.flatMap { self.units.mentions(in: $0.folded) }
                .first { VietnameseFolding.looseKey($0.text) == key } ?? mention
        }
        return nil
    }

    /// A dash between a banner's name and its place, of any length.
    private static let bannerDash = Pattern(literal: "\\s+[-–—]\\s+")

    /// Words after a self-reference in a subject that are no name ("đã", "long trọng").
    static let ownSiteFillerWords = 3

    /// A banner's words in capitals cased as a name: "TRƯỜNG THPT BUÔN MA THUỘT" → "Trường THPT Buôn Ma Thuột" (a word without
    /// vowels, "THPT", stays an abbreviation).
    static func casedBanner(_ line: String) -> String {
        line.split(separator: " ").map { word in
            guard !word.contains(where: \.isLowercase), VietnameseFolding.looseKey(String(word)).contains(where: { "aeiouy".contains($0) }) else { return String(word) }
            return word.prefix(1) + word.dropFirst().lowercased()
        }.joined(separator: " ").trimmingWhitespace()
    }

    /// The first district of this kind ("thị xã") named in the title or the body, when the text names one
    /// only: the unit named without its place is that district's.
    private func namedDistrict(of kindWord: String, in text: ArticleText) -> Gazetteer.Place? {
        var found: [Gazetteer.Place] = []
        for folded in [text.title.folded] + text.blocks.filter({ $0.part != .caption }).map(\.folded) {
            for mention in places.mentions(in: folded) where mention.kindWord == kindWord {
                if let place = places.resolve(mention), case .district = place, !found.contains(place) { found.append(place) }
            }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// "Lục Nam: Sơ kết …", "Can Lộc tuyên dương …": the one district of this kind the title names without its kind
    /// word (in `province` when given); a name that is also a province's is not taken for a district.
    private func titleDistrict(of kindWord: String, in text: ArticleText, province: Int?) -> Gazetteer.Place? {
        var found: [Gazetteer.Place] = []
        for mention in places.mentions(in: text.title.folded) where !mention.candidates.contains(where: \.isProvince) {
            let districts = mention.candidates.filter { place in
                guard case .district(_, let kind, let index) = place else { return false }
                return kind == kindWord && (province.map { $0 == index } ?? true)
            }
            if districts.count == 1, !found.contains(districts[0]) { found.append(districts[0]) }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// The one place the title, the body or a caption gives a committee of this kind: "Huyện ủy Na Hang" in the title,
    /// "Phó Bí thư Thường trực Thị ủy Phú Mỹ phát biểu …" under a photo.
    private func namedCommittee(_ kind: UnitCatalog.Kind, in text: ArticleText) -> Gazetteer.Place? {
        var found: [Gazetteer.Place] = []
        for folded in [text.title.folded] + text.blocks.map(\.folded) {
            for mention in units.mentions(in: folded) where mention.kind.id == kind.id && mention.department == nil {
                if let place = mention.place, case .district = place, !found.contains(place) { found.append(place) }
            }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// The name of the commune whose portal the page is, after its place word `word` on a site's banner ("CỔNG THÔNG TIN ĐIỆN TỬ
    /// PHƯỜNG HÀ GIANG 1" for "phường": "Hà Giang 1"), in a name's capitals.
    private func bannerCommune(_ word: String, _ article: Article) -> String? {
        for label in article.headerLabels where gazetteer.isSiteName(label) {
            let words = label.split(separator: " ")
            guard let at = words.lastIndex(where: { $0.lowercased() == word.lowercased() }), at + 1 < words.count else { continue }
            let name = BylineParser.titleCased(words[(at + 1)...].joined(separator: " "))
            guard !name.contains(where: { ",.;:|".contains($0) }) else { continue }
            return name
        }
        return nil
    }

    /// The district whose portal the page is: a site's banner naming it ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NA HANG").
    private func bannerDistrict(_ article: Article) -> Gazetteer.Place? {
        let labels = article.headerLabels
        // "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TAM NÔNG" (Phú Thọ or Đồng Tháp) over a footer "… huyện Tam Nông, tỉnh Phú Thọ".
        lazy var footer = footerProvinces(article)
        for (position, label) in labels.enumerated() where gazetteer.isSiteName(label) {
            for mention in places.mentions(in: gazetteer.spelling.fold(label)) where mention.kindWord.map(units.catalog.districtPlaceWords.contains) == true {
                if let place = places.resolve(mention) ?? places.resolve(mention, context: footer), case .district = place { return place }
            }
            // "LƯƠNG TÀI" on the line above "CỔNG THÔNG TIN ĐIỆN TỬ": the portal's name alone, one district's.
            for neighbour in [position - 1, position + 1] where labels.indices.contains(neighbour) {
                let name = gazetteer.spelling.fold(labels[neighbour]).trimmingWhitespace()
                let found = places.mentions(in: name)
                guard found.count == 1, found[0].range.location == 0, found[0].range.length == (name as NSString).length else { continue }
                let districts = found[0].candidates.filter(\.isDistrict)
                if districts.count == 1, districts.count == found[0].candidates.count { return districts[0] }
            }
        }
        return nil
    }

    /// The unit set off by a comma right after `mention` where the story first names it ("…, BĐBP Hà Giang").
    private func parentAfter(_ mention: UnitMention, in text: ArticleText) -> UnitMention? {
        for block in text.body.prefix(Self.paragraphsSearched + 1) {
            let folded = block.folded as NSString
            let found = folded.range(of: mention.text)
            guard found.location != NSNotFound else { continue }
            let rest = folded.substring(from: found.upperBound)
            guard rest.hasPrefix(", ") else { return nil }
            return units.mentions(in: String(rest.dropFirst(2))).first.flatMap { $0.range.location == 0 ? $0 : nil }
        }
        return nil
    }

    /// The provinces the page's footer names, after the story ("Địa chỉ: …, huyện Tam Nông, tỉnh Phú Thọ"): only to choose among
    /// the provinces a banner's district may be of (a national paper's footer gives its own seat).
    private func footerProvinces(_ article: Article) -> [Int] {
        article.footer.flatMap { provincesWithTheirWord(in: gazetteer.spelling.fold($0.text)).compactMap { places.resolve($0)?.provinceIndex } }
    }

    /// The places `folded` names after a province's own word ("tỉnh Phú Thọ"), never a district's.
    private func provincesWithTheirWord(in folded: String) -> [PlaceFinder.Mention] {
        places.mentions(in: folded).filter { $0.kindWord.map(units.catalog.provinceOnlyPlaceWords.contains) == true }
    }

    /// The address line of a unit's own site, under its name in the footer ("TRƯỜNG THPT PHAN CHÂU TRINH", then "Địa chỉ: 154 Lê
    /// Lợi, quận Hải Châu, TP Đà Nẵng") or in the footer under its name over the title, or right under that name (`inHeader`),
    /// when that name ends the unit's (its committee's or organ's too: "Chi bộ Trường THPT Phan Châu Trinh").
    private func siteAddress(of unit: String, in article: Article) -> (text: String, inHeader: Bool)? {
        let footer = article.footer
        let key = VietnameseFolding.looseKey(unit)
        // A line in capitals that is the unit's name, or its institution's ("TRƯỜNG THCS TÂN BÌNH" for "Chi bộ Trường THCS Tân Bình").
        func namesTheUnit(_ line: String) -> Bool {
            let siteName = VietnameseFolding.looseKey(line)
            return TextShape.isMostlyUppercase(line) && !siteName.isEmpty && (key == siteName || key.hasSuffix(" " + siteName))
        }
        // Its name over the title, its address in the footer, or right under its name there ("TRƯỜNG THPT PHAN ĐÌNH PHÙNG" over
        // "Địa chỉ: 67B Cửa Bắc, Ba Đình, Hà Nội"), which may end with its province named alone.
        if let named = article.headerLabels.firstIndex(where: namesTheUnit) {
            if let address = footer.last(where: { gazetteer.isAddress($0.text) }) { return (address.text, false) }
            if named + 1 < article.headerLabels.count, gazetteer.isAddress(article.headerLabels[named + 1]) { return (article.headerLabels[named + 1], true) }
        }
        for (index, line) in footer.enumerated().dropLast() where namesTheUnit(line.text) {
            let next = footer[index + 1].text
            return gazetteer.isSiteName(next) ? (next, false) : nil
        }
        return nil
    }

    /// The province a site's banner, footer or byline gives a unit named up to its province's word ("Bệnh viện Đa khoa tỉnh", "Công an
    /// tỉnh"): "BỆNH VIỆN ĐA KHOA TỈNH NINH BÌNH", "Bản quyền thuộc về Bệnh viện Đa khoa tỉnh Ninh Bình", "(BHXH tỉnh Gia Lai)". The name is matched from
    /// its kind on (a committee before it, "Đảng ủy", is not on the banner), and the place must follow it at once.
    private func ownSiteCompletion(of name: String, in article: Article) -> Gazetteer.Place? {
        // Short names spelled out on both sides: "Đảng ủy BHXH tỉnh" and "(BHXH tỉnh Gia Lai)", or one of them written in full.
        let words = VietnameseFolding.looseKey(units.catalog.spellingOutNames(name)).split(separator: " ")
        guard let last = words.last, units.catalog.provinceOnlyPlaceWords.contains(where: { VietnameseFolding.looseKey($0) == last }) else { return nil }
        // Each province the site's lines name with its word, with what stands before it; the byline's credit too ("Minh Thư (BHXH
        // tỉnh Gia Lai)": the writer's office).
        let named = (article.headerLabels + article.footer.map(\.text) + article.sourceCredits).flatMap { line in
            let folded = units.catalog.spellingOutNames(gazetteer.spelling.fold(line))
            return provincesWithTheirWord(in: folded).map { mention in
                (before: " " + VietnameseFolding.looseKey(folded.substring(utf16To: mention.range.location)), mention: mention)
            }
        }
        for start in words.indices where words.count - start >= Self.ownSiteNameWords {
            let unit = " " + words[start...].joined(separator: " ")
            if let found = named.first(where: { $0.before.hasSuffix(unit) }), let place = places.resolve(found.mention) { return place }
        }
        return nil
    }

    /// Words of a unit's name, its province's word among them, a site's line must repeat ("Công an tỉnh"): "khoa tỉnh" alone names no one.
    static let ownSiteNameWords = 3

    /// The places `folded` names with their words ("tỉnh Quảng Trị", "thành phố Phúc Yên"; not the street "Chi Lăng"), resolved.
    private func placesWithTheirWords(in folded: String) -> [Gazetteer.Place] {
        places.mentions(in: folded).filter { $0.kindWord != nil }.compactMap { places.resolve($0) }
    }

    /// From the day the 2025 successors took office, a place is in the province that absorbed its own ("cơ sở Vĩnh Yên" in 2026
    /// is Phú Thọ's), under the successor's name ("Huế").
    private func successor(of province: ProvinceFact, on date: CalendarDate) -> ProvinceFact {
        guard let name = province.successor2025, name != province.name, let inForce = gazetteer.successorInForce(named: name), date >= inForce,
              let index = gazetteer.province(named: name) else { return province }
        // Renamed ("Huế" for Thừa Thiên Huế): no id of the province it was, whose pages keep its name.
        let renamed = gazetteer.renamedSuccessor(named: name) != nil
        return ProvinceFact(name: name, id: renamed ? nil : gazetteer.provinces[index].id, successor2025: name,
                            inferredFrom: province.inferredFrom + "; từ \(inForce.day)/\(inForce.month)/\(inForce.year) thuộc \(name)")
    }

    private func fact(_ index: Int?, name: String? = nil, _ how: String, place: Gazetteer.Place? = nil) -> ProvinceFact? {
        guard let index else { return name.map { ProvinceFact(name: $0, inferredFrom: how) } }
        let province = gazetteer.provinces[index]
        var how = how
        if case .district(let district, let kind, _) = place { how += " (\(kind) \(district) thuộc \(province.name))" }
        return ProvinceFact(name: province.name, id: province.id, successor2025: province.successor_2025, inferredFrom: how)
    }

    /// The unit's one name: its kind and place as the gazetteer writes them, organ left out.
    /// "Tỉnh ủy Nghệ An", "UBND tỉnh Nghệ An", "Thành đoàn Đà Nẵng", "Thành ủy thành phố Hồ Chí Minh"
    /// (a name that is also a person's keeps its kind word).
    static func provincialName(_ kind: UnitCatalog.Kind, _ province: Gazetteer.Province) -> String {
        let base = province.kind == "thành phố" ? kind.city_name ?? kind.name : kind.name
        let place = province.kind ?? "tỉnh"
        let direct = kind.format == "direct" && province.name_needs_kind_word != true
        return direct ? "\(base) \(province.name)" : "\(base) \(place) \(province.name)"
    }

    /// "Hội LHPN huyện Châu Thành", "Huyện đoàn Tam Nông": a district name several provinces have, in the province found.
    private func district(namedIn mention: UnitMention, of province: ProvinceFact?) -> Gazetteer.Place? {
        let word = mention.placeWord.map(units.catalog.spelledOutPlaceWord)
        guard word.map(units.catalog.districtPlaceWords.contains) ?? (mention.kind.place == "district"),
              let index = gazetteer.province(id: province?.id) else { return nil }
        return places.mentions(in: mention.text).lazy.compactMap { self.places.resolve($0, context: [index]) }.first { place in
            if case .district = place { return place.provinceIndex == index } else { return false }
        }
    }

    /// The unit a report opening `sentence` speaks for: "Theo Ban Dân vận Huyện ủy X, …", or through its head ("Theo ông Nguyễn
    /// Văn Thắng, Ủy viên Ban Thường vụ Huyện ủy, Chủ tịch Hội Nông dân huyện Mộc Châu, …": the unit of the last of the posts after
    /// the name, which run to a comma a lowercase word follows).
    private func reportSourceUnit(_ sentence: String) -> UnitMention? {
        let whole = NSRange(location: 0, length: (sentence as NSString).length)
        let ofTheWholeCountry = { (mention: UnitMention) in mention.kind.place == "central" || mention.level == "trung-uong" }
        if let head = units.catalog.reportSourcePerson?.firstMatch(in: sentence, range: whole, anchored: true) {
            let postsEnd = Self.postsEnd.firstMatch(in: sentence, range: NSRange(location: head.upperBound, length: whole.length - head.upperBound))?.location
                ?? whole.length
            guard postsEnd - head.upperBound <= Self.longestReportTitle else { return nil }
            return units.mentions(in: sentence).last { mention in
                mention.range.location >= head.upperBound && mention.range.upperBound <= postsEnd && !ofTheWholeCountry(mention)
            }
        }
        guard let opening = units.catalog.reportSource?.firstMatch(in: sentence, range: whole, anchored: true) else { return nil }
        return units.mentions(in: sentence).first { $0.range.location == opening.upperBound && !ofTheWholeCountry($0) }
    }

    /// UTF-16 units a head's posts may take ("Ủy viên Ban Thường vụ Huyện ủy, Chủ tịch Hội Nông dân huyện Mộc Châu").
    private static let longestReportTitle = 160
    /// A comma a lowercase word follows: the end of a head's posts ("…, Chủ tịch Hội Nông dân huyện Mộc Châu, toàn huyện …").
    private static let postsEnd = Pattern(literal: #",\s+(?-i:\p{Ll})"#)

    func describe(_ mention: UnitMention, province: ProvinceFact?) -> Organizer {
        var mention = mention
        if mention.place == nil, let district = district(namedIn: mention, of: province) { mention.place = district }
        let kind = mention.kind
        var name = kind.name
        var provinceID = province?.id
        if kind.place == "named" {
            // Named units are their own words: "Trường THPT Lương Tâm", "Cụm thi đua …"; short names spelled out
            // ("Đảng ủy Bộ GD&ĐT" is "Đảng ủy Bộ Giáo dục và Đào tạo").
            name = units.catalog.spellingOutWrittenName(
                mention.organ.map { String(mention.text.dropFirst($0.count)).trimmingWhitespace() } ?? mention.text)
        } else if kind.place != "central" {
            switch mention.place {
            case .district(let district, let gazetteerKind, let index)?:
                // The kind as written ("UBND huyện Thuận Thành" before it became a thị xã), else as the gazetteer has it.
                let written = mention.placeWord.map(units.catalog.spelledOutPlaceWord)
                let districtKind = written.flatMap { units.catalog.districtPlaceWords.contains($0) || $0 == "thành phố" ? $0 : nil } ?? gazetteerKind
                // "Thành đoàn Bảo Lộc": a city's body takes the city's name of its kind, as a centrally-run city's does.
                if gazetteerKind == "thành phố", let cityName = kind.city_name { name = cityName }
                // "Quận ủy Quận 3": a numbered district keeps its word, a named one does not ("Huyện ủy Thạnh Hóa").
                if kind.format != "direct" {
                    name += " \(districtKind) \(district)"
                } else if district.allSatisfy(\.isNumber) {
                    name += " \(districtKind.capitalizingFirst()) \(district)"
                } else {
                    name += " \(district)"
                }
                provinceID = gazetteer.provinces[index].id
            case .province(let index)?:
                let province = gazetteer.provinces[index]
                name = Self.provincialName(kind, province)
                provinceID = province.id
            case .commune(_, _, let index, _)?:
                // "Đảng ủy thị trấn Tràm Chim": as written (below), in the town's province.
                provinceID = gazetteer.provinces[index].id
                fallthrough
            case nil:
                var written = mention.organ.map { String(mention.text.dropFirst($0.count)).trimmingWhitespace() } ?? mention.text
                // The department is named below ("Ban Dân vận Huyện ủy" is written "Huyện ủy" here).
                if let department = mention.department, let range = written.range(of: department.name + " ", options: [.caseInsensitive, .anchored]) {
                    written.removeSubrange(range)
                }
                if kind.place == "district" || mention.placeWordLevel != nil {
                    // "Thị ủy Tân Châu", a district name the gazetteer could not place, "UBND phường Ghềnh Ráng", "UBND
                    // huyện" or "Huyện ủy" of a district unknown: as written, never the province's name.
                    if written.count > kind.name.count { name = written }
                } else if let province, province.name != Gazetteer.central, let index = gazetteer.province(id: province.id) {
                    name = Self.provincialName(kind, gazetteer.provinces[index])
                } else if let province, let renamed = gazetteer.renamedSuccessor(named: province.name) {
                    // "Thành ủy" of an event in Huế from 1/1/2025: "Thành ủy Huế".
                    name = Self.provincialName(kind, renamed)
                } else if kind.format != "direct" {
                    name += " tỉnh"
                }
            }
        }
        if let department = mention.department { name = department.name + " " + name }
        if let committee = mention.partyCommittee { name = committee + " " + name }
        // "Đảng ủy Trường ĐH Quy Nhơn" is "Đảng ủy Trường Đại học Quy Nhơn", whichever way its kind named it.
        name = units.catalog.spellingOutNames(name)
        let level = mention.level
        let districtLevel = level == "huyen" || level == "co-so"
        var id = Slug.make(name) + (districtLevel ? provinceID.map { "-" + $0 } ?? "" : "")
        // Never the folder's own page, never empty.
        if id.isEmpty || id == "index" { id = "don-vi-" + StableHash.shortHex(name) }
        return Organizer(phrase: mention.text, unit: name, unitID: id, kind: mention.department?.name ?? kind.name,
                         kindID: mention.department?.id ?? kind.id, level: level,
                         levelName: units.catalog.levelNames[level])
    }
}
