import Foundation

/// The shape of `extraction/awards.yml` (and a user's `Content/data/awards.yml`): the words and
/// patterns of award clauses, documented in Resources/extraction/README.md.
extension AwardFinder {
    struct Named: Codable, Sendable {
        var name: String
        var patterns: [String]
        var kind: String?
        /// A kind only the State or central bodies award: a local official named as its subject hands it over.
        var central_only: Bool?
        /// Who awards the kind when the clause names only who handed it over ("Chủ tịch nước" for Huân chương).
        var default_giver: String?
        /// A verb that says an award was given without saying which ("khen thưởng"): a caption may name it,
        /// and a headline total often says it.
        var unspecified: Bool?
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
        /// "15 đảng viên trẻ dưới 30 tuổi được … biểu dương": a number with these after it describes the recipients
        /// on the way to their passive (any other number ends the way).
        var measures_before_passive: [String]?
        /// "6 gương … nằm trong số các cá nhân được tuyên dương": words after which a passive is of the others the counts are among.
        var among: [String]?
        /// "Một số tập thể, cá nhân được tuyên dương:" over a list of names: some of those honoured, no award of its own.
        var samples: [String]?
        /// "…, cũng vinh dự được …": words that are no subject of their own.
        var subject_adverbs: [String]?
        /// "… tổ chức Lễ kỷ niệm … và" before a receiving verb: the unit before these holds the ceremony and receives.
        var held_then_received: [String]?
        /// ", riêng …", ", trong đó …": after a comma these open a clause of their own.
        var clause_openers: [String]?
        /// "…; phần thưởng cao quý này sẽ được trao tại …": a clause opening with these tells the time of the awards before it.
        var back_references: [String]?
        /// "các Bằng khen này …": words before a kind opening a clause.
        var plurals: [String]?
        /// "Tại hội nghị này, …", "Nhiều tập thể, cá nhân …": a sentence opening so goes on about the one before,
        /// and takes its time when that one told another (an earlier conference, years of results).
        var continuations: [String]?
        /// "Tại hội nghị, …" right after a sentence naming a hội nghị: that one (`noun`), whatever its time.
        var occasion_anaphora: [String]?
        /// "Dự buổi lễ có …": a sentence listing who attended, the honoured among them, gives nothing.
        var attendance: [String]?
        /// "… đã rà soát, giới thiệu 61 tập thể": verbs putting counts forward, after any award word before them.
        var nominating: [String]?
        /// "từ 58 tập thể, cá nhân được … đề xuất,": the pool the awarded were chosen from; a proposal inside it is not theirs.
        var chosen_from: [String]?
        /// "Theo báo cáo, …" opening a paragraph: it tells a report's figures, not this event's awards,
        /// unless a sentence names this event ("Dịp này, …").
        var report_openers: [String]?
        /// "Năm 2022, …" opening a paragraph (group `year`), a year before the event's: that year's figures, as a report's.
        var report_year_openers: [String]?
        /// "… hội nghị cũng nhìn lại giai đoạn 2021 - 2025: …; …": every clause after it tells the period looked back on.
        var looking_back: [String]?
        /// "5 tập thể có cách làm hay, hiệu quả … được biểu dương": a qualifier before the passive.
        var qualifiers: [String]?
        var passive: [String]
        var giver_markers: [String]
        var recipient_markers: [String]
        /// "trao Bằng khen của Tư lệnh Quân khu tặng 4 tập thể": recipients after an award's name only.
        var recipient_markers_after_kind: [String]?
        /// "trao Giấy khen kèm phần thưởng cho 11 học sinh": what comes with an award, between it and its recipients.
        var award_extras: [String]?
        /// "Huân chương … hạng Nhì cho 1 tập thể, hạng Ba cho 2 tập thể": another class of the award just named, its kind left out.
        var award_classes: [String]?
        /// "cho số tập thể, cá nhân tương ứng là 20 và 31": the counts after the nouns, in their order.
        var respective_counts: [String]?
        var clause_words: [String]
        var giver_fillers: [String]
        /// "X và Y lần lượt tặng Giấy khen, Bằng khen cho A và B": givers and kinds pair with the lists in order.
        var respectively: [String]?
        /// "…; mỗi tập thể, cá nhân được tuyên dương còn được X tặng Giấy khen": the recipients counted before, given a second award.
        var same_recipients: [String]?
        /// "…; đồng thời, X tặng Giấy khen cho các tập thể, cá nhân được biểu dương": the same, named after the second award.
        var same_recipients_after_award: [String]?
        var remainder: [String]?
        var earlier_day: [String]?
        var giver_joiners: [String]?
        var list_joiners: [String]?
        var appositives: [String]?
        var representing: [String]?
        var not_receive: [String]?
        /// "năm 2022 Phòng …": a number after these is a year or a date, never a count.
        var not_counted_after: [String]?
        /// "… là một tấm gương sáng": "một" after these is the article "a", never a count of one.
        var article_one_after: [String]?
        /// "Các đồng chí lãnh đạo tỉnh trao …": a subject of people handing awards over, not a giver.
        var presenters: [String]?
        /// "các huyện ủy, thị ủy …": a subject naming many units, no one giver.
        var many_givers: [String]?
        /// "cho Công ty vì …": a unit's kind alone, then the reason, refers to a unit named before.
        var reasons: [String]?
        /// "cho các đồng chí: A, …; B, …": people named one by one, each an individual.
        var named_people: [String]?
        var named_units: [String]?
        /// "… có thành tích xuất sắc trong 5 năm thực hiện …": a period after these is the award's reason.
        var achievement: [String]?
        /// "… 35 cá nhân điển hình tiên tiến trong 3 năm thực hiện …": the same, only after a count.
        var achievement_after_count: [String]?
        var achievement_told_before: [String]?
        var level_words: [String]?
        /// "Ban Thi đua - Khen thưởng": a verb right after these is part of a body's name.
        var verb_in_name_after: [String]?
    }

    /// "năm học 2022-2023": `patterns` with a `year` group, the year it ends, in `ends_in_month`.
    struct SchoolYear: Codable, Sendable {
        var patterns: [String]
        var ends_in_month: Int
    }

    /// A roster of those honoured, one per row: the words of a sentence that lists rather than counts them, and of the parts' headings.
    struct Roster: Codable, Sendable {
        var listed: [String]
        var collectives: [String]
        var individuals: [String]
        /// "Danh sách tập thể được tặng Giấy khen": words a part's heading may open with, and words its tail opens with.
        var heading_openers: [String]?
        var heading_tails: [String]?
        /// "(có danh sách kèm theo)": the roster is attached, perhaps at the page's end, under its own title.
        var attached: [String]?
        /// "Trích danh sách tập thể, cá nhân được … tặng Bằng khen:": the rows are some of those honoured (the count is told, or in a file).
        var excerpts: [String]?
        /// "TT | Họ và tên | Cấp bậc, chức vụ": a people's column, after the row number, heading a part of individuals.
        var name_columns: [String]?
    }

    /// A contest's prizes and those who won them: "1 giải Nhất, 2 giải Nhì", "các đội đoạt giải Nhất, Nhì, Ba".
    struct Prizes: Codable, Sendable {
        /// "giải".
        var words: [String]
        /// "Nhất", "Nhì", "Ba", "Khuyến khích".
        var ranks: [String]
        /// "đoạt", "đạt".
        var winning: [String]
        /// Who won, as collectives ("các đội") or individuals ("các thí sinh").
        var collective_winners: [String]
        var individual_winners: [String]
    }

    struct Source: Codable, Sendable {
        var schema: String
        var kinds: [Named]?
        var verbs: [Named]?
        var recipients: Recipients?
        var approximate: [String]?
        /// "…, nâng tổng số … lên 227 tập thể, 400 cá nhân": a running total, all of its list.
        var running_totals: [String]?
        var cumulative: [String]?
        var cumulative_never_reason: [String]?
        var at_event: [String]?
        var at_event_elsewhere: [String]?
        /// "Theo báo cáo tại hội nghị, …": right before one of `at_event`, these make it where figures were reported.
        var at_event_reported: [String]?
        var breakdown: [String]?
        var offices: [String]?
        var receive: [String]?
        var past: [String]?
        var past_after_lead: [String]?
        var on_behalf: [String]?
        var decided_by: [String]?
        /// "đồng chí A công bố Quyết định của Ban Thường vụ …": a person reads out, or hands over, a body's decision; the body gives.
        var announced_decision: [String]?
        var handed_over_later: [String]?
        var single_recipient_persons: [String]?
        var named_collectives: [String]?
        /// "Dịp này, công ty vinh dự đón nhận Huân chương …": a receiving subject naming the article's unit by its kind alone.
        var referred_receivers: [String]?
        /// "tập thể Khoa Cấp cứu": words a named collective may follow.
        var collective_prefixes: [String]?
        /// "tập thể các lớp 9A1, 9A2": after a collective prefix these make the name many units, none counted as one.
        var collective_plural_words: [String]?
        var event_subjects: [String]?
        var head_titles: [String]?
        var earlier_occasion: [String]?
        /// "Ngày 16/5, Đảng ủy Khối … tổ chức hội nghị …" in a story of the 15th: another day's occasion.
        var another_days_occasion: [String]?
        var dated_award: [String]?
        var award_of_year: [String]?
        var reason_of_year: [String]?
        var month_of_year: [String]?
        var higher_level_occasions: [String: [String]]?
        var school_year: SchoolYear?
        var table_header: String?
        var prizes: Prizes?
        /// A table flattened into one line by a copy: its header's count columns, then more ("Hình thức khen thưởng Tập thể Cá nhân
        /// Huân chương … 2 1 Bằng khen … 5 9 …"); which figures are whose row cannot be told.
        var table_flattened: String?
        /// "Cơ quan khen thưởng  Hình thức  Tập thể  Cá nhân": a header opening with these has the giver before the kind.
        var table_giver_columns: [String]?
        /// "Tổng cộng  16  22": the row adding up the others.
        var table_total_rows: [String]?
        var roster: Roster?
        var office_titles: [String]?
        /// "Bộ trưởng, Chủ nhiệm": two posts one holder has, written together; they give as one.
        var joint_posts: [String]?
        /// "Phó Bí thư …": a deputy's post, of the same unit as the post.
        var deputy_words: [String]?
        /// Posts whose holder hands over the committee's awards, giving none in the post's name ("đồng chí Bí thư Tỉnh ủy trao …").
        var presenting_titles: [String]?
        var grammar: Grammar?

        static let schemaName = "chronicle.awards/1"
        static let keys: Set<String> = ["schema", "kinds", "verbs", "recipients", "approximate", "running_totals", "cumulative", "cumulative_never_reason", "at_event", "at_event_elsewhere", "at_event_reported",
                                        "breakdown", "offices", "office_titles", "joint_posts", "deputy_words", "presenting_titles", "receive", "past", "past_after_lead", "on_behalf", "decided_by", "announced_decision", "handed_over_later", "single_recipient_persons", "named_collectives", "referred_receivers", "collective_prefixes", "collective_plural_words", "event_subjects", "head_titles", "earlier_occasion", "another_days_occasion", "dated_award", "award_of_year", "reason_of_year", "month_of_year", "higher_level_occasions", "school_year", "prizes", "table_header", "table_flattened", "table_giver_columns", "table_total_rows", "roster", "grammar"]
    }
}
