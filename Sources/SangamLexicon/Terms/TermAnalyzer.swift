public import SangamText

/// A word of a sentence as the lexicon and the aligner see it: its stem in matching form.
public struct Term: Sendable, Hashable {
    /// The stem (`kill` for killed, `किसान` for किसानों).
    public var stem: String
    /// Whether the word is a stop word of its language (matched only inside phrases).
    public var isStopWord: Bool
    /// Whether the word is written in Devanagari (else Latin).
    public var isDevanagari: Bool

    /// Creates a term.
    public init(stem: String, isStopWord: Bool, isDevanagari: Bool) {
        self.stem = stem
        self.isStopWord = isStopWord
        self.isDevanagari = isDevanagari
    }
}

/// Splits text into terms: the matching form (case folded, nukta and nasal spelling folded,
/// digits in ASCII), cut into words at anything that is not a letter or a mark, each word
/// stemmed by its script. Numbers are left out: `NumberReader` reads them with their scale.
public struct TermAnalyzer: Sendable {
    private let normalizer: Normalizer

    /// Creates an analyser.
    /// - Throws: `ICUError` when ICU's normalisation data is missing.
    public init() throws(ICUError) {
        normalizer = try Normalizer()
    }

    /// The terms of `text`, in order.
    /// - Parameter text: any text (a sentence, a headword, a query).
    public func terms(of text: String) -> [Term] {
        let folded = normalizer.matchingForm(text)
        var terms: [Term] = []
        for word in folded.unicodeScalars.split(whereSeparator: { !Self.isWordScalar($0) }) {
            let word = Substring(word)
            let isDevanagari = word.unicodeScalars.contains { (0x0900...0x097F).contains($0.value) }
            if isDevanagari {
                // A Devanagari word begins with a letter, not a stray sign left by a split.
                guard let first = word.unicodeScalars.first, !Self.isDevanagariSign(first) else { continue }
                terms.append(Term(stem: String(HindiStemmer.stem(word)), isStopWord: StopWords.hindi.contains(word),
                                  isDevanagari: true))
            } else if word.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
                terms.append(Term(stem: String(EnglishStemmer.stem(word)), isStopWord: StopWords.english.contains(word),
                                  isDevanagari: false))
            }
        }
        return terms
    }

    /// Letters and marks (Devanagari vowel signs, virama, nukta) hold a word together; digits
    /// split it off, since numbers are read on their own.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x61...0x7A).contains(scalar.value) || (0x41...0x5A).contains(scalar.value) }
        if (0x0900...0x097F).contains(scalar.value) { return !(0x0964...0x096F).contains(scalar.value) }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    private static func isDevanagariSign(_ scalar: Unicode.Scalar) -> Bool {
        (0x0900...0x0903).contains(scalar.value) || (0x093A...0x094F).contains(scalar.value)
    }
}
