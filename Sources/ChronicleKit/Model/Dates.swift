/// A day on the calendar, without time or zone: what an article means by "ngày 21/6/2024".
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Returns nil for impossible days (31/2, 0/5), so a mistyped date never reaches a page.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year),
              (1900...2200).contains(year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The day `days` days later (earlier when negative); for the short offsets of "hôm qua".
    public func adding(days: Int) -> CalendarDate? {
        var (year, month, day) = (self.year, self.month, self.day + days)
        while day < 1 {
            month -= 1
            if month < 1 { month = 12; year -= 1 }
            day += CalendarDate.daysIn(month: month, year: year)
        }
        while day > CalendarDate.daysIn(month: month, year: year) {
            day -= CalendarDate.daysIn(month: month, year: year)
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// 1 for Monday … 7 for Sunday (Vietnamese "thứ Hai" … "Chủ nhật").
    public var weekday: Int {
        // Days since 1970-01-01 (a Thursday), by the civil-from-days inverse (Howard Hinnant).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146097 + dayOfEra - 719468
        return ((days % 7 + 7) % 7 + 3) % 7 + 1
    }

    /// ISO 8601: 2024-06-21.
    public var iso: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }

    /// Vietnamese reading order: 21/06/2024.
    public var display: String { "\(pad(day, 2))/\(pad(month, 2))/\(year)" }

    public var description: String { iso }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected YYYY-MM-DD, found \(text)"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }
}

/// A time printed by a news site ("22/06/2024 | 10:28:23 [GMT +7]"), with its UTC offset.
/// Sites sometimes print only the day: then `time` is nil rather than an invented midnight.
public struct LocalDateTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public struct TimeOfDay: Sendable, Hashable, Codable {
        public var hour: Int
        public var minute: Int
        /// nil when the page printed no seconds, so ISO output does not invent them.
        public var second: Int?

        public init?(hour: Int, minute: Int, second: Int? = nil) {
            guard (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second ?? 0) else { return nil }
            self.hour = hour
            self.minute = minute
            self.second = second
        }
    }

    public var date: CalendarDate
    public var time: TimeOfDay?
    /// Minutes east of UTC; Vietnamese sites mean +07:00 when they print none.
    public var utcOffsetMinutes: Int

    public static let vietnamOffsetMinutes = 7 * 60

    public init?(date: CalendarDate, time: TimeOfDay?, utcOffsetMinutes: Int = LocalDateTime.vietnamOffsetMinutes) {
        guard (-14 * 60...14 * 60).contains(utcOffsetMinutes) else { return nil }
        self.date = date
        self.time = time
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// ISO 8601: 2024-06-22T10:28:23+07:00, seconds only when printed, the day alone when no time was.
    public var iso: String {
        guard let time else { return date.iso }
        var text = "\(date.iso)T\(pad(time.hour, 2)):\(pad(time.minute, 2))"
        if let second = time.second { text += ":\(pad(second, 2))" }
        let sign = utcOffsetMinutes < 0 ? "-" : "+"
        let offset = abs(utcOffsetMinutes)
        return text + "\(sign)\(pad(offset / 60, 2)):\(pad(offset % 60, 2))"
    }

    /// "22/06/2024 10:28".
    public var display: String {
        guard let time else { return date.display }
        return "\(date.display) \(pad(time.hour, 2)):\(pad(time.minute, 2))"
    }

    public var description: String { iso }

    /// Seconds since 1970 in UTC, for ordering times printed in different zones.
    public var epochSeconds: Int {
        let days = LocalDateTime.daysFromCivil(year: date.year, month: date.month, day: date.day)
        let seconds = (time?.hour ?? 0) * 3600 + (time?.minute ?? 0) * 60 + (time?.second ?? 0)
        return days * 86_400 + seconds - utcOffsetMinutes * 60
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        lhs.epochSeconds < rhs.epochSeconds
    }

    /// Howard Hinnant's days-from-civil algorithm: days since 1970-01-01.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = LocalDateTime(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected YYYY-MM-DD[THH:MM[:SS][+07:00]], found \(text)"))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    /// Parses `YYYY-MM-DD[THH:MM[:SS][Z|±HH:MM]]` (a space may stand for T); no offset means +07:00.
    public init?(iso text: String) {
        let trimmed = text.trimmingWhitespace()
        guard let date = CalendarDate(iso: String(trimmed.prefix(10))) else { return nil }
        guard trimmed.count > 10 else {
            self.init(date: date, time: nil)
            return
        }
        guard trimmed.count >= 16 else { return nil }
        var rest = Substring(trimmed.dropFirst(11))
        var offset = LocalDateTime.vietnamOffsetMinutes
        if rest.hasSuffix("Z") {
            offset = 0
            rest = rest.dropLast()
        } else if let signIndex = rest.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = rest[rest.index(after: signIndex)...].split(separator: ":")
            guard zone.count <= 2, let hours = Int(zone.first ?? "") else { return nil }
            let minutes = zone.count == 2 ? Int(zone[1]) ?? 0 : 0
            offset = (hours * 60 + minutes) * (rest[signIndex] == "-" ? -1 : 1)
            rest = rest[..<signIndex]
        }
        let parts = rest.split(separator: ":").map { Int($0) }
        guard parts.count == 2 || parts.count == 3, !parts.contains(nil) else { return nil }
        guard let time = TimeOfDay(hour: parts[0]!, minute: parts[1]!, second: parts.count == 3 ? parts[2] : nil) else { return nil }
        self.init(date: date, time: time, utcOffsetMinutes: offset)
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}
