public import SangamLexicon
public import SangamNames
import SangamTranslit

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
        let hindiWords = HindiWords(hindi)
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
        guard let analysed = analyzer.analyze(english) else { return nil }
        let readings = Set(joinedReadings(analysed.wordKeys))
        let count = span.words.count
        var best: (text: String, similarity: Double, sameLength: Bool)?
        for start in hindi.words.indices {
            for length in max(1, count - 1)...(count + 1) where start + length <= hindi.words.count {
                let words = hindi.words[start..<(start + length)]
                guard words.allSatisfy({ !$0.key.isEmpty }) else { continue }
                guard readings.contains(words.map(\.key).joined()) else { continue }
                let text = words.map(\.text).joined(separator: " ")
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

    /// Each reading of a name's keys with its words' keys joined, at most 32.
    private func joinedReadings(_ wordKeys: [[String]]) -> [String] {
        var readings = [""]
        for variants in wordKeys {
            readings = readings.flatMap { prefix in variants.map { prefix + $0 } }
            if readings.count > 32 { readings = Array(readings.prefix(32)) }
        }
        return readings
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

    init(_ text: String) {
        let punctuation: Set<Character> = ["।", "॥", ",", ".", ";", ":", "!", "?", "\"", "'", "(", ")", "[", "]", "‘", "’", "“", "”", "-", "–", "—"]
        words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{00A0}" }).map { raw in
            var word = String(raw.drop(while: { punctuation.contains($0) }).reversed().drop(while: { punctuation.contains($0) }).reversed())
            // An initial keeps its full stop: एल. मुरुगन, पी. आर. श्रीजेश.
            if raw.hasSuffix("."), word.count <= 2, raw.count == raw.drop(while: { punctuation.contains($0) }).count {
                word += "."
            }
            let isDevanagari = word.unicodeScalars.contains { (0x0900...0x097F).contains($0.value) }
            return Word(text: word, key: isDevanagari ? (PhoneticKey.keys(for: word).first ?? "") : "")
        }
    }

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
