/// Splits text into sentences: ICU's sentence break rules, then Sangam's own repair of the
/// places where ICU breaks after an abbreviation or an initial (`Dr.`, `Dec. 6`, `R. G. Sharma`,
/// `डॉ. शर्मा`, `आर. जी. शर्मा`) or inside `"Finally!" she said`.
///
/// Line structure is respected: a blank line separates paragraphs, and every line break is a
/// hard sentence break, so a headline without final punctuation stays a sentence of its own.
/// `।`, `॥`, `?`, `!` and a full stop after an ordinary word end a sentence in both languages.
///
/// Works on UTF-8 bytes throughout; a splitter owns an ICU break iterator and is not
/// thread-safe: use one per task.
public final class SentenceSplitter {
    private let iterator: BreakIterator

    /// Creates a splitter.
    /// - Parameter language: the language of the text, which selects ICU's locale rules (the
    ///   same for English and Hindi in ICU 72). Abbreviations are recognised in both languages
    ///   whatever it says, by the script of the abbreviation itself, so mixed text splits well.
    /// - Throws: `ICUError` when ICU's break rules cannot be loaded.
    public init(language: Language? = nil) throws(ICUError) {
        self.iterator = try BreakIterator(.sentence, locale: (language ?? .english).icuLocale)
    }

    /// The paragraphs of `text`, each as its sentences, in order. Blank lines separate
    /// paragraphs; paragraphs with no text are skipped.
    /// - Parameter text: any text.
    /// - Returns: non-empty paragraphs of non-empty sentences, with surrounding white space trimmed.
    public func paragraphs(in text: String) -> [[String]] {
        var text = text
        return text.withUTF8 { bytes in
            var paragraphs: [[String]] = []
            var current: [String] = []
            UTF8Text.forEachLine(in: bytes) { line in
                let before = current.count
                forEachSentence(inLine: line) { current.append(String(decoding: $0, as: UTF8.self)) }
                if current.count == before, !current.isEmpty {
                    paragraphs.append(current)
                    current = []
                }
            }
            if !current.isEmpty { paragraphs.append(current) }
            return paragraphs
        }
    }

    /// The sentences of one paragraph; line breaks inside it are sentence breaks.
    /// - Parameter paragraph: text without blank lines (blank lines are simply skipped).
    /// - Returns: its sentences, trimmed, in order.
    public func sentences(in paragraph: String) -> [String] {
        var sentences: [String] = []
        forEachSentence(in: paragraph) { sentences.append(String(decoding: $0, as: UTF8.self)) }
        return sentences
    }

    /// Calls `body` with the UTF-8 bytes of each sentence of `text`, in order, without making
    /// strings: for streaming output, where building a `String` per sentence would cost more
    /// than finding it. Line breaks are sentence breaks; blank lines are skipped.
    /// - Parameters:
    ///   - text: any text.
    ///   - body: receives each trimmed, non-empty sentence; the bytes are valid only during the call.
    public func forEachSentence(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            UTF8Text.forEachLine(in: bytes) { forEachSentence(inLine: $0, body) }
        }
    }

    /// Splits one line with ICU, joins back what an abbreviation held together, and hands on
    /// the trimmed, non-empty sentences.
    private func forEachSentence(inLine line: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        func emit(_ range: Range<Int>) {
            let trimmed = UTF8Whitespace.trimmed(range, in: line)
            if !trimmed.isEmpty { body(UnsafeBufferPointer(rebasing: line[trimmed])) }
        }
        if Self.isSingleSentence(line) {
            emit(0..<line.count)
            return
        }
        var pending: Range<Int>? = nil
        iterator.forEachSegment(of: line) { segment in
            if let open = pending {
                if Self.shouldJoin(line, open, before: segment.range) {
                    pending = open.lowerBound..<segment.range.upperBound
                    return
                }
                emit(open)
            }
            pending = segment.range
        }
        if let open = pending { emit(open) }
    }

    /// Whether ICU could not find a sentence break inside `line`, decided without asking it:
    /// the line is ASCII, Devanagari and common punctuation only, and its one run of
    /// terminators (`.`, `?`, `!`, `।`, `॥`), if any, comes at the end, followed only by closing
    /// quotes, brackets and spaces. UAX #29 breaks only after terminators and separators, so
    /// such a line is one sentence. Anything else (another script, a separator, a terminator
    /// inside) goes to ICU. Single-sentence paragraphs are common in news; this saves ICU's
    /// iterator about half its work.
    private static func isSingleSentence(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = line.count
        var inTerminators = false
        while index < count {
            let byte = line[index]
            if byte >= 0x40 && byte < 0x80 {  // letters and the like: the common case
                if inTerminators { return false }  // text after a terminator: ICU must judge
                index += 1
                continue
            }
            var isTerminator = false, isCloser = false
            if byte < 0x80 {
                switch byte {
                case 0x2E, 0x3F, 0x21: isTerminator = true  // . ? !
                case 0x22, 0x27, 0x29, 0x20, 0x09: isCloser = true  // " ' ) space tab
                case 0x0A...0x0D: return false  // separators
                default: break
                }
                index += 1
            } else {
                guard index + 2 < count else { return false }
                let second = line[index + 1], third = line[index + 2]
                switch byte {
                case 0xE0 where second == 0xA4: break
                case 0xE0 where second == 0xA5: isTerminator = third == 0xA4 || third == 0xA5  // । ॥
                case 0xE2 where second == 0x80 && (0x90...0x9F).contains(third):  // dashes, curly quotes
                    isCloser = third == 0x99 || third == 0x9D  // ’ ”
                default: return false
                }
                index += 3
            }
            if isTerminator {
                inTerminators = true
            } else if inTerminators && !isCloser {
                return false
            }
        }
        return true
    }

    /// Whether the sentence `open` ends in an abbreviation that the text `next` continues.
    private static func shouldJoin(_ bytes: UnsafeBufferPointer<UInt8>, _ open: Range<Int>,
                                   before next: Range<Int>) -> Bool {
        let following = UTF8Whitespace.trimmed(next, in: bytes)
        guard !following.isEmpty else { return false }
        let (firstValue, _) = UTF8Scalar.decode(bytes, at: following.lowerBound)
        let first = Unicode.Scalar(firstValue)!
        let sentence = UTF8Whitespace.trimmed(open, in: bytes)
        guard let last = sentence.last else { return false }
        // `"Finally!" she said`: English continues a sentence after ! or ? in lower case.
        // (Devanagari has no case, so Hindi gets no such repair.)
        if first.isASCII, first.properties.isLowercase, endsWithExclamationOrQuestion(bytes, sentence) {
            return true
        }
        guard bytes[last] == UInt8(ascii: ".") else { return false }
        var start = last
        while start > sentence.lowerBound, !UTF8Whitespace.isASCIISpace(bytes[start - 1]),
              bytes[start - 1] != UInt8(ascii: "(") {
            start -= 1
        }
        guard start < last else { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<last]), as: UTF8.self)
        return Abbreviations.holdsSentence(after: word[...], before: first)
    }

    /// Whether `range` ends in `!` or `?`, possibly inside closing quotes or brackets.
    private static func endsWithExclamationOrQuestion(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound {
            let byte = bytes[end - 1]
            if byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") { return true }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")") {
                end -= 1
            } else if end - range.lowerBound >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80,
                      bytes[end - 1] == 0x9D || bytes[end - 1] == 0x99 {  // ” or ’
                end -= 3
            } else {
                return false
            }
        }
        return false
    }
}

/// White space at the edges of UTF-8 text: ASCII white space and the Unicode spaces news text
/// carries (no-break space, thin and other fixed-width spaces, line and paragraph separators).
enum UTF8Whitespace {
    @inline(__always)
    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// `range` without white space at either end.
    static func trimmed(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end {
            let length = spaceLength(bytes, at: start, limit: end)
            if length == 0 { break }
            start += length
        }
        while end > start {
            let length = spaceLengthBefore(bytes, end: end, limit: start)
            if length == 0 { break }
            end -= length
        }
        return start..<end
    }

    /// The length of the white-space character starting at `index`, or 0.
    private static func spaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return isASCIISpace(byte) ? 1 : 0 }
        guard byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 else { return 0 }
        let length = byte == 0xC2 ? 2 : 3
        guard index + length <= limit else { return 0 }
        let (scalar, _) = UTF8Scalar.decode(bytes, at: index)
        return MatchingFold.isWhiteSpace(scalar) ? length : 0
    }

    /// The length of the white-space character ending at `end`, or 0.
    private static func spaceLengthBefore(_ bytes: UnsafeBufferPointer<UInt8>, end: Int, limit: Int) -> Int {
        let byte = bytes[end - 1]
        if byte < 0x80 { return isASCIISpace(byte) ? 1 : 0 }
        for length in [2, 3] where end - length >= limit {
            let lead = bytes[end - length]
            if (length == 2 && lead == 0xC2) || (length == 3 && (0xE1...0xE3).contains(lead)) {
                return spaceLength(bytes, at: end - length, limit: end) == length ? length : 0
            }
        }
        return 0
    }
}
