public import SangamLexicon
import Synchronization
import SangamText
import SangamTranslit

/// A sentence as the aligner sees it: its length and the anchors it holds.
public struct AnalyzedSentence: Sendable, Equatable {
    /// Length in Unicode scalars, the unit of the length model.
    public var length: Int
    /// The anchors, sorted, with repeats (a number mentioned twice counts twice).
    public var anchors: [Anchor]
    /// Whether the line is site or wire boilerplate (`Also read: …`).
    public var isBoilerplate: Bool
    /// Whether most of its letters are Devanagari.
    public var isDevanagari: Bool
    /// Whether the line stops short of a sentence end (no final `.`, `?`, `!`, `।`, closing quote
    /// or bracket): a piece a segmenter or an editor cut off, which belongs with what follows.
    public var isFragment: Bool
    /// Whether the sentence leans on the one before it: it opens with a word that points back
    /// (इसी, यह, उन्होंने, It, This, However …) or gives the source of what came before (संस्थान
    /// ने यह जानकारी दी). A sentence a Hindi rewrite adds belongs with what it leans on.
    public var continuesPrevious: Bool
    /// The sentence's part in a quotation.
    public var quotation: QuotationPart
    /// In a sentence with a quotation, the anchors of the text outside it: where the speaker is
    /// named, after it in English (`…," said Neha Kulkarni, a film student`) and often before it
    /// in Hindi (`पुणे की छात्रा नेहा कुलकर्णी ने कहा, "…`). Sorted; empty for other sentences.
    public var speakerAnchors: [Anchor]
    /// The length of the text those anchors come from, in Unicode scalars (0 for other sentences).
    public var speakerLength: Int

    /// Creates an analysed sentence.
    public init(length: Int, anchors: [Anchor], isBoilerplate: Bool, isDevanagari: Bool, isFragment: Bool = false,
                continuesPrevious: Bool = false, quotation: QuotationPart = .none, speakerAnchors: [Anchor] = [],
                speakerLength: Int = 0) {
        self.length = length
        self.anchors = anchors
        self.isBoilerplate = isBoilerplate
        self.isDevanagari = isDevanagari
        self.isFragment = isFragment
        self.continuesPrevious = continuesPrevious
        self.quotation = quotation
        self.speakerAnchors = speakerAnchors
        self.speakerLength = speakerLength
    }
}

/// Reads a sentence's anchors: lexicon concepts (glossary, ICU names, FreeDict), numbers by value
/// in either script's digits and with Indian scale words, and phonetic keys of names (capitalised
/// English words and acronyms; Hindi content words, since Devanagari has no capitals).
public struct AnchorExtractor: Sendable {
    /// The lexicon behind concept anchors.
    public let lexicon: Lexicon
    private let numbers = NumberReader()
    /// Name anchors by word, shared by every copy of the extractor and every thread: a
    /// collection repeats its words, and a phonetic key costs far more than a lookup.
    private let nameAnchorCache = NameAnchorCache()

    /// Creates an extractor.
    /// - Parameter lexicon: translations to read concepts with.
    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// `text` analysed.
    /// - Parameter text: one sentence, NFC.
    public func analyze(_ text: String) -> AnalyzedSentence {
        var anchors: [Anchor] = []
        anchors.reserveCapacity(32)
        // One pass over the bytes, written without branches on the bytes (they mispredicted on
        // text that mixes scripts): every byte but a continuation byte starts a scalar;
        // Devanagari's UTF-8 starts E0 A4 or E0 A5, counted once per scalar; a straight quote or
        // E2, the lead byte of the curly ones, may start a quotation.
        var (devanagariLetters, latinLetters, scalars, quoteBytes) = (0, 0, 0, 0)
        var previous: UInt8 = 0
        var quotes = QuoteMarks()
        var copy = text
        copy.withUTF8 { bytes in
            for byte in bytes {
                scalars &+= byte & 0xC0 != 0x80 ? 1 : 0
                devanagariLetters &+= (previous == 0xE0 ? 1 : 0) & (byte & 0xFE == 0xA4 ? 1 : 0)
                latinLetters &+= (byte | 0x20) &- 0x61 < 26 ? 1 : 0
                quoteBytes |= (byte == 0x22 ? 1 : 0) | (byte == 0xE2 ? 1 : 0)
                previous = byte
            }
            // Most sentences hold no quote mark: read the quotations only when there may be one.
            if quoteBytes != 0 {
                for byte in bytes { quotes.read(byte) }
            }
        }
        quotes.finish()
        appendContentAnchors(of: text, to: &anchors)
        if quotes.opens { anchors.append(.quoteOpens) }
        if quotes.closes { anchors.append(.quoteCloses) }
        Self.sort(&anchors)
        var speakers: [Anchor] = []
        var speakerLength = 0
        var quotation = QuotationPart.none
        if quotes.opens || quotes.closes {
            // The text outside the quotations, where it has words: where the speaker is named.
            let outside = quotes.outsideRanges.map { String(decoding: text.utf8.dropFirst($0.lowerBound).prefix($0.count), as: UTF8.self) }
                .filter { $0.contains(where: \.isLetter) }
            quotation = quotes.part(hasWordsOutside: !outside.isEmpty)
            if quotation != .none {
                for part in outside {
                    appendContentAnchors(of: part, to: &speakers)
                    speakerLength += part.unicodeScalars.count
                }
                Self.sort(&speakers)
            }
        }
        return AnalyzedSentence(length: scalars, anchors: anchors,
                                isBoilerplate: Boilerplate.isBoilerplate(text),
                                isDevanagari: devanagariLetters > latinLetters,
                                isFragment: Self.isFragment(text), continuesPrevious: Self.continuesPrevious(text),
                                quotation: quotation, speakerAnchors: speakers, speakerLength: speakerLength)
    }

    /// The concepts, numbers and names of `text`, appended to `anchors`.
    private func appendContentAnchors(of text: String, to anchors: inout [Anchor]) {
        let terms = lexicon.analyzer.terms(of: text, isNFC: true)
        for concept in lexicon.concepts(in: terms) {
            anchors.append(Anchor(.concept, UInt64(concept)))
        }
        for mention in numbers.numbers(in: text) {
            anchors.append(Anchor(.number, Self.numberValue(mention.value)))
        }
        appendNameAnchors(of: text, to: &anchors)
    }

    /// Sorts a sentence's anchors: by insertion, several times faster than the library's merge
    /// sort on the few tens a sentence holds.
    static func sort(_ anchors: inout [Anchor]) {
        guard anchors.count <= 64 else { return anchors.sort() }
        anchors.withUnsafeMutableBufferPointer { buffer in
            for index in buffer.indices.dropFirst() {
                let anchor = buffer[index]
                var position = index
                while position > 0 && anchor < buffer[position - 1] {
                    buffer[position] = buffer[position - 1]
                    position -= 1
                }
                buffer[position] = anchor
            }
        }
    }

    /// Whether `text` ends without a sentence-final mark.
    static func isFragment(_ text: String) -> Bool {
        // `isWhiteSpace` answers ASCII without Unicode's tables; the marks are a switch, not a
        // search through a string's scalars: this runs for every sentence.
        guard let last = text.unicodeScalars.last(where: { !$0.isWhiteSpace }) else { return false }
        switch last {
        case ".", "?", "!", "।", "॥", "\"", "”", "’", "'", ")", ":", ";", "…", "]": return false
        default: return true
        }
    }

    /// A readable label for `anchor`: a concept's English headword, a number's value, or the
    /// word of `text` whose phonetic key it is.
    /// - Parameters:
    ///   - anchor: an anchor from ``analyze(_:)``.
    ///   - text: text the anchor came from (for a name, to find the word).
    public func label(for anchor: Anchor, in text: String) -> String {
        let value = anchor.rawValue & 0x00FF_FFFF_FFFF_FFFF
        switch anchor.kind {
        case .concept:
            return lexicon.entries(ofConcept: Int32(value)).first?.english ?? "concept \(value)"
        case .number:
            let number = (Double(bitPattern: value << 8) * 1_000_000).rounded() / 1_000_000
            return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .name:
            for word in text.split(whereSeparator: { $0 == " " || $0.isPunctuation }) {
                if nameAnchors(in: String(word)).contains(anchor) { return String(word) }
            }
            return "a name"
        case .quote:
            return anchor == .quoteOpens ? "quote opens" : "quote closes"
        }
    }

    /// Keys of the words that may be names: capitalised Latin words and acronyms that are not
    /// stop words, and Devanagari words that are not stop words. Keys of one consonant are too
    /// common to tell anything and are left out. A Latin word's variant keys all count, once.
    func nameAnchors(in text: String) -> [Anchor] {
        var anchors: [Anchor] = []
        appendNameAnchors(of: text, to: &anchors)
        return anchors
    }

    /// ``nameAnchors(in:)`` appended to `anchors`.
    private func appendNameAnchors(of text: String, to anchors: inout [Anchor]) {
        var text = text
        text.withUTF8 { bytes in
            UTF8Words.forEachWord(in: bytes) { range, isDevanagari in
                let word = UnsafeBufferPointer(rebasing: bytes[range])
                // The word's hash, the cache's key; for Devanagari also the stop-word key.
                let hash: UInt64
                if isDevanagari {
                    hash = WordHash(word).value
                    if StopWords.hashes.contains(hash) { return }
                } else {
                    guard (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(word[0]) else { return }
                    let lower = word.lazy.map(\.asciiLowercased)
                    if StopWords.hashes.contains(WordHash(lower).value) { return }
                    hash = WordHash(word).value
                }
                anchors += nameAnchorCache.anchors(of: hash) {
                    var seen = Set<String>()
                    return PhoneticKey.keys(for: String(decoding: word, as: UTF8.self))
                        .filter { $0.utf8.count >= 2 && seen.insert($0).inserted }
                        .map { Anchor(.name, WordHash($0.utf8).value) }
                }
            }
        }
    }

    /// A number's value as 56 anchor bits: the double's top 56 bits (sign, exponent and 44 bits
    /// of mantissa, 13 significant digits), after rounding to six decimals so that 5.25 read from
    /// `5.25` and from `५.२५` meet. Large values (`1 lakh crore` = 10¹²) fit as well as small.
    static func numberValue(_ value: Double) -> UInt64 {
        let rounded = (value * 1_000_000).rounded() / 1_000_000
        return rounded.bitPattern >> 8
    }

}

/// Name anchors by the bytes of a word, behind a lock; it stops growing at a million words.
final class NameAnchorCache: Sendable {
    private let table = Mutex(StemTable<[Anchor]>())
    private static let capacity = 1_000_000

    /// The anchors of the word whose `WordHash` is `key`, computed the first time.
    func anchors(of key: UInt64, _ compute: () -> [Anchor]) -> [Anchor] {
        if let known = table.withLock({ $0[key] }) { return known }
        let anchors = compute()
        table.withLock { if $0.count < Self.capacity { $0.set(anchors, for: key) } }
        return anchors
    }
}
