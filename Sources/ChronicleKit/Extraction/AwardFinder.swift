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
    /// "organizer" when the clause names no giver ("60 gương được tuyên dương") and the organizer is taken; "kind" when
    /// only one body awards the kind (a Huân chương is the President's).
    public var giverFrom: String?
    /// Told in the lead, which sums up what the body tells again.
    public var inLead: Bool?
    /// A total whose parts the sentence gives each its award, the last as "the rest" ("biểu dương 6 tập thể, 10 cá nhân; trong
    /// đó, 4 tập thể, 7 cá nhân được … tặng Giấy khen, các tập thể, cá nhân còn lại được …"): an award, not a recap of them.
    public var partsTold: Bool?

    public var total: Int { (collectives ?? 0) + (individuals ?? 0) + (combined ?? 0) }
}

/// Finds award clauses in the body, from the vocabulary in `extraction/awards.yml`.
/// Captions never add counts; they only name a kind the body leaves generic.
struct AwardFinder: Sendable {
    let kinds: [(name: String, pattern: Pattern)]
    /// Kinds only the State or central bodies award, and who awards them when the clause names only who hands them over.
    let centralOnly: [String: String?]

    /// The one body that gives `kind`, when only one does (awards.yml `default_giver`: a Huân chương is the President's).
    func soleGiver(of kind: String) -> String? { centralOnly[kind] ?? nil }
    let anyKind: Pattern
    let verbs: [(name: String, kind: String?, pattern: Pattern)]
    let anyVerb: Pattern
    let count: Pattern
    let elidedCount: Pattern
    /// "cho số tập thể, cá nhân tương ứng là 20 và 31": the nouns first, their counts after (grammar `respective_counts`).
    let respectiveCounts: Pattern?
    let combinedNoun: Pattern
    let collectiveNoun: Pattern
    /// A whole phrase naming individuals ("cá nhân", "đảng viên", "công nhân"): a table row's label.
    let individualNoun: Pattern
    let weakNoun: Pattern
    let cumulative: PatternSet
    let cumulativeNeverReason: Pattern
    let atEvent: Pattern
    let past: Pattern
    /// "Dịp … 19/5 vừa qua, …" after the lead: an occasion recalled (in the lead, the news itself).
    let pastAfterLead: Pattern
    /// "… vì đã dũng cảm cứu người trong mưa lũ tháng 6 vừa qua": the reason, whose time is not the award's.
    let reason: Pattern
    /// "phần thưởng (cao quý này) …" opening a clause: it speaks of the awards told just before.
    let backReference: Pattern
    /// "các " opening a clause before its kind ("các Bằng khen này sẽ được trao …").
    let pluralOpening: Pattern
    /// "Tại hội nghị này", "Nhiều tập thể …" opening a sentence: it goes on about the one before.
    let continuation: Pattern
    /// "Tại hội nghị, …" opening a sentence: the occasion the sentence before named (group `noun`).
    let occasionAnaphora: Pattern
    /// "Hình thức khen thưởng  Tập thể  Cá nhân": a table's header, its two count columns in `first` and `second`.
    let tableHeader: Pattern?
    let tableFlattened: Pattern?
    /// A table header whose first column is the giver's (awards.yml `table_giver_columns`).
    let tableGiverFirst: Pattern?
    /// Headers of a table's row-number column ("TT", "STT"; page-chrome.yml `table_row_number_headers`).
    let tableRowNumberHeaders: Set<String>
    /// A table's total row (awards.yml `table_total_rows`).
    let tableTotal: Pattern?
    /// A sentence naming recipients a roster lists (awards.yml `roster.listed`).
    let rosterListed: Pattern?
    /// A roster part's heading, "I. TẬP THỂ" (group `collective`) or "II. CÁ NHÂN" (group `individual`).
    let rosterSection: Pattern?
    /// "TT  Tập thể": a table's header naming the part its rows are of.
    let rosterColumnSection: Pattern?
    /// "(có danh sách kèm theo)": a roster is attached, perhaps further down under its own title.
    let rosterAttached: Pattern?
    /// "Trích danh sách …": a roster of some of those honoured, which counts none.
    let rosterExcerpt: Pattern?
    /// "Danh sách …": a roster's title opens so (`isRosterTitle`).
    let rosterTitleOpening: Pattern?
    /// The same nouns anywhere in a sentence: which parts of a roster it names.
    let rosterNouns: Pattern?
    /// A sentence opening with one of `grammar.samples`: a list it introduces names some of those honoured.
    let sampleOpening: Pattern?
    /// A clause subject made only of `grammar.subject_adverbs` ("cũng", "còn"): none of its own.
    let subjectAdverbs: Pattern?
    /// A subject opening with one of `grammar.clause_openers` ("Riêng anh A và anh B còn được … tặng Giấy khen"): the word sets
    /// the receivers apart and is no part of their names.
    let clauseOpening: Pattern?
    /// "… tổ chức Lễ kỷ niệm … và" ending a receiving verb's subject: the unit before it holds the ceremony and receives; ending a
    /// giving verb's ("… tổ chức lễ khen thưởng …"), it gives.
    let heldCeremonyEnding: Pattern
    /// "Trong số tập thể, cá nhân được Ban Thường vụ Tỉnh ủy tặng Bằng khen, …": a sentence opening among those an award was told of.
    let amongTheAwarded: Pattern?
    /// "được": the marker of a passive, alone.
    let passiveMarker: Pattern
    /// " cho " or nothing: all there is between a bare giving verb and its counts.
    let onlyRecipientMarker: Pattern
    /// A recipient marker ending a clause's words before its counts ("… Chỉ huy trưởng BĐBP tỉnh cho ").
    let recipientMarkerEnd: Pattern
    /// "Dự buổi lễ có …" opening a sentence: who attended.
    let attendance: Pattern
    /// "rà soát, giới thiệu 61 tập thể": counts put forward, not given anything.
    let nominating: Pattern
    /// "Theo báo cáo, …" opening a paragraph: a report's figures follow.
    let reportOpener: Pattern?
    /// "Năm 2022, …", "Nhìn lại năm 2022, …" opening a paragraph: with a year before the event's, it tells that year's figures.
    let reportYearOpener: Pattern?
    /// "nhìn lại giai đoạn 2021 - 2025:": the clauses after it in the sentence tell that period.
    let lookingBack: Pattern?
    /// "từ 58 tập thể, cá nhân được … đề xuất,": the pool the awarded were chosen from (`chosen_from`).
    let chosenFrom: Pattern?
    /// " – TKV" after a company's name: the group it belongs to.
    let groupSuffix: Pattern
    /// Clause grammar, from `grammar` in awards.yml.
    let forRecipient: Pattern
    let adjacentGap: Pattern
    let passive: Pattern
    /// "… được tuyên dương đã được …": a second passive right after the first verb.
    let passiveAgain: Pattern
    let of: Pattern
    /// "của", "do" as a word: a giver named.
    let giverMarker: Pattern
    let notInAwardName: Pattern
    let ofEnd: Pattern
    let fillers: Pattern
    let onBehalf: Pattern
    /// "Theo Quyết định … của X,": X gives what a clause after it gives with no giver named.
    let decidedBy: Pattern
    /// "… công bố Quyết định … của": the issuer after it gives, not the person reading it out.
    let announcedDecision: Pattern
    /// "sẽ được trao": an award handed over another time (awards.yml `handed_over_later`).
    let handedOverLater: Pattern
    /// "cho đồng chí Lê Văn A": one person, named; opening a giver phrase, a person handing over.
    let singlePerson: Pattern
    let breakdown: Pattern
    let breakdownInside: Pattern
    /// A breakdown's introducer ending a sentence with its colon ("…, cụ thể:", "Cụ thể:").
    let breakdownAtEnd: Pattern
    let office: Pattern
    let receive: Pattern
    /// The receive verb ending a clause's subject: "… vinh dự đón nhận".
    let receiveEnd: Pattern
    /// A passive giving ending a clause's subject: "… được Bộ trưởng Bộ Công an tặng".
    let givenEnd: Pattern
    /// "cho Chi bộ X và " right before a count: a named unit heading the list.
    let namedBefore: Pattern
    /// A unit named at the head of a passive clause's recipients: "Khoa A và 4 cá nhân được … tặng".
    let namedSubjectBefore: Pattern
    /// "Tại hội nghị tổng kết cuối năm 2024, …": an occasion dated before the event.
    let earlierOccasions: [Pattern]
    /// "Ngày 16/5, Đảng ủy Khối … tổ chức hội nghị …" at an event of the 15th: an occasion held on another day.
    let anotherDaysOccasions: [Pattern]
    /// Two nouns' counts in pairs, one of each pair per giver (see `pairRespectively`).
    let pairedCounts: Pattern
    /// A second giver sharing the clause before's verb (see `gappedGiver`).
    let gap: Pattern
    /// "Huân chương Lao động hạng Nhì (năm 2017)": an award dated, perhaps before the event.
    let datedAward: [Pattern]
    /// "tháng 5/2024": a month of a year (`month`, `year` groups).
    let monthsOfYears: [Pattern]
    /// "được … tặng Bằng khen năm 2022": an award named with the year it is of.
    let awardOfYear: [Pattern]
    /// "… vì thành tích trong phòng, chống dịch năm 2021": the year an award's reason is of.
    let reasonOfYear: [Pattern]
    /// "Các đồng chí lãnh đạo tỉnh …", "Lãnh đạo huyện …": people handing over, named by no unit.
    let presenters: Pattern
    let manyGivers: Pattern
    /// "cho Công ty vì …": the unit named before, one collective.
    let unitReferredTo: Pattern
    /// "cho các đồng chí: …": a list of people, one individual each.
    let namedPeople: Pattern
    /// "cho các anh Trần Văn Lộc (34 tuổi), Nguyễn Minh Tâm …": a plural word and a person word before names, one per name.
    let pluralPersons: Pattern
    /// "… và các điển hình tham gia giao lưu": more recipients after a joiner, in the plural and named by no one, so not counted
    /// ("… và các bác sĩ Nguyễn Văn A, Trần Thị B" names them).
    let morePluralAfterJoiner: Pattern
    /// "các tập thể:" opening a list of units named one by one.
    let namedUnits: Pattern
    /// "Các cá nhân:", "Các cá nhân được tặng Giấy khen gồm:": a sentence opening with the people listed after a list of units.
    let peopleListOpening: Pattern
    /// "Các tập thể được khen gồm: …": a sentence listing units by name (awards.yml `named_units`).
    let unitsListOpening: Pattern
    /// "Tập thể: …", "Cá nhân: …" opening a list's line.
    let listLabel: Pattern
    /// "… tặng Giấy khen cho các tập thể, cá nhân …": recipients in the plural, named nowhere in the sentence.
    let pluralRecipients: Pattern?
    /// "… gồm các đồng chí:" ending a sentence: the lines below it name people, each by a name with no title before it.
    let peopleFollow: Pattern
    /// "… và các đồng chí đảng viên:" after counted recipients: more of them, named one by one.
    let peopleJoined: Pattern
    /// Between recipients named one after another: ", ", " và ", ", và ".
    let recipientJoiner: Pattern
    /// "… có thành tích …" ending the text before a cumulative phrase: that period is the reason.
    let achievement: Pattern
    /// The event itself as a subject ("Hội nghị", "Buổi lễ"): its organizer gives.
    let eventSubject: Pattern
    /// An award word right after an event's name ("lễ tuyên dương 85 …").
    let namedByEvent: Pattern
    /// A post opening a giver's name, and the place name closing it ("… tỉnh Nam Định"), for captions.
    let officeTitleStart: Pattern
    /// A person word opening a phrase ("thầy …"): before a post (`headPost`), the post is who.
    let personByPost: Pattern
    /// One of those posts, opening a phrase.
    let headPost: Pattern
    /// A person's name, after a person word or none, then a dash: "thầy Nguyễn Văn Hòa - ". (After a comma, the subject
    /// already opens at the post.)
    let personalApposition: Pattern
    /// Words between a subject and its verb that say nothing of who it is: "cũng đã", "đều".
    let postAdverbs: Pattern?
    /// Those words closing a subject: " cũng đã".
    let trailingAdverbs: Pattern?
    /// "thừa ủy quyền", "thay mặt" (`on_behalf`) anywhere: one acting for another.
    let actingForAnother: Pattern
    let placeSuffix: Pattern
    /// Between two counts of one list: "6 tập thể khoa, phòng và", "3 tập thể gồm A, B và"; a word or two and a comma ("3 tập
    /// thể lớp,"), not a clause ("4 tập thể có thành tích xuất sắc, 6 cá nhân được …").
    let qualifiedJoin: Pattern
    /// Nothing between two counts but a comma or a list joiner: ", ", "và", ", và", "cùng".
    let bareJoin: Pattern
    let namedJoin: Pattern
    let listJoinerEnd: Pattern
    /// "hạng Nhì": an award's class, ending its name (grammar `award_classes`).
    let awardClass: Pattern?
    /// ", hạng Ba cho" between two counts: the second is another class of the first's award (grammar `award_classes`).
    let anotherClass: Pattern?
    /// What introduces counts as recipients, right before them: "cho", "gồm", "tuyên dương", a kind, ":".
    let recipientIntroduction: Pattern
    /// "Thay mặt tập thể, đồng chí A nhận …": the person receives for a unit.
    let representing: Pattern
    /// Words a named collective starts with: "Công đoàn …", "Chi bộ …".
    let namedCollective: Pattern
    /// A receiving subject that is the article's unit named by its kind alone: "công ty", "nhà trường".
    let referredReceiver: Pattern
    let namedCollectiveEnding: Pattern
    /// After counts and a joiner, one collective named with its word: "cho 4 em học sinh và tập thể lớp 8A3".
    let prefixedCollective: Pattern
    let respectively: Pattern?
    let sameRecipients: Pattern?
    let sameRecipientsAfterAward: Pattern?
    /// A noun of collectives ("tập thể"), or of individuals ("cá nhân", "gương"), anywhere in a phrase: which of the recipients
    /// counted before a marker names ("cho các cá nhân được biểu dương").
    let collectiveWord: Pattern
    let individualWord: Pattern
    /// "1 giải Nhất", "hai giải Nhì": a prize and how many (awards.yml `prizes`).
    let prizeCount: Pattern?
    /// "cho các đội đoạt giải Nhất, Nhì, Ba", "Các thí sinh đoạt giải": those a prize ranked, collectives or individuals.
    let prizeWinners: Pattern?
    /// One of the prizes' ranks, in a winners' phrase.
    let prizeRank: Pattern
    /// A level's word right after an award: "… tuyên dương cấp Trung ương".
    let levelAfterAward: Pattern?
    /// "Trước đó, ngày 27/2, …": an earlier day opening a sentence (`continuesEarlierOccasion`).
    let earlierDayHeld: Pattern?
    /// "các tập thể, cá nhân còn lại được": those left of a total after its parts (`remainderAwarded`).
    let remainder: Pattern?
    /// A post, and nothing else, before a unit's name.
    let officeTitle: Pattern
    let giverJoiner: Pattern
    let units: UnitFinder
    /// "dang uy", "chi bo": party committees' words, folded (`isBarePartyCommittee`).
    let barePartyCommitteeKeys: Set<String>
    /// Posts that give awards in their own name, longest first ("Phó Chủ tịch" before "Chủ tịch").
    let officeTitles: [String]
    /// "Bộ trưởng, Chủ nhiệm": two posts of one holder, written together (awards.yml `joint_posts`).
    let jointPosts: [String]
    /// "Trưởng": a post named with what it heads ("Trưởng Ban Tuyên giáo Tỉnh ủy tặng Giấy khen …").
    let headTitles: Set<String>

    /// Kinds of verbs that name no award of their own ("khen thưởng"; `unspecified` in awards.yml).
    let unspecifiedKinds: Set<String>
    /// Kinds a verb names ("biểu dương", "tuyên dương", "khen thưởng"): honours that may head the awards of a ceremony.
    let verbKinds: Set<String>

    /// Lowercase words between recipients and the verb they receive with ("của huyện", "tiêu biểu").
    static let wordsBeforeReceiving = 4

    /// By an event's level ("huyen"): words naming an occasion of a higher level ("tại Hội nghị biểu dương … toàn tỉnh").
    let higherLevelOccasions: [String: Pattern]
    /// A school year ended before the event opening a sentence, and the month school years end in.
    let schoolYears: [Pattern]
    let schoolYearEndMonth: Int
    /// How far after "tại hội nghị" the occasion's name may still say its level.
    static let occasionNameLength = 90
    /// The level of the event's organizer, once known (`at(level:undated:)`).
    private(set) var eventLevel: String?
    /// The event has no day of its own: the date `awards(in:eventDate:)` is given is its estimated year.
    private(set) var eventUndated = false

    /// The same finder for an event held at `level` ("tinh", "huyen"…), and with no day of its own when `undated`.
    func at(level: String?, undated: Bool = false) -> AwardFinder {
        var finder = self
        finder.eventLevel = level
        finder.eventUndated = undated
        return finder
    }

    /// "kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh" is 1890 + 130 = 2020 (from dates.yml's `anniversaries`).
    let anniversaries: [(since: Int, pattern: Pattern)]

    /// `weekdays`: dates.yml's weekday names as one alternation, for awards.yml's `{weekday}`.
    init(sources: [Source], units: UnitFinder, anniversaries: [(since: Int, pattern: Pattern)] = [], weekdays: String,
         tableRowNumberHeaders: [String] = []) throws {
        self.anniversaries = anniversaries
        let all = sources.all
        // Grouped by first letter, which every case-insensitive list here may be (not `offices`, matched with case).
        let alternation = { (patterns: [String]) in Pattern.letterGroupedAlternatives(patterns, caseInsensitive: true) }
        let kindList = sources.flatMap { $0.kinds ?? [] }
        // (Each opens with a look-behind: `Pattern` puts the guard of their first letters before it, as most positions of a
        // sentence open no kind or verb.)
        kinds = try kindList.map { ($0.name, try Pattern("(?<!\\p{L})(?:\(alternation($0.patterns)))")) }
        centralOnly = Dictionary(kindList.filter { $0.central_only == true }.map { ($0.name, $0.default_giver) }) { first, _ in first }
        anyKind = try Pattern("(?<!\\p{L})(?:\(alternation(kindList.flatMap(\.patterns))))")
        let verbList = sources.flatMap { $0.verbs ?? [] }
        unspecifiedKinds = Set(verbList.filter { $0.unspecified == true }.compactMap(\.kind))
        verbKinds = Set(verbList.compactMap(\.kind))
        // "Hội đồng Thi đua - Khen thưởng": the verb's words in a body's name.
        let inName = (sources.compactMap(\.grammar).last?.verb_in_name_after ?? []).map { "(?<!\(Pattern.escape($0)))" }.joined()
        verbs = try verbList.map { ($0.name, $0.kind, try Pattern("(?<!\\p{L})\(inName)(?:\(alternation($0.patterns)))(?!\\p{L})")) }
        anyVerb = try Pattern("(?<!\\p{L})\(inName)(?:\(alternation(verbList.flatMap(\.patterns))))(?!\\p{L})")
        let recipients = sources.compactMap(\.recipients)
        let combined = recipients.flatMap(\.combined), collectives = recipients.flatMap(\.collectives)
        let individuals = recipients.flatMap(\.individuals)
        let collectivesAfterAward = recipients.flatMap { $0.collectives_after_award ?? [] }
        let individualsAfterAward = recipients.flatMap { $0.individuals_after_award ?? [] }
        let afterAwardNouns = individualsAfterAward + collectivesAfterAward
        // Grouped by letter too: the count's guard lets ICU try them at most positions of a sentence (numbers in words open with
        // most letters), and grouped, a position tries one letter a group, not every word.
        let numberWords = alternation(Pattern.phraseList(Array(NumberWords.words.keys)))
        let approximate = alternation(Pattern.phraseList(all(\.approximate))), runningTotals = alternation(Pattern.phraseList(all(\.running_totals)))
        let number = "\\d{1,3}(?:\\.\\d{3})+|\\d+|\(numberWords)"
        let noun = alternation(combined + collectives + individuals + afterAwardNouns)
        combinedNoun = try Pattern("^(?:\(alternation(combined)))$")
        collectiveNoun = try Pattern("^(?:\(alternation(collectives + collectivesAfterAward)))$")
        individualNoun = try Pattern("^(?:\(alternation(individuals + individualsAfterAward)))$")
        weakNoun = try Pattern("^(?:\(alternation(afterAwardNouns)))$")
        collectiveWord = try Pattern("(?<!\\p{L})(?:\(alternation(collectives)))(?!\\p{L})")
        individualWord = try Pattern("(?<!\\p{L})(?:\(alternation(individuals)))(?!\\p{L})")
        listLabel = try Pattern("^\\s*(?:\(alternation(combined + collectives + individuals)))\\s*:\\s*")
        // "{number}" in a pattern: a count in digits or one word ("Ba năm qua, …"). Only the words up to ten: every
        // number word would be tried at every position of every sentence asked about, a third of extraction's time.
        // "Trong 2,5 năm, …": a decimal count of years too.
        let anyNumber = "(?:\\d+(?:,\\d+)?|\(Pattern.phrases(NumberWords.words.filter { $0.value <= 10 && !$0.key.contains(" ") }.map(\.key))))"
        cumulative = try PatternSet(all(\.cumulative).map { $0.replacingOccurrences(of: "{number}", with: anyNumber) }, prefix: "(?<!\\p{L})")
        cumulativeNeverReason = try Pattern("(?<!\\p{L})(?:\(alternation(all(\.cumulative_never_reason).map { $0.replacingOccurrences(of: "{number}", with: anyNumber) })))")
        // A person word opening a phrase, in either case: "Ông", "bác sĩ", "đồng chí".
        let personWord = "(?i:\(Pattern.phrases(all(\.single_recipient_persons))))\\.?\\s+"
        // "Ông Nguyễn Văn Mười được …", "bác sĩ Vũ Thị Mai": the title in either case, then a capital.
        singlePerson = try Pattern("^\\s*\(personWord)\\p{Lu}", caseInsensitive: false)
        pluralPersons = try Pattern("^\\s*(?i:\(Pattern.phrases(all(\.collective_plural_words))))\\s+\(personWord)(?=\\p{Lu})", caseInsensitive: false)
        // "thầy Hiệu trưởng", "đồng chí Chủ tịch UBND tỉnh": the person word before a post (`headPost` reads the post). Not a
        // deputy's ("đồng chí Phó Chủ tịch UBND tỉnh trao …" hands over the Chủ tịch's award).
        let heads = all(\.office_titles).filter { title in
            !all(\.deputy_words).contains { title.hasPrefix($0 + " ") } && !all(\.presenting_titles).contains(title)
        }
        personByPost = try Pattern("^\\s*\(personWord)", caseInsensitive: false)
        personalApposition = try Pattern("^\\s*(?:\(personWord))?\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){1,3}\\s*[-–]\\s+", caseInsensitive: false)
        headPost = try Pattern("^(?:\(Pattern.phrases(heads)))(?:\\s+|$)", caseInsensitive: false)
        onBehalf = try Pattern("(?<!\\p{L})(?:\(alternation(all(\.on_behalf))))\\s+(?<principal>[^,;]{3,80}),")
        actingForAnother = try Pattern("(?<!\\p{L})(?:\(alternation(all(\.on_behalf))))(?!\\p{L})")
        handedOverLater = try Pattern("(?<!\\p{L})(?:\(alternation(all(\.handed_over_later))))(?!\\p{L})")
        // Up to "của", with the issuer after it in the same clause: "Theo Quyết định số … của".
        decidedBy = try Pattern("(?<!\\p{L})(?:\(alternation(all(\.decided_by))))\\s+(?=[^,;]{3,80},)")
        announcedDecision = try Pattern("(?<!\\p{L})(?:\(alternation(all(\.announced_decision))))\\s+(?=\\p{Lu})")
        guard let grammar = sources.compactMap(\.grammar).last else { throw ChronicleError(file: "awards.yml", "grammar is required") }
        let recipient = Pattern.phrases(grammar.recipient_markers)
        let pluralWords = all(\.collective_plural_words)
        pluralRecipients = pluralWords.isEmpty ? nil
            : try Pattern("(?<!\\p{L})(?:\(recipient))\\s+(?:\(Pattern.phrases(pluralWords)))\\s+(?:\(alternation(combined + collectives + individuals)))(?!\\p{L})")
        let approximateWithOne = Pattern.phrases(all(\.approximate).filter { $0.hasPrefix(NumberWords.one + " ") })
        let notCountedAfter = (grammar.not_counted_after ?? []).map { "(?<!\(Pattern.escape($0))\\s)" }.joined()
            // "là một tấm gương": after these "một" is the article; "là một trong 68 điển hình" stays an approximate
            // count's opening (`approximate`), so the 68 is never read alone.
            + (grammar.article_one_after ?? []).map { "(?!(?<=\(Pattern.escape($0))\\s)(?!\(approximateWithOne)(?!\\p{L}))\(NumberWords.one)\\s)" }.joined()
        // "tuyên dương 25 “Thanh niên tiên tiến làm theo lời Bác”": the title honoured may open with the noun, in quotes.
        // The lookahead repeats what must follow, so the look-behinds after it are tried only where a count may begin.
        // A count opens with a digit or the first letter of a number or of a word before one: ICU tries that one class at each
        // position, before the look-behind and the number words.
        let countOpening = Pattern.leadingLetterGuard(all(\.approximate) + all(\.running_totals) + NumberWords.words.keys, orDigit: true)
        count = try Pattern("\(countOpening)(?<![\\p{L}\\d.,])(?=(?:(?:\(runningTotals)|\(approximate))\\s+)?(?:\(number))\\s)\(notCountedAfter)(?:(?:(?<total>\(runningTotals))|(?<approx>\(approximate)))\\s+)?(?<n>\(number))\\s+[“\"]?(?<noun>\(noun))(?!\\p{L})")
        presenters = try Pattern("^(?:\(Pattern.phrases(grammar.presenters ?? [])))(?!\\p{L})")
        manyGivers = try Pattern("^(?:\(Pattern.phrases(grammar.many_givers ?? [])))\\s")
        unitReferredTo = try Pattern("^(?<unit>\(Pattern.phrases(all(\.named_collectives))))\\s*(?:$|[,.;]|\\s(?:\(Pattern.phrases(grammar.reasons ?? [])))(?!\\p{L}))",
                                     caseInsensitive: false)
        // `achievement_after_count` only after a count: the words describe those counted ("cho 25 tập thể, 35 cá nhân điển hình
        // tiên tiến trong 3 năm …"), not an occasion ("Tại Lễ tuyên dương điển hình tiên tiến tỉnh năm 2022, …").
        achievement = try Pattern("(?<!\\p{L})(?:\(Pattern.phrases(grammar.achievement ?? [])))(?!\\p{L})"
            + "(?!\\s+(?:\(Pattern.phrases(grammar.achievement_told_before ?? []))),)[^;]*$"
            + (grammar.achievement_after_count.map { "|\\d[\\d.]*(?:\\s+\\p{L}+){1,3},?\\s+(?:\(Pattern.phrases($0)))(?!\\p{L})[^;]*$" } ?? ""))
        // "các đồng chí:" right after "cho", or opening a sentence of its own with words before the colon ("Các cá nhân được khen gồm:").
        func listOpening(_ words: [String]?, wordsBefore: Bool) throws -> Pattern {
            try Pattern("^(?:\(Pattern.phrases(words ?? [])))" + (wordsBefore ? "(?:\\s+[^:;.]{1,60})?" : "") + "\\s*:\\s*")
        }
        namedPeople = try listOpening(grammar.named_people, wordsBefore: false)
        peopleListOpening = try listOpening(grammar.named_people, wordsBefore: true)
        unitsListOpening = try listOpening(grammar.named_units, wordsBefore: true)
        namedUnits = try listOpening(grammar.named_units, wordsBefore: false)
        peopleFollow = try Pattern("(?<!\\p{L})(?:\(Pattern.phrases(grammar.named_people ?? [])))\\s*:\\s*$")
        let clauseWords = Pattern.phrases(grammar.clause_words)
        // "cho 45 và 60 cựu chiến binh": the first count takes the noun of the second; only right after the
        // recipient marker and before a list joiner (never "Chỉ thị 05, 25 tập thể").
        // "cho 45 và 60 cựu chiến binh", "cho 3, 7 và 66 tập thể, cá nhân": each number but the last has its noun elided.
        let joiners = Pattern.phrases(grammar.list_joiners ?? ["và"])
        morePluralAfterJoiner = try Pattern("(?<!\\p{L})(?:\(joiners))\\s+(?:\(Pattern.phrases(pluralWords)))\\s+(?:\(noun))(?!\\p{L})(?!\\s+(?-i:\\p{Lu}))")
        recipientJoiner = try Pattern("\\s*(?:,\\s*(?:(?:\(joiners))\\s+)?|(?:\(joiners))\\s+)")
        peopleJoined = try Pattern("(?<!\\p{L})(?:\(joiners))\\s+(?:\(Pattern.phrases(grammar.named_people ?? [])))(?:\\s+(?-i:\\p{Ll})+){0,3}\\s*:\\s*")
        // "… lần lượt tặng Giấy khen cho 15 và 10 tập thể, 20 và 12 cá nhân": each noun's counts, one per giver.
        let pairNoun = alternation(combined + collectives + individuals)
        pairedCounts = try Pattern("(?<![\\d.,])(?<a>\\d+)\\s+(?:\(joiners))\\s+(?<b>\\d+)\\s+(?<first>\(pairNoun))\\s*,\\s*(?<c>\\d+)\\s+(?:\(joiners))\\s+(?<d>\\d+)\\s+(?<second>\(pairNoun))(?!\\p{L})")
        // "… và Chủ tịch UBND huyện 6 tập thể", "…; của Ban Tuyên giáo Trung ương cho 2 tập thể": a second giver
        // of the clause before's award, its verb (and its award's name) left out.
        gap = try Pattern("^\\s*(?<joiner>[;,]\\s*(?:(?:\(joiners))\\s+)?|(?:\(joiners))\\s+)?(?:(?<marker>\(Pattern.phrases(grammar.giver_markers)))\\s+)?(?<giver>\\p{Lu}.*?)(?:\\s+(?<to>\(Pattern.phrases(grammar.recipient_markers))))?\\s*$",
                          caseInsensitive: false)
        elidedCount = try Pattern("(?:(?<=(?:\(Pattern.phrases(grammar.recipient_markers)))\\s)|(?<=\\d,\\s))(?<n>\\d{1,3}(?:\\.\\d{3})+|\\d+)"
                                  + "(?=(?:\\s*,\\s*(?:\(number)))*(?:\\s*,|\\s+(?:\(joiners)))\\s+(?:\(number))\\s+(?<noun>\(noun))(?!\\p{L}))")
        respectiveCounts = try (grammar.respective_counts ?? []).isEmpty ? nil
            // The two counts end the clause or lead to its reason: not "… lần lượt là 3 và 1,5 triệu đồng", "… 85 và 92%".
            : Pattern("(?<!\\p{L})(?<c>\(alternation(collectives)))\\s*(?:,|\\s(?:\(joiners)))\\s*(?<i>\(alternation(individuals)))(?!\\p{L})[^.;,\\d]{0,60}?"
                      + "(?:\(Pattern.phrases(grammar.respective_counts ?? [])))\\s+(?<n1>\(number))\\s+(?:\(joiners))\\s+(?<n2>\(number))"
                      + "(?![.,]?\\d)(?=\\s*(?:[.;,)]|$)|\\s+(?:\(Pattern.phrases(grammar.reasons ?? [])))(?!\\p{L}))")
        let recipientAfterKind = Pattern.phrases(grammar.recipient_markers + (grammar.recipient_markers_after_kind ?? []))
        // The award's quoted name may come first: "Kỷ niệm chương “Vì sự nghiệp phát triển của phụ nữ Việt Nam” của … cho".
        forRecipient = try Pattern("\\G(?:\\s*[“\"][^”\"]{1,100}[”\"])?(?:[^,;.]{0,60}?|(?=[^,;.]{0,\(Self.kindToRecipient)}?\\d+/)[^,;.]{0,\(Self.kindToRecipient)}?)\\s+(?:\(recipientAfterKind))\\s*:?\\s+")
        passiveMarker = try Pattern("(?<!\\p{L})(?:\(Pattern.phrases(grammar.passive)))(?!\\p{L})")
        onlyRecipientMarker = try Pattern("^\\s*(?:(?:\(Pattern.phrases(grammar.recipient_markers)))\\s*)?$")
        recipientMarkerEnd = try Pattern("(?<!\\p{L})(?:\(Pattern.phrases(grammar.recipient_markers)))\\s*$")
        // "Bằng khen của Chủ tịch UBND tỉnh cho 3 doanh nghiệp": the award's own giver may stand between; "Giấy khen kèm phần
        // thưởng cho 11 học sinh": what comes with it, too.
        let extras = (grammar.award_extras ?? []).isEmpty ? "" : "(?:(?:\(Pattern.phrases(grammar.award_extras ?? [])))\\s+)?"
        adjacentGap = try Pattern("^\\s*(?:[“\"][^”\"]{1,80}[”\"]\\s*)?\(extras)(?:(?:\(Pattern.phrases(grammar.giver_markers)))\\s+[^,;]{2,80}?\\s+(?=\(recipientAfterKind)))?\(extras)(?:(?:\(recipientAfterKind))\\s*)?$")
        // "5 công nhân lao động được …": a few more words of the noun phrase may come first.
        // "một tập thể là Hội Nông dân huyện Sơn Hà được …": or a name set off by "là", "gồm".
        let appositives = Pattern.phrases(grammar.appositives ?? [])
        bareJoin = try Pattern("^(?:,|,?\\s*(?:\(joiners)))?$")
        // The names may carry titles set off by commas: "Hai cá nhân là ông A, Trưởng ban …, và bà B, … được …".
        let qualifiers = Pattern.phrases(grammar.qualifiers ?? [])
        // "9 điển hình (3 tập thể, 6 cá nhân) được tuyên dương": a split in parentheses may stand before it, or
        // the split itself end at its closing parenthesis. The words before it may each carry a remark in parentheses:
        // "2 đoàn viên Nguyễn Minh Khang (lớp 12 Tin) và Đỗ Thu Hà (lớp 11 Anh) được … tặng Bằng khen".
        let notAmong = (grammar.among ?? []).isEmpty ? "" : "(?!(?:\(Pattern.phrases(grammar.among ?? [])))(?!\\p{L}))"
        let measures = grammar.measures_before_passive.map { "|\\d{1,3}\\s+(?:\(Pattern.phrases($0)))(?!\\p{L})" } ?? ""
        passive = try Pattern("\\s*\\)?\\s*(?:\\([^()]{1,80}\\)\\s*)?,?\\s*(?:(?:\(appositives))\\s+[^;.]{2,240}?\\s+|(?:\\p{Ll}+\\s+){0,2}?(?:\(qualifiers))\\s+(?:(?!(?<!\\p{L})(?:\(Pattern.phrases(grammar.passive)))(?!\\p{L}))[^;.]){2,160}?\\s+|(?:\(notAmong)(?:[\\p{Ll}]+\(measures))(?:\\s*\\([^()]{1,40}\\))?\\s+){0,10}?)" + grammar.before_passive.map { "(?:\(Pattern.escape($0))\\s+)?" }.joined() + "(?:\(Pattern.phrases(grammar.passive)))\\s+")
        passiveAgain = try Pattern("\\s+(?:\(Pattern.phrases(grammar.before_passive)))\\s+(?:\(Pattern.phrases(grammar.passive)))\\s+")
        giverMarker = try Pattern("(?<!\\p{L})(?:\(Pattern.phrases(grammar.giver_markers)))\\s")
        // "Cờ thi đua xuất sắc năm 2020 của Trung ương Hội …": words, and a year, between the kind and its giver.
        // The first marker: "Cờ thi đua của UBND tỉnh do dẫn đầu …" is the province's (not "do …"'s).
        of = try Pattern(#"\s*(?:[“"][^”"]{1,80}[”"]\s*)?(?:(?:(?:[\p{L}]+|\d{4})\s){0,8}?)?(?:"# + Pattern.phrases(grammar.giver_markers) + #")\s+"#)
        notInAwardName = try Pattern("(?<!\\p{L})(?:\(clauseWords))(?!\\p{L})")
        ofEnd = try Pattern("\\s+(?:\(clauseWords))(?!\\p{L})|[,;.:]")
        fillers = try Pattern("(?<!\\p{L})(?:\(Pattern.phrases(grammar.giver_fillers)))(?!\\p{L})")
        past = try Pattern("(?<!\\p{L})(?:\(alternation(all(\.past))))(?!\\p{L})")
        pastAfterLead = try Pattern("^\\s*(?:\(alternation(all(\.past_after_lead))))(?!\\p{L})")
        continuation = try Pattern("^\\s*(?:\(Pattern.phrases(grammar.continuations ?? [])))(?!\\p{L})")
        occasionAnaphora = try Pattern("^\\s*(?:\(Pattern.alternatives(grammar.occasion_anaphora ?? [])))")
        attendance = try Pattern("^\\s*(?:\(Pattern.alternatives(grammar.attendance ?? [])))")
        nominating = try Pattern("(?<!\\p{L})(?:\(Pattern.phrases(grammar.nominating ?? [])))(?!\\p{L})")
        reportOpener = try grammar.report_openers.map { try Pattern("^[\\s\\-–•]*(?:\(alternation($0)))(?!\\p{L})") }
        reportYearOpener = try grammar.report_year_openers.map { try Pattern("^[\\s\\-–•]*(?:\(alternation($0)))") }
        lookingBack = try grammar.looking_back.map { try Pattern("(?<!\\p{L})(?:\(alternation($0)))") }
        chosenFrom = try grammar.chosen_from.map { try Pattern("(?<!\\p{L})(?:\(alternation($0)))") }
        backReference = try Pattern("^\\s*(?:\(Pattern.phrases(grammar.back_references ?? [])))(?!\\p{L})")
        pluralOpening = try Pattern("^(?:\(Pattern.phrases(grammar.plurals ?? [])))\\s+")
        groupSuffix = try Pattern("\\s*[–-]\\s*\\p{Lu}[\\p{L}\\d]*(?=[\\s,;.]|$)", caseInsensitive: false)
        reason = try Pattern("(?<!\\p{L})(?:\(Pattern.phrases((grammar.reasons ?? []).filter { !grammar.giver_markers.contains($0) })))(?!\\p{L})")
        // "tại hội nghị cấp trên", "tại lễ tuyên dương sắp tới": an occasion, but not this one.
        // "Theo báo cáo tại hội nghị, trong 5 năm, …": where figures were reported, not where awards were given.
        let reported = all(\.at_event_reported).isEmpty ? "" : "(?<!(?:\(Pattern.phrases(all(\.at_event_reported))))\\s)"
        atEvent = try Pattern("(?<!\\p{L})\(reported)(?:\(alternation(all(\.at_event))))(?!\\p{L})"
                              + "(?![^,;.]{0,\(Self.occasionNameLength)}?(?<!\\p{L})(?:\(alternation(all(\.at_event_elsewhere))))(?!\\p{L}))")
        // "45 tập thể, cá nhân (20 tập thể, 25 cá nhân)": a parenthesis opens a breakdown too.
        breakdown = try Pattern("^\\s*(?:[,:;(]?\\s*(?:\(alternation(all(\.breakdown))))(?!\\p{L})|\\()")
        breakdownAtEnd = try Pattern("(?<!\\p{L})(?:\(alternation(all(\.breakdown))))\\s*:\\s*$")
        breakdownInside = try Pattern("(?:[,:;(]\\s*|\\s)(?:\(alternation(all(\.breakdown))))(?!\\p{L})")
        office = try Pattern("(?:\(Pattern.alternatives(all(\.offices))))", caseInsensitive: false)
        // "1 tập thể và 1 cá nhân của huyện vinh dự nhận Bằng khen": a few lowercase words may say whose they are.
        // "1 tập thể và 2 cá nhân có thành tích xuất sắc nhận Bằng khen …": a qualifier may run longer (the kind must follow).
        // "1 tập thể (Phòng Giáo dục và Đào tạo huyện) đón nhận Huân chương …": who they are, in parentheses, as before a passive.
        // (A year in it too: "… có thành tích xuất sắc trong phong trào thi đua giai đoạn 2015 - 2020 vinh dự nhận Bằng khen …", and a
        // document's number: "… trong thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị nhận Giấy khen …".)
        receive = try Pattern("\\s*(?:\\([^()]{1,80}\\)\\s*)?(?:(?:\\p{Ll}+\\s+){0,2}?(?:\(qualifiers))\\s+(?:[^,;.\\d]|(?<!\\d)\\d{4}(?!\\d)|\\d+(?=[-/])|,(?!\\s*(?:\(Pattern.phrases(grammar.clause_openers ?? [])))(?!\\p{L}))){2,\(Self.longestReceivingQualifier)}?\\s+|(?:\\p{Ll}+\\s+){0,\(Self.wordsBeforeReceiving)}?)(?:\(alternation(all(\.receive))))\\s+")
        // "… công nhận", "… ghi nhận" are other verbs, not a subject receiving.
        receiveEnd = try Pattern("(?<!\\p{L})(?<!(?:\(Pattern.phrases(grammar.not_receive ?? [])))\\s)(?:\(alternation(all(\.receive))))\\s*$")
        let giving = Pattern.alternatives(verbList.filter { $0.kind == nil }.flatMap(\.patterns))
        givenEnd = try Pattern("(?<!\\p{L})(?:(?:\(Pattern.phrases(grammar.before_passive)))\\s+)*(?:\(Pattern.phrases(grammar.passive)))\\s+\\S[^,;]{0,80}?\\s(?:\(giving))\\s*$")
        let deputy = all(\.deputy_words).isEmpty ? "" : "(?:(?:\(Pattern.phrases(all(\.deputy_words))))\\s+)?"
        // Heads too: "Phó Trưởng Công an quận Hải Châu" retelling the award of "Trưởng Công an quận Hải Châu" heads its unit.
        officeTitleStart = try Pattern("^\(deputy)(?:\(Pattern.phrases(all(\.joint_posts) + all(\.office_titles) + all(\.head_titles))))\\s+", caseInsensitive: false)
        let placeWords = Set(units.catalog.allPlaceWords).union(units.catalog.districtPlaceWords).union(units.catalog.communePlaceWords)
        placeSuffix = try Pattern("(\\s(?:\(Pattern.phrases(placeWords.sorted()))))(?:\\s\\p{Lu}[\\p{L}\\d]*)+$", caseInsensitive: false)
        // Named ("Khoa Nhi", "tập thể tàu cá BĐ 96123 TS"), or the organizer's own institution by its common name ("cho nhà
        // trường và 9 học sinh").
        let selfReferences = Pattern.phrases(Array(units.catalog.selfReferences.keys))
        let collectivePrefix = Pattern.phrases(all(\.collective_prefixes))
        // Not many units ("tập thể các lớp 9A1, 9A2"), nor a year for a name ("tập thể tiêu biểu năm 2024").
        let onePrefixed = (pluralWords.isEmpty ? "" : "(?!(?:\(Pattern.phrases(pluralWords)))\\s)") + "(?:(?:\\p{Ll}+\\s+){1,4}(?!(?:19|20)\\d{2}(?!\\d))[\\p{Lu}\\d]|\\p{Lu})"
        namedBefore = try Pattern("(?<!\\p{L})(?:\(recipient))\\s+(?<name>(?:\(collectivePrefix))\\s+\\p{L}[^;:]{2,240}?|\\p{Lu}[^;:]{2,240}?|\(selfReferences))\\s+(?:\(joiners))\\s*$", caseInsensitive: false)
        // The subject of a passive clause: "Khoa Hồi sức tích cực - Chống độc và 4 cá nhân được … tặng".
        namedSubjectBefore = try Pattern("(?:^|[;,:])\\s*(?<name>\\p{Lu}[^,;:]{2,120}?)\\s+(?:\(joiners))\\s*$", caseInsensitive: false)
        earlierOccasions = try all(\.earlier_occasion).map { try Pattern($0) }
        anotherDaysOccasions = try all(\.another_days_occasion).map { try Pattern($0.replacingOccurrences(of: "{weekday}", with: "(?:\(weekdays))")) }
        datedAward = try all(\.dated_award).map { try Pattern($0) }
        awardOfYear = try all(\.award_of_year).map { try Pattern($0) }
        reasonOfYear = try all(\.reason_of_year).map { try Pattern($0) }
        tableHeader = try sources.compactMap(\.table_header).last.map { try Pattern($0) }
        tableFlattened = try sources.compactMap(\.table_flattened).last.map { try Pattern($0) }
        let adverbs = Pattern.phrases(grammar.subject_adverbs ?? [])
        amongTheAwarded = (grammar.among ?? []).isEmpty ? nil
            : try Pattern("^\\s*(?:\(Pattern.phrases(grammar.among ?? [])))\\s+[^;]{0,160}?(?<!\\p{L})(?:\(Pattern.phrases(grammar.passive)))\\s[^;]{0,100}?,")
        heldCeremonyEnding = try Pattern(Pattern.alternatives(grammar.held_then_received ?? []))
        subjectAdverbs = (grammar.subject_adverbs ?? []).isEmpty ? nil : try Pattern("^\\s*(?:\(adverbs))(?:\\s+(?:\(adverbs)))*\\s*$")
        let verbAdverbList = (grammar.subject_adverbs ?? []) + grammar.before_passive + grammar.giver_fillers
        let verbAdverbs = Pattern.phrases(verbAdverbList)
        postAdverbs = verbAdverbList.isEmpty ? nil : try Pattern("^\\s*(?:\(verbAdverbs))(?:\\s+(?:\(verbAdverbs)))*\\s*$")
        trailingAdverbs = verbAdverbList.isEmpty ? nil : try Pattern("(?:\\s+(?:\(verbAdverbs)))+\\s*$")
        clauseOpening = (grammar.clause_openers ?? []).isEmpty ? nil
            : try Pattern("^\\s*(?:\(Pattern.phrases(grammar.clause_openers ?? [])))\\s+(?=\\p{L})")
        sampleOpening = (grammar.samples ?? []).isEmpty ? nil : try Pattern("^\\s*(?:\(Pattern.phrases(grammar.samples ?? [])))(?!\\p{L})")
        tableTotal = all(\.table_total_rows).isEmpty ? nil : try Pattern("^\\s*(?:\(Pattern.phrases(all(\.table_total_rows))))\\s*:?\\s*$")
        // After a row-number column ("TT", "STT") perhaps.
        self.tableRowNumberHeaders = Set(tableRowNumberHeaders)
        let rowNumberColumn = tableRowNumberHeaders.isEmpty ? "" : "(?:(?-i:\(Pattern.phrases(tableRowNumberHeaders)))\\s+)?"
        tableGiverFirst = all(\.table_giver_columns).isEmpty ? nil
            : try Pattern("^\\s*\(rowNumberColumn)(?:\(Pattern.phrases(all(\.table_giver_columns))))(?!\\p{L})")
        let roster = sources.compactMap(\.roster)
        rosterListed = roster.isEmpty ? nil : try Pattern("(?<!\\p{L})(?:\(Pattern.phrases(roster.flatMap(\.listed))))(?!\\p{L})")
        // "I. TẬP THỂ", "B - Cá nhân:", "TẬP THỂ (06)", "Danh sách cá nhân được tặng Giấy khen", or the noun alone (its Roman
        // numeral a line of its own).
        let headingOpeners = roster.flatMap { $0.heading_openers ?? [] }, headingTails = roster.flatMap { $0.heading_tails ?? [] }
        // The parts' nouns, `collective` or `individual`; a table's header may name the people's part by its names' column.
        func nounGroups(individuals: [String]) -> String {
            "(?:(?<collective>\(Pattern.phrases(roster.flatMap(\.collectives))))|(?<individual>\(Pattern.phrases(individuals))))"
        }
        let rosterNounGroups = nounGroups(individuals: roster.flatMap(\.individuals))
        // (Rows are read with their bars made tabs.) A tail ("… được tặng Giấy khen") within one cell; `rosterRows` takes one
        // only after an opener or a part's number.
        rosterSection = roster.isEmpty ? nil : try Pattern("^(?<number>(?-i:\(TextShape.partNumber))\\s*[.):/-]?\\s*|\\d{1,2}\\s*[.)]\\s*)?"
            + (headingOpeners.isEmpty ? "" : "(?:(?<opener>\(Pattern.phrases(headingOpeners)))\\s+)?") + rosterNounGroups
            + "\\s*(?:[:(].*" + (headingTails.isEmpty ? "" : "|(?<=\\s)(?<tail>\(Pattern.phrases(headingTails)))\\s[^\t]*") + ")?$")
        let attached = roster.flatMap { $0.attached ?? [] }
        rosterAttached = attached.isEmpty ? nil : try Pattern("(?<!\\p{L})(?:\(Pattern.phrases(attached)))(?!\\p{L})")
        let excerpts = roster.flatMap { $0.excerpts ?? [] }
        rosterExcerpt = excerpts.isEmpty ? nil : try Pattern("(?<!\\p{L})(?:\(Pattern.phrases(excerpts)))(?!\\p{L})")
        // A table's header naming its part in the column after the row numbers: "TT  Tập thể", "STT  Cá nhân  Đơn vị" (not "STT  Tập
        // thể/Cá nhân  …" or "STT  Tập thể - Cá nhân", one column for both).
        rosterColumnSection = roster.isEmpty || tableRowNumberHeaders.isEmpty ? nil
            : try Pattern("^(?:\(Pattern.phrases(tableRowNumberHeaders)))\\s+" + nounGroups(individuals: roster.flatMap { $0.individuals + ($0.name_columns ?? []) })
                          + "(?=\\s|$)(?!\\s*(?:[-–/,&]|(?:\(joiners))\\s))")
        rosterNouns = roster.isEmpty ? nil : try Pattern("(?<!\\p{L})" + rosterNounGroups + "(?!\\p{L})")
        rosterTitleOpening = headingOpeners.isEmpty ? nil : try Pattern("^\\s*(?:\(Pattern.phrases(headingOpeners)))(?!\\p{L})")
        let schoolYear = sources.compactMap(\.school_year).last
        schoolYears = try (schoolYear?.patterns ?? []).map { try Pattern($0) }
        schoolYearEndMonth = schoolYear?.ends_in_month ?? 12
        var levels: [String: [String]] = [:]
        for source in sources { levels.merge(source.higher_level_occasions ?? [:]) { _, new in new } }
        // Anchored: within the occasion's name ("tại Hội nghị biểu dương điển hình tiên tiến toàn tỉnh"), not a giver after it.
        higherLevelOccasions = try levels.mapValues { try Pattern("^[^,;.]{0,\(Self.occasionNameLength)}?(?<!\\p{L})(?:\(Pattern.alternatives($0)))(?!\\p{L})") }
        monthsOfYears = try all(\.month_of_year).map { try Pattern("(?<!\\p{L})(?:\($0))") }
        eventSubject = try Pattern("^(?:\(Pattern.phrases(all(\.event_subjects))))$")
        // "tổ chức lễ tuyên dương 85 tập thể, cá nhân": the award word names the event, whose honourees it counts.
        namedByEvent = try Pattern("(?<!\\p{L})(?:\(Pattern.phrases(all(\.event_subjects))))\\s+(?:\(alternation(verbList.flatMap(\.patterns))))(?!\\p{L})")
        qualifiedJoin = try Pattern("^(?:\\p{Ll}+(?:,? \\p{Ll}+){0,3},? (?:\(joiners))|\\p{Ll}+(?: \\p{Ll}+)?,)$", caseInsensitive: false)
        // Names may hold figures ("ấp Hậu Phú 2, Trường Tiểu học Hậu Thành 1 và"): no count can lie between two counts.
        namedJoin = try Pattern("^(?:(?:\(appositives)):?|:)\\s[^;]{2,240}?,? (?:\(joiners))$", caseInsensitive: false)
        listJoinerEnd = try Pattern("(?:^|\\s)(?:\(joiners))$", caseInsensitive: false)
        awardClass = try (grammar.award_classes ?? []).isEmpty ? nil
            : Pattern("(?<!\\p{L})(?:\(Pattern.phrases(grammar.award_classes ?? [])))(?!\\p{L})")
        anotherClass = try (grammar.award_classes ?? []).isEmpty ? nil
            : Pattern("^[,;]?\\s*(?:\(Pattern.phrases(grammar.award_classes ?? [])))\\s+(?:\(Pattern.phrases(grammar.recipient_markers)))$")
        recipientIntroduction = try Pattern("(?:(?<!\\p{L})(?:\(recipient)|\(appositives)|\(alternation(all(\.breakdown)))|\(alternation(verbList.flatMap(\.patterns)))|\(alternation(kindList.flatMap(\.patterns))))|[:,(])\\s*$")
        representing = try Pattern("(?<!\\p{L})(?:\(Pattern.phrases(grammar.representing ?? ["thay mặt"])))(?!\\p{L})")
        // Then a capital or a figure, perhaps after a word or two of place: "Công an huyện Cầu Kè", "Chi bộ khu phố 1"; after
        // "tập thể", any name ("tập thể tàu cá BĐ 96123 TS", "tập thể thuyền viên tàu cá QB 90868 TS", "tập thể lớp 12A1").
        referredReceiver = try Pattern("^(?:\(Pattern.alternatives(all(\.referred_receivers))))$")
        namedCollective = try Pattern("^(?:(?:\(collectivePrefix))\\s+\(onePrefixed)|(?:(?:\(collectivePrefix))\\s+)?(?:\(Pattern.phrases(all(\.named_collectives))))\\s+(?:\\p{Ll}+\\s+){0,2}[\\p{Lu}\\d])", caseInsensitive: false)
        prefixedCollective = try Pattern("^\\s*(?:\(joiners))\\s+(?:\(collectivePrefix))\\s+\(onePrefixed)[\\p{L}\\d]*(?:/[\\p{L}\\d]+)?\\s*(?:$|[;.]|(?<=\\s)(?:\(Pattern.phrases(grammar.reasons ?? [])))(?!\\p{L}))",
                                         caseInsensitive: false)
        // The same name closing a phrase, for a short name defined after it ("… Tổng công ty Điện lực miền Trung (EVNCPC)").
        namedCollectiveEnding = try Pattern("(?<!\\p{L})(?=\\p{Lu})(?:\(Pattern.phrases(all(\.named_collectives))))(?:\\s+[\\p{L}\\d&-]+){1,10}$", caseInsensitive: false)
        // The post opens the phrase or its clause ("Dịp này, Giám đốc …"): "Bộ Tư lệnh BĐBP" is a unit, not the post "Tư lệnh".
        officeTitle = try Pattern("(?:^|,)\\s*(?<title>\(Pattern.phrases(all(\.joint_posts) + all(\.office_titles))))\\s+$", caseInsensitive: false)
        respectively = try grammar.respectively.map { try Pattern("(?<!\\p{L})(?:\(Pattern.phrases($0)))(?!\\p{L})") }
        levelAfterAward = try grammar.level_words.map { try Pattern("\\s+(?:\(Pattern.phrases($0)))\\s") }
        sameRecipients = try grammar.same_recipients.map { try Pattern("(?<!\\p{L})(?:\(Pattern.alternatives($0)))(?!\\p{L})") }
        sameRecipientsAfterAward = try grammar.same_recipients_after_award.map { try Pattern("(?<!\\p{L})(?:\(Pattern.alternatives($0)))(?!\\p{L})") }
        let prizes = sources.compactMap(\.prizes).last
        let ranks = Pattern.phrases(prizes?.ranks ?? [])
        let prizeWord = Pattern.phrases(prizes?.words ?? [])
        prizeRank = try Pattern("(?<!\\p{L})(?:\(ranks))(?!\\p{L})")
        prizeCount = try prizes.map { _ in try Pattern("(?<![\\p{L}\\d])(?<count>\\d{1,3}|\(numberWords))\\s+(?:\(prizeWord))\\s+(?<rank>\(ranks))(?!\\p{L})") }
        prizeWinners = try prizes.map { prizes in
            try Pattern("(?<!\\p{L})(?:(?<collective>\(Pattern.phrases(prizes.collective_winners)))|(?<individual>\(Pattern.phrases(prizes.individual_winners))))"
                        + "(?:\\s+[^\\s,;.]+){0,3}?\\s+(?:\(Pattern.phrases(prizes.winning)))\\s+(?:\(prizeWord))(?!\\p{L})"
                        + "(?<ranks>(?:\\s*(?:,|\\s(?:\(joiners)))?\\s*(?:(?:\(prizeWord))\\s+)?(?:\(ranks))(?!\\p{L}))*)")
        }
        earlierDayHeld = try grammar.earlier_day.map { try Pattern("^\\s*(?:\(Pattern.alternatives($0)))") }
        remainder = try grammar.remainder.map { try Pattern("(?<!\\p{L})(?:\(Pattern.alternatives($0)))(?!\\p{L})") }
        giverJoiner = try Pattern("\\s+(?:\(grammar.giver_joiners.map { Pattern.phrases($0) } ?? "(?!)"))\\s+")
        self.units = units
        barePartyCommitteeKeys = Set(units.catalog.partyCommitteesLongestFirst.map { VietnameseFolding.looseKey($0.written) })
        officeTitles = (all(\.joint_posts) + all(\.office_titles) + all(\.head_titles)).sorted { $0.count > $1.count }
        jointPosts = all(\.joint_posts)
        headTitles = Set(all(\.head_titles))
    }

    static let headlineWords = 30

    /// The group's giver, unless the kind is one only the State or central bodies award and the giver is the
    /// clause's subject naming a local unit: the President awards a Huân chương whoever hands it over
    /// ("Chủ tịch UBND tỉnh trao Huân chương …"); a Kỷ niệm chương handed over by someone named with a local
    /// post ("Đồng chí A, Trưởng Ban Dân vận Tỉnh ủy trao Kỷ niệm chương …") is not that post's.
    func awardingGiver(_ group: Group, kind: String) -> String? {
        guard let giver = group.giver, let fallback = centralOnly[kind], giver == group.actor,
              units.mentions(in: giver).contains(where: { $0.kind.place != "central" }) else { return group.giver }
        if let fallback { return fallback }
        return group.actorIsPersonsTitle ? nil : giver
    }

    /// "* Chiều cùng ngày, Huyện ủy Cần Đước tổ chức hội nghị …" after the story: another unit's event, told after a star, with
    /// awards of its own.
    func tellsAppendedEvent(_ block: ArticleText.Block) -> Bool {
        guard block.paragraph > 0, block.original.hasPrefix("*"), let first = block.sentences.first else { return false }
        let sentence = block.foldedText(first)
        return units.catalog.held.matches(sentence) && !units.mentions(in: sentence).isEmpty
    }

    /// The sentence opens with an earlier occasion:
    /// - one whose year (and month, when the pattern has a `month` group) is before the event's: "Tại hội nghị sơ kết
    ///   6 tháng (tháng 7/2023), …" at a December 2023 event;
    /// - after the lead of an event with no day of its own, any one dated to its month ("Nhân kỷ niệm … (19/5/1890 -
    ///   19/5/2022), Ban Thường vụ Huyện ủy đã biểu dương …");
    /// - an anniversary of an earlier year ("Nhân dịp kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh, …" in 2021);
    /// - a school year ended before the event.
    /// Only the sentence's first clause is read: "Dịp này, … tặng Giấy khen cho 9 tập thể …; trước đó, … đã được … tặng Bằng khen tại
    /// hội nghị … ngày 8-6" opens with this event; the later clause's occasion is its own (`inPastClause`).

    func opensWithEarlierOccasion(_ whole: String, eventDate: CalendarDate?, afterLead: Bool = false) -> Bool {
        guard let eventDate else { return false }
        let sentence = whole.substring(utf16To: (whole as NSString).clauseEnd(from: 0))
        let undatedAfterLead = eventUndated && afterLead
        if let opening = Self.openingClause(sentence), anniversaries.contains(where: { since, pattern in
            pattern.matches(in: sentence.substring(utf16: opening)).contains { match in
                match["n"].flatMap { Int($0) }.map { since + $0 < eventDate.year } ?? false
            }
        }) { return true }
        if schoolYears.contains(where: { pattern in
            pattern.firstMatch(in: sentence)?["year"].flatMap { Int($0) }.map { $0 < eventDate.year || ($0 == eventDate.year && eventDate.month > schoolYearEndMonth) } ?? false
        }) { return true }
        // After the lead only: there a day after the event's may be the same event's last ("Tối 14/6, … tổ chức lễ bế mạc …"
        // of a contest opened on the 12th).
        if afterLead, holdsAnotherDaysOccasion(sentence, eventDate: eventDate) { return true }
        return earlierOccasions.contains { pattern in
            guard let match = pattern.firstMatch(in: sentence) else { return false }
            // "Tại hội nghị tổng kết … hồi cuối tháng 12, …" at a February event: the words themselves say it was before (at an
            // event of that December, it may be the event).
            if match["before"] != nil { return match["month"].flatMap { Int($0) }.map { $0 != eventDate.month } ?? true }
            // "Đầu năm nay, ngày 8/1, …" at a May event: a day of the event's year before it.
            if match["year"] == nil, let day = match["day"].flatMap({ Int($0) }), let month = match["month"].flatMap({ Int($0) }) {
                return (month, day) < (eventDate.month, eventDate.day)
            }
            guard let year = match["year"].flatMap({ Int($0) }) else { return false }
            // "Đầu năm 2021, …" at a December 2021 event: the year's first quarter was over by then.
            if match["early"] != nil, year == eventDate.year { return eventDate.month > 3 }
            if undatedAfterLead, match["month"] != nil { return true }
            if let month = match["month"].flatMap({ Int($0) }), year == eventDate.year {
                // An anniversary's day, earlier in the event's month: "(2/9/1945 - 2/9/2025)" at a 16 September event.
                if month == eventDate.month, let day = match["day"].flatMap({ Int($0) }) { return day < eventDate.day }
                return month < eventDate.month
            }
            return year < eventDate.year
        }
    }

    /// The sentence opens by telling an occasion held on another day than the event's ("Ngày 16/5, Đảng ủy Khối
    /// Doanh nghiệp tỉnh tổ chức hội nghị tổng kết …" in a digest whose event was on the 15th).
    func holdsAnotherDaysOccasion(_ sentence: String, eventDate: CalendarDate?) -> Bool {
        // An undated event's date is a guess (1 January of the year estimated): no day is known to differ from it.
        guard let eventDate, !eventUndated else { return false }
        return anotherDaysOccasions.contains { pattern in
            guard let match = pattern.firstMatch(in: sentence), let day = match["day"].flatMap({ Int($0) }),
                  let month = match["month"].flatMap({ Int($0) }) else { return false }
            let year = match["year"].flatMap { Int($0) } ?? eventDate.year
            return (year, month, day) != (eventDate.year, eventDate.month, eventDate.day)
        }
    }

    /// A sentence telling figures over a period ("Trong 5 năm, đã khen thưởng …"), unless every period
    /// named is the reason of an award ("… cho 25 tập thể có thành tích xuất sắc trong 5 năm thực hiện …").
    func isCumulative(_ sentence: String) -> Bool {
        cumulative.contains(in: sentence) { match in !achievement.matches(sentence.substring(utf16To: match.location)) }
            || cumulativeNeverReason.matches(sentence)
    }

    /// "Dịp này", "tại hội nghị": the sentence speaks of this event, unless the occasion it names is dated
    /// in an earlier year ("… tại Lễ kỷ niệm 126 năm Ngày sinh Chủ tịch Hồ Chí Minh năm 2016"), on
    /// another day ("Tại hội nghị của thành phố ngày 16-5, …" at an event of the 18th) or of a higher level.
    func namesThisEvent(_ sentence: String, eventDate: CalendarDate?) -> Bool {
        occasions(namedIn: sentence).contains { occasion in
            if ofHigherLevel(occasion) { return false }
            guard let eventDate else { return true }
            return !Self.years(in: occasion).contains { $0 < eventDate.year } && !monthBefore(eventDate, in: occasion)
                && !Self.dayMonth.matches(in: occasion).contains { match in
                    guard let day = match["day"].flatMap({ Int($0) }), let month = match["month"].flatMap({ Int($0) }) else { return false }
                    return (day, month) != (eventDate.day, eventDate.month)
                }
        }
    }

    /// The words right after the award the group tells name a level above the event's ("… được tuyên dương cấp Trung ương").
    func atHigherLevel(_ group: Group, in sentence: String) -> Bool {
        let nsSentence = sentence as NSString
        let end = group.evidence.upperBound
        guard end > 0, end <= nsSentence.length else { return false }
        let tail = sentence.substring(utf16: NSRange(location: end, length: min(Self.levelWordsAfterAward, nsSentence.clauseEnd(from: end) - end)))
        return levelAfterAward?.firstMatch(in: tail, range: NSRange(location: 0, length: (tail as NSString).length), anchored: true) != nil
            && ofHigherLevel(String(tail.prefix { $0 != "," && $0 != "." }))
    }

    /// UTF-16 units between an award and "cho" its recipients when a document's number stands between, the decision giving it
    /// ("Huân chương Lao động hạng Ba theo Quyết định số 1792/QĐ-CTN ngày 23/9/2019 của Chủ tịch nước cho …"); else 60.
    static let kindToRecipient = 100

    /// UTF-16 units after an award read for the level it was given at.
    static let levelWordsAfterAward = 24

    /// UTF-16 units a qualifier between counts and their receiving may run: "có thành tích xuất sắc trong học tập và làm theo tư
    /// tưởng, đạo đức, phong cách Hồ Chí Minh vinh dự nhận …".
    static let longestReceivingQualifier = 160

    /// "… toàn tỉnh" after "tại Hội nghị biểu dương" at a district's event: an occasion of a higher level.
    func ofHigherLevel(_ occasion: String) -> Bool {
        eventLevel.flatMap { higherLevelOccasions[$0] }?.matches(occasion) ?? false
    }

    /// The text names an occasion of a higher level than the event's ("… được Ban Thường vụ Tỉnh ủy tặng Bằng khen tại
    /// Hội nghị biểu dương điển hình tiên tiến toàn tỉnh" at a district's event).
    func namesHigherLevelOccasion(_ text: String) -> Bool {
        eventLevel != nil && occasions(namedIn: text).contains(where: ofHigherLevel)
    }

    /// What follows each `at_event` phrase to the end of its clause: "tại Hội nghị biểu dương … toàn tỉnh" gives
    /// " Hội nghị biểu dương … toàn tỉnh" (the name, and what the clause says of it).
    private func occasions(namedIn text: String) -> [String] {
        let nsText = text as NSString
        return atEvent.results(in: text, range: NSRange(location: 0, length: nsText.length)).map { match in
            nsText.substring(with: NSRange(location: match.range.upperBound, length: nsText.clauseEnd(from: match.range.upperBound) - match.range.upperBound))
        }
    }

    /// "… vào tháng 5/2024" at a December 2024 event: a month of the event's year before its own.
    func monthBefore(_ date: CalendarDate, in text: String) -> Bool {
        monthsOfYears.contains { pattern in pattern.matches(in: text).contains { match in
            guard let month = match["month"].flatMap({ Int($0) }), let year = match["year"].flatMap({ Int($0) }) else { return false }
            return year == date.year && month < date.month
        } }
    }

    /// "ngày 16-5", "16/5": a day of a month written without its year (a year is the years' rule's).
    private static let dayMonth = Pattern(literal: #"(?<![\d/.-])(?<day>\d{1,2})\s*[-/.]\s*(?<month>\d{1,2})(?!\d|\s*[-/.]\s*\d)"#)


    /// "Trước đó, …", "Năm ngoái, …": the sentence's opening clause tells a past time; after the lead, so
    /// does an occasion said to have passed ("Dịp kỷ niệm … 19/5 vừa qua, …").
    func opensInThePast(_ sentence: String, afterLead: Bool) -> Bool {
        guard let opening = Self.openingClause(sentence) else { return false }
        return past.firstMatch(in: sentence, range: opening) != nil || (afterLead && pastAfterLead.firstMatch(in: sentence, range: opening) != nil)
    }

    /// "Dịp kỷ niệm … 19/5 vừa qua, …": an occasion said to have passed opens the sentence (after the lead, one recalled).
    func opensWithRecalledOccasion(_ sentence: String) -> Bool {
        Self.openingClause(sentence).map { pastAfterLead.firstMatch(in: sentence, range: $0) != nil } ?? false
    }

    /// The sentence opens by going on about an occasion just named ("Tại hội nghị đó, …"), and names no moment of this event
    /// besides (as `ElsewhenChain.continuesElsewhen` reads openings): after a sentence naming another day, that day's.
    func continuesAnotherDaysOccasion(_ sentence: String, eventDate: CalendarDate?) -> Bool {
        guard let opening = continuation.firstMatch(in: sentence, range: NSRange(location: 0, length: (sentence as NSString).length), anchored: true)
        else { return false }
        return atEvent.matches(sentence.substring(utf16: opening)) && !namesThisEvent(sentence.substring(utf16From: opening.upperBound), eventDate: eventDate)
    }

    /// "Trước đó, ngày 27/2, Bệnh viện đã tổ chức Lễ kỷ niệm …. Tại buổi lễ, …": after a sentence telling an event held on an
    /// earlier day (however few days before), one opening at an event is at that one.
    func continuesEarlierOccasion(_ sentence: String, after previous: String, eventDate: CalendarDate?, afterLead: Bool) -> Bool {
        guard let opening = Self.openingClause(sentence), case let said = sentence.substring(utf16: opening),
              atEvent.firstMatch(in: said, range: NSRange(location: 0, length: opening.length), anchored: true) != nil,
              !namesThisEvent(sentence.substring(utf16From: opening.upperBound), eventDate: eventDate),
              // "Tại buổi giao lưu sáng 6/6, …" on the event's day: this one.
              !(EventTypeClassifier.writtenDay.matches(said) && namesThisEvent(said, eventDate: eventDate)),
              earlierDayHeld?.firstMatch(in: previous, range: NSRange(location: 0, length: (previous as NSString).length), anchored: true) != nil,
              units.catalog.held.matches(previous) else { return false }
        return opensWithEarlierOccasion(previous, eventDate: eventDate, afterLead: afterLead)
    }

    /// The sentence up to its first comma; nil when it has none.
    private static func openingClause(_ sentence: String) -> NSRange? {
        let comma = (sentence as NSString).range(of: ",")
        return comma.location == NSNotFound ? nil : NSRange(location: 0, length: comma.location)
    }

    /// The group's own clause (between semicolons) tells figures over a period, and names no moment of this event.
    func overYears(_ group: Group, of sentence: String, eventDate: CalendarDate?) -> Bool {
        let nsSentence = sentence as NSString
        let start = nsSentence.clauseStart(before: group.range.location), end = nsSentence.clauseEnd(from: group.range.upperBound)
        let clause = sentence.substring(utf16: NSRange(location: start, length: end - start))
        return isCumulative(clause) && !namesThisEvent(clause, eventDate: eventDate)
    }

    /// Four-digit years (1945–2099) written in a phrase.
    static func years(in text: String) -> [Int] {
        text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.filter { (1945...2099).contains($0) }
    }

    /// The days a sentence of a block names other than the event's (ranges in the block's text).
    typealias OtherDays = (ArticleText.Block, NSRange) -> [NSRange]

    /// Givers are as written; `GiverNormalizer` gives them their one name. A sentence holding a day
    /// with its year other than the event's (`otherDays`: only the clause holding it, when the sentence has several), or opening
    /// with an occasion dated before `eventDate`, tells of that ceremony, not this one.
    func awards(in text: ArticleText, eventDate: CalendarDate? = nil, otherDays: OtherDays = { _, _ in [] }) -> [Award] {
        func otherOccasion(_ block: ArticleText.Block, _ sentence: NSRange) -> Bool { !otherDays(block, sentence).isEmpty }
        var awards: [Award] = []
        // "Ban Thường vụ Thành ủy khen thưởng các tập thể, cá nhân, cụ thể:" then "+ Tặng Giấy khen cho 8 tập thể …":
        // bullet lines with no giver of their own take the one that introduced them.
        var introducedGiver: String?
        // Awards are told in sentences; a headline-shaped line (a related story's title) tells none.
        let body = text.body
        // Body and captions in line order, for tables copied one cell per line (some cells read as captions): sorted once, if needed.
        var inLineOrder: [ArticleText.Block]?
        var captionCounted: [Award] = []
        // Every kind a sentence of the story names, told as an award or dropped (past, proposed, another occasion's): a caption
        // naming one is about that clause.
        var kindsTold = Set<String>()
        // A roster counts under the first paragraph that introduces it ("Đảng ủy Sở Y tế tặng Giấy khen … (danh sách kèm theo)."),
        // not again under a line telling it handed over above it ("Đồng chí A, Bí thư Đảng ủy, Giám đốc Sở Y tế trao Giấy khen …").
        var rostersTaken = Set<String>()
        for (index, block) in body.enumerated() where TextShape.endsLikeSentence(block.original) || TextShape.wordCount(block.original) > Self.headlineWords
            || isListedAward(block, after: index > 0 ? body[index - 1] : nil) || block.original.hasSuffix(":") {
            if tellsAppendedEvent(block) { continue }
            // "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC … TẶNG GIẤY KHEN STT … 1 Chi bộ Khoa Nhi 2 …": a roster a copy flattened into one
            // line; its row numbers are no counts, and the award is told in the story.
            // So is a table ("Hình thức khen thưởng Tập thể Cá nhân Huân chương Lao động hạng Ba 2 1 Bằng khen …"): no row can be told.
            if !block.original.hasSuffix(":"), !TextShape.endsLikeSentence(block.original), TextShape.wordCount(block.original) > Self.headlineWords,
               isRosterTitle(block) || tableFlattened?.matches(block.folded) == true { continue }
            let quoted = Self.quotedRanges(block.folded)
            let sentences = block.sentences.map(block.foldedText)
            let isBullet = block.original.unicodeScalars.first.map(CaptionDetector.bullets.contains) ?? false
            if !isBullet { introducedGiver = nil }
            let elsewhen = ElsewhenChain(sentences: sentences, finder: self, eventDate: eventDate, afterLead: block.paragraph > 0)
            var namesAwards = false
            // The award the sentence before told last, whose recipients a sentence may give another ("Các tập thể, cá nhân
            // được biểu dương đồng thời được …").
            var toldJustBefore: Group?
            for (sentenceIndex, sentenceRange) in block.sentences.enumerated() {
                let sentence = sentences[sentenceIndex]
                let toldBefore = toldJustBefore
                toldJustBefore = nil
                // The cheap test first: most sentences tell no award, and then whether they tell another time
                // matters only to the next one (see `ElsewhenChain`).
                let kindsNamed = anyKind.matches(in: sentence)
                guard !kindsNamed.isEmpty || anyVerb.matches(sentence) else { continue }
                namesAwards = true
                for kind in kindsNamed { kindsTold.insert(kindName(String(kind.value))) }
                // "Dịp này, … tặng Giấy khen cho 9 tập thể …; trước đó, … tại hội nghị … ngày 8-6": the other day is its own clause's.
                let nsSentence = sentence as NSString
                // "… trao Giấy khen … cho 1 tập thể và 2 cá nhân vì có hành động dũng cảm cứu 3 người dân … tối 17/8": a day in the
                // award's reason, after its kind, is the deed's, not another occasion's.
                let otherDayClauses = otherDays(block, sentenceRange).map { NSRange(location: $0.location - sentenceRange.location, length: $0.length) }
                    .filter { day in
                        let start = nsSentence.clauseStart(before: day.location)
                        let before = NSRange(location: start, length: day.location - start)
                        guard let kind = anyKind.firstMatch(in: sentence, range: before),
                              let why = reason.firstMatch(in: sentence, range: NSRange(location: kind.upperBound, length: day.location - kind.upperBound))
                        else { return true }
                        // "… có thành tích xuất sắc tại hội nghị tổng kết ngày 20/12/2023": an occasion's day still.
                        return atEvent.firstMatch(in: sentence, range: NSRange(location: why.upperBound, length: day.location - why.upperBound)) != nil
                    }
                guard !attendance.matches(sentence), otherDayClauses.allSatisfy({ nsSentence.clauseStart(before: $0.location) > 0 }),
                      !opensWithEarlierOccasion(sentence, eventDate: eventDate, afterLead: block.paragraph > 0),
                      !(block.paragraph > 0 && opensWithRecalledOccasion(sentence)),
                      !elsewhen.continuesElsewhen(sentenceIndex),
                      // "… tổ chức hội nghị sơ kết … vào ngày 17/5/2024. Tại hội nghị đó, …": going on about another day's meeting.
                      !(sentenceIndex > 0 && otherOccasion(block, block.sentences[sentenceIndex - 1]) && continuesAnotherDaysOccasion(sentence, eventDate: eventDate)),
                      !(sentenceIndex > 0 && continuesEarlierOccasion(sentence, after: sentences[sentenceIndex - 1], eventDate: eventDate, afterLead: block.paragraph > 0)),
                      !elsewhen.toldFromReport(sentenceIndex) else { continue }
                let cumulative = isCumulative(sentence)
                if cumulative && !namesThisEvent(sentence, eventDate: eventDate) { continue }
                var counted = groups(in: sentence)
                pairRespectively(&counted, in: sentence)
                let sentenceGroups = mergingContinuations(counted, in: sentence)
                let following = sentenceIndex + 1 < sentences.count ? sentences[sentenceIndex + 1] : nil
                var next = following
                // "… tuyên dương 150 điển hình …. Cụ thể:" over "- 60 tập thể tiêu biểu, gồm …" and "- 90 cá nhân …": the list breaks it
                // down. Only for the paragraph's last sentence, or the one before a closing "Cụ thể:": the list follows the paragraph.
                if sentenceIndex + 2 >= sentences.count, let list = listBreakdown(introducedBy: next ?? sentence, after: index, in: body) { next = list }
                // "Trong số tập thể, cá nhân được Ban Thường vụ Tỉnh ủy tặng Bằng khen, khu vực Nam Định (cũ) có 12 tập thể, …": counts with
                // no award word of their own after the opening break down those it names ("…, Chủ tịch UBND tỉnh tặng Bằng khen cho 5 …" is one).
                let among = amongTheAwarded?.firstMatch(in: sentence, range: NSRange(location: 0, length: nsSentence.length))
                func breaksDownTheAwarded(_ group: Group) -> Bool {
                    guard let among, group.range.location >= among.upperBound else { return false }
                    let after = NSRange(location: among.upperBound, length: nsSentence.clauseEnd(from: group.range.location) - among.upperBound)
                    return anyVerb.firstMatch(in: sentence, range: after) == nil && anyKind.firstMatch(in: sentence, range: after) == nil
                }
                let uncounted = singleRecipients(in: sentence, besides: counted) + sameRecipientsAgain(in: sentence, after: sentenceGroups, toldBefore: toldBefore)
                    + sameRecipientsNamedAfter(in: sentence, after: sentenceGroups, toldBefore: toldBefore)
                    + remainderAwarded(in: sentence, after: sentenceGroups, previous: sentenceIndex > 0 ? sentences[sentenceIndex - 1] : nil) + jointVerbAwards(in: sentence, groups: sentenceGroups)
                    + prizeWinnersAwarded(in: sentence, after: body[..<index].flatMap { $0.sentences.map($0.foldedText) } + sentences[..<sentenceIndex],
                                          besides: counted)
                // A total whose parts the sentence gives each its award ("trong đó, 4 tập thể … được …, các tập thể … còn lại được …"), when
                // it names an honour of its own ("biểu dương 6 tập thể, 10 cá nhân"); a bare "khen thưởng" only heads them.
                let brokenDownTotals = Set(uncounted.compactMap(\.remainderOf?.location))
                for var group in sentenceGroups + uncounted where !group.isTotal && !group.isPartOfTotal
                    && !brokenDown(group, by: next) && !breaksDownTheAwarded(group)
                    && !otherDayClauses.contains(where: { nsSentence.clauseStart(before: $0.location) <= group.range.location
                        && group.range.location <= nsSentence.clauseEnd(from: $0.location) }) {
                    if let split = splitUp(group, by: next) { (group.collectives, group.individuals, group.combined) = (split.collectives, split.individuals, 0) }
                    if group.individuals == 0, group.combined == 0 { group.individuals = peopleNamed(after: group, in: sentence) }
                    // "… cho các tập thể: A; B; C. Các cá nhân: đ/c D (…); đ/c E (…).": the people the next sentence lists are the same award's.
                    if group.listsUnitsByName, group.individuals == 0, let following,
                       let opening = peopleListOpening.firstMatch(in: following, range: NSRange(location: 0, length: (following as NSString).length), anchored: true) {
                        group.individuals = namesListed(following.substring(utf16From: opening.upperBound))
                    }
                    if lookingBack?.firstMatch(in: sentence, range: NSRange(location: 0, length: group.range.location)) != nil { continue }
                    // "27 gương đã được tuyên dương cấp Trung ương" at a city's event: honoured at a higher level, elsewhere.
                    if atHigherLevel(group, in: sentence) { continue }
                    // "Trong 5 năm, cấp ủy các cấp đã khen thưởng …; tại hội nghị, …": a clause over years beside one of the event.
                    guard let kind = group.kind, !(group.byManyGivers && group.giver == nil), !inPastClause(group, of: sentence, nextSentence: following, eventDate: eventDate),
                          !cumulative || !overYears(group, of: sentence, eventDate: eventDate),
                          !quoted.contains(where: { NSLocationInRange(sentenceRange.location + group.range.location, $0) }) else { continue }
                    toldJustBefore = group
                    let evidence = block.text(NSRange(location: sentenceRange.location + group.evidence.location, length: group.evidence.length))
                    awards.append(Award(giver: awardingGiver(group, kind: kind) ?? (isBullet ? introducedGiver : nil), kind: kind,
                                        collectives: group.collectives > 0 ? group.collectives : nil,
                                        individuals: group.individuals > 0 ? group.individuals : nil,
                                        combined: group.combined > 0 ? group.combined : nil,
                                        evidence: evidence.trimmingWhitespace(), line: block.line,
                                        kindFrom: group.kindIsGeneric ? "generic" : nil, recipientNamed: group.isNamed ? true : nil,
                                        recipient: group.recipientName, inLead: block.paragraph == 0 ? true : nil,
                                        partsTold: brokenDownTotals.contains(group.range.location) && !unspecifiedKinds.contains(kind) ? true : nil))
                }
                // "… tặng Giấy khen cho các tập thể, cá nhân …. Các tập thể được khen gồm: …": named in the sentences after it.
                if sentenceGroups.allSatisfy({ $0.kind == nil }), uncounted.isEmpty, !(cumulative && !namesThisEvent(sentence, eventDate: eventDate)),
                   let named = namedInSentences(after: sentence, following: Array(sentences[(sentenceIndex + 1)...])
                       + (index + 1 < body.count ? body[index + 1].sentences.map(body[index + 1].foldedText) : [])),
                   let kind = named.kind, !past.matches(sentence) {
                    toldJustBefore = named
                    awards.append(Award(giver: awardingGiver(named, kind: kind), kind: kind, collectives: named.collectives > 0 ? named.collectives : nil,
                                        individuals: named.individuals > 0 ? named.individuals : nil, combined: nil,
                                        evidence: block.text(sentenceRange).trimmingWhitespace(), line: block.line,
                                        kindFrom: named.kindIsGeneric ? "generic" : nil, inLead: block.paragraph == 0 ? true : nil))
                }
            }
            let listed = namedList(introducedBy: block, followedBy: body[(index + 1)...], eventDate: eventDate)
            if let listed, !awards.contains(where: { retells(listed, $0) }) { awards.append(listed) }
            if namesAwards {
                var table = tableAwards(introducedBy: block, followedBy: body[(index + 1)...], eventDate: eventDate)
                if table.isEmpty {
                    let ordered = inLineOrder ?? text.blocks.filter { $0.part == .body || $0.part == .caption }.sorted { $0.line < $1.line }
                    inLineOrder = ordered
                    let following = ordered.drop { $0.line <= block.line }
                    table = tableAwards(introducedBy: block, followedBy: following, eventDate: eventDate)
                    // "… tặng Bằng khen cho 14 tập thể, cá nhân." over a roster of them: its split.
                    let unsplit = table.isEmpty ? awards.indices.filter {
                        awards[$0].line == block.line && awards[$0].combined != nil && awards[$0].collectives == nil && awards[$0].individuals == nil
                    } : []
                    // A roster is looked for only under a paragraph naming recipients as a group ("các tập thể", "danh sách"), or
                    // with a count to split: most paragraphs telling awards are neither.
                    let namesAGroup = listed == nil && rosterListed?.matches(block.folded) == true
                    // A roster under its own title further down the story, looked for once.
                    lazy var titledRoster = following.firstIndex(where: isRosterTitle).flatMap { self.roster(in: following[$0...]) }
                    // "(có danh sách kèm theo)" over more of the story: the roster under its title further down.
                    let roster = table.isEmpty && (namesAGroup || unsplit.count == 1)
                        ? self.roster(in: following) ?? (rosterAttached?.matches(block.folded) == true ? titledRoster : nil)
                        : nil
                    if let roster, namesAGroup {
                        if rostersTaken.insert(roster.rows.map(\.name).joined(separator: "\n")).inserted {
                            // Parts of it a counted clause above already told ("… tặng Giấy khen cho 4 tập thể và 7 cá nhân; Giám đốc
                            // … tặng Giấy khen cho các cá nhân …" over parts headed by each award) are told once.
                            table = rosterAwards(introducedBy: block, roster: roster, eventDate: eventDate, otherOccasion: otherOccasion)
                                .filter { listed in !awards.contains { retells(listed, $0) } }
                            if isRosterTitle(block) { table = titledRosterAwards(table, besides: awards) }
                        }
                    } else if table.isEmpty, namesAGroup, captionCounted.isEmpty {
                        captionCounted = captionCountedAwards(introducedBy: block, captions: text.captions, eventDate: eventDate, otherOccasion: otherOccasion)
                    }
                    // "… tặng Giấy khen cho 15 tập thể, cá nhân …" over more of the story, then "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC … TẶNG
                    // GIẤY KHEN" listing fifteen: the roster under its title splits the count (only a roster of as many rows does).
                    let splitting = roster ?? (table.isEmpty && unsplit.count == 1 ? titledRoster : nil)
                    if unsplit.count == 1, let awardIndex = unsplit.first, let combined = awards[awardIndex].combined, let roster = splitting,
                       let split = rosterSplit(of: combined, by: roster) {
                        // "Đảng ủy Trường và Hiệu trưởng đã tặng Giấy khen cho 14 tập thể, cá nhân" over rows each naming its award
                        // ("Giấy khen của Đảng ủy Trường", "Giấy khen của Hiệu trưởng"): each award its rows.
                        let byColumn = rosterColumnAwards(splitting: awards[awardIndex], by: roster)
                        if !byColumn.isEmpty {
                            awards.replaceSubrange(awardIndex...awardIndex, with: byColumn)
                        } else {
                            awards[awardIndex].collectives = split.collectives > 0 ? split.collectives : nil
                            awards[awardIndex].individuals = split.individuals > 0 ? split.individuals : nil
                            awards[awardIndex].combined = nil
                        }
                    }
                }
                awards += table
            }
            if !isBullet, block.original.trimmingWhitespace().hasSuffix(":"), let last = sentences.last {
                introducedGiver = anyKind.matches(last) || anyVerb.matches(last) ? introduction(last).giver : nil
            }
        }
        // Counts only captions give, for a sentence naming its recipients as a group: unless a clause told that kind already, or
        // those counts ("… cũng khen thưởng 7 tập thể, 11 cá nhân" under captions "… trao Giấy khen cho 7 tập thể, 11 cá nhân").
        let withCaptionCounts = awards + captionCounted.filter { counted in
            !awards.contains { $0.kind == counted.kind || ($0.collectives, $0.individuals, $0.combined) == (counted.collectives, counted.individuals, counted.combined) }
        }
        return withCaptionCounts + captionOnlyAwards(text.captions, besides: withCaptionCounts, kindsTold: kindsTold, eventDate: eventDate)
    }

    /// "Thiếu tướng … trao Bằng khen của Đảng ủy Quân khu 7 tặng 2 tập thể …" under no sentence naming that kind (`kindsTold`):
    /// an award only a caption tells, with its giver ("của …") and counts. A caption naming an earlier year before the award's
    /// reason is an older photo's.
    func captionOnlyAwards(_ captions: [ArticleText.Block], besides told: [Award], kindsTold: Set<String>, eventDate: CalendarDate?) -> [Award] {
        var found: [Award] = []
        for caption in captions where anyKind.matches(caption.folded) {
            let text = caption.folded
            let beforeReason = reason.firstMatch(in: text).map { String(text[..<$0.range.lowerBound]) } ?? text
            guard !Self.years(in: beforeReason).contains(where: { $0 < (eventDate?.year ?? .max) }) else { continue }
            for group in groups(in: text) where group.kind != nil && !group.isTotal && !group.isPartOfTotal {
                // "… trao Giấy khen cho 19 cá nhân điển hình" after "… trao Giấy khen của Ban Thường vụ Đảng ủy phường cho 11 tập
                // thể …": the other half of the award a caption before told, its giver said once.
                // (Not one naming a giver of its own: "trao Bằng khen của Bộ Tư lệnh … tặng 3 cá nhân" is another's award.)
                if let index = found.firstIndex(where: { $0.kind == group.kind }),
                   !giverMarker.matches(text.substring(utf16: group.evidence)) || group.giver == found[index].giver,
                   (found[index].collectives == nil && group.individuals == 0 && group.collectives > 0)
                    || (found[index].individuals == nil && group.collectives == 0 && group.individuals > 0) {
                    if group.collectives > 0 { found[index].collectives = group.collectives } else { found[index].individuals = group.individuals }
                    continue
                }
                // (A clause of a generic kind, "khen thưởng", may be the one the caption names: its kind is refined from captions.)
                guard let kind = group.kind, group.giver != nil, !kindsTold.contains(kind), giverMarker.matches(text.substring(utf16: group.evidence)),
                      !(told + found).contains(where: { $0.kind == kind || unspecifiedKinds.contains($0.kind) }) else { continue }
                found.append(Award(giver: group.giver, kind: kind, collectives: group.collectives > 0 ? group.collectives : nil,
                                   individuals: group.individuals > 0 ? group.individuals : nil, combined: group.combined > 0 ? group.combined : nil,
                                   evidence: caption.text(group.evidence).trimmingWhitespace(), line: caption.line))
            }
        }
        return found
    }

    /// "… đã tuyên dương 78 tập thể, cá nhân. Trong đó, 25 tập thể và 43 cá nhân được …; 10 tập thể được …": a total
    /// the next sentence opens by breaking down into awards of their own, adding up to it, is not counted again.
    func brokenDown(_ group: Group, by next: String?) -> Bool {
        guard let parts = breakdownParts(of: group, by: next) else { return false }
        return parts.contains { $0.kind != nil }
    }

    /// "… đã tuyên dương 96 tập thể, cá nhân. Trong đó có 35 tập thể và 61 cá nhân là cán bộ, …": a total the next
    /// sentence splits with no award of its own is the award, split so.
    func splitUp(_ group: Group, by next: String?) -> (collectives: Int, individuals: Int)? {
        guard let parts = breakdownParts(of: group, by: next), parts.allSatisfy({ $0.kind == nil && $0.combined == 0 }) else { return nil }
        return (parts.map(\.collectives).reduce(0, +), parts.map(\.individuals).reduce(0, +))
    }

    /// "Cụ thể:" ending a paragraph (alone, or after a total) over bullet lines: each line up to its first comma not before
    /// another count (its counts and noun), as one sentence opening with the introducer ("Cụ thể: 60 tập thể tiêu biểu; 90 cá
    /// nhân tiêu biểu", "Cụ thể: Thủ tướng Chính phủ tặng Bằng khen cho 1 tập thể; … tặng Bằng khen cho 1 tập thể, 2 cá nhân").
    func listBreakdown(introducedBy sentence: String, after index: Int, in body: [ArticleText.Block]) -> String? {
        let trimmed = sentence.trimmingWhitespace()
        guard trimmed.hasSuffix(":"), let introducer = breakdownAtEnd.firstMatch(in: trimmed) else { return nil }
        let lines = body.dropFirst(index + 1).prefix { block in block.original.unicodeScalars.first.map(CaptionDetector.bullets.contains) ?? false }
        let firsts = lines.compactMap { line -> String? in
            let text = line.folded.drop { !$0.isNumber && !$0.isLetter }
            let cut = text.indices.first { at in
                text[at] == "," && text[text.index(after: at)...].drop(while: { $0 == " " }).first?.isNumber != true
            }
            let first = String(text[..<(cut ?? text.endIndex)]).trimming(charactersIn: ";. ")
            return first.isEmpty ? nil : first
        }
        return firsts.count >= 2 ? String(introducer.value).trimming(charactersIn: ": ") + ": " + firsts.joined(separator: "; ") : nil
    }

    /// The counts of a next sentence opening by breaking down `group`'s combined count, when they add up to it.
    private func breakdownParts(of group: Group, by next: String?) -> [Group]? {
        guard group.combined > 0, group.collectives == 0, group.individuals == 0, let next,
              breakdown.firstMatch(in: next, range: NSRange(location: 0, length: (next as NSString).length), anchored: true) != nil else { return nil }
        let parts = groups(in: next).filter { !$0.isTotal && !$0.isPartOfTotal }
        return !parts.isEmpty && parts.map(\.total).reduce(0, +) == group.combined ? parts : nil
    }

    /// After givers have their one name: one said short takes its full name, the same award told twice counts once, headline totals
    /// go, kinds left generic take the one a caption names, and a count not split takes the split its captions give.
    /// `handingOver`: lines of the body like captions, used only when they name the award's giver.
    func finish(_ awards: [Award], captions: [ArticleText.Block], handingOver: [ArticleText.Block] = []) -> [Award] {
        splitByCaptions(refineGenericKinds(dropRecaps(completingShortGivers(awards)), captions: captions, handingOver: handingOver), captions: captions)
    }
}

extension NSRange {
    var upperBoundOrZero: Int { location == NSNotFound ? 0 : upperBound }
}

/// Clauses of an award sentence are cut at semicolons ("… 5 tập thể; 12 cá nhân được …").
extension NSString {
    /// Just after the last `separator` before `location`, or 0.
    func clauseStart(before location: Int, separator: String = ";") -> Int {
        range(of: separator, options: .backwards, range: NSRange(location: 0, length: location)).upperBoundOrZero
    }

    /// At the first semicolon from `location` on, or the end.
    func clauseEnd(from location: Int) -> Int {
        let semicolon = range(of: ";", range: NSRange(location: location, length: length - location))
        return semicolon.location == NSNotFound ? length : semicolon.location
    }
}

