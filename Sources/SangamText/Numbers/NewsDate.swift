/// A calendar date, possibly partial, as news text gives it: `Dec 6` has no year,
/// `December 06, 2025 3:53 PM` has a time. Later stages fill a missing year from the article's
/// publication date.
public struct NewsDate: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The year, when the text gives one.
    public var year: Int?
    /// The month, 1–12.
    public var month: Int
    /// The day of the month, 1–31, when the text gives one (`December 2025` has none).
    public var day: Int?
    /// The hour, 0–23, when the text gives a time.
    public var hour: Int?
    /// The minute, 0–59, when the text gives a time.
    public var minute: Int?

    /// Creates a date.
    public init(year: Int? = nil, month: Int, day: Int? = nil, hour: Int? = nil, minute: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
    }

    /// ISO 8601 with unknown parts left out: `2025-12-06T15:53`, `--12-06`, `2025-12`.
    public var description: String {
        var text = year.map { padded($0, width: 4) } ?? "-"
        text += "-" + padded(month, width: 2)
        if let day { text += "-" + padded(day, width: 2) }
        if let hour, let minute { text += "T" + padded(hour, width: 2) + ":" + padded(minute, width: 2) }
        return text
    }
}

/// Zero-padded decimal digits.
private func padded(_ value: Int, width: Int) -> String {
    let digits = "\(value)"
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
