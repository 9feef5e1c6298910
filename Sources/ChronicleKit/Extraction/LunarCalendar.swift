/// Days written in the lunar calendar: "mùng 6 Tết Giáp Thìn", "mùng 10 tháng Giêng" are days after the lunar
/// new year, whose solar date `extraction/dates.yml` lists by year (`lunar_new_year`); a year may be named by
/// its stem and branch ("Giáp Thìn" is 2024).
public struct LunarCalendar: Sendable {
    /// Tết Nguyên đán by solar year.
    let newYears: [Int: CalendarDate]
    /// The first day of the twelfth month (tháng Chạp), by the solar year its lunar year begins in.
    let twelfthMonths: [Int: CalendarDate]
    /// Stems by year % 10 ("Canh" for 2020) and branches by year % 12 ("Tý" for 2020).
    let stems: [String]
    let branches: [String]

    /// "Giáp Thìn" → 2024, among the years whose new year is known.
    func year(named name: String) -> Int? {
        let key = name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard stems.count == 10, branches.count == 12 else { return nil }
        return newYears.keys.sorted().first { (stems[$0 % 10] + " " + branches[$0 % 12]).lowercased() == key }
    }

    /// Every year name the known years have, for patterns.
    var yearNames: [String] {
        guard stems.count == 10, branches.count == 12 else { return [] }
        return newYears.keys.sorted().map { stems[$0 % 10] + " " + branches[$0 % 12] }
    }

    /// The solar day `days` after the new year of the lunar year that starts in `year`.
    func date(daysAfterNewYear days: Int, year: Int) -> CalendarDate? {
        newYears[year]?.adding(days: days)
    }

    /// Day `day` of the twelfth month of the lunar year that starts in `year`: in December of `year` or early in the next.
    /// Nil for a day the month does not have (its 30th, when the next new year comes after 29 days).
    func date(day: Int, ofTwelfthMonthOf year: Int) -> CalendarDate? {
        guard day >= 1, let first = twelfthMonths[year], let date = first.adding(days: day - 1) else { return nil }
        if let next = newYears[year + 1] { return date < next ? date : nil }
        return day <= 29 ? date : nil
    }

    /// Day `day` of the twelfth lunar month that falls in the solar `year`: the month of the lunar year begun the year
    /// before (January, February), else of the one begun in `year` (late December).
    func date(day: Int, ofTwelfthMonthFallingIn year: Int) -> CalendarDate? {
        [year - 1, year].lazy.compactMap { self.date(day: day, ofTwelfthMonthOf: $0) }.first { $0.year == year }
    }

    /// The latest day `day` of a twelfth lunar month on or before `limit` (a report's day).
    func date(day: Int, ofTwelfthMonthOnOrBefore limit: CalendarDate) -> CalendarDate? {
        (limit.year - 2...limit.year).reversed().lazy.compactMap { self.date(day: day, ofTwelfthMonthOf: $0) }.first { $0 <= limit }
    }
}
