/// A date found in text.
public struct DateMention: Sendable, Equatable {
    /// The text as written.
    public var text: String
    /// The date it gives.
    public var date: NewsDate
    /// Where the mention lies in the text it came from.
    public var range: Range<String.Index>
}

/// Reads dates as English and Hindi news write them:
/// `December 06, 2025 3:53 PM`, `Dec 6`, `Dec. 6`, `6 December 2025`, `November 22`,
/// `6 दिसंबर 2025`, `06 दिसंबर, 2025 03:53 PM`, `२२ नवम्बर`, `December 2025`, `2025-12-06`.
/// Hindi month names are matched in every common spelling (सितंबर/सितम्बर, फ़रवरी/फरवरी,
/// अक्टूबर/अक्तूबर). English month names must be capitalised (`may` is a verb).
public struct DateReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Every date in `text`, in order.
    /// - Parameter text: any text.
    public func dates(in text: String) -> [DateMention] {
        let tokens = DateToken.tokenize(text)
        var mentions: [DateMention] = []
        var index = 0
        while index < tokens.count {
            if let (date, end) = Self.match(tokens, at: index) {
                let range = tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound
                mentions.append(DateMention(text: String(text.unicodeScalars[range]), date: date, range: range))
                index = end
            } else {
                index += 1
            }
        }
        return mentions
    }

    /// The date that `text` consists of (surrounding white space allowed), or nil.
    /// - Parameter text: such as `December 06, 2025 3:53 PM` or `06 दिसंबर 2025`.
    public func date(from text: String) -> NewsDate? {
        let tokens = DateToken.tokenize(text)
        guard !tokens.isEmpty, let (date, end) = Self.match(tokens, at: 0), end == tokens.count else { return nil }
        return date
    }

    /// Tries every date shape at `start`; returns the date and the index after its last token.
    private static func match(_ tokens: [DateToken], at start: Int) -> (NewsDate, Int)? {
        var cursor = TokenCursor(tokens: tokens, index: start)
        // ISO: 2025-12-06
        if let year = cursor.year(), cursor.punctuation("-"), let month = cursor.number(in: 1...12),
           cursor.punctuation("-"), let day = cursor.number(in: 1...31) {
            return (NewsDate(year: year, month: month, day: day), cursor.index)
        }
        // Month first: December 06, 2025 3:53 PM · Dec. 6 · December 2025
        cursor.index = start
        if let month = cursor.month() {
            _ = cursor.punctuation(".")
            let afterMonth = cursor.index
            if let day = cursor.day() {
                var date = NewsDate(month: month, day: day)
                cursor.yearAndTime(into: &date)
                return (date, cursor.index)
            }
            cursor.index = afterMonth
            if let year = cursor.year() { return (NewsDate(year: year, month: month), cursor.index) }
            return nil
        }
        // Day first: 6 दिसंबर 2025 · 06 दिसंबर, 2025 03:53 PM · 6 December
        cursor.index = start
        if let day = cursor.day(), let month = cursor.month() {
            var date = NewsDate(month: month, day: day)
            cursor.yearAndTime(into: &date)
            return (date, cursor.index)
        }
        return nil
    }
}

/// A token for date matching: a digit run, a word (letters and marks) or one other character.
struct DateToken {
    enum Kind { case number, word, punctuation }
    var kind: Kind
    var text: String
    var range: Range<String.Index>

    static func tokenize(_ text: String) -> [DateToken] {
        var tokens: [DateToken] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                index = scalars.index(after: index)
                continue
            }
            let kind: Kind = Digits.value(of: scalar) != nil ? .number : (isWordScalar(scalar) ? .word : .punctuation)
            var end = scalars.index(after: index)
            if kind != .punctuation {
                while end != scalars.endIndex, kind == .number ? Digits.value(of: scalars[end]) != nil : isWordScalar(scalars[end]) {
                    end = scalars.index(after: end)
                }
            }
            tokens.append(DateToken(kind: kind, text: String(scalars[index..<end]), range: index..<end))
            index = end
        }
        return tokens
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        Digits.value(of: scalar) == nil && (scalar.properties.isAlphabetic || scalar.isCombiningMark)
    }
}

/// Walks date tokens; each reader consumes its token only when it matches.
private struct TokenCursor {
    let tokens: [DateToken]
    var index: Int

    private var current: DateToken? { index < tokens.count ? tokens[index] : nil }

    mutating func punctuation(_ text: String) -> Bool {
        guard let token = current, token.kind == .punctuation, token.text == text else { return false }
        index += 1
        return true
    }

    mutating func number(in range: ClosedRange<Int>, digits: ClosedRange<Int> = 1...2) -> Int? {
        guard let token = current, token.kind == .number, digits.contains(token.text.unicodeScalars.count),
              let value = Digits.integer(token.text.unicodeScalars), range.contains(value) else { return nil }
        index += 1
        return value
    }

    mutating func year() -> Int? { number(in: 1800...2199, digits: 4...4) }

    /// A day of the month, with an English ordinal suffix if present (`6th`).
    mutating func day() -> Int? {
        guard let day = number(in: 1...31) else { return nil }
        if let token = current, token.kind == .word, ["st", "nd", "rd", "th"].contains(token.text.lowercased()),
           tokens[index - 1].range.upperBound == token.range.lowerBound {
            index += 1
        }
        return day
    }

    mutating func month() -> Int? {
        guard let token = current, token.kind == .word, let month = MonthNames.month(named: token.text) else { return nil }
        index += 1
        return month
    }

    /// Reads an optional `, 2025 3:53 PM` after a day and month into `date`; without a year
    /// the cursor stays where it was (a comma alone belongs to the sentence, not the date).
    mutating func yearAndTime(into date: inout NewsDate) {
        let start = index
        _ = punctuation(",")
        guard let year = year() else {
            index = start
            return
        }
        date.year = year
        time(into: &date)
    }

    /// Reads `3:53 PM`, `03:53 pm`, `15:53` or `3:53 p.m.` into `date` if it is there.
    mutating func time(into date: inout NewsDate) {
        let start = index
        guard var hour = number(in: 0...23), punctuation(":"),
              let minute = number(in: 0...59, digits: 2...2) else {
            index = start
            return
        }
        if let meridiem = meridiem() {
            guard (1...12).contains(hour) else {
                index = start
                return
            }
            if meridiem == "p" && hour < 12 { hour += 12 }
            if meridiem == "a" && hour == 12 { hour = 0 }
        }
        date.hour = hour
        date.minute = minute
    }

    /// `AM`, `pm`, `a.m.` or `p.m.`, as "a" or "p".
    private mutating func meridiem() -> String? {
        guard let token = current, token.kind == .word else { return nil }
        let word = token.text.lowercased()
        if word == "am" || word == "pm" {
            index += 1
            return String(word.prefix(1))
        }
        guard word == "a" || word == "p", index + 2 < tokens.count, tokens[index + 1].text == ".",
              tokens[index + 2].text.lowercased() == "m" else { return nil }
        index += 3
        _ = punctuation(".")
        return word
    }
}

/// Month names of English and Hindi news.
enum MonthNames {
    /// The month (1–12) that `word` names, or nil. English names must be capitalised.
    static func month(named word: String) -> Int? {
        if let first = word.unicodeScalars.first, first.isASCII {
            guard first.properties.isUppercase else { return nil }
            return english[word.lowercased()]
        }
        return hindi[word]
    }

    private static let english: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
        "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
        "dec": 12, "december": 12,
    ]

    /// Every spelling Hindi news uses. Swift compares strings canonically, so फ़ written as
    /// one code point or as फ + nukta both match.
    private static let hindi: [String: Int] = [
        "जनवरी": 1, "फरवरी": 2, "फ़रवरी": 2, "मार्च": 3, "अप्रैल": 4, "अप्रेल": 4, "मई": 5, "जून": 6,
        "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10,
        "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
    ]
}
