/// Finds the day the reported event took place.
///
/// First version: the first day named with a day word ("ngày", "sáng", "chiều", "tối", "trưa")
/// in the opening paragraphs; a missing year comes from the publication date, else from a
/// year in the same paragraph. Never the site clock, which is when the page was crawled.
struct EventDateExtractor: Sendable {
    private static let dayPhrase = Pattern(literal:
        #"(?<!\p{L})(?:ngày|sáng|chiều|tối|trưa|đêm)\s+(?:(?:thứ\s+\p{L}+|chủ\s+nhật)\s*,?\s*\(?\s*)?(?:ngày\s+)?(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?(?![\d/.-]*\d)"#)
    private static let year = Pattern(literal: #"(?<!\d)(20\d{2})(?!\d)"#)
    /// Events are reported in the lead; dates further down are history or plans.
    static let paragraphsSearched = 3

    func extract(from article: Article) -> EventDate {
        if let date = article.frontMatter.eventDate {
            return EventDate(date: date, evidence: "event_date in front matter")
        }
        for paragraph in article.paragraphs.prefix(Self.paragraphsSearched) {
            for match in Self.dayPhrase.matches(in: paragraph.text) {
                guard let day = Int(match[1]!), let month = Int(match[3]!) else { continue }
                let evidence = String(match.value)
                if let written = match[4].flatMap({ Int($0) }) {
                    guard let date = CalendarDate(year: written, month: month, day: day) else { continue }
                    return EventDate(date: date, evidence: evidence, line: paragraph.number)
                }
                if let published = article.published?.date {
                    // Reported after the fact: a day later in the year than publication belongs to the year before.
                    let sameYear = CalendarDate(year: published.year, month: month, day: day)
                    if let candidate = sameYear, candidate <= published {
                        return EventDate(date: candidate, evidence: evidence, line: paragraph.number,
                                         yearInferredFrom: "publication date \(published.display)")
                    }
                    if let candidate = CalendarDate(year: published.year - 1, month: month, day: day) {
                        return EventDate(date: candidate, evidence: evidence, line: paragraph.number,
                                         yearInferredFrom: "publication date \(published.display), a day after it means the year before")
                    }
                }
                if let yearMatch = Self.year.firstMatch(in: paragraph.text), let year = Int(yearMatch[1]!),
                   let date = CalendarDate(year: year, month: month, day: day) {
                    return EventDate(date: date, evidence: evidence, line: paragraph.number,
                                     yearInferredFrom: "'\(yearMatch.value)' in the same paragraph")
                }
                return EventDate(evidence: evidence, line: paragraph.number)
            }
        }
        return EventDate()
    }
}
