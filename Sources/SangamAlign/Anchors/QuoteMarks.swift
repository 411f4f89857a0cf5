/// Whether a quotation opens or closes in a sentence, read byte by byte: a curly quote says which
/// it does; a straight double quote opens after a space, an opening bracket or at the start, and
/// closes anywhere else. Single quotes, curly ones included, are left alone: most are apostrophes
/// (’), and the few quotations in them are mostly words in quotes, not speech. A closing straight
/// quote written after a space (`… है। "`) reads as an opening one.
struct QuoteMarks {
    private(set) var opens = false
    private(set) var closes = false
    /// The byte before, 0 at the start.
    private var previous: UInt8 = 0
    /// The two bytes before, for the three-byte curly quotes (E2 80 9C, E2 80 9D).
    private var beforePrevious: UInt8 = 0

    mutating func read(_ byte: UInt8) {
        if byte == UInt8(ascii: "\"") {
            if previous == 0 || previous == 0x20 || previous == UInt8(ascii: "(") || previous == UInt8(ascii: "[") {
                opens = true
            } else {
                closes = true
            }
        } else if beforePrevious == 0xE2 && previous == 0x80 {
            if byte == 0x9C { opens = true } else if byte == 0x9D { closes = true }
        }
        (beforePrevious, previous) = (previous, byte)
    }
}
