/// The quotations of a sentence, read byte by byte: whether one opens or closes in it, where the
/// text outside them lies, and so the sentence's part in a quotation (``QuotationPart``).
///
/// A curly quote says which way it goes. A straight double quote opens after a space, an opening
/// bracket or at the start; after anything else it opens when a letter follows it (`कहा,"यहां`,
/// `said:"We`) and closes otherwise (`ready,"`, `है।"`). Single quotes, curly ones included, are
/// left alone: most are apostrophes (’), and the few quotations in them are mostly words in
/// quotes, not speech. A closing straight quote written after a space (`… है। "`) reads as an
/// opening one.
struct QuoteMarks {
    /// Whether a quotation opens in the sentence.
    private(set) var opens = false
    /// Whether a quotation closes in the sentence.
    private(set) var closes = false
    /// Byte ranges of the text outside every quotation (quote marks excluded), in order.
    private(set) var outsideRanges: [Range<Int>] = []
    /// Whether the sentence's first mark closes a quotation opened before it.
    private var closesFirst = false
    /// Whether a quotation is open at the end of the sentence.
    private var inside = false
    /// Whether a mark has been read.
    private var sawMark = false
    /// Whether a quotation closed after a sentence mark or comma (`ready,"`, `है।"`): speech, not
    /// a word in quotes (`यह “ऐतिहासिक” दिन`).
    private var closedSpeech = false
    /// Where the current stretch outside quotations started.
    private var outsideStart = 0
    /// A straight quote after a letter or mark, decided by the byte after it: its offset.
    private var pendingStraight: Int?
    /// Whether the bytes before the pending quote end a clause.
    private var pendingAfterClause = false
    /// Whether the bytes before the last E2 byte (where a curly quote starts) end a clause.
    private var clauseBeforeCurly = false
    /// The last bytes read, most recent first, 0 before the start.
    private var previous: UInt8 = 0
    private var beforePrevious: UInt8 = 0
    private var thirdLast: UInt8 = 0
    /// Bytes read so far.
    private var offset = 0

    mutating func read(_ byte: UInt8) {
        if let pending = pendingStraight {
            pendingStraight = nil
            // A letter after it (ASCII, or the lead byte of a longer scalar): it opens.
            let letterFollows = byte.isASCIILetter || byte >= 0xC0
            if letterFollows { open(at: pending) } else { close(at: pending, length: 1, afterClause: pendingAfterClause) }
        }
        if byte == UInt8(ascii: "\"") {
            if previous == 0 || previous == 0x20 || previous == UInt8(ascii: "(") || previous == UInt8(ascii: "[") {
                open(at: offset)
            } else {
                pendingStraight = offset
                pendingAfterClause = Self.endsClause(previous, beforePrevious, thirdLast)
            }
        } else if byte == 0xE2 {
            // Perhaps a curly quote: whether the bytes before it end a clause.
            clauseBeforeCurly = Self.endsClause(previous, beforePrevious, thirdLast)
        } else if beforePrevious == 0xE2 && previous == 0x80 && (byte == 0x9C || byte == 0x9D) {
            // The mark began two bytes back, at E2.
            if byte == 0x9C { open(at: offset - 2) } else { close(at: offset - 2, length: 3, afterClause: clauseBeforeCurly) }
        }
        (thirdLast, beforePrevious, previous) = (beforePrevious, previous, byte)
        offset += 1
    }

    /// Call after the last byte: settles a straight quote at the very end and the last stretch.
    mutating func finish() {
        if let pending = pendingStraight {
            pendingStraight = nil
            close(at: pending, length: 1, afterClause: pendingAfterClause)
        }
        if !inside, outsideStart < offset { outsideRanges.append(outsideStart..<offset) }
        outsideStart = offset
    }

    /// The sentence's part in a quotation, once ``finish()`` has been called; `hasWordsOutside`
    /// says whether the text outside the quotations holds words.
    func part(hasWordsOutside: Bool) -> QuotationPart {
        guard sawMark else { return .none }
        // Speech closes after a clause mark (`ready,"`, `है।"`); a mark after a word closes words
        // in quotes (`यह “ऐतिहासिक” दिन`) or is no quote at all (`a 12" pipe`).
        switch (closesFirst, inside) {
        case (true, false): return closedSpeech ? .closing : .none
        case (false, true): return .opening
        case (true, true): return .none  // one quotation closes and another opens: no single part
        case (false, false):
            guard closedSpeech else { return .none }
            return hasWordsOutside ? .attributed : .quotedOnly
        }
    }

    private mutating func open(at start: Int) {
        opens = true
        sawMark = true
        guard !inside else { return }
        if start > outsideStart { outsideRanges.append(outsideStart..<start) }
        inside = true
    }

    private mutating func close(at start: Int, length: Int, afterClause: Bool) {
        closes = true
        closedSpeech = closedSpeech || afterClause
        if !sawMark {
            // The sentence began inside a quotation opened before it: what came before is quoted.
            sawMark = true
            closesFirst = true
            outsideStart = start + length
            return
        }
        guard inside else { return }  // a stray closing mark: the stretch outside goes on
        inside = false
        outsideStart = start + length
    }

    /// Whether bytes ending in `last` (after `second` and `third`) end a clause: `,` `.` `?` `!`
    /// `;` `:`, a danda (E0 A5 A4) or an ellipsis (E2 80 A6).
    private static func endsClause(_ last: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        switch last {
        case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ";"), UInt8(ascii: ":"):
            return true
        case 0xA4: return second == 0xA5 && third == 0xE0
        case 0xA6: return second == 0x80 && third == 0xE2
        default: return false
        }
    }
}
