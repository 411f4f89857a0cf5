/// A number found in text, with the value it stands for.
public struct NumberMention: Sendable, Equatable {
    /// The text as written, including a scale word when there is one (`1.5 lakh`, `500 करोड़`).
    public var text: String
    /// The value: digits in either script, Western or Indian grouping, decimals, scale applied.
    public var value: Double
    /// Where the mention lies in the text it came from.
    public var range: Range<String.Index>
}

/// Reads numbers as English and Hindi news write them, for use as alignment anchors:
/// `2025` = `२०२५`, `1,30,000` (Indian grouping) = `130,000` = `१,३०,०००`, `5.5`,
/// and scale words in both languages (`1.5 lakh` = `1.5 लाख` = 150000, `₹500 crore` =
/// `500 करोड़`, `$5.5 bn` = `5.5 अरब`).
public struct NumberReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// The value of one number written on its own, or nil if `token` is not a well-formed
    /// number. Grouping must be Western (`1,234,567`) or Indian (`12,34,567`): `1,2,3` is not
    /// a number but a list.
    /// - Parameter token: digits with optional grouping commas and one decimal point.
    public func value(of token: some StringProtocol) -> Double? {
        let scalars = Array(token.unicodeScalars)
        guard !scalars.isEmpty else { return nil }
        return Self.parse(scalars[...])
    }

    /// Every number in `text`, in order.
    /// - Parameter text: any text.
    public func numbers(in text: String) -> [NumberMention] {
        var copy = text
        return copy.withUTF8 { bytes in
            var mentions: [NumberMention] = []
            let scalars = text.unicodeScalars
            // Find digits in the bytes, and walk scalars only from there: most of a sentence is
            // not digits, and walking a string's scalars costs far more than reading its bytes.
            var offset = 0
            while let found = Digits.firstDigit(in: bytes, from: offset) {
                let start = text.utf8.index(text.utf8.startIndex, offsetBy: found)
                // The longest run of digits, commas and points that starts and ends with a digit.
                var end = start
                var cursor = start
                while cursor != scalars.endIndex {
                    let scalar = scalars[cursor]
                    if Digits.value(of: scalar) != nil {
                        cursor = scalars.index(after: cursor)
                        end = cursor
                    } else if scalar == "," || scalar == "." {
                        cursor = scalars.index(after: cursor)
                    } else {
                        break
                    }
                }
                // Inside a word (B2B, G20, P2P) a digit is part of a name, not a quantity.
                let insideWord = (start != scalars.startIndex && scalars[scalars.index(before: start)].properties.isAlphabetic)
                    || (end != scalars.endIndex && scalars[end].properties.isAlphabetic && !Self.isOrdinalSuffix(scalars, from: end))
                if !insideWord {
                    mentions += Self.mentions(in: scalars, start..<end, text: text)
                }
                // Go on after the run.
                offset = text.utf8.distance(from: text.utf8.startIndex, to: end)
            }
            return mentions
        }
    }

    private static func mentions(in scalars: String.UnicodeScalarView, _ range: Range<String.Index>,
                                 text: String) -> [NumberMention] {
        let run = Array(scalars[range])
        if let value = parse(run[...]) {
            return [scaled(NumberMention(text: String(scalars[range]), value: value, range: range), in: text)]
        }
        // Not one number: a list such as `1,2,3` or a date such as `6.12.2025`. Read the pieces.
        var mentions: [NumberMention] = []
        var pieceStart = range.lowerBound
        var cursor = range.lowerBound
        while cursor <= range.upperBound {
            if cursor == range.upperBound || !(Digits.value(of: scalars[cursor]) != nil) {
                if pieceStart < cursor, let value = Digits.integer(scalars[pieceStart..<cursor]) {
                    mentions.append(NumberMention(text: String(scalars[pieceStart..<cursor]), value: Double(value),
                                                  range: pieceStart..<cursor))
                }
                if cursor == range.upperBound { break }
                pieceStart = scalars.index(after: cursor)
            }
            cursor = scalars.index(after: cursor)
        }
        return mentions
    }

    /// Parses digits with optional grouping and one decimal point.
    static func parse(_ scalars: ArraySlice<Unicode.Scalar>) -> Double? {
        let point = scalars.firstIndex(of: ".")
        let integerPart = scalars[..<(point ?? scalars.endIndex)]
        // Most numbers have no grouping: read them without splitting.
        if !integerPart.contains(",") {
            guard let whole = Digits.integer(integerPart) else { return nil }
            return fraction(scalars, after: point, whole: whole)
        }
        let groups = integerPart.split(separator: ",", omittingEmptySubsequences: false)
        guard let first = groups.first, !first.isEmpty else { return nil }
        if groups.count > 1 {
            // Last group three digits; the others three (Western) or two (Indian), first 1–3.
            guard first.count <= 3, groups.last!.count == 3 else { return nil }
            let middle = groups.dropFirst().dropLast()
            let western = middle.allSatisfy { $0.count == 3 }
            let indian = middle.allSatisfy { $0.count == 2 } && first.count <= 2
            guard western || indian else { return nil }
        }
        guard let whole = Digits.integer(groups.joined()) else { return nil }
        return fraction(scalars, after: point, whole: whole)
    }

    /// `whole` with the decimals after `point`, if there is one.
    private static func fraction(_ scalars: ArraySlice<Unicode.Scalar>, after point: Int?, whole: Int) -> Double? {
        guard let point else { return Double(whole) }
        let fraction = scalars[(point + 1)...]
        guard !fraction.isEmpty, fraction.count <= 15, let digits = Digits.integer(fraction) else { return nil }
        return Double(whole) + Double(digits) / pow10(fraction.count)
    }

    private static func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// Whether an ordinal suffix (`6th`, `22nd`) starts at `index`.
    private static func isOrdinalSuffix(_ scalars: String.UnicodeScalarView, from index: String.Index) -> Bool {
        var suffix = ""
        var cursor = index
        while cursor != scalars.endIndex, scalars[cursor].properties.isAlphabetic, suffix.count < 3 {
            suffix.unicodeScalars.append(scalars[cursor])
            cursor = scalars.index(after: cursor)
        }
        let atWordEnd = cursor == scalars.endIndex || !scalars[cursor].properties.isAlphabetic
        return atWordEnd && ["st", "nd", "rd", "th"].contains(suffix.lowercased())
    }

    /// Applies the scale words that follow the number (`lakh`, `करोड़`, `bn`), compounds included:
    /// `1 lakh crore` = `1 लाख करोड़` = 10¹².
    private static func scaled(_ mention: NumberMention, in text: String) -> NumberMention {
        var result = mention
        let scalars = text.unicodeScalars
        for _ in 0..<2 {
            var cursor = result.range.upperBound
            while cursor != scalars.endIndex, scalars[cursor] == " " || scalars[cursor] == "\u{00A0}" {
                cursor = scalars.index(after: cursor)
            }
            // Most numbers are followed by no scale word: look at the first letter before the word.
            guard cursor != scalars.endIndex, isScaleInitial(scalars[cursor]) else { break }
            var wordEnd = cursor
            while wordEnd != scalars.endIndex, scalars[wordEnd].properties.isAlphabetic || scalars[wordEnd].isCombiningMark {
                wordEnd = scalars.index(after: wordEnd)
            }
            guard cursor < wordEnd, let scale = scales[String(scalars[cursor..<wordEnd]).lowercased()] else { break }
            result.value *= scale
            result.range = mention.range.lowerBound..<wordEnd
        }
        if result.range != mention.range { result.text = String(text.unicodeScalars[result.range]) }
        return result
    }

    /// Whether `scalar` begins a scale word of ``scales`` (in either case): a switch, since
    /// it is asked after every number.
    static func isScaleInitial(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "t", "T", "l", "L", "m", "M", "c", "C", "b", "B", "ह", "ल", "क", "अ": true
        default: false
        }
    }

    /// Scale words of English and Hindi news, with their Hindi spelling variants.
    static let scales: [String: Double] = {
        var scales: [String: Double] = [:]
        for (words, value) in [
            (["thousand", "हज़ार", "हजार"], 1e3),
            (["lakh", "lakhs", "lac", "लाख"], 1e5),
            (["million", "millions", "mn"], 1e6),
            (["crore", "crores", "cr", "करोड़", "करोड"], 1e7),
            (["billion", "billions", "bn", "अरब"], 1e9),
            (["trillion", "tn"], 1e12),
        ] as [([String], Double)] {
            for word in words { scales[word] = value }
        }
        return scales
    }()
}
