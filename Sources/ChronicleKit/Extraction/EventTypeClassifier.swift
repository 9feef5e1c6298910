import Foundation

/// The kind of event an article reports, from `extraction/events.yml`.
public struct EventTypeClassifier: Sendable {
    struct Kind: Codable, Sendable {
        var id: String
        var name: String
        var patterns: [String]
        /// The kind names awards given: "Khen thưởng 59 tập thể, cá nhân tại Đại hội thi đua …" is given at
        /// the kind after an occasion preposition.
        var awards: Bool?
    }

    struct Source: Codable, Sendable {
        var schema: String
        var reporting_verbs: [String]?
        /// "các tổ chức", "tổ chức cơ sở đảng": words standing right before a reporting verb (phrases), or right after it (patterns),
        /// that make it a noun.
        var verb_as_noun_before: [String]?
        var verb_as_noun_after: [String]?
        /// "Hội thảo là diễn đàn …": after an event's kind these say what one is, and report none.
        var copulas: [String]?
        /// "Trước đó, ngày 15-3, … đã tổ chức hội nghị quán triệt": a sentence opening so tells another event.
        var other_event_openers: [String]?
        /// "Thời gian qua, …": a sentence opening so tells what went on over a period; it names no type (its dates stay read).
        var period_openers: [String]?
        /// "tại": an award kind's phrase followed by one of these and another kind tells where it was given.
        var occasion_prepositions: [String]?
        /// "sau hội nghị sơ kết …, Ban Thường vụ … tổ chức Lễ biểu dương": a kind after these is another event, before or after.
        var other_event_prepositions: [String]?
        var not_events_after_prepositions: [String]?
        var event_types: [Kind]

        static let schemaName = "chronicle.event-types/1"
        static let keys: Set<String> = ["schema", "reporting_verbs", "verb_as_noun_before", "verb_as_noun_after", "copulas", "other_event_openers", "period_openers", "occasion_prepositions", "other_event_prepositions", "not_events_after_prepositions", "event_types"]
    }

    public static let other = "khác"
    /// A day written in digits ("10-9", "23/5"): a sentence that dates the event it reports.
    static let writtenDay = Pattern(literal: #"(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)"#)
    let kinds: [(kind: Kind, pattern: Pattern)]
    /// "tổ chức", "diễn ra": a sentence that reports the event taking place (lowercase: "Ban Tổ chức" is a unit).
    let reportingVerbs: Pattern
    /// A copula right after a sentence's opening kind ("Hội thảo là …"); nil when the data names none.
    let copula: Pattern?
    /// The verbs reporting an event taking place, as written ("tổ chức", "diễn ra").
    let reportingVerbWords: [String]
    /// The copulas themselves ("là"): a subject they follow says what something is, and holds nothing.
    let copulas: [String]
    /// "Trước đó, …" opening a sentence: it tells another event (`other_event_openers`).
    let otherEventOpener: Pattern
    /// That, or "Thời gian qua, …" (`period_openers`): a sentence opening so names no type of this event.
    let noTypeOpener: Pattern
    /// Text ending with an occasion preposition ("… tại "): the kind after it is where awards were given.
    let occasionBefore: Pattern
    /// Text ending with "sau " or "sau hội nghị ": the kind after it is another event (`other_event_prepositions`).
    let otherEventBefore: Pattern?
    /// A sentence opening after another event: "Sau vòng sơ khảo …", "Sau hội nghị tổng kết …" (not "Sau khi …", "Sau đó, …").
    let otherEventSubject: Pattern?
    /// Any event of a kind `event_types` knows.
    let anyKind: Pattern
    /// Its opening clause up to a day, telling that event taking place: "Sau vòng sơ khảo diễn ra từ ".
    let otherEventOpening: Pattern?

    init(sources: [Source]) throws {
        let nounBefore = sources.all(\.verb_as_noun_before), nounAfter = sources.all(\.verb_as_noun_after)
        reportingVerbs = try Pattern("(?<!\\p{L})"
                                     + (nounBefore.isEmpty ? "" : "(?<!(?i:\(Pattern.phrases(nounBefore))) )")
                                     + "(?:\(Pattern.phrases(sources.all(\.reporting_verbs))))(?!\\p{L})"
                                     + (nounAfter.isEmpty ? "" : "(?!\\s+(?i:\(Pattern.alternatives(nounAfter)))(?!\\p{L}))"), caseInsensitive: false)
        otherEventOpener = try Pattern("^\\s*(?:\(Pattern.phrases(sources.all(\.other_event_openers))))(?!\\p{L})")
        noTypeOpener = try Pattern("^\\s*(?:\(Pattern.phrases(sources.all(\.other_event_openers) + sources.all(\.period_openers))))(?!\\p{L})")
        copulas = sources.all(\.copulas)
        reportingVerbWords = sources.all(\.reporting_verbs)
        occasionBefore = try Pattern("(?<!\\p{L})(?:\(Pattern.phrases(sources.all(\.occasion_prepositions))))\\s+$")
        let otherEventPrepositions = sources.all(\.other_event_prepositions)
        // Up to two words between: "sau hội nghị sơ kết".
        otherEventBefore = otherEventPrepositions.isEmpty ? nil
            : try Pattern("(?<!\\p{L})(?:\(Pattern.phrases(otherEventPrepositions)))(?:\\s+\\p{L}+){0,2}\\s+$")
        let notEvents = sources.all(\.not_events_after_prepositions)
        let namesEvent = notEvents.isEmpty ? "" : "(?!(?:\(Pattern.phrases(notEvents)))(?!\\p{L}))"
        otherEventSubject = otherEventPrepositions.isEmpty ? nil
            : try Pattern("^\\s*(?:\(Pattern.phrases(otherEventPrepositions)))\\s+\(namesEvent)\\p{L}")
        otherEventOpening = otherEventPrepositions.isEmpty ? nil
            : try Pattern("^\\s*(?:\(Pattern.phrases(otherEventPrepositions)))\\s+\(namesEvent)[^,;]*?(?<!\\p{L})(?:\(Pattern.phrases(sources.all(\.reporting_verbs))))(?!\\p{L})[^,;]*$")
        copula = copulas.isEmpty ? nil : try Pattern("^\\s+(?:\(Pattern.phrases(copulas)))(?!\\p{L})")
        kinds = try sources.flatMap(\.event_types).map { kind in
            (kind, try Pattern("(?<!\\p{L})(?:\(Pattern.alternatives(kind.patterns)))(?!\\p{L})"))
        }
        anyKind = try Pattern("(?<!\\p{L})(?:\(Pattern.alternatives(kinds.flatMap(\.kind.patterns))))(?!\\p{L})")
    }

    /// "Sơ kết 3 năm …, …" opens with the kind; "Hội thảo là diễn đàn …" says what one is, and reports none.
    private func opensWithKind(_ sentence: String) -> Bool {
        let trimmed = sentence.trimmingWhitespace() as NSString
        let whole = NSRange(location: 0, length: trimmed.length)
        return kinds.contains { entry in
            guard let match = entry.pattern.firstMatch(in: trimmed as String, range: whole, anchored: true) else { return false }
            return copula?.matches(trimmed.substring(from: match.upperBound)) != true
        }
    }

    /// The earliest event word in a lead sentence that reports the event ("… tổ chức hội nghị sơ
    /// kết …"), else in the title, else in the lead's first two sentences, else in a sentence of the
    /// next paragraphs that reports the event (a sapo may stand before the lead). The lead comes
    /// first because headlines lead with the awards of a conference ("… khen thưởng 43 tập thể").
    /// Returns the type's name and the phrase that decided it.
    func classify(_ text: ArticleText) -> (name: String, evidence: String?) {
        var places: [String] = []
        if let lead = text.body.first {
            let opening = lead.sentences.prefix(2).map { lead.foldedText($0) }
            // "Sơ kết 3 năm thực hiện Kết luận số 01-KL/TW, Ban Thường vụ Tỉnh ủy đã biểu dương …": a lead opening
            // with the event's kind names it, as one reporting it does.
            places += opening.filter { reportingVerbs.matches($0) || opensWithKind($0) }
            // A lead opening with a question or a thought: "… Đó là vấn đề đặt ra tại Hội thảo khoa học … do Trường
            // Chính trị … tổ chức ngày 30.9 vừa qua."
            places += lead.sentences.dropFirst(2).map { lead.foldedText($0) }.filter { reportingVerbs.matches($0) && Self.writtenDay.matches($0) }
            // A sapo may stand before the lead: "Sáng 10-9, Quận ủy … tổ chức hội nghị tổng kết …".
            for block in text.body.dropFirst().prefix(2) {
                places += block.sentences.prefix(1).map { block.foldedText($0) }
                    .filter { reportingVerbs.matches($0) && Self.writtenDay.matches($0) && !noTypeOpener.matches($0) }
            }
            places.append(text.title.folded)
            places.append(opening.joined(separator: " "))
        } else {
            places.append(text.title.folded)
        }
        for block in text.body.dropFirst().prefix(2) {
            places += block.sentences.map { block.foldedText($0) }.filter { reportingVerbs.matches($0) && !noTypeOpener.matches($0) }
        }
        for place in places {
            var best: (position: String.Index, order: Int, evidence: String)?
            for (order, entry) in kinds.enumerated() {
                // "sau hội nghị sơ kết …": another event's kind is passed over.
                guard let match = entry.pattern.matches(in: place).first(where: { match in
                    otherEventBefore?.matches(String(place[..<match.range.lowerBound])) != true
                }) else { continue }
                if best == nil || match.range.lowerBound < best!.position {
                    best = (match.range.lowerBound, order, String(match.value))
                }
            }
            guard let best else { continue }
            if kinds[best.order].kind.awards == true, let occasion = occasion(after: best.position, in: place) { return occasion }
            return moreSpecific(than: (kinds[best.order].kind.name, best.evidence), in: text.title.folded)
        }
        return (Self.other, nil)
    }

    /// "Hội thảo nhằm làm rõ …" under the title "Quảng Trị: Hội thảo khoa học về …": the title's kind that names the same
    /// one more closely.
    private func moreSpecific(than found: (name: String, evidence: String), in title: String) -> (name: String, evidence: String) {
        for entry in kinds where entry.kind.name.count > found.name.count && entry.kind.name.hasPrefix(found.name + " ") {
            if let match = entry.pattern.firstMatch(in: title) { return (entry.kind.name, String(match.value)) }
        }
        return found
    }

    /// The earliest kind after `start` that is not one of awards and stands right after an occasion preposition:
    /// "Khen thưởng 59 tập thể, cá nhân tại Đại hội thi đua Quyết thắng" is an đại hội thi đua.
    private func occasion(after start: String.Index, in place: String) -> (name: String, evidence: String)? {
        var best: (position: String.Index, name: String, evidence: String)?
        for entry in kinds where entry.kind.awards != true {
            for match in entry.pattern.matches(in: place) where match.range.lowerBound > start
                && occasionBefore.matches(String(place[start..<match.range.lowerBound])) {
                if best == nil || match.range.lowerBound < best!.position { best = (match.range.lowerBound, entry.kind.name, String(match.value)) }
                break
            }
        }
        return best.map { ($0.name, $0.evidence) }
    }
}
