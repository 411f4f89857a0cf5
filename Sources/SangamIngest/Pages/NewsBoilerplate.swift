public import SangamText

/// An article body found among a page's blocks, with the dateline taken apart.
public struct NewsBody: Sendable, Equatable {
    /// The body's paragraphs, dateline prefix removed, boilerplate dropped.
    public var paragraphs: [String]
    /// The dateline's place (`Seoul`), when the body opens with a dateline.
    public var datelinePlace: String?
    /// The agency in the dateline (`IANS`) or, failing that, in the trailer (`--IANS`).
    public var agency: String?
    /// The dateline's date (`Dec 6`), usually without a year.
    public var datelineDate: NewsDate?
}

/// Recognises the furniture that news pages wrap around an article body, in English and Hindi:
/// datelines, agency trailers, desk codes, related-headline blocks, "also read" lines and
/// credit lines. Works on blocks (paragraphs) of NFC text.
public enum NewsBoilerplate {
    /// Finds the article body among `blocks`: from the dateline paragraph (or the first block
    /// when there is none) to the agency trailer, desk code or related-news header, without
    /// "also read" and credit lines.
    /// - Parameter blocks: a page's paragraphs after its header (date line, title), NFC.
    /// - Returns: the body; its paragraphs are empty when no body text was found.
    public static func extractBody(from blocks: [String]) -> NewsBody {
        var body = NewsBody(paragraphs: [])
        var found: (place: String, date: NewsDate, agency: String, rest: String)?
        let start = blocks.firstIndex { block in
            found = dateline(in: block)
            return found != nil
        }
        for (index, block) in blocks.enumerated() where index >= (start ?? 0) {
            if let trailerAgency = agencyInTrailer(block) {
                if body.agency == nil { body.agency = trailerAgency }
                break
            }
            if isDeskCode(block) || isRelatedHeader(block) { break }
            if isDroppedLine(block) { continue }
            var paragraph = block
            if index == start, let found {
                body.datelinePlace = found.place
                body.agency = found.agency
                body.datelineDate = found.date
                paragraph = found.rest
            }
            if !paragraph.isEmpty { body.paragraphs.append(paragraph) }
        }
        return body
    }

    /// A dateline at the start of `block`: `Seoul, Dec 6 (IANS) Indian …`,
    /// `नई दिल्ली, 6 दिसंबर (आईएएनएस)। केंद्र …`.
    /// - Returns: the place, the date, the agency and the text after the dateline.
    public static func dateline(in block: String) -> (place: String, date: NewsDate, agency: String, rest: String)? {
        // A dateline fits in the first 120 bytes (`Thiruvananthapuram, 6 दिसंबर (आईएएनएस)`); look
        // no further, so long paragraphs cost nothing.
        let head = block.utf8.prefix(160)
        guard let commaByte = head.firstIndex(of: UInt8(ascii: ",")),
              let openByte = head[commaByte...].firstIndex(of: UInt8(ascii: "(")),
              let closeByte = head[openByte...].firstIndex(of: UInt8(ascii: ")")) else { return nil }
        let comma = commaByte, open = openByte, close = closeByte
        guard block.utf8.distance(from: block.startIndex, to: comma) <= 120,
              block.utf8.distance(from: comma, to: open) <= 90 else { return nil }
        let place = block[..<comma].trimmed
        let agency = block[block.index(after: open)..<close].trimmed
        guard !place.isEmpty, !place.contains(where: { ".।?!".contains($0) }),
              isAgencyName(agency),
              let date = DateReader().date(from: String(block[block.index(after: comma)..<open])) else { return nil }
        var rest = block[block.index(after: close)...]
        while let first = rest.first, first == " " || first == "।" || first == ":" || first == "-" || first == "–" || first == "—" {
            rest = rest.dropFirst()
        }
        return (place, date, agency, String(rest))
    }

    /// The agency of a trailer line (`--IANS`, `-- आईएएनएस`, `— PTI`), or nil.
    public static func agencyInTrailer(_ block: String) -> String? {
        guard block.utf8.count <= 64 else { return nil }
        var rest = Substring(block)
        var dashes = 0
        while let first = rest.first, first == "-" || first == "–" || first == "—" {
            rest = rest.dropFirst()
            dashes += 1
        }
        let agency = rest.trimmed
        return dashes > 0 && isAgencyName(agency) ? agency : nil
    }

    /// Whether `block` is a desk code (`scor/sd/`, `vkm/ksk`): short letter groups and slashes.
    public static func isDeskCode(_ block: String) -> Bool {
        guard block.utf8.count <= 64 else { return false }
        let trimmed = block.trimmed
        guard trimmed.count <= 30, trimmed.contains("/") else { return false }
        return trimmed.allSatisfy { $0 == "/" || $0.isLetter }
    }

    /// Whether `block` opens a list of other stories (`LATEST NEWS`, `ताज़ा खबरें`).
    public static func isRelatedHeader(_ block: String) -> Bool {
        block.utf8.count <= 64 && relatedHeaders.contains(matchingKey(block))
    }

    /// Whether `block` is an "also read" pointer or a credit line, dropped from the body:
    /// `Also read: …`, `यह भी पढ़ें: …`, `(इनपुट: भाषा)`, `(File image)`, `(Credit: …)`.
    public static func isDroppedLine(_ block: String) -> Bool {
        // Most paragraphs open with nothing like "Also read", "यह भी", "ये भी", "इसे भी" or "(":
        // tell them by their first byte before folding anything.
        let head = Array(block.utf8.prefix(3))
        guard let first = head.first else { return false }
        let opensLikeAlsoRead = first == UInt8(ascii: "(") || first == UInt8(ascii: "A") || first == UInt8(ascii: "a")
            || first == UInt8(ascii: "R")
            || head == [0xE0, 0xA4, 0xAF] || head == [0xE0, 0xA4, 0x87]  // य (यह, ये) or इ (इसे)
        guard opensLikeAlsoRead else { return false }
        // Only the opening decides "also read"; fold just that much (a cut character at the
        // end of the 60 bytes becomes U+FFFD, beyond every prefix compared).
        let opening = matchingKey(String(decoding: block.utf8.prefix(60), as: UTF8.self))
        if alsoReadPrefixes.contains(where: { opening.hasPrefix($0) }) { return true }
        // A short line wholly in brackets is a credit or an input note, never body text.
        guard block.utf8.count <= 240 else { return false }
        let key = matchingKey(block)
        return key.hasPrefix("(") && key.hasSuffix(")") && key.count <= 80
    }

    /// An agency name: one or two short words of capitals or Devanagari (`IANS`, `PTI`,
    /// `आईएएनएस`, `IANS/PTI`), nothing that looks like a sentence.
    static func isAgencyName(_ text: String) -> Bool {
        guard (2...20).contains(text.count) else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar == "/" || scalar == " " || scalar == "-"
                || (scalar.isASCII && scalar.properties.isUppercase)
                || Script(of: scalar) == .devanagari
        }
    }

    private static let normalizer = try! Normalizer()

    private static func matchingKey(_ block: String) -> String { normalizer.matchingForm(block) }

    /// Headers of related-story blocks, in matching form.
    private static let relatedHeaders: Set<String> = Set([
        "LATEST NEWS", "Latest News", "RELATED NEWS", "Related News", "Related Stories", "TOP NEWS", "Trending",
        "ताज़ा खबरें", "ताजा खबरें", "ताज़ा ख़बरें", "लेटेस्ट न्यूज़", "लेटेस्ट न्यूज", "संबंधित खबरें", "टॉप न्यूज़",
    ].map { normalizer.matchingForm($0) })

    /// Openings of "also read" lines, in matching form.
    private static let alsoReadPrefixes: [String] = [
        "Also read:", "Also read -", "Also Read:", "Read also:", "READ ALSO:", "यह भी पढ़ें:", "ये भी पढ़ें:",
        "यह भी पढ़ें -", "इसे भी पढ़ें:",
    ].map { normalizer.matchingForm($0) }
}

extension StringProtocol {
    /// The text without white space at either end (a slice copy, not a scalar-by-scalar one).
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
