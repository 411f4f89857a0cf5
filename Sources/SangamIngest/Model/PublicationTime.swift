public import SangamText

/// When an article was published: an instant, the UTC offset it was published in, and whether
/// only the day is known. Indian news gives local time without an offset; Sangam reads it as
/// India Standard Time (+05:30).
public struct PublicationTime: Sendable, Hashable, Codable {
    /// Seconds since 1970-01-01T00:00:00Z (for a date only: the start of that day in its offset).
    public var epochSeconds: Int64
    /// The offset from UTC the time was written in, in minutes (+330 for India).
    public var utcOffsetMinutes: Int
    /// Whether only the date is known.
    public var isDateOnly: Bool

    /// India Standard Time, the offset of Indian news pages that give none.
    public static let indiaOffsetMinutes = 330

    /// Creates a publication time from its parts.
    public init(epochSeconds: Int64, utcOffsetMinutes: Int, isDateOnly: Bool) {
        self.epochSeconds = epochSeconds
        self.utcOffsetMinutes = utcOffsetMinutes
        self.isDateOnly = isDateOnly
    }

    /// A publication time from a date read off a page, in the given offset.
    /// - Returns: nil when the date has no year or no day.
    public init?(_ date: NewsDate, utcOffsetMinutes: Int = PublicationTime.indiaOffsetMinutes) {
        guard let year = date.year, let day = date.day else { return nil }
        let isDateOnly = date.hour == nil
        let local = Self.daysFromCivil(year: year, month: date.month, day: day) * 86_400
            + Int64((date.hour ?? 0) * 3600 + (date.minute ?? 0) * 60)
        self.init(epochSeconds: local - Int64(utcOffsetMinutes * 60), utcOffsetMinutes: utcOffsetMinutes,
                  isDateOnly: isDateOnly)
    }

    /// Parses ISO 8601 as news feeds write it: `2025-12-07`, `2025-12-07T10:15:00+05:30`,
    /// `2025-12-07T04:45:00Z`, `2025-12-07T10:15+05:30`, `2025-12-07 10:15:00`. A time without an
    /// offset is taken as India time.
    /// - Returns: nil when `text` is not such a date.
    public init?(iso8601 text: String) {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= scalars.count else { return nil }
            return Int(String(String.UnicodeScalarView(scalars[range])))
        }
        func character(at index: Int) -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
        guard let year = number(0..<4), character(at: 4) == "-", let month = number(5..<7), character(at: 7) == "-",
              let day = number(8..<10), (1...12).contains(month), (1...31).contains(day) else { return nil }
        if scalars.count == 10 {
            self.init(NewsDate(year: year, month: month, day: day))
            return
        }
        guard character(at: 10) == "T" || character(at: 10) == " ", let hour = number(11..<13), character(at: 13) == ":",
              let minute = number(14..<16), hour < 24, minute < 60 else { return nil }
        var index = 16
        var second = 0
        if character(at: index) == ":" {
            guard let value = number(17..<19), value < 61 else { return nil }
            second = value
            index = 19
            if character(at: index) == "." {  // fractions of a second: ignored
                index += 1
                while let digit = character(at: index), digit.properties.numericType != nil { index += 1 }
            }
        }
        var offset = Self.indiaOffsetMinutes
        switch character(at: index) {
        case nil: break
        case "Z": offset = 0; index += 1
        case "+", "-":
            let sign = character(at: index) == "-" ? -1 : 1
            guard let hours = number((index + 1)..<(index + 3)) else { return nil }
            var minutesIndex = index + 3
            if character(at: minutesIndex) == ":" { minutesIndex += 1 }
            guard let minutes = number(minutesIndex..<(minutesIndex + 2)) else { return nil }
            offset = sign * (hours * 60 + minutes)
            index = minutesIndex + 2
        default: return nil
        }
        guard index == scalars.count else { return nil }
        self.init(NewsDate(year: year, month: month, day: day, hour: hour, minute: minute), utcOffsetMinutes: offset)
        self.epochSeconds += Int64(second)
    }

    /// ISO 8601 in the article's own offset: `2025-12-06T15:53:00+05:30`, or `2025-12-06`.
    public var iso8601: String {
        let local = epochSeconds + Int64(utcOffsetMinutes * 60)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let (year, month, day) = Self.civil(fromDays: days)
        let date = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        if isDateOnly { return date }
        let seconds = Int(local - days * 86_400)
        let offset = abs(utcOffsetMinutes)
        let sign = utcOffsetMinutes < 0 ? "-" : "+"
        return date + "T\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2))"
            + "\(sign)\(pad(offset / 60, 2)):\(pad(offset % 60, 2))"
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = Int64(month)
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day count since 1970-01-01 (inverse of `daysFromCivil`).
    static func civil(fromDays days: Int64) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = "\(value)"
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
