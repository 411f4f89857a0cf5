public import SangamText

/// A word of a sentence as the lexicon and the aligner see it: its stem in matching form.
public struct Term: Sendable, Hashable {
    /// The stem's `WordHash` (`kill` for killed, `किसान` for किसानों).
    public var stem: UInt64
    /// Whether the word is a stop word of its language (matched only inside phrases).
    public var isStopWord: Bool
    /// Whether the word is written in Devanagari (else Latin).
    public var isDevanagari: Bool

    /// Creates a term.
    public init(stem: UInt64, isStopWord: Bool, isDevanagari: Bool) {
        self.stem = stem
        self.isStopWord = isStopWord
        self.isDevanagari = isDevanagari
    }
}

/// Splits text into terms: the matching form (case folded, nukta and nasal spelling folded,
/// digits in ASCII), cut into words at anything that is not a letter or a mark, each word
/// stemmed by its script. Numbers are left out: `NumberReader` reads them with their scale.
///
/// It works on the matching form's UTF-8 bytes and names stems by their hash: the aligner reads
/// every sentence through it, and strings would cost more than the rest of alignment.
public struct TermAnalyzer: Sendable {
    private let normalizer: Normalizer

    /// Creates an analyser.
    /// - Throws: `ICUError` when ICU's normalisation data is missing.
    public init() throws(ICUError) {
        normalizer = try Normalizer()
    }

    /// The terms of `text`, in order.
    /// - Parameters:
    ///   - text: any text (a sentence, a headword, a query).
    ///   - isNFC: whether the caller knows `text` is in NFC (stored sentences are): faster.
    public func terms(of text: String, isNFC: Bool = false) -> [Term] {
        normalizer.withMatchingForm(of: text, isNFC: isNFC) { bytes in
            var terms: [Term] = []
            UTF8Words.forEachWord(in: bytes) { range, isDevanagari in
                if let term = Self.term(UnsafeBufferPointer(rebasing: bytes[range]), isDevanagari: isDevanagari) {
                    terms.append(term)
                }
            }
            return terms
        }
    }

    private static func term(_ word: UnsafeBufferPointer<UInt8>, isDevanagari: Bool) -> Term? {
        let isStopWord = StopWords.hashes.contains(WordHash(word).value)
        if isDevanagari {
            // A Devanagari word begins with a letter, not a stray sign left by a split.
            let (first, _) = UTF8Scalar.decode(word, at: 0)
            guard !isDevanagariSign(first) else { return nil }
            return Term(stem: WordHash(word[..<HindiStemmer.stem(word)]).value, isStopWord: isStopWord, isDevanagari: true)
        }
        let (keep, append) = EnglishStemmer.stem(word)
        var hash = WordHash(word[..<keep])
        hash.add(append)
        return Term(stem: hash.value, isStopWord: isStopWord, isDevanagari: false)
    }

    private static func isDevanagariSign(_ scalar: UInt32) -> Bool {
        (0x0900...0x0903).contains(scalar) || (0x093A...0x094F).contains(scalar)
    }
}
