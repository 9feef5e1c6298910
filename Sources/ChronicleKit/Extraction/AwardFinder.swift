import Foundation

/// One award clause: who gave what to how many.
public struct Award: Sendable, Codable, Hashable {
    public var giver: String?
    public var kind: String
    public var collectives: Int?
    public var individuals: Int?
    /// "133 tập thể, cá nhân": a count not split between collectives and individuals.
    public var combined: Int?
    public var evidence: String
    public var line: Int
    /// Where the kind was read when the clause itself only says "khen thưởng": "caption".
    public var kindFrom: String?
    /// One unit or person named rather than counted ("trao Cờ thi đua cho Công an huyện X").
    public var recipientNamed: Bool?
    /// That unit or person, as written.
    public var recipient: String?

    public var total: Int { (collectives ?? 0) + (individuals ?? 0) + (combined ?? 0) }
}

/// Finds award clauses in the body, from the vocabulary in `extraction/awards.yml`.
/// Captions never add counts; they only name a kind the body leaves generic.
struct AwardFinder: Sendable {
    struct Named: Codable, Sendable {
        var name: String
        var patterns: [String]
        var kind: String?
    }

    struct Recipients: Codable, Sendable {
        var combined: [String]
        var collectives: [String]
        var individuals: [String]
        var individuals_after_award: [String]?
        /// Places and bodies counted only right after the award word: "tặng Giấy khen cho 4 khu phố".
        var collectives_after_award: [String]?
    }

    struct Grammar: Codable, Sendable {
        var before_passive: [String]
        var passive: [String]
        var giver_markers: [String]
        var recipient_markers: [String]
        var clause_words: [String]
        var giver_fillers: [String]
        /// "X và Y lần lượt tặng Giấy khen, Bằng khen cho A và B": givers and kinds pair with the lists in order.
        var respectively: [String]?
        var giver_joiners: [String]?
        var list_joiners: [String]?
        var appositives: [String]?
        var representing: [String]?
        var not_receive: [String]?
    }

    struct Source: Codable, Sendable {
        var schema: String
        var kinds: [Named]?
        var verbs: [Named]?
        var recipients: Recipients?
        var approximate: [String]?
        var cumulative: [String]?
        var at_event: [String]?
        var breakdown: [String]?
        var offices: [String]?
        var receive: [String]?
        var past: [String]?
        var on_behalf: [String]?
        var single_recipient_persons: [String]?
        var named_collectives: [String]?
        var event_subjects: [String]?
        var head_titles: [String]?
        var office_titles: [String]?
        var grammar: Grammar?

        static let schemaName = "chronicle.awards/1"
        static let keys: Set<String> = ["schema", "kinds", "verbs", "recipients", "approximate", "cumulative", "at_event",
                                        "breakdown", "offices", "office_titles", "receive", "past", "on_behalf", "single_recipient_persons", "named_collectives", "event_subjects", "head_titles", "grammar"]
    }

    private let kinds: [(name: String, pattern: Pattern)]
    private let anyKind: Pattern
    private let verbs: [(name: String, kind: String?, pattern: Pattern)]
    private let anyVerb: Pattern
    private let count: Pattern
    private let elidedCount: Pattern
    private let combinedNoun: Pattern
    private let collectiveNoun: Pattern
    private let weakNoun: Pattern
    private let cumulative: Pattern
    private let atEvent: Pattern
    private let past: Pattern
    /// Clause grammar, from `grammar` in awards.yml.
    private let forRecipient: Pattern
    private let adjacentGap: Pattern
    private let passive: Pattern
    private let of: Pattern
    private let notInAwardName: Pattern
    private let ofEnd: Pattern
    private let fillers: Pattern
    private let onBehalf: Pattern
    /// "cho đồng chí Lê Văn A": one person, named.
    private let singlePerson: Pattern
    private let breakdown: Pattern
    private let breakdownInside: Pattern
    private let office: Pattern
    private let receive: Pattern
    /// The receive verb ending a clause's subject: "… vinh dự đón nhận".
    private let receiveEnd: Pattern
    /// A passive giving ending a clause's subject: "… được Bộ trưởng Bộ Công an tặng".
    private let givenEnd: Pattern
    /// "cho Chi bộ X và " right before a count: a named unit heading the list.
    private let namedBefore: Pattern
    /// The event itself as a subject ("Hội nghị", "Buổi lễ"): its organizer gives.
    private let eventSubject: Pattern
    /// A post opening a giver's name, and the place name closing it ("… tỉnh Nam Định"), for captions.
    private let officeTitleStart: Pattern
    private let placeSuffix: Pattern
    /// Between two counts of one list: "6 tập thể khoa, phòng và", "3 tập thể gồm A, B và".
    private let qualifiedJoin: Pattern
    private let namedJoin: Pattern
    private let listJoinerEnd: Pattern
    /// What introduces counts as recipients, right before them: "cho", "gồm", "tuyên dương", a kind, ":".
    private let recipientIntroduction: Pattern
    /// "Thay mặt tập thể, đồng chí A nhận …": the person receives for a unit.
    private let representing: Pattern
    /// Words a named collective starts with: "Công đoàn …", "Chi bộ …".
    private let namedCollective: Pattern
    private let respectively: Pattern?
    /// A post, and nothing else, before a unit's name.
    private let officeTitle: Pattern
    private let giverJoiner: Pattern
    private let units: UnitFinder
    /// Posts that give awards in their own name, longest first ("Phó Chủ tịch" before "Chủ tịch").
    let officeTitles: [String]

    init(sources: [Source], units: UnitFinder) throws {
        let all = sources.all
        let alternation = Pattern.alternatives
        let kindList = sources.flatMap { $0.kinds ?? [] }
        kinds = try kindList.map { ($0.name, try Pattern("(?<!\\p{L})(?:\(alternation($0.patterns)))")) }
        anyKind = try Pattern("(?<!\\p{L})(?:\(alternation(kindList.flatMap(\.patterns))))")
        let verbList = sources.flatMap { $0.verbs ?? [] }
        verbs = try verbList.map { ($0.name, $0.kind, try Pattern("(?<!\\p{L})(?:\(alternation($0.patterns)))(?!\\p{L})")) }
        anyVerb = try Pattern("(?<!\\p{L})(?:\(alternation(verbList.flatMap(\.patterns))))(?!\\p{L})")
        let recipients = sources.compactMap(\.recipients)
        let combined = recipients.flatMap(\.combined), collectives = recipients.flatMap(\.collectives)
        let individuals = recipients.flatMap(\.individuals)
        let collectivesAfterAward = recipients.flatMap { $0.collectives_after_award ?? [] }
        let afterAwardNouns = recipients.flatMap { $0.individuals_after_award ?? [] } + collectivesAfterAward
        let numberWords = Pattern.phrases(Array(NumberWords.words.keys))
        let approximate = Pattern.phrases(all(\.approximate))
        let number = "\\d{1,3}(?:\\.\\d{3})+|\\d+|\(numberWords)"
        let noun = alternation(combined + collectives + individuals + afterAwardNouns)
        count = try Pattern("(?<![\\p{L}\\d.,])(?:(?<approx>\(approximate))\\s+)?(?<n>\(number))\\s+(?<noun>\(noun))(?!\\p{L})")
        combinedNoun = try Pattern("^(?:\(alternation(combined)))$")
        collectiveNoun = try Pattern("^(?:\(alternation(collectives + collectivesAfterAward)))$")
        weakNoun = try Pattern("^(?:\(alternation(afterAwardNouns)))$")
        cumulative = try Pattern("(?<!\\p{L})(?:\(alternation(all(\.cumulative))))")
        singlePerson = try Pattern("^\\s*(?:\(Pattern.phrases(all(\.single_recipient_persons))))\\s+\\p{Lu}", caseInsensitive: false)
        onBehalf = try Pattern("(?<!\\p{L})(?:\(alternation(all(\.on_behalf))))\\s+(?<principal>[^,;]{3,80}),")
        guard let grammar = sources.compactMap(\.grammar).last else { throw ChronicleError(file: "awards.yml", "grammar is required") }
        let recipient = Pattern.phrases(grammar.recipient_markers)
        let clauseWords = Pattern.phrases(grammar.clause_words)
        // "cho 45 và 60 cựu chiến binh": the first count takes the noun of the second; only right after the
        // recipient marker and before a list joiner (never "Chỉ thị 05, 25 tập thể").
        elidedCount = try Pattern("(?<=(?:\(Pattern.phrases(grammar.recipient_markers)))\\s)(?<n>\\d{1,3}(?:\\.\\d{3})+|\\d+)(?=\\s+(?:\(Pattern.phrases(grammar.list_joiners ?? ["và"])))\\s+(?:\(number))\\s+(?<noun>\(noun))(?!\\p{L}))")
        forRecipient = try Pattern("\\G[^,;.]{0,60}?\\s+(?:\(recipient))\\s+")
        adjacentGap = try Pattern("^\\s*(?:[“\"][^”\"]{1,80}[”\"]\\s*)?(?:(?:\(recipient))\\s*)?$")
        // "5 công nhân lao động được …": a few more words of the noun phrase may come first.
        // "một tập thể là Hội Nông dân huyện Sơn Hà được …": or a name set off by "là", "gồm".
        let appositives = Pattern.phrases(grammar.appositives ?? [])
        let listJoiners = Pattern.phrases(grammar.list_joiners ?? ["và"])
        passive = try Pattern("\\s*(?:(?:\(appositives))\\s+[^,;.]{2,80}?\\s+|(?:[\\p{Ll}]+\\s+){0,6}?)" + grammar.before_passive.map { "(?:\(Pattern.escape($0))\\s+)?" }.joined() + "(?:\(Pattern.phrases(grammar.passive)))\\s+")
        of = try Pattern(#"\s*(?:[“"][^”"]{1,80}[”"]\s*)?(?:(?:[\p{L}]+\s){0,8})?(?:"# + Pattern.phrases(grammar.giver_markers) + #")\s+"#)
        notInAwardName = try Pattern("(?<!\\p{L})(?:\(clauseWords))(?!\\p{L})")
        ofEnd = try Pattern("\\s+(?:\(clauseWords))(?!\\p{L})|[,;.:]")
        fillers = try Pattern("(?<!\\p{L})(?:\(Pattern.phrases(grammar.giver_fillers)))(?!\\p{L})")
        past = try Pattern("(?<!\\p{L})(?:\(alternation(all(\.past))))(?!\\p{L})")
        atEvent = try Pattern("(?<!\\p{L})(?:\(alternation(all(\.at_event))))(?!\\p{L})")
        breakdown = try Pattern("^\\s*[,:;(]?\\s*(?:\(alternation(all(\.breakdown))))(?!\\p{L})")
        breakdownInside = try Pattern("(?:[,:;(]\\s*|\\s)(?:\(alternation(all(\.breakdown))))(?!\\p{L})")
        office = try Pattern("(?:\(alternation(all(\.offices))))", caseInsensitive: false)
        receive = try Pattern("\\s*(?:\(alternation(all(\.receive))))\\s+")
        // "… công nhận", "… ghi nhận" are other verbs, not a subject receiving.
        receiveEnd = try Pattern("(?<!\\p{L})(?<!(?:\(Pattern.phrases(grammar.not_receive ?? [])))\\s)(?:\(alternation(all(\.receive))))\\s*$")
        let giving = Pattern.alternatives(verbList.filter { $0.kind == nil }.flatMap(\.patterns))
        givenEnd = try Pattern("(?<!\\p{L})(?:(?:\(Pattern.phrases(grammar.before_passive)))\\s+)*(?:\(Pattern.phrases(grammar.passive)))\\s+\\S[^,;]{0,80}?\\s(?:\(giving))\\s*$")
        officeTitleStart = try Pattern("^(?:\(Pattern.phrases(all(\.office_titles))))\\s+", caseInsensitive: false)
        placeSuffix = try Pattern("(\\s(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường))(?:\\s\\p{Lu}[\\p{L}\\d]*)+$", caseInsensitive: false)
        namedBefore = try Pattern("(?<!\\p{L})(?:\(recipient))\\s+(?<name>\\p{Lu}[^,;:]{2,80}?)\\s+(?:\(listJoiners))\\s*$", caseInsensitive: false)
        eventSubject = try Pattern("^(?:\(Pattern.phrases(all(\.event_subjects))))$")
        qualifiedJoin = try Pattern("^\\p{Ll}+(?:,? \\p{Ll}+){0,3},? (?:\(listJoiners))$", caseInsensitive: false)
        namedJoin = try Pattern("^(?:(?:\(appositives)):?|:)\\s[^\\d;]{2,240}?,? (?:\(listJoiners))$", caseInsensitive: false)
        listJoinerEnd = try Pattern("(?:^|\\s)(?:\(listJoiners))$", caseInsensitive: false)
        recipientIntroduction = try Pattern("(?:(?<!\\p{L})(?:\(recipient)|\(appositives)|\(alternation(all(\.breakdown)))|\(alternation(verbList.flatMap(\.patterns)))|\(alternation(kindList.flatMap(\.patterns))))|[:,(])\\s*$")
        representing = try Pattern("(?<!\\p{L})(?:\(Pattern.phrases(grammar.representing ?? ["thay mặt"])))(?!\\p{L})")
        // Then a capital, perhaps after one word of place: "Công an huyện Cầu Kè", "Chi bộ thôn Tân Mỹ".
        namedCollective = try Pattern("^(?:\(Pattern.phrases(all(\.named_collectives))))\\s+(?:\\p{Ll}+\\s+)?[\\p{Lu}\\d]", caseInsensitive: false)
        // The whole phrase before the unit: "Bộ Tư lệnh BĐBP" is a unit, not the post "Tư lệnh".
        // The post opens the phrase or its clause ("Dịp này, Giám đốc …"): "Bộ Tư lệnh BĐBP" is a unit, not the post "Tư lệnh".
        officeTitle = try Pattern("(?:^|,)\\s*(?<title>\(Pattern.phrases(all(\.office_titles))))\\s+$", caseInsensitive: false)
        respectively = try grammar.respectively.map { try Pattern("(?<!\\p{L})(?:\(Pattern.phrases($0)))(?!\\p{L})") }
        giverJoiner = try Pattern("\\s+(?:\(grammar.giver_joiners.map { Pattern.phrases($0) } ?? "(?!)"))\\s+")
        self.units = units
        officeTitles = (all(\.office_titles) + all(\.head_titles)).sorted { $0.count > $1.count }
    }

    static let headlineWords = 30

    /// A run of counts that belong together: "1 tập thể, 2 cá nhân", "12 tập thể và 13 cá nhân".
    /// Ranges are UTF-16 offsets into the folded sentence.
    private struct Group {
        var range: NSRange
        var collectives = 0, individuals = 0, combined = 0
        var giver: String?
        /// Who performs the clause ("Hội CCB huyện trao … của Trung ương Hội CCB"): a later clause
        /// without a giver ("đồng thời tặng Giấy khen cho …") is theirs.
        var actor: String?
        var kind: String?
        var kindIsGeneric = false
        var evidence: NSRange
        var isTotal = false
        /// Counts of people named by trade ("100 công nhân") need the award word right before them,
        /// or a passive right after ("5 công nhân lao động được nhận Bằng khen").
        var needsAdjacentAward = false
        var isPassive = false
        /// Some of an award's recipients named again ("trong đó có 6 khu dân cư"): not an award of its own.
        var isPartOfTotal = false
        /// Takes no further counts (an elided count: "45 và 60 cựu chiến binh").
        var takesNoMoreCounts = false
        /// Started by a place or trade count not introduced as recipients ("thuộc 5 xã"): counts of
        /// recipients after it ("… và 20 cá nhân") are not part of it.
        var startsWithStrayPlace = false
        /// One unit or person named, not counted.
        var isNamed = false
        var recipientName: String?
        /// The noun classes in the order written (0 combined, 1 collectives, 2 individuals).
        var classOrder: [Int] = []
        var total: Int { collectives + individuals + combined }
        /// Which nouns the counts are of (0 combined, 1 collectives, 2 individuals).
        var classes: Set<Int> = []
        /// The nouns as written, lowercased.
        var nouns: Set<String> = []
    }

    private struct CountMatch {
        var range: NSRange
        var number: NSRange
        var noun: NSRange
        var approximate: Bool
        /// "45" in "45 và 60 cựu chiến binh": a list of its own, with the next count's noun.
        var elided: Bool
    }

    private func countMatches(in sentence: String) -> [CountMatch] {
        let whole = NSRange(location: 0, length: (sentence as NSString).length)
        let counted = count.regex.matches(in: sentence, range: whole).map {
            CountMatch(range: $0.range, number: $0.range(withName: "n"), noun: $0.range(withName: "noun"),
                       approximate: $0.range(withName: "approx").location != NSNotFound, elided: false)
        }
        let elided = elidedCount.regex.matches(in: sentence, range: whole).map {
            CountMatch(range: $0.range(withName: "n"), number: $0.range(withName: "n"), noun: $0.range(withName: "noun"), approximate: false, elided: true)
        }.filter { match in !counted.contains { NSIntersectionRange($0.range, match.range).length > 0 } }
        return (counted + elided).sorted { $0.range.location < $1.range.location }
    }

    /// "- Bằng khen của Chủ tịch UBND tỉnh: 5 tập thể, 8 cá nhân" under "… được khen thưởng, cụ thể:".
    private func isListedAward(_ block: ArticleText.Block, after previous: ArticleText.Block?) -> Bool {
        let bullets = CaptionDetector.bullets
        guard let first = block.original.unicodeScalars.first, bullets.contains(first), anyKind.matches(block.folded) else { return false }
        return previous.map { $0.original.hasSuffix(":") || $0.original.unicodeScalars.first.map(bullets.contains) == true } ?? false
    }

    /// A second count of these after one of the same class is a new list, never a part of it.
    static let genericNouns: Set<String> = ["tập thể", "cá nhân"]

    /// Givers are as written; `GiverNormalizer` gives them their one name. A sentence holding a day
    /// with its year other than the event's (`otherOccasion`) tells of that day's ceremony, not this one.
    func awards(in text: ArticleText, otherOccasion: (ArticleText.Block, NSRange) -> Bool = { _, _ in false }) -> [Award] {
        var awards: [Award] = []
        // Awards are told in sentences; a headline-shaped line (a related story's title) tells none.
        let body = text.body
        for (index, block) in body.enumerated() where TextShape.endsLikeSentence(block.original) || TextShape.wordCount(block.original) > Self.headlineWords
            || isListedAward(block, after: index > 0 ? body[index - 1] : nil) {
            let quoted = Self.quotedRanges(block.folded)
            for sentenceRange in block.sentences {
                let sentence = block.foldedText(sentenceRange)
                guard anyKind.matches(sentence) || anyVerb.matches(sentence), !otherOccasion(block, sentenceRange) else { continue }
                if cumulative.matches(sentence) && !atEvent.matches(sentence) { continue }
                var counted = groups(in: sentence)
                pairRespectively(&counted, in: sentence)
                let sentenceGroups = mergingContinuations(counted, in: sentence)
                for group in sentenceGroups + singleRecipients(in: sentence, besides: counted) where !group.isTotal && !group.isPartOfTotal {
                    guard let kind = group.kind, !inPastClause(group, of: sentence),
                          !quoted.contains(where: { NSLocationInRange(sentenceRange.location + group.range.location, $0) }) else { continue }
                    let evidence = block.text(NSRange(location: sentenceRange.location + group.evidence.location, length: group.evidence.length))
                    awards.append(Award(giver: group.giver, kind: kind,
                                        collectives: group.collectives > 0 ? group.collectives : nil,
                                        individuals: group.individuals > 0 ? group.individuals : nil,
                                        combined: group.combined > 0 ? group.combined : nil,
                                        evidence: evidence.trimmingCharacters(in: .whitespaces), line: block.line,
                                        kindFrom: group.kindIsGeneric ? "generic" : nil, recipientNamed: group.isNamed ? true : nil,
                                        recipient: group.recipientName))
                }
            }
        }
        return awards
    }

    /// Quotations: a speech ("“Tại hội nghị năm ngoái, 2 chi bộ được …”, đồng chí nói") or a saying
    /// ("“khen thưởng một người để cả tập thể noi theo”"). Counts inside one are words quoted, not
    /// this event's awards; names in quotes ("Dân vận khéo") hold no counts.
    static func quotedRanges(_ text: String) -> [NSRange] {
        guard text.utf16.contains(where: { $0 == 0x201C || $0 == 0x22 }) else { return [] }
        let characters = Array(text.utf16)
        var ranges: [NSRange] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard character == 0x201C || character == 0x22 else { index += 1; continue }
            let closer: UInt16 = character == 0x201C ? 0x201D : 0x22
            guard let end = characters[(index + 1)...].firstIndex(of: closer) else { index += 1; continue }
            ranges.append(NSRange(location: index, length: end - index + 1))
            index = end + 1
        }
        return ranges
    }

    /// After givers have their one name: the same award told twice counts once, headline totals
    /// go, and kinds left generic take the one a caption names.
    func finish(_ awards: [Award], captions: [ArticleText.Block]) -> [Award] {
        refineGenericKinds(dropRecaps(awards), captions: captions)
    }

    private func groups(in sentence: String) -> [Group] {
        let nsSentence = sentence as NSString
        var groups: [Group] = []
        for match in countMatches(in: sentence) {
            guard !match.approximate, let number = NumberWords.value(nsSentence.substring(with: match.number)) else { continue }
            let noun = nsSentence.substring(with: match.noun)
            let nounClass = combinedNoun.matches(noun) ? 0 : collectiveNoun.matches(noun) ? 1 : 2
            // "2 tập thể, 3 cá nhân và 15 tập thể, 26 cá nhân": a noun named again starts a new list;
            // "2 đảng bộ bộ phận, 5 chi bộ và 14 đảng viên" is one list of two kinds of collective.
            let nounKey = noun.lowercased()
            let afterAwardNoun = weakNoun.matches(noun)
            // "10 tập thể thuộc 5 xã và 20 cá nhân": recipients never join a stray place count.
            if !match.elided, let last = groups.last, !last.takesNoMoreCounts, !last.nouns.contains(nounKey),
               !(last.classes.contains(nounClass) && Self.genericNouns.contains(nounKey)),
               !(last.startsWithStrayPlace && !afterAwardNoun),
               joins(nsSentence.substring(with: NSRange(location: last.range.upperBound, length: match.range.location - last.range.upperBound))) {
                groups[groups.count - 1].range = NSUnionRange(last.range, match.range)
            } else {
                groups.append(Group(range: match.range, evidence: match.range))
                groups[groups.count - 1].takesNoMoreCounts = match.elided
                if afterAwardNoun {
                    let start = max(groups.count > 1 ? groups[groups.count - 2].range.upperBound : 0, match.range.location - Self.introductionWindow)
                    groups[groups.count - 1].startsWithStrayPlace =
                        recipientIntroduction.firstMatch(in: sentence, range: NSRange(location: start, length: match.range.location - start)) == nil
                }
            }
            if !groups[groups.count - 1].classes.contains(nounClass) { groups[groups.count - 1].classOrder.append(nounClass) }
            groups[groups.count - 1].classes.insert(nounClass)
            groups[groups.count - 1].nouns.insert(nounKey)
            if afterAwardNoun { groups[groups.count - 1].needsAdjacentAward = true }
            if combinedNoun.matches(noun) {
                groups[groups.count - 1].combined += number
            } else if collectiveNoun.matches(noun) {
                groups[groups.count - 1].collectives += number
            } else {
                groups[groups.count - 1].individuals += number
            }
            groups[groups.count - 1].evidence = groups[groups.count - 1].range
        }
        for index in groups.indices {
            let range = groups[index].range
            let clauseStart = nsSentence.range(of: ";", options: .backwards, range: NSRange(location: 0, length: range.location)).upperBoundOrZero
            let leftStart = index > 0 ? max(groups[index - 1].range.upperBound, clauseStart) : clauseStart
            let semicolon = nsSentence.range(of: ";", range: NSRange(location: range.upperBound, length: nsSentence.length - range.upperBound))
            let clauseEnd = semicolon.location == NSNotFound ? nsSentence.length : semicolon.location
            let rightEnd = index + 1 < groups.count ? min(groups[index + 1].range.location, clauseEnd) : clauseEnd
            let left = NSRange(location: leftStart, length: range.location - leftStart)
            let right = NSRange(location: range.upperBound, length: max(0, rightEnd - range.upperBound))
            // "31 tập thể và cá nhân, trong đó …": a total whose breakdown follows is not counted again,
            // also further on ("105 cựu chiến binh được tuyên dương, trong đó X và Y lần lượt tặng … cho
            // 45 và 60 cựu chiến binh") when the later counts add up to it.
            if index + 1 < groups.count {
                // The breakdown: the counts up to the clause end after the next count ("45 tập thể, cá nhân; trong đó, 12 …").
                let next = groups[index + 1].range.location
                let boundary = nsSentence.range(of: ";", range: NSRange(location: next, length: nsSentence.length - next))
                let breakdownEnd = boundary.location == NSNotFound ? nsSentence.length : boundary.location
                let parts = groups.indices.filter { $0 > index && groups[$0].range.location < breakdownEnd }
                let rest = parts.reduce(0) { $0 + groups[$1].total }
                let total = groups[index].total
                // A split says more than its total only when it tells collectives from individuals: "46 điển hình
                // gồm 17 tập thể và 29 cá nhân". "105 gương gồm 21 gương khối lực lượng vũ trang, 18 …" sorts
                // the same people: the total stays the award.
                // Parts that are awards of their own ("trong đó Tỉnh đoàn và … lần lượt tặng Bằng khen cho 30 và 40
                // đoàn viên") split it too.
                let partClasses = Set(parts.flatMap { groups[$0].classes })
                let marker = breakdownInside.firstMatch(in: sentence, range: NSRange(location: range.upperBound, length: next - range.upperBound))
                let partsOwnAward = marker.map { found in
                    let lead = NSRange(location: found.upperBound, length: next - found.upperBound)
                    return anyVerb.firstMatch(in: sentence, range: lead) != nil || anyKind.firstMatch(in: sentence, range: lead) != nil
                } ?? false
                let splits = groups[index].combined > 0 || !partClasses.isSubset(of: groups[index].classes) || partsOwnAward
                if breakdown.firstMatch(in: sentence, range: NSRange(location: range.upperBound, length: next - range.upperBound), anchored: true) != nil {
                    if splits && (rest == total || (groups[index].combined > 0 && rest <= total)) {
                        groups[index].isTotal = true
                        // "25 tập thể, cá nhân, trong đó có 9 tập thể": the rest are the other kind (16 cá nhân).
                        if groups[index].combined > 0, rest < total, parts.count == 1, groups[parts[0]].classes.count == 1 {
                            if groups[parts[0]].classes.contains(1) { groups[parts[0]].individuals = total - rest }
                            if groups[parts[0]].classes.contains(2) { groups[parts[0]].collectives = total - rest }
                        }
                    } else if rest <= total {
                        // "15 tập thể và 21 cá nhân, trong đó có 6 khu dân cư": some of those counted, named again.
                        for part in parts { groups[part].isPartOfTotal = true }
                    }
                } else if rest == total, breakdownInside.firstMatch(in: sentence, range: right) != nil {
                    if splits {
                        groups[index].isTotal = true
                    } else {
                        for part in parts { groups[part].isPartOfTotal = true }
                    }
                }
            }
            describe(&groups[index], left: left, right: right, in: sentence)
            applyPrincipal(&groups[index], clauseStart: clauseStart, in: sentence)
            if groups[index].needsAdjacentAward, !groups[index].isPassive, !awardWordEnds(left, in: sentence) { groups[index].kind = nil }
            // "tặng Giấy khen cho Chi bộ Xí nghiệp Thủy lợi Phú Ninh và 3 đảng viên": one named unit more.
            if groups[index].kind != nil, let named = namedBefore.regex.firstMatch(in: sentence, range: left) {
                let name = nsSentence.substring(with: named.range(withName: "name"))
                if units.mentions(in: name).first?.range.location == 0 || namedCollective.matches(name) {
                    groups[index].collectives += 1
                    groups[index].evidence = NSUnionRange(groups[index].evidence, named.range(withName: "name"))
                }
            }
            // "tặng Giấy khen cho 18 tập thể, cá nhân, trong đó có 7 tập thể và 11 cá nhân": the split is the award.
            if groups[index].kind == nil, index > 0, groups[index - 1].isTotal, groups[index - 1].kind != nil {
                groups[index].kind = groups[index - 1].kind
                groups[index].kindIsGeneric = groups[index - 1].kindIsGeneric
                groups[index].giver = groups[index - 1].giver
                groups[index].actor = groups[index - 1].actor
            }
            if groups[index].kind != nil, groups[index].giver == nil, index > 0 {
                // A breakdown's counts are given by whoever gave the total ("Ban Thường vụ khen thưởng 45 …;
                // trong đó 17 tập thể và 28 cá nhân được tặng Giấy khen").
                groups[index].giver = groups[index - 1].isTotal ? groups[index - 1].giver : groups[index - 1].actor ?? groups[index - 1].giver
            }
        }
        return groups
    }

    /// "Thừa ủy quyền của Chủ tịch nước, …": the principal gives, whoever hands it over, unless
    /// the clause names the award's own giver ("Cờ thi đua của Chính phủ").
    private func applyPrincipal(_ group: inout Group, clauseStart: Int, in sentence: String) {
        guard group.kind != nil, group.giver == nil || group.giver == group.actor,
              let principal = onBehalf.firstMatch(in: sentence, range: NSRange(location: clauseStart, length: group.range.location - clauseStart))
        else { return }
        let name = (sentence as NSString).substring(with: NSRange(location: principal.location, length: principal.length))
        if let match = onBehalf.firstMatch(in: name), let giver = match["principal"].flatMap({ giver(from: String($0)) }) {
            group.giver = giver
            group.actor = giver
        }
    }

    /// "tặng Giấy khen cho 3 tập thể có thành tích tổ chức tốt … và 10 giáo viên đạt giải": a count
    /// joined by "và" to an award's recipients, with no award word of its own, is more of them.
    private func mergingContinuations(_ groups: [Group], in sentence: String) -> [Group] {
        let nsSentence = sentence as NSString
        var merged: [Group] = []
        for group in groups {
            if group.kind == nil, !group.isTotal, let last = merged.last, last.kind != nil, !last.isTotal, !last.takesNoMoreCounts {
                let between = nsSentence.substring(with: NSRange(location: last.range.upperBound, length: group.range.location - last.range.upperBound))
                let text = between.trimmingCharacters(in: .whitespaces)
                if TextShape.wordCount(text) <= Self.longestContinuationWords, listJoinerEnd.matches(text), !text.contains(";"), namesNoAward(text) {
                    var joined = last
                    joined.collectives += group.collectives
                    joined.individuals += group.individuals
                    joined.combined += group.combined
                    joined.range = NSUnionRange(last.range, group.range)
                    joined.evidence = NSUnionRange(last.evidence, group.evidence)
                    merged[merged.count - 1] = joined
                    continue
                }
            }
            // A place or trade count with no award word of its own ("5 xã") is no award and joins nothing.
            if group.kind == nil, group.needsAdjacentAward, !group.isPassive { continue }
            merged.append(group)
        }
        return merged
    }

    static let longestContinuationWords = 12
    /// How far before a count its introduction ("cho", "gồm", "tuyên dương") is looked for, in UTF-16 units.
    static let introductionWindow = 40


    /// Awards to one named unit or person, with no count: "trao Cờ thi đua của Bộ Công an cho Công an tỉnh".
    private func singleRecipients(in sentence: String, besides groups: [Group]) -> [Group] {
        let nsSentence = sentence as NSString
        var found: [Group] = []
        for kind in anyKind.matches(in: sentence, range: NSRange(location: 0, length: nsSentence.length)) {
            guard let cho = forRecipient.firstMatch(in: sentence, range: NSRange(location: kind.upperBound, length: nsSentence.length - kind.upperBound),
                                                         anchored: true) else { continue }
            let recipientStart = cho.upperBound
            let clauseEnd = nsSentence.range(of: ";", range: NSRange(location: recipientStart, length: nsSentence.length - recipientStart))
            let end = clauseEnd.location == NSNotFound ? nsSentence.length : clauseEnd.location
            // Counts after the kind in the same clause make it a counted award, told already, unless they
            // only follow the named unit: "cho Trường THPT chuyên Bến Tre và ba nhà giáo".
            let countsAfter = groups.filter { $0.range.location >= kind.location && $0.range.location < end }
            guard countsAfter.allSatisfy({ $0.kind == nil }) else { continue }
            let rest = nsSentence.substring(with: NSRange(location: recipientStart, length: end - recipientStart))
            var group: Group
            if let unit = units.mentions(in: rest).first, unit.range.location == 0 {
                group = Group(range: NSRange(location: recipientStart, length: unit.range.length), evidence: NSRange())
                group.collectives = 1
                let joined = NSRange(location: recipientStart + unit.range.length, length: end - recipientStart - unit.range.length)
                let more = countsAfter.first
                // The joiner may end the unit's name as read ("Trường THPT chuyên Bến Tre và").
                let between = nsSentence.substring(with: NSRange(location: joined.location, length: max(0, more.map { $0.range.location - joined.location } ?? 0)))
                    .trimmingCharacters(in: .whitespaces)
                if let more, listJoinerEnd.matches(between) || (between.isEmpty && listJoinerEnd.matches(unit.text)) {
                    group.collectives += more.collectives
                    group.individuals += more.individuals
                    group.combined += more.combined
                    group.range = NSUnionRange(group.range, more.range)
                }
            } else if namedCollective.matches(rest) {
                // "cho Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh": a unit named, up to the clause's next comma.
                let nameEnd = (rest as NSString).range(of: ",").location
                group = Group(range: NSRange(location: recipientStart, length: nameEnd == NSNotFound ? (rest as NSString).length : nameEnd),
                              evidence: NSRange())
                group.collectives = 1
            } else if singlePerson.matches(rest) {
                let personEnd = (rest as NSString).range(of: ",").location
                group = Group(range: NSRange(location: recipientStart, length: personEnd == NSNotFound ? (rest as NSString).length : personEnd),
                              evidence: NSRange())
                group.individuals = 1
            } else {
                continue
            }
            let clauseStart = nsSentence.range(of: ";", options: .backwards, range: NSRange(location: 0, length: kind.location)).upperBoundOrZero
            group.evidence = group.range
            group.isNamed = true
            group.recipientName = nsSentence.substring(with: NSRange(location: recipientStart, length: min(group.range.length, nsSentence.length - recipientStart)))
            describe(&group, left: NSRange(location: clauseStart, length: recipientStart - clauseStart), right: NSRange(location: group.range.upperBound, length: 0), in: sentence)
            applyPrincipal(&group, clauseStart: clauseStart, in: sentence)
            if group.kind != nil { found.append(group) }
        }
        return found + namedReceivers(in: sentence, besides: groups + found)
    }

    /// "Công đoàn Tổng công ty May Hưng Yên vinh dự đón nhận Cờ thi đua của Ban Chấp hành Tổng LĐLĐ Việt
    /// Nam": one named unit (or person) receiving, the subject of its clause.
    private func namedReceivers(in sentence: String, besides groups: [Group]) -> [Group] {
        let nsSentence = sentence as NSString
        var found: [Group] = []
        for kind in anyKind.matches(in: sentence, range: NSRange(location: 0, length: nsSentence.length)) {
            let clauseStart = max(nsSentence.range(of: ";", options: .backwards, range: NSRange(location: 0, length: kind.location)).upperBoundOrZero,
                                  nsSentence.range(of: ",", options: .backwards, range: NSRange(location: 0, length: kind.location)).upperBoundOrZero)
            let before = NSRange(location: clauseStart, length: kind.location - clauseStart)
            // "… vinh dự đón nhận Cờ thi đua", or passive: "… vinh dự được Bộ trưởng Bộ Công an tặng Cờ thi đua".
            guard let verb = receiveEnd.firstMatch(in: sentence, range: before) ?? givenEnd.firstMatch(in: sentence, range: before),
                  !groups.contains(where: { NSLocationInRange($0.range.location, NSRange(location: clauseStart, length: kind.upperBound - clauseStart)) })
            else { continue }
            let subject = nsSentence.substring(with: NSRange(location: clauseStart, length: verb.location - clauseStart))
            // "Thay mặt tập thể, đồng chí A nhận Cờ thi đua": received for a unit named elsewhere.
            guard representing.firstMatch(in: sentence, range: NSRange(location: 0, length: verb.location)) == nil else { continue }
            let leading = subject.prefix { $0 == " " }.utf16.count
            let name = subject.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, TextShape.wordCount(name) <= Self.longestReceiverWords else { continue }
            var group = Group(range: NSRange(location: clauseStart + leading, length: (name as NSString).length), evidence: NSRange())
            group.isNamed = true
            group.recipientName = name
            if singlePerson.matches(name) {
                group.individuals = 1
            } else if namedCollective.matches(name) || units.mentions(in: name).first?.range.location == 0 {
                group.collectives = 1
            } else {
                continue
            }
            group.evidence = NSRange(location: group.range.location, length: kind.upperBound - group.range.location)
            let clauseEnd = nsSentence.range(of: ";", range: NSRange(location: kind.upperBound, length: nsSentence.length - kind.upperBound))
            let end = clauseEnd.location == NSNotFound ? nsSentence.length : clauseEnd.location
            describe(&group, left: NSRange(location: clauseStart, length: 0), right: NSRange(location: group.range.upperBound, length: end - group.range.upperBound), in: sentence)
            // The evidence runs to the giver ("… đón nhận Cờ thi đua của Ban Chấp hành …"), up to the next comma.
            let comma = nsSentence.range(of: ",", range: NSRange(location: kind.upperBound, length: end - kind.upperBound))
            group.evidence = NSRange(location: group.range.location, length: (comma.location == NSNotFound ? end : comma.location) - group.range.location)
            if group.kind != nil { found.append(group) }
        }
        return found
    }

    static let longestReceiverWords = 14

    /// "…; đồng thời đề nghị Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 1 tập thể": an earlier occasion or a
    /// proposal, in the group's own clause (between semicolons).
    private func inPastClause(_ group: Group, of sentence: String) -> Bool {
        let nsSentence = sentence as NSString
        let start = nsSentence.range(of: ";", options: .backwards, range: NSRange(location: 0, length: group.range.location)).upperBoundOrZero
        let after = nsSentence.range(of: ";", range: NSRange(location: group.range.upperBound, length: nsSentence.length - group.range.upperBound))
        let end = after.location == NSNotFound ? nsSentence.length : after.location
        if past.firstMatch(in: sentence, range: NSRange(location: start, length: end - start)) != nil { return true }
        // "Tại hội nghị tổng kết năm trước, …; 2 cá nhân được …": the sentence's opening sets the time of all its clauses.
        let opener = nsSentence.range(of: ",")
        return opener.location != NSNotFound && opener.location < group.range.location
            && past.firstMatch(in: sentence, range: NSRange(location: 0, length: opener.location)) != nil
    }

    /// "tuyên dương 100 công nhân", "tặng Bằng khen cho 100 công nhân": the award word ends the left window.
    private func awardWordEnds(_ left: NSRange, in sentence: String) -> Bool {
        let words = (anyVerb.matches(in: sentence, range: left) + anyKind.matches(in: sentence, range: left)).map(\.upperBound)
        guard let last = words.max() else { return false }
        let gap = (sentence as NSString).substring(with: NSRange(location: last, length: left.upperBound - last))
        return adjacentGap.matches(gap)
    }


    /// Counts joined by a comma or "và" are one recipient list.
    private func joins(_ between: String) -> Bool {
        let text = between.trimmingCharacters(in: .whitespaces)
        if text == "," || text == "và" || text == ", và" || text == "cùng" || text.isEmpty { return true }
        // "6 tập thể khoa, phòng và 14 cá nhân": a few words saying what the first count is of;
        // "3 tập thể gồm Ủy ban Kiểm tra Huyện ủy A, … và 4 cá nhân": the names of those counted.
        guard qualifiedJoin.matches(text) || namedJoin.matches(text) else { return false }
        return namesNoAward(text)
    }

    /// No award verb, kind, passive or receive: words between counts that leave them in one list.
    private func namesNoAward(_ text: String) -> Bool {
        !anyVerb.matches(text) && !anyKind.matches(text) && passive.firstMatch(in: text) == nil && receive.firstMatch(in: text) == nil
    }



    /// Reads the kind and giver around a group: passive on the right ("được Thủ tướng Chính phủ
    /// tặng Bằng khen"), else active on the left ("Ban Thường vụ Tỉnh ủy tặng Bằng khen cho").
    private func describe(_ group: inout Group, left: NSRange, right: NSRange, in sentence: String) {
        let nsSentence = sentence as NSString
        if let passive = passive.firstMatch(in: sentence, range: right, anchored: true) {
            group.isPassive = true
            let afterBy = NSRange(location: passive.upperBound, length: right.upperBound - passive.upperBound)
            if let verb = anyVerb.firstMatch(in: sentence, range: afterBy) ?? anyKind.firstMatch(in: sentence, range: afterBy) {
                group.giver = giver(from: nsSentence.substring(with: NSRange(location: afterBy.location, length: verb.location - afterBy.location)))
                let tail = NSRange(location: verb.location, length: right.upperBound - verb.location)
                if let kind = anyKind.firstMatch(in: sentence, range: tail), kind.location - tail.location < 40 {
                    group.kind = kindName(nsSentence.substring(with: kind))
                    group.evidence = NSUnionRange(group.range, kind)
                    if group.giver == nil {
                        group.giver = ofGiver(in: sentence, from: kind.upperBound, to: right.upperBound)
                    }
                } else if let kind = verbKind(nsSentence.substring(with: verb)) {
                    group.kind = kind
                    group.kindIsGeneric = true
                    group.evidence = NSUnionRange(group.range, verb)
                }
                return
            }
        }
        // "15 tập thể nhận Bằng khen của Chủ tịch UBND tỉnh".
        if let received = receive.firstMatch(in: sentence, range: right, anchored: true),
           let kind = anyKind.firstMatch(in: sentence, range: NSRange(location: received.upperBound, length: right.upperBound - received.upperBound), anchored: true) {
            group.kind = kindName(nsSentence.substring(with: kind))
            group.giver = ofGiver(in: sentence, from: kind.upperBound, to: right.upperBound)
            group.evidence = NSUnionRange(group.range, kind)
            return
        }
        let verbs = anyVerb.matches(in: sentence, range: left)
        let kinds = anyKind.matches(in: sentence, range: left)
        // The verb closest to the counts governs them: "…được khen thưởng, trong đó Ban Thường vụ tặng Bằng khen cho 14 tập thể".
        guard var anchor = verbs.last ?? kinds.first else { return }
        // "Giám đốc … đã biểu dương, khen thưởng 3 khoa": verbs listed with commas share one subject, before the first.
        if verbs.count > 1, let lastIndex = verbs.indices.last {
            var first = lastIndex
            while first > 0, nsSentence.substring(with: NSRange(location: verbs[first - 1].upperBound,
                                                                 length: verbs[first].location - verbs[first - 1].upperBound))
                .trimmingCharacters(in: .whitespaces) == "," { first -= 1 }
            if first < lastIndex { anchor = verbs[first] }
        }
        if let kind = kinds.last {
            group.kind = kindName(nsSentence.substring(with: kind))
            group.giver = ofGiver(in: sentence, from: kind.upperBound, to: left.upperBound)
        } else if let verb = verbs.last, let kind = verbKind(nsSentence.substring(with: verb)) {
            group.kind = kind
            group.kindIsGeneric = true
        }
        // The subject: after the last comma before the verb.
        let comma = nsSentence.range(of: ",", options: .backwards, range: NSRange(location: left.location, length: anchor.location - left.location))
        var subjectStart = comma.location == NSNotFound ? left.location : comma.upperBound
        if let opener = breakdown.firstMatch(in: sentence, range: NSRange(location: subjectStart, length: anchor.location - subjectStart), anchored: true) {
            subjectStart = opener.upperBound
        }
        while subjectStart < anchor.location, nsSentence.character(at: subjectStart) == 0x20 { subjectStart += 1 }
        group.actor = giver(from: nsSentence.substring(with: NSRange(location: subjectStart, length: anchor.location - subjectStart)))
        if group.giver == nil { group.giver = group.actor }
        group.evidence = NSRange(location: subjectStart, length: group.range.upperBound - subjectStart)
    }

    /// "… của Thủ tướng", also past the award's own name: "Kỷ niệm chương “Vì sự nghiệp …” của",
    /// "Huân chương Lao động hạng Nhì của".

    /// "Bằng khen của Thủ tướng Chính phủ cho …": the giver after "của".
    private func ofGiver(in sentence: String, from start: Int, to end: Int) -> String? {
        guard end > start, let of = of.firstMatch(in: sentence, range: NSRange(location: start, length: end - start), anchored: true) else { return nil }
        // Words of the award's name may come before "của", but not a clause ("… cho 5 tập thể của …").
        let skipped = (sentence as NSString).substring(with: of)
        let unquoted = skipped.split(whereSeparator: { $0 == "”" || $0 == "\"" }).last.map(String.init) ?? skipped
        guard !notInAwardName.matches(unquoted) else { return nil }
        let rest = NSRange(location: of.upperBound, length: end - of.upperBound)
        let stop = ofEnd.firstMatch(in: sentence, range: rest)?.location ?? end
        return giver(from: (sentence as NSString).substring(with: NSRange(location: of.upperBound, length: stop - of.upperBound)))
    }

    /// The giver in a phrase: an office ("Chủ tịch UBND tỉnh"), else a unit, else a short capitalized phrase.
    private func giver(from phrase: String) -> String? {
        let trimmed = phrase.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        if let match = office.firstMatch(in: trimmed) { return String(match.value).trimmingCharacters(in: .whitespaces) }
        if let unit = units.mentions(in: trimmed).last {
            // "Chỉ huy trưởng BĐBP tỉnh", "Hiệu trưởng Trường …": the post gives, not the unit.
            let before = (trimmed as NSString).substring(to: unit.range.location)
            if let title = officeTitle.firstMatch(in: before)?["title"] { return String(title) + " " + unit.text }
            return unit.text
        }
        let cleaned = fillers.replacingMatches(in: trimmed, with: "").trimmingCharacters(in: .whitespaces)
        guard let first = cleaned.first, first.isUppercase, TextShape.wordCount(cleaned) <= 10 else { return nil }
        // "Hội nghị cũng biểu dương 45 cá nhân": the meeting gives in the organizer's name.
        if eventSubject.matches(cleaned) { return nil }
        return cleaned
    }


    /// "Ban Thường vụ Đảng ủy Khối và LĐLĐ tỉnh lần lượt tặng Giấy khen, Bằng khen cho 8 tập thể,
    /// 12 cá nhân và 3 tập thể, 4 cá nhân": the n-th giver and kind go with the n-th list. Only when
    /// the numbers of givers (or kinds) and lists agree; otherwise the clauses stay as they were read.
    private func pairRespectively(_ groups: inout [Group], in sentence: String) {
        let nsSentence = sentence as NSString
        guard let marker = respectively?.regex.firstMatch(in: sentence, range: NSRange(location: 0, length: nsSentence.length)) else {
            pairImplicitly(&groups, in: sentence)
            return
        }
        // The givers: the subject before the marker, from the clause's start, listed with joiners or
        // commas ("Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh lần lượt tặng …"); only pieces that name a
        // giver ("Dịp này" names the occasion).
        let before = nsSentence.substring(to: marker.range.location)
        let clauseStart = before.lastIndex(where: { $0 == ";" }).map { before.index(after: $0) } ?? before.startIndex
        let names = giverJoiner.split(String(before[clauseStart...])).flatMap { $0.split(separator: ",").map(String.init) }
            .filter { !atEvent.matches($0) }
        var targets = groups.indices.filter { groups[$0].range.location >= marker.range.upperBound && !groups[$0].isTotal }
        // "X và Y lần lượt tặng Giấy khen cho 8 tập thể và 15 cá nhân": one list, one noun per giver.
        if targets.count == 1, names.count == 2, groups[targets[0]].classOrder.count == 2, groups[targets[0]].combined == 0 {
            let whole = groups[targets[0]]
            var parts = [whole, whole]
            for (part, nounClass) in zip(parts.indices, whole.classOrder) {
                parts[part].collectives = nounClass == 1 ? whole.collectives : 0
                parts[part].individuals = nounClass == 2 ? whole.individuals : 0
            }
            groups.replaceSubrange(targets[0]...targets[0], with: parts)
            targets = [targets[0], targets[0] + 1]
        }
        guard targets.count >= 2 else { return }
        let givers = Array(names.suffix(targets.count)).compactMap { giver(from: $0) }
        if givers.count == targets.count {
            for (target, giver) in zip(targets, givers) {
                groups[target].giver = giver
                groups[target].actor = giver
            }
        }
        let between = NSRange(location: marker.range.upperBound, length: groups[targets[0]].range.location - marker.range.upperBound)
        let named = anyKind.regex.matches(in: sentence, range: between).map { kindName(nsSentence.substring(with: $0.range)) }
        if named.count == targets.count {
            for (target, kind) in zip(targets, named) {
                groups[target].kind = kind
                groups[target].kindIsGeneric = false
            }
        } else if named.count == 1 {
            // "… lần lượt tặng Bằng khen cho 15 tập thể, 20 cá nhân và 10 tập thể, 12 cá nhân": one kind for all.
            for target in targets {
                groups[target].kind = named[0]
                groups[target].kindIsGeneric = false
            }
        }
    }

    /// "Bộ Tư lệnh Quân khu 5 và Đảng ủy Quân sự tỉnh tặng Bằng khen, Giấy khen cho 2 tập thể, 3 cá nhân
    /// và 10 tập thể, 16 cá nhân": as many givers, kinds and lists, in order, with no "lần lượt".
    private func pairImplicitly(_ groups: inout [Group], in sentence: String) {
        let nsSentence = sentence as NSString
        guard groups.count >= 2, let first = groups.first else { return }
        let clauseStart = nsSentence.range(of: ";", options: .backwards, range: NSRange(location: 0, length: first.range.location)).upperBoundOrZero
        let head = NSRange(location: clauseStart, length: first.range.location - clauseStart)
        guard let verb = anyVerb.regex.matches(in: sentence, range: head).last?.range else { return }
        let targets = groups.indices.filter { groups[$0].range.location < (nsSentence.range(of: ";", range: NSRange(location: first.range.location, length: nsSentence.length - first.range.location)).location) && !groups[$0].isTotal }
        let kinds = anyKind.regex.matches(in: sentence, range: NSRange(location: verb.upperBound, length: first.range.location - verb.upperBound))
            .map { kindName(nsSentence.substring(with: $0.range)) }
        let subject = nsSentence.substring(with: NSRange(location: clauseStart, length: verb.location - clauseStart))
        let names = giverJoiner.split(subject).flatMap { $0.split(separator: ",").map(String.init) }.filter { !atEvent.matches($0) }
        guard targets.count >= 2, kinds.count == targets.count, names.count == targets.count, Set(kinds).count == kinds.count else { return }
        let givers = names.compactMap { giver(from: $0) }
        guard givers.count == targets.count else { return }
        for (target, (giver, kind)) in zip(targets, zip(givers, kinds)) {
            groups[target].giver = giver
            groups[target].actor = giver
            groups[target].kind = kind
            groups[target].kindIsGeneric = false
        }
    }

    private func kindName(_ text: String) -> String {
        kinds.first { $0.pattern.matches(text) }?.name ?? text
    }

    /// The kind a verb implies ("biểu dương"), or nil for verbs that only hand something over ("tặng").
    private func verbKind(_ text: String) -> String? {
        verbs.first { $0.pattern.matches(text) }?.kind
    }

    /// The same award told twice (a recap in the last paragraph) counts once, and a headline
    /// total equal to the sum of the other clauses ("55 tập thể, cá nhân" = 25 + 30) is not counted.
    private func dropRecaps(_ awards: [Award]) -> [Award] {
        var seen = Set<String>()
        let unique = awards.filter { award in
            seen.insert("\(award.giver ?? "")|\(award.kind)|\(award.collectives ?? 0)|\(award.individuals ?? 0)|\(award.combined ?? 0)").inserted
        }
        // One unit named twice for one award ("X trao Cờ thi đua cho Công đoàn Y." and "Công đoàn Y vinh dự đón
        // nhận Cờ thi đua của Z"): the telling that names the giver ("của Z") is kept.
        var namedOnce: [String: Int] = [:]
        for (index, award) in unique.enumerated() where award.recipientNamed == true {
            let key = award.kind + "|" + VietnameseFolding.looseKey(award.recipient ?? "")
            guard let other = namedOnce[key] else { namedOnce[key] = index; continue }
            if !unique[other].evidence.contains(" của "), award.evidence.contains(" của ") { namedOnce[key] = index }
        }
        let namedKept = Set(namedOnce.values)
        let kept = unique.enumerated().filter { index, award in
            if award.recipientNamed == true, !namedKept.contains(index) { return false }
            // "30 gương mặt được tuyên dương" and "Bằng khen cho 30 đoàn viên" are the same people.
            if award.kindFrom == "generic", unique.contains(where: { $0.kindFrom == nil && Self.sameCounts($0, award) }) { return false }
            // "… trao Giấy khen của Đảng ủy cho 4 đồn" beside "Đảng ủy tặng Giấy khen cho 4 đồn … và 12 đảng viên": a part retold.
            if unique.contains(where: { Self.retells($0, part: award) }) { return false }
            // "Lãnh đạo quận tuyên dương 52 tập thể, cá nhân" beside "tuyên dương … 17 tập thể, 35 cá nhân": told again.
            if let combined = award.combined, award.collectives == nil, award.individuals == nil,
               unique.contains(where: { $0.kind == award.kind && $0.combined == nil && ($0.collectives ?? 0) + ($0.individuals ?? 0) == combined
                   && ($0.collectives ?? 0) > 0 && ($0.individuals ?? 0) > 0 }) { return false }
            // "Anh Nguyễn Văn B vinh dự nhận Bằng khen …" beside "Bằng khen cho 10 cá nhân": one of them, counted already.
            if award.recipientNamed == true, unique.contains(where: { other in
                other.recipientNamed != true && other.kind == award.kind && (other.giver == nil || award.giver == nil || other.giver == award.giver)
                    && ((award.individuals ?? 0) > 0 ? (other.individuals ?? 0) + (other.combined ?? 0) > 0 : (other.collectives ?? 0) + (other.combined ?? 0) > 0)
            }) { return false }
            return true
        }.map(\.element)
        // "Như vậy, tổng cộng có 58 tập thể và 73 cá nhân": a recap adding up the split clauses around it.
        let split = kept.filter { $0.combined == nil }
        let clauses = kept.enumerated().filter { index, award in
            let others = split.filter { $0 != award }
            return !(award.combined == nil && others.count >= 2 && others.count == split.count - 1
                     && others.reduce(0, { $0 + ($1.collectives ?? 0) }) == (award.collectives ?? 0)
                     && others.reduce(0, { $0 + ($1.individuals ?? 0) }) == (award.individuals ?? 0))
        }.map(\.element)
        // "biểu dương 46 điển hình" beside clauses that add up to 46: a headline total.
        return clauses.enumerated().filter { index, award in
            guard let combined = award.combined, award.collectives == nil, award.individuals == nil else { return true }
            let others = clauses.enumerated().filter { $0.offset != index }.map(\.element)
            return others.isEmpty || others.map(\.total).reduce(0, +) != combined
        }.map(\.element)
    }

    /// Same known giver and kind, told in another paragraph, and `part` has only the collectives or
    /// only the individuals of `whole`.
    private static func retells(_ whole: Award, part: Award) -> Bool {
        guard whole.giver != nil, whole.giver == part.giver, whole.kind == part.kind, whole.line != part.line,
              part.combined == nil, whole.combined == nil,
              let wholeCollectives = whole.collectives, let wholeIndividuals = whole.individuals else { return false }
        return (part.collectives == wholeCollectives && part.individuals == nil)
            || (part.individuals == wholeIndividuals && part.collectives == nil)
    }

    private func giverCaptionKeys(_ giver: String) -> [String] {
        let full = VietnameseFolding.looseKey(giver)
        guard !full.isEmpty else { return [] }
        var keys = [full]
        var unit = giver
        if let title = officeTitleStart.firstMatch(in: unit) { unit = String(unit[title.range.upperBound...]) }
        if let place = placeSuffix.firstMatch(in: unit) { unit = String(unit[..<place.range.lowerBound]) + String(place[1] ?? "") }
        let key = VietnameseFolding.looseKey(unit)
        if key != full, key.split(separator: " ").count >= 2 { keys.append(key) }
        return keys
    }

    private static func sameCounts(_ a: Award, _ b: Award) -> Bool {
        a.total == b.total && (a.collectives ?? 0) == (b.collectives ?? 0) || (a.total == b.total && (a.combined != nil || b.combined != nil))
    }

    /// "khen thưởng 15 tập thể và 18 cá nhân" with captions showing "nhận giấy khen của …":
    /// the kind comes from the captions, which never add counts of their own.
    private func refineGenericKinds(_ awards: [Award], captions: [ArticleText.Block]) -> [Award] {
        let captionKinds = captions.map { caption in
            (key: VietnameseFolding.looseKey(caption.folded), kinds: Set(anyKind.matches(in: caption.folded).map { kindName(String($0.value)) }))
        }
        let distinct = Set(captionKinds.flatMap(\.kinds))
        let giverKeys = awards.map { giverCaptionKeys($0.giver ?? "") }
        return awards.enumerated().map { index, award in
            var award = award
            guard award.kindFrom == "generic" else { return award }
            award.kindFrom = nil
            guard award.kind == "khen thưởng" else { return award }
            // The caption that names this giver ("trao Bằng khen của Bộ Tư lệnh Quân khu 5"), else the
            // one kind all captions name.
            // The giver as the caption may name it: in full, or its unit without the post ("Công an tỉnh" for
            // "Giám đốc Công an tỉnh Nam Định"), place name dropped.
            let ofGiver = Set(captionKinds.filter { caption in caption.kinds.count == 1 && giverKeys[index].contains { caption.key.contains($0) } }.flatMap(\.kinds))
            // The one kind all captions name, unless they name other givers' awards ("… Công an tỉnh và UBND
            // huyện trao Giấy khen" says nothing of the Trưởng Công an huyện's).
            let othersNamed = captionKinds.contains { caption in
                !caption.kinds.isEmpty && giverKeys.indices.contains { $0 != index && giverKeys[$0].contains { caption.key.contains($0) } }
            }
            if let kind = ofGiver.count == 1 ? ofGiver.first : distinct.count == 1 && !othersNamed ? distinct.first : nil {
                award.kind = kind
                award.kindFrom = "caption"
            }
            return award
        }
    }

}

extension NSRange {
    var upperBoundOrZero: Int { location == NSNotFound ? 0 : upperBound }
}
