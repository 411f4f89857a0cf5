import SangamText

/// English–Hindi word and phrase translations from every source Sangam has, behind one lookup:
/// the project's glossary, ICU's names of countries and languages, and FreeDict where installed.
///
/// Each distinct English headword (by its stems: `killed` and `kill` are one) is a *concept*,
/// numbered from 0. A sentence in either language is read into the concepts it mentions
/// (``concepts(in:)``); two sentences that share concepts share meaning. Hindi forms that several
/// headwords list (आरबीआई for both `RBI` and `Reserve Bank of India`) stand for all of them.
public struct Lexicon: Sendable {
    /// Every entry, in the order the sources were given.
    public let entries: [LexiconEntry]
    /// How many concepts (distinct English headwords) there are.
    public var conceptCount: Int { entriesByConcept.count }

    /// How the lexicon cuts text into terms; read sentences with it too.
    public let analyzer: TermAnalyzer
    private var english = PhraseIndex()
    private var hindi = PhraseIndex()
    private var entriesByConcept: [[Int]] = []

    /// Builds the lexicon over `entries`.
    /// - Parameters:
    ///   - entries: entries from any sources; order sets the order of lookup results.
    ///   - analyzer: how headwords, forms and later sentences are cut into terms.
    public init(entries: [LexiconEntry], analyzer: TermAnalyzer) {
        self.entries = entries
        self.analyzer = analyzer
        var conceptOfPhrase: [[UInt64]: Int32] = [:]
        for (index, entry) in entries.enumerated() {
            // Terms leave digits out (numbers are anchors of their own), so `G20` would read as
            // `G` and meet every initial G; such headwords and forms are not matched.
            guard !Self.hasDigit(entry.english) else { continue }
            let stems = analyzer.terms(of: entry.english).map(\.stem)
            guard !stems.isEmpty else { continue }
            let concept: Int32
            if let known = conceptOfPhrase[stems] {
                concept = known
            } else {
                concept = Int32(entriesByConcept.count)
                conceptOfPhrase[stems] = concept
                entriesByConcept.append([])
                english.add(stems, concept: concept)
            }
            entriesByConcept[Int(concept)].append(index)
            for form in entry.hindi where !Self.hasDigit(form) {
                let stems = analyzer.terms(of: form).map(\.stem)
                if !stems.isEmpty { hindi.add(stems, concept: concept) }
            }
        }
        english.finish()
        hindi.finish()
    }

    private static func hasDigit(_ text: String) -> Bool {
        text.unicodeScalars.contains { ("0"..."9").contains($0) || (0x0966...0x096F).contains($0.value) }
    }

    /// The entries for `query`: an English word or phrase (any inflection) or a Hindi form, whole.
    /// - Parameter query: text in either script.
    /// - Returns: the matching entries, glossary first, then ICU, then FreeDict.
    public func lookup(_ query: String) -> [LexiconEntry] {
        let terms = analyzer.terms(of: query)
        guard let first = terms.first else { return [] }
        let index = first.isDevanagari ? hindi : english
        let concepts = index.concepts(ofWhole: terms.map(\.stem))
        let found = Set(concepts.flatMap { entriesByConcept[Int($0)] })
        return found.sorted { (entries[$0].source, $0) < (entries[$1].source, $1) }.map { entries[$0] }
    }

    /// The concepts mentioned in `terms`, reading each run of words as the longest headword or
    /// Hindi form it starts, in order (a concept may repeat). A stop word alone is no mention.
    /// - Parameter terms: a sentence's terms, from the same analyser the lexicon uses.
    public func concepts(in terms: [Term]) -> [Int32] {
        // Straight into one array: building the mentions first, with an array in each tuple,
        // and flattening them cost the aligner more than the lookups.
        var concepts: [Int32] = []
        forEachMention(in: terms) { _, found in concepts.append(contentsOf: found) }
        return concepts
    }

    /// Where `terms` mention concepts: each run of terms read as the longest headword or Hindi
    /// form it starts, with the concepts it stands for, in order.
    /// - Parameter terms: terms from the same analyser the lexicon uses.
    public func mentions(in terms: [Term]) -> [(range: Range<Int>, concepts: [Int32])] {
        var found: [(range: Range<Int>, concepts: [Int32])] = []
        forEachMention(in: terms) { found.append(($0, $1)) }
        return found
    }

    /// Calls `body` with each mention of ``mentions(in:)``, in order.
    private func forEachMention(in terms: [Term], _ body: (Range<Int>, [Int32]) -> Void) {
        var position = 0
        while position < terms.count {
            // Each index called where it is stored: choosing one into a local copied the struct.
            let match = terms[position].isDevanagari
                ? hindi.longestMatch(in: terms, at: position) : english.longestMatch(in: terms, at: position)
            if let match {
                body(position..<(position + match.length), match.concepts)
                position += match.length
            } else {
                position += 1
            }
        }
    }

    /// The entries of one concept.
    /// - Parameter concept: a concept number from ``concepts(in:)``.
    public func entries(ofConcept concept: Int32) -> [LexiconEntry] {
        entriesByConcept[Int(concept)].map { entries[$0] }
    }

    /// How many entries each source gave.
    public var entryCountsBySource: [LexiconSource: Int] {
        entries.reduce(into: [:]) { $0[$1.source, default: 0] += 1 }
    }
}

/// Phrases (sequences of stems) by their first stem, each with the concepts it stands for.
struct PhraseIndex: Sendable {
    /// A phrase of two or more words, by what follows its first two.
    struct Phrase: Sendable {
        var tail: [UInt64]
        var concepts: [Int32]
    }

    /// One-word phrases.
    private var single = StemTable<[Int32]>()
    /// Longer phrases by their first two stems, longest first: a common first word ("in", "a")
    /// starts hundreds of FreeDict phrases, and a lookup must not walk them all.
    private var multiple = StemTable<[Phrase]>()
    /// While building: the same, in dictionaries.
    private var building: (single: [UInt64: [Int32]], multiple: [UInt64: [Phrase]])? = ([:], [:])

    private static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* 0x9E37_79B9_7F4A_7C15) ^ second
    }

    mutating func add(_ stems: [UInt64], concept: Int32) {
        precondition(building != nil, "add after finish")
        if stems.count == 1 {
            var concepts = building!.single[stems[0], default: []]
            if !concepts.contains(concept) { concepts.append(concept) }
            building!.single[stems[0]] = concepts
            return
        }
        let key = Self.pairKey(stems[0], stems[1])
        let tail = Array(stems.dropFirst(2))
        var phrases = building!.multiple[key, default: []]
        if let existing = phrases.firstIndex(where: { $0.tail == tail }) {
            if !phrases[existing].concepts.contains(concept) { phrases[existing].concepts.append(concept) }
        } else {
            phrases.append(Phrase(tail: tail, concepts: [concept]))
        }
        building!.multiple[key] = phrases
    }

    /// Freezes the index into its lookup tables.
    mutating func finish() {
        guard let building else { return }
        for (stem, concepts) in building.single { single.set(concepts, for: stem) }
        for (key, phrases) in building.multiple {
            multiple.set(phrases.sorted { $0.tail.count > $1.tail.count }, for: key)
        }
        self.building = nil
    }

    /// The longest phrase starting at `position`; a one-word phrase does not match a stop word.
    func longestMatch(in terms: [Term], at position: Int) -> (concepts: [Int32], length: Int)? {
        if position + 1 < terms.count,
           let phrases = multiple[Self.pairKey(terms[position].stem, terms[position + 1].stem)] {
            for phrase in phrases where position + 2 + phrase.tail.count <= terms.count {
                var matches = true
                for (offset, stem) in phrase.tail.enumerated() where terms[position + 2 + offset].stem != stem {
                    matches = false
                    break
                }
                if matches { return (phrase.concepts, phrase.tail.count + 2) }
            }
        }
        guard !terms[position].isStopWord, let concepts = single[terms[position].stem] else { return nil }
        return (concepts, 1)
    }

    /// The concepts of exactly this phrase.
    func concepts(ofWhole stems: [UInt64]) -> [Int32] {
        guard let first = stems.first else { return [] }
        if stems.count == 1 { return single[first] ?? [] }
        let tail = Array(stems.dropFirst(2))
        return multiple[Self.pairKey(first, stems[1])]?.first { $0.tail == tail }?.concepts ?? []
    }
}
