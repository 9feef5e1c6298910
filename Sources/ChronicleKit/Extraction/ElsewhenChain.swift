import Foundation

/// Whether each sentence of a paragraph tells another time than the event's: it opens with an earlier
/// occasion or a past time, or tells figures over years ("Trước đó, ngày 20-4-2021, …", "5 năm qua, …
/// đã khen thưởng …"); or it goes on about the sentence before that did ("Tại hội nghị này, …",
/// "Nhiều tập thể …, trong đó …"); or the paragraph tells a report's figures ("Theo báo cáo, …").
///
/// Worked out only for the sentences an award sentence asks about, and once each: the tests are
/// the costliest patterns of the award vocabulary, and most sentences tell no award.
final class ElsewhenChain {
    private let sentences: [String]
    private let finder: AwardFinder
    private let eventDate: CalendarDate?
    /// A body paragraph after the lead, where an occasion "vừa qua" is one recalled.
    private let afterLead: Bool
    private var tellsElsewhen: [Bool?]
    private var continues: [Bool?]
    private var occasion: [Bool?]
    private var anotherDay: [Bool?]
    /// Where the report opening the paragraph ends ("Theo báo cáo của Đảng ủy Khối", or "Năm 2022," at an event
    /// of 2023), if one does.
    private lazy var reportOpening: NSRange? = sentences.first.flatMap { first -> NSRange? in
        let whole = NSRange(location: 0, length: (first as NSString).length)
        if let opening = finder.reportOpener?.firstMatch(in: first, range: whole, anchored: true) { return opening }
        guard let eventYear = eventDate?.year, let match = finder.reportYearOpener?.firstMatch(in: first),
              let year = match["year"].flatMap({ Int($0) }), year < eventYear else { return nil }
        return NSRange(match.range, in: first)
    }

    init(sentences: [String], finder: AwardFinder, eventDate: CalendarDate?, afterLead: Bool) {
        self.afterLead = afterLead
        self.sentences = sentences
        self.finder = finder
        self.eventDate = eventDate
        tellsElsewhen = Array(repeating: nil, count: sentences.count)
        continues = Array(repeating: nil, count: sentences.count)
        occasion = Array(repeating: nil, count: sentences.count)
        anotherDay = Array(repeating: nil, count: sentences.count)
    }

    /// Sentence `index` opens as a continuation and the sentence before told, or went on about, another time.
    func continuesElsewhen(_ index: Int) -> Bool {
        if let known = continues[index] { return known }
        let sentence = sentences[index]
        let whole = NSRange(location: 0, length: (sentence as NSString).length)
        let result: Bool
        if index > 0, let opening = finder.continuation.firstMatch(in: sentence, range: whole, anchored: true),
           !finder.namesThisEvent(sentence.substring(utf16From: opening.upperBound), eventDate: eventDate) {
            // "Tại hội nghị này, …" goes on about an occasion told before; after figures over years
            // ("Sau 3 năm, … đã khen thưởng 87 tập thể.") it is this event's.
            let namesAnOccasion = finder.atEvent.matches(sentence.substring(utf16: opening))
            result = (namesAnOccasion ? toldAnotherOccasion(index - 1) : elsewhere(index - 1)) || continuesElsewhen(index - 1)
        } else if index > 0, let anaphora = finder.occasionAnaphora.firstMatch(in: sentence) {
            if let noun = anaphora["noun"] {
                // "Trước đó, chiều 29/10, … đã tổ chức hội nghị tổng kết …. Tại hội nghị, …": the meeting just named
                // ("Tại buổi lễ, …" after "… đã tổ chức Lễ kỷ niệm …").
                result = occasionToldBefore(index) { self.sentences[$0].range(of: noun, options: .caseInsensitive) != nil }
                    .map(toldAnotherOccasion) ?? false
            } else {
                // "- Thứ Ba (16/5): Đảng bộ Công ty … tổ chức hội nghị …. Dịp này, …": that day's meeting (after a past
                // award, "Dịp này" is the event's).
                result = occasionToldBefore(index, names: holdsAnotherDaysOccasion) != nil
            }
        } else if index > 0, holdsAnotherDaysOccasion(index - 1), !finder.namesThisEvent(sentence, eventDate: eventDate),
                  !EventTypeClassifier.writtenDay.matches(sentence) {
            // "Trước đó, ngày 3/6, Đảng ủy BĐBP tỉnh đã tổ chức hội nghị sơ kết …. Đồn … là 1 trong 5 tập thể được … tặng Bằng
            // khen …": the story goes on about that day's meeting until it names this event or another day.
            result = true
        } else {
            result = false
        }
        continues[index] = result
        return result
    }

    /// The paragraph opens with a report, and sentence `index` names no moment of this event besides it
    /// ("Theo báo cáo tại hội nghị, năm 2022, …" is the report's; "Dịp này, …" is the event's).
    func toldFromReport(_ index: Int) -> Bool {
        guard let opening = reportOpening else { return false }
        let sentence = sentences[index]
        let rest = index == 0 ? sentence.substring(utf16From: opening.upperBound) : sentence
        return !finder.namesThisEvent(rest, eventDate: eventDate)
    }

    /// The sentence before `index` that `names` the occasion it goes on about, looking back over figures over years
    /// ("Ngày 16/5, Đảng ủy Khối … tổ chức hội nghị tổng kết … . Sau 10 năm, Đảng bộ Khối đã … . Tại hội nghị, …"); nil when
    /// the sentence before names none.
    private func occasionToldBefore(_ index: Int, names: (Int) -> Bool) -> Int? {
        var before = index - 1
        while !names(before) {
            guard before > 0, finder.isCumulative(sentences[before]) else { return nil }
            before -= 1
        }
        return before
    }

    /// After the lead, sentence `index` opens with a meeting held on another day ("Ngày 16/5, Đảng ủy Khối … tổ chức …").
    private func holdsAnotherDaysOccasion(_ index: Int) -> Bool {
        if let known = anotherDay[index] { return known }
        let result = afterLead && finder.holdsAnotherDaysOccasion(sentences[index], eventDate: eventDate)
        anotherDay[index] = result
        return result
    }

    private func elsewhere(_ index: Int) -> Bool {
        if let known = tellsElsewhen[index] { return known }
        let sentence = sentences[index]
        let result = toldAnotherOccasion(index) || (finder.isCumulative(sentence) && !finder.namesThisEvent(sentence, eventDate: eventDate))
        tellsElsewhen[index] = result
        return result
    }

    /// "Trước đó, ngày 20-4-2021, …", "Tại hội nghị tổng kết năm 2022, …": an earlier occasion or a past time.
    private func toldAnotherOccasion(_ index: Int) -> Bool {
        if let known = occasion[index] { return known }
        let sentence = sentences[index]
        let result = finder.opensWithEarlierOccasion(sentence, eventDate: eventDate, afterLead: afterLead) || finder.opensInThePast(sentence, afterLead: afterLead)
        occasion[index] = result
        return result
    }
}
