public import SangamLexicon
public import SangamNames
import SangamTranslit
import Synchronization

/// Finds the names an aligned segment writes in both languages.
///
/// Each candidate name of the English side (``EnglishNameSpans``: capitalised runs and
/// acronyms, titles taken off) is looked for among the Hindi side's runs of one word fewer to one
/// word more:
/// - a run whose words' phonetic keys, joined, equal one reading of the English words' keys
///   (Narendra Modi `NRNDRMD` ≈ नरेंद्र मोदी; Rajya Sabha ≈ राज्यसभा), the closest by
///   romanisation winning;
/// - or a run the glossary gives as the English name's translation (South Korea ↔ दक्षिण कोरिया,
///   Election Commission ↔ चुनाव आयोग), which no key would find.
///
/// A name whose best run is not alike enough in romanisation is left out: keys are for finding,
/// not for deciding (see `PhoneticKey`).
public struct EntityMiner: Sendable {
    private let analyzer: NameAnalyzer
    private let lexicon: Lexicon?

    /// Names and Hindi words already analysed: news repeats both.
    private let cache = MiningCache()

    /// The least romanisation similarity for a key match to count.
    public var minimumSimilarity = 0.5

    /// Creates a miner.
    /// - Parameters:
    ///   - analyzer: how names are romanised and keyed (the same as lookup's).
    ///   - lexicon: translations of names no key finds; nil for keys alone.
    public init(analyzer: NameAnalyzer, lexicon: Lexicon?) {
        self.analyzer = analyzer
        self.lexicon = lexicon
    }

    /// The names both sides of a segment write.
    /// - Parameters:
    ///   - english: the segment's English text.
    ///   - hindi: its Hindi text.
    /// - Returns: each English name matched once, in the English order.
    public func names(english: String, hindi: String) -> [MinedName] {
        let hindiWords = HindiWords(hindi, cache: cache)
        guard !hindiWords.words.isEmpty else { return [] }
        var found: [MinedName] = []
        for span in EnglishNameSpans.spans(in: english) {
            // A title Sangam does not know stays at the front of a span (Administrator Yoon
            // Youngbin): without a match, the span is tried without its first words, down to two.
            // Nor does a name inside a longer, translated one (FIH Junior Hockey World Cup, where
            // Hindi translates the rest): then the span's first and last parts of two words or
            // more are tried, and an acronym alone.
            guard let name = match(span, in: hindiWords) ?? parts(of: span).lazy.compactMap({ match($0, in: hindiWords) }).first
            else { continue }
            if !found.contains(where: { $0.english == name.english && $0.hindi == name.hindi }) { found.append(name) }
        }
        return found
    }

    /// The parts of a span to try when the whole finds nothing: without its first words (down to
    /// two), without its last words (down to two), then each acronym in it.
    private func parts(of span: EnglishNameSpan) -> [EnglishNameSpan] {
        let words = span.words
        guard words.count > 1 else { return [] }
        var parts: [EnglishNameSpan] = []
        if words.count > 2 {
            for start in 1...(words.count - 2) {
                parts.append(EnglishNameSpan(words: Array(words[start...]), type: span.type))
            }
            for end in stride(from: words.count - 1, through: 2, by: -1) {
                parts.append(EnglishNameSpan(words: Array(words[..<end]), type: nil))
            }
        }
        for word in words where word.count >= 2 && word.allSatisfy({ $0.isUppercase }) {
            parts.append(EnglishNameSpan(words: [word], type: "organisation"))
        }
        return parts.filter { $0.words.first != "of" && $0.words.last != "of" }
    }

    private func match(_ span: EnglishNameSpan, in hindi: HindiWords) -> MinedName? {
        let english = span.text
        let glossary = lexicon.map { translation(of: english, in: hindi, lexicon: $0) } ?? nil
        if let glossary { return MinedName(english: english, hindi: glossary.hindi, type: span.type ?? glossary.type, confidence: 0.95) }
        guard let analysed = cache.analysed(english, analyzer) else { return nil }
        let readings = analysed.wholeKeys
        let count = span.words.count
        var best: (text: String, similarity: Double, sameLength: Bool)?
        for start in hindi.words.indices {
            // Runs of Hindi words from `start`, keys joined as they grow, given up as soon as no
            // reading of the English keys starts so.
            var joined = ""
            for length in 1...(count + 1) where start + length <= hindi.words.count {
                let key = hindi.words[start + length - 1].key
                guard !key.isEmpty else { break }
                joined += key
                guard readings.contains(where: { $0.hasPrefix(joined) }) else { break }
                guard length >= count - 1, readings.contains(joined) else { continue }
                let text = hindi.words[start..<(start + length)].map(\.text).joined(separator: " ")
                let similarity = NameSimilarity.similarity(analysed.roman, NameSimilarity.fold(analyzer.romanize(text)))
                let candidate = (text: text, similarity: similarity, sameLength: length == count)
                if best == nil || (candidate.similarity, candidate.sameLength ? 1 : 0) > (best!.similarity, best!.sameLength ? 1 : 0) {
                    best = candidate
                }
            }
        }
        guard let best, best.similarity >= minimumSimilarity else { return nil }
        return MinedName(english: english, hindi: best.text, type: span.type, confidence: 0.5 + 0.45 * best.similarity)
    }

    /// The glossary's Hindi for `english` when the Hindi text has it, with the type its kind gives.
    private func translation(of english: String, in hindi: HindiWords, lexicon: Lexicon) -> (hindi: String, type: String?)? {
        for entry in lexicon.lookup(english) where entry.source != .freedict {
            guard let type = Self.types[entry.kind ?? ""] ?? (entry.source == .icu ? "place" : nil) else { continue }
            for form in entry.hindi where hindi.contains(phrase: form) {
                return (form, type)
            }
        }
        return nil
    }

    /// Glossary kinds that are names, with the entity type they give.
    private static let types: [String: String] = [
        "country": "place", "state": "place", "city": "place", "place": "place", "river": "place",
        "organisation": "organisation", "party": "organisation",
    ]
}

/// The words of a Hindi text, punctuation stripped, each with its phonetic key.
struct HindiWords {
    struct Word {
        var text: String
        var key: String
    }

    let words: [Word]

    init(_ text: String, cache: MiningCache) {
        // By scalars, not Characters: Character's grapheme breaking made this the miner's
        // largest cost.
        var words: [Word] = []
        for raw in text.unicodeScalars.split(whereSeparator: { Self.spaces.contains($0) }) {
            var scalars = raw.drop(while: { Self.punctuation.contains($0) })
            while let last = scalars.last, Self.punctuation.contains(last) { scalars = scalars.dropLast() }
            var word = String(String.UnicodeScalarView(scalars))
            // An initial keeps its full stop: एल. मुरुगन, पी. आर. श्रीजेश.
            if raw.last == ".", scalars.count <= 3, scalars.count + 1 == raw.count {
                word += "."
            }
            let isDevanagari = scalars.contains { (0x0900...0x097F).contains($0.value) }
            words.append(Word(text: word, key: isDevanagari ? cache.key(word) : ""))
        }
        self.words = words
    }

    private static let spaces: Set<Unicode.Scalar> = [" ", "\t", "\n", "\u{00A0}"]
    private static let punctuation: Set<Unicode.Scalar> = ["।", "॥", ",", ".", ";", ":", "!", "?", "\"", "'", "(", ")", "[", "]",
                                                           "‘", "’", "“", "”", "-", "–", "—"]

    /// Whether the words of `phrase` occur here in a row.
    func contains(phrase: String) -> Bool {
        let parts = phrase.split(separator: " ").map(String.init)
        guard !parts.isEmpty, parts.count <= words.count else { return false }
        for start in 0...(words.count - parts.count) where zip(words[start...], parts).allSatisfy({ $0.text == $1 }) {
            return true
        }
        return false
    }
}

/// What the miner has analysed, shared by the threads that mine: English names with their keys
/// and romanisation, Hindi words with their keys. Bounded: it starts over when full.
final class MiningCache: Sendable {
    private let names = Mutex<[String: AnalyzedName?]>([:])
    private let keys = Mutex<[String: String]>([:])
    private let capacity = 100_000

    /// `name` analysed by `analyzer`, from the cache when it was before.
    func analysed(_ name: String, _ analyzer: NameAnalyzer) -> AnalyzedName? {
        if let known = names.withLock({ $0[name] }) { return known }
        let analysed = analyzer.analyze(name)
        names.withLock { names in
            if names.count >= capacity { names.removeAll(keepingCapacity: true) }
            names[name] = analysed
        }
        return analysed
    }

    /// The phonetic key of a Devanagari word, from the cache when it was before.
    func key(_ word: String) -> String {
        if let known = keys.withLock({ $0[word] }) { return known }
        let key = PhoneticKey.keys(for: word).first ?? ""
        keys.withLock { keys in
            if keys.count >= capacity { keys.removeAll(keepingCapacity: true) }
            keys[word] = key
        }
        return key
    }
}
