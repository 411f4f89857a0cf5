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
        var spans = EnglishNameSpans.spans(in: english)[...]
        guard !spans.isEmpty else { return [] }
        var hindiWords = HindiWords(hindi, cache: cache)
        guard !hindiWords.words.isEmpty else { return [] }
        var found: [MinedName] = []
        while let span = spans.popFirst() {
            // A joined name first, as a whole; if it finds nothing, its pieces on their own.
            if !span.pieces.isEmpty {
                if let name = match(span, in: hindiWords) ?? translatedMatch(span, in: &hindiWords) {
                    if !found.contains(where: { $0.english == name.english && $0.hindi == name.hindi }) { found.append(name) }
                } else {
                    spans = span.pieces[...] + spans
                }
                continue
            }
            // A title Sangam does not know stays at the front of a span (Administrator Yoon
            // Youngbin): without a match, the span is tried without its first words, down to two.
            // Nor does a name inside a longer, translated one (FIH Junior Hockey World Cup, where
            // Hindi translates the rest): then the span's first and last parts of two words or
            // more are tried, and an acronym alone.
            // Last, a name Hindi writes partly translated (Kaziranga National Park, काज़ीरंगा
            // राष्ट्रीय उद्यान; Monetary Policy Committee, मौद्रिक नीति समिति).
            // An organisation's name is tried translated before its parts (Union Health Ministry,
            // not Health Ministry); other names after, since a title Sangam does not know would
            // translate too (Administrator, प्रशासक).
            let organisation = span.type == "organisation" ? translatedMatch(span, in: &hindiWords) : nil
            guard let name = match(span, in: hindiWords) ?? organisation
                ?? parts(of: span).lazy.compactMap({ match($0, in: hindiWords) }).first
                ?? translatedMatch(span, in: &hindiWords)
            else { continue }
            if !found.contains(where: { $0.english == name.english && $0.hindi == name.hindi }) { found.append(name) }
            if let longer = withFollowingWord(name, span: span, in: hindiWords),
               !found.contains(where: { $0.english == longer.english && $0.hindi == longer.hindi }) {
                found.append(longer)
            }
        }
        return found
    }

    /// The name with the lower-case word after it, when the Hindi writes that word right after
    /// the name too, spelled alike (Sohola beel, सोहोला बील): a second, longer name. Translated
    /// words (Modi government, मोदी सरकार) are not spelled alike and add nothing.
    private func withFollowingWord(_ name: MinedName, span: EnglishNameSpan, in hindi: HindiWords) -> MinedName? {
        guard let following = span.following, let end = hindi.end(of: name.hindi), end < hindi.words.count else { return nil }
        let word = hindi.words[end]
        guard !word.key.isEmpty, let analysed = cache.analysed(following, analyzer), analysed.wholeKeys.contains(word.key),
              NameSimilarity.similarity(analysed.roman, NameSimilarity.fold(analyzer.romanize(word.text))) >= 0.6 else { return nil }
        return MinedName(english: name.english + " " + following, hindi: name.hindi + " " + word.text, type: name.type,
                         confidence: name.confidence * 0.9)
    }

    /// `name` analysed by the miner's analyser, from its cache when it was before: the stage
    /// that stores what the miner found analyses the same names again.
    public func analysed(_ name: String) -> AnalyzedName? {
        cache.analysed(name, analyzer)
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

    /// A run of Hindi words that writes `span` part by part, each part either spelled (a word
    /// whose phonetic key is among the English word's) or translated (a word or phrase of the
    /// lexicon in common: National Park, राष्ट्रीय उद्यान), in any order (Ministry of
    /// Statistics, सांख्यिकी … मंत्रालय), stop words on either side (of, and; एवं, के) free.
    /// At least one part must be translated, and every content part on both sides paired.
    private func translatedMatch(_ span: EnglishNameSpan, in hindi: inout HindiWords) -> MinedName? {
        guard let lexicon else { return nil }
        let english = readings(of: span.words, lexicon: lexicon)
        guard english.words.count >= 2, english.words.contains(where: { !$0.concepts.isEmpty }) else { return nil }
        let lexical = hindi.lexical(lexicon)
        var best: (text: String, translated: Int)?
        for start in hindi.words.indices where lexical[start].content {
            // A window must begin with a word some English part can pair with.
            let first: Part = (lexical[start].keys, lexical[start].ownConcepts.union(lexical[start].phraseConcepts))
            guard english.words.contains(where: { Self.links($0, first) }) else { continue }
            for end in start..<min(hindi.words.count, start + span.words.count + 3) {
                guard !hindi.words[end].key.isEmpty else { break }
                guard lexical[end].content else { continue }
                let parts = Self.parts(lexical[start...end])
                if min(parts.words.count, parts.phrases.count) > max(english.words.count, english.phrases.count) { break }
                // Either side may read a phrase as one part (chemistry, रसायन विज्ञान) or as words.
                let pairings = [(english.phrases, parts.phrases), (english.words, parts.words),
                                (english.phrases, parts.words), (english.words, parts.phrases)]
                guard let translated = pairings.lazy.compactMap({ Self.pairAll($0.0, $0.1) }).first else { continue }
                if best == nil || translated < best!.translated {
                    best = (hindi.words[start...end].map(\.text).joined(separator: " "), translated)
                }
            }
        }
        guard let best else { return nil }
        return MinedName(english: span.text, hindi: best.text, type: span.type, confidence: 0.8)
    }

    /// The content parts of an English name, read word by word and phrase by phrase (see
    /// ``parts(_:)``), from the cache when the name was read before.
    private func readings(of words: [String], lexicon: Lexicon) -> (words: [Part], phrases: [Part]) {
        cache.readings(words.joined(separator: " ")) {
            let lexical = HindiWords.lexical(of: words, lexicon: lexicon) { cache.analysed($0, analyzer)?.wholeKeys ?? [] }
            return Self.parts(lexical[...])
        }
    }

    /// A part of a name: the keys it may be spelled with, and the concepts it may translate.
    typealias Part = (keys: [String], concepts: Set<Int32>)

    /// The content parts of a run of words, word by word (each content word with its keys, its
    /// own concepts and its phrase's) and phrase by phrase (the words of one phrase of the
    /// lexicon as one part, with the phrase's concepts; each other word with its keys and own
    /// concepts).
    static func parts(_ run: ArraySlice<HindiWords.Lexical>) -> (words: [Part], phrases: [Part]) {
        // A phrase the run cuts (बाघ of बाघ अभयारण्य at its end) counts as words of its own.
        var inRun: [Int: Int] = [:]
        for word in run where word.content { if let id = word.phrase { inRun[id, default: 0] += 1 } }
        let words = run.map { word -> HindiWords.Lexical in
            guard let id = word.phrase, inRun[id] != word.phraseLength else { return word }
            var whole = word
            whole.phrase = nil
            whole.phraseConcepts = []
            return whole
        }
        var byWord: [Part] = []
        var byPhrase: [Part] = []
        var open: (id: Int, concepts: Set<Int32>, keys: [String], count: Int)?
        func closeOpen() {
            if let phrase = open { byPhrase.append((phrase.count == 1 ? phrase.keys : [], phrase.concepts)) }
            open = nil
        }
        for word in words where word.content {
            byWord.append((word.keys, word.ownConcepts.union(word.phraseConcepts)))
            if let id = word.phrase, open?.id == id {
                open!.count += 1
                continue
            }
            closeOpen()
            if let id = word.phrase {
                open = (id, word.phraseConcepts, word.keys, 1)
            } else {
                byPhrase.append((word.keys, word.ownConcepts))
            }
        }
        closeOpen()
        return (byWord, byPhrase)
    }

    /// Whether two parts pair: by a key in common, or a concept.
    static func links(_ english: Part, _ hindi: Part) -> Bool {
        hindi.keys.contains { !$0.isEmpty && english.keys.contains($0) } || !english.concepts.isDisjoint(with: hindi.concepts)
    }

    /// Pairs every English part with a distinct Hindi one (by key or shared concept), by
    /// augmenting paths; returns how many pairs are translations, or nil when not all pair or
    /// none is a translation.
    private static func pairAll(_ english: [Part], _ hindi: [Part]) -> Int? {
        guard english.count == hindi.count else { return nil }
        func spelled(_ e: Int, _ h: Int) -> Bool { hindi[h].keys.contains { !$0.isEmpty && english[e].keys.contains($0) } }
        func linked(_ e: Int, _ h: Int) -> Bool { links(english[e], hindi[h]) }
        var owner = [Int?](repeating: nil, count: hindi.count)
        func augment(_ e: Int, _ seen: inout [Bool]) -> Bool {
            for h in hindi.indices where !seen[h] && linked(e, h) {
                seen[h] = true
                if owner[h] == nil || augment(owner[h]!, &seen) {
                    owner[h] = e
                    return true
                }
            }
            return false
        }
        for e in english.indices {
            var seen = [Bool](repeating: false, count: hindi.count)
            guard augment(e, &seen) else { return nil }
        }
        let translated = owner.enumerated().filter { h, e in e.map { !spelled($0, h) } ?? false }.count
        return translated > 0 ? translated : nil
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

    /// What translated matching needs of a word: whether it is a content word, its keys, its
    /// own concepts, and the phrase of the lexicon it is part of, with that phrase's concepts.
    struct Lexical {
        var content: Bool
        var keys: [String]
        var ownConcepts: Set<Int32>
        var phrase: Int?
        var phraseConcepts: Set<Int32>
        /// How many content words the phrase has.
        var phraseLength = 0
    }

    let words: [Word]
    private var lexicalWords: [Lexical]?

    /// The words read by `lexicon`, once per sentence.
    mutating func lexical(_ lexicon: Lexicon) -> [Lexical] {
        if let lexicalWords { return lexicalWords }
        let keys = words.map(\.key)
        var index = 0
        let lexical = Self.lexical(of: words.map(\.text), lexicon: lexicon) { _ in
            defer { index += 1 }
            return keys[index].isEmpty ? [] : [keys[index]]
        }
        lexicalWords = lexical
        return lexical
    }

    /// `words` read by `lexicon`: terms, stop words, concepts of each word and of each phrase.
    /// `keys` is called once per word, in order.
    static func lexical(of words: [String], lexicon: Lexicon, keys: (String) -> [String]) -> [Lexical] {
        var terms: [Term] = []
        var wordOfTerm: [Int] = []
        var lexical: [Lexical] = []
        for (index, word) in words.enumerated() {
            let wordTerms = lexicon.analyzer.terms(of: word)
            terms += wordTerms
            wordOfTerm += Array(repeating: index, count: wordTerms.count)
            let content = wordTerms.contains { !$0.isStopWord }
            let wordKeys = keys(word)
            lexical.append(Lexical(content: content, keys: content ? wordKeys : [],
                                   ownConcepts: content ? Set(lexicon.concepts(in: wordTerms)) : [], phrase: nil, phraseConcepts: []))
        }
        for (number, mention) in lexicon.mentions(in: terms).enumerated() {
            let mentioned = Set(mention.range.map { wordOfTerm[$0] })
            guard mentioned.count > 1 else { continue }
            for word in mentioned {
                lexical[word].phrase = number
                lexical[word].phraseConcepts = Set(mention.concepts)
                lexical[word].phraseLength = mentioned.filter { lexical[$0].content }.count
            }
        }
        return lexical
    }

    init(_ text: String, cache: MiningCache) {
        lexicalWords = nil
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

    /// The index just after the first run of words that is `phrase`, if there is one.
    func end(of phrase: String) -> Int? {
        let parts = phrase.split(separator: " ").map(String.init)
        guard !parts.isEmpty, parts.count <= words.count else { return nil }
        for start in 0...(words.count - parts.count) where zip(words[start...], parts).allSatisfy({ $0.text == $1 }) {
            return start + parts.count
        }
        return nil
    }

    /// Whether the words of `phrase` occur here in a row.
    func contains(phrase: String) -> Bool {
        end(of: phrase) != nil
    }
}

/// What the miner has analysed, shared by the threads that mine: English names with their keys
/// and romanisation, Hindi words with their keys. Bounded: it starts over when full.
final class MiningCache: Sendable {
    /// Keyed by bytes: a String key hashes by canonical equivalence, slow for Devanagari.
    private let names = BoundedCache<[UInt8], AnalyzedName?>()
    private let keys = BoundedCache<[UInt8], String>()
    private let parts = BoundedCache<[UInt8], (words: [EntityMiner.Part], phrases: [EntityMiner.Part])>()

    /// `name` analysed by `analyzer`, from the cache when it was before.
    func analysed(_ name: String, _ analyzer: NameAnalyzer) -> AnalyzedName? {
        names.value(for: Array(name.utf8)) { analyzer.analyze(name) }
    }

    /// The phonetic key of a Devanagari word, from the cache when it was before.
    func key(_ word: String) -> String {
        keys.value(for: Array(word.utf8)) { PhoneticKey.keys(for: word).first ?? "" }
    }

    /// An English name's parts, from the cache when it was read before.
    func readings(_ name: String, _ make: () -> (words: [EntityMiner.Part], phrases: [EntityMiner.Part]))
        -> (words: [EntityMiner.Part], phrases: [EntityMiner.Part]) {
        parts.value(for: Array(name.utf8), make)
    }
}

/// A map shared by threads that starts over when full: what was computed for a key, computed
/// again only when it is not there (two threads may both compute it; either answer is right).
private final class BoundedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let storage = Mutex<[Key: Value]>([:])
    private let capacity = 100_000

    func value(for key: Key, _ make: () -> Value) -> Value {
        if let known = storage.withLock({ $0[key] }) { return known }
        let made = make()
        storage.withLock { storage in
            if storage.count >= capacity { storage.removeAll(keepingCapacity: true) }
            storage[key] = made
        }
        return made
    }
}
