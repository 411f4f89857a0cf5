/// Splits text into sentences: ICU's sentence break rules, then Sangam's own repair of the
/// places where ICU breaks after an abbreviation or an initial (`Dr.`, `Dec. 6`, `R. G. Sharma`,
/// `डॉ. शर्मा`, `आर. जी. शर्मा`).
///
/// Line structure is respected: a blank line separates paragraphs, and every line break is a
/// hard sentence break, so a headline without final punctuation stays a sentence of its own.
/// `।`, `॥`, `?`, `!` and a full stop after an ordinary word end a sentence in both languages.
///
/// A splitter owns an ICU break iterator and is not thread-safe: use one per task.
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
        var paragraphs: [[String]] = []
        var current: [String] = []
        for line in text.lines {
            let sentences = self.sentences(inLine: line)
            if sentences.isEmpty {
                if !current.isEmpty { paragraphs.append(current) }
                current = []
            } else {
                current += sentences
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }

    /// The sentences of one paragraph; line breaks inside it are sentence breaks.
    /// - Parameter paragraph: text without blank lines (blank lines are simply skipped).
    /// - Returns: its sentences, trimmed, in order.
    public func sentences(in paragraph: String) -> [String] {
        paragraph.lines.flatMap { sentences(inLine: $0) }
    }

    private func sentences(inLine line: Substring) -> [String] {
        var line = String(line)
        return line.withUTF8 { bytes in
            var sentences: [String] = []
            var pending: Range<Int>? = nil
            iterator.forEachSegment(of: bytes) { segment in
                if let open = pending {
                    if Self.shouldJoin(bytes, open, before: segment.range) {
                        pending = open.lowerBound..<segment.range.upperBound
                        return
                    }
                    Self.appendTrimmed(bytes, open, to: &sentences)
                }
                pending = segment.range
            }
            if let open = pending { Self.appendTrimmed(bytes, open, to: &sentences) }
            return sentences
        }
    }

    /// Whether the sentence `open` ends in an abbreviation that the text `next` continues.
    private static func shouldJoin(_ bytes: UnsafeBufferPointer<UInt8>, _ open: Range<Int>,
                                   before next: Range<Int>) -> Bool {
        let following = String(decoding: UnsafeBufferPointer(rebasing: bytes[next]), as: UTF8.self)
        guard let first = following.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else {
            return false
        }
        var end = open.upperBound
        while end > open.lowerBound, isSpace(bytes[end - 1]) { end -= 1 }
        // `"Finally!" she said`: English continues a sentence after ! or ? in lower case.
        // (Devanagari has no case, so Hindi gets no such repair.)
        if first.isASCII, first.properties.isLowercase, endsWithExclamationOrQuestion(bytes, open.lowerBound..<end) {
            return true
        }
        guard end > open.lowerBound, bytes[end - 1] == UInt8(ascii: ".") else { return false }
        var start = end - 1
        while start > open.lowerBound, !isSpace(bytes[start - 1]), bytes[start - 1] != UInt8(ascii: "(") {
            start -= 1
        }
        guard start < end - 1 else { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(end - 1)]), as: UTF8.self)
        return Abbreviations.holdsSentence(after: word[...], before: first)
    }

    /// Whether `range` ends in `!` or `?`, possibly inside closing quotes or brackets.
    private static func endsWithExclamationOrQuestion(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let tail = String(decoding: UnsafeBufferPointer(rebasing: bytes[range.suffix(16)]), as: UTF8.self)
        let closers: Set<Unicode.Scalar> = ["\"", "'", ")", "\u{201D}", "\u{2019}"]
        let last = tail.unicodeScalars.reversed().first { !closers.contains($0) }
        return last == "!" || last == "?"
    }

    private static func appendTrimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                      to sentences: inout [String]) {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        let trimmed = text.trimmingWhiteSpace()
        if !trimmed.isEmpty { sentences.append(trimmed) }
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }
}

extension String {
    /// The lines of the text, split at LF with a CR before it dropped; a final line break
    /// does not make an extra empty line. Splits bytes, not grapheme clusters, for speed.
    var lines: [Substring] {
        var lines: [Substring] = []
        let utf8 = self.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == 0x0A {
                lines.append(Self.line(utf8, start, index))
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start != utf8.endIndex { lines.append(Self.line(utf8, start, utf8.endIndex)) }
        return lines
    }

    private static func line(_ utf8: UTF8View, _ start: Index, _ end: Index) -> Substring {
        var end = end
        if end != start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
        return Substring(utf8[start..<end])
    }
    /// The string without leading and trailing white space (any Unicode white space).
    func trimmingWhiteSpace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }
}
