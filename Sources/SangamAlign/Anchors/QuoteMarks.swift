/// Whether a quotation opens or closes in a sentence, read byte by byte: a curly quote says which
/// it does; a straight double quote opens after a space, an opening bracket or at the start, and
/// closes anywhere else. Single quotes, curly ones included, are left alone: most are apostrophes
/// (’), and the few quotations in them are mostly words in quotes, not speech. A closing straight
/// quote written after a space (`… है। "`) reads as an opening one.
struct QuoteMarks {
    private(set) var opens = false
    private(set) var closes = false
    /// Where the first opening mark starts, in bytes.
    private(set) var firstOpening: Int?
    /// Where the text after the last closing mark starts, in bytes.
    private(set) var afterLastClosing: Int?
    /// The byte before, 0 at the start.
    private var previous: UInt8 = 0
    /// The two bytes before, for the three-byte curly quotes (E2 80 9C, E2 80 9D).
    private var beforePrevious: UInt8 = 0
    /// Bytes read so far.
    private var offset = 0

    mutating func read(_ byte: UInt8) {
        if byte == UInt8(ascii: "\"") {
            if previous == 0 || previous == 0x20 || previous == UInt8(ascii: "(") || previous == UInt8(ascii: "[") {
                open(at: offset)
            } else {
                close(after: offset + 1)
            }
        } else if beforePrevious == 0xE2 && previous == 0x80 {
            if byte == 0x9C { open(at: offset - 2) } else if byte == 0x9D { close(after: offset + 1) }
        }
        (beforePrevious, previous) = (previous, byte)
        offset += 1
    }

    private mutating func open(at start: Int) {
        opens = true
        if firstOpening == nil { firstOpening = start }
    }

    private mutating func close(after end: Int) {
        closes = true
        afterLastClosing = end
    }

    /// The byte ranges outside the quotations: before the first opening mark and after the last
    /// closing one (empty when the sentence has no quotation).
    var outsideRanges: [Range<Int>] {
        var ranges: [Range<Int>] = []
        if opens, let start = firstOpening, start > 0 { ranges.append(0..<start) }
        if closes, let end = afterLastClosing, end < offset { ranges.append(end..<offset) }
        return ranges
    }
}
