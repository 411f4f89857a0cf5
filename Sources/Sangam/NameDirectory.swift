public import SangamNames
public import SangamStore
public import SangamTranslit
import SangamText

/// One answer to a name query.
public struct NameAnswer: Sendable {
    /// The entity's English and Hindi spellings; nil where only the other script is known.
    public var english: String?
    public var hindi: String?
    /// In [0, 1].
    public var score: Double
    /// Aligned segments the entity was mined from.
    public var count: Int
    public var type: String?
    /// `corpus` (mined from aligned segments), `list` (only from name lists), or
    /// `transliteration` (a guess: Sangam has never seen the name).
    public var source: String
    /// The name lists that gave it.
    public var lists: [String]
    /// How sure mining was of its two spellings (mean over its mentions); nil when never mined.
    public var confidence: Double?
    /// Aligned segments it occurs in.
    public var examples: [(english: String, hindi: String)]
}

/// The answers to one query, in rank order.
public struct NameLookupResult: Sendable {
    public var query: String
    public var answers: [NameAnswer]
}

/// Looks names up in the store, in either script: "how does Hindi news write Yoon Youngbin?",
/// "which English name is गौरांगलाल दास?".
///
/// Candidates come from the store's indexes, never from a scan: first the entity with the query's
/// own spelling, then those with a form under one of the query's whole-name phonetic keys
/// (Narender Modi and नरेन्द्र मोदी both reach नरेंद्र मोदी), then, when none has, those under one
/// of its words' keys, then those whose text or romanisation starts like the query's words
/// (FTS5). ``NameRanker`` orders them. A query nothing answers well gets a transliteration,
/// marked as a guess.
public struct NameDirectory {
    private let store: CorpusStore
    private let analyzer: NameAnalyzer
    private let transliteration: Transliteration?
    private let ranker = NameRanker()

    /// Entities read per query at most: ranking is cheap, reading an entity is not.
    public var candidateLimit = 64
    /// Below this best score, a transliteration guess is added.
    public var guessBelow = 0.6
    /// Example segments per answer.
    public var examplesPerAnswer = 2

    /// Creates a directory.
    /// - Parameters:
    ///   - store: the store.
    ///   - analyzer: how names are keyed (the importer's and the miner's own).
    ///   - transliteration: for guesses; nil for none.
    public init(store: CorpusStore, analyzer: NameAnalyzer, transliteration: Transliteration?) {
        self.store = store
        self.analyzer = analyzer
        self.transliteration = transliteration
    }

    /// Looks up each query, in one read transaction.
    /// - Parameters:
    ///   - queries: names in either script.
    ///   - limit: answers per query at most.
    ///   - timing: called after each query with its index and the seconds it took.
    /// - Returns: one result per query, in order.
    /// - Throws: `StoreError` when the store cannot be read.
    public func lookup(_ queries: [String], limit: Int, timing: ((Int, Double) -> Void)? = nil) throws -> [NameLookupResult] {
        try store.readNames { reader in
            let clock = ContinuousClock()
            return try queries.enumerated().map { index, query in
                let start = clock.now
                let result = try lookup(query, limit: limit, reader: reader)
                if let timing {
                    let elapsed = clock.now - start
                    timing(index, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
                }
                return result
            }
        }
    }

    private func lookup(_ query: String, limit: Int, reader: NameReader) throws -> NameLookupResult {
        guard limit > 0, let name = analyzer.analyze(query) else { return NameLookupResult(query: query, answers: []) }
        var found: [Int64: NameCandidate.Retrieval] = [:]
        var order: [Int64] = []
        func add(_ ids: [Int64], _ retrieval: NameCandidate.Retrieval) {
            for id in ids where found[id] == nil && order.count < candidateLimit {
                found[id] = retrieval
                order.append(id)
            }
        }
        // The spelling itself first: however common its keys, an exact spelling is never crowded out.
        if let exact = try reader.entity(withMatchForm: name.matchForm, language: name.script.language) {
            add([exact], .wholeKey)
        }
        for key in name.wholeKeys where order.count < candidateLimit {
            add(try reader.entities(withKey: key, limit: candidateLimit), .wholeKey)
        }
        if order.isEmpty && name.wordKeys.count > 1 {
            // The longest word keys first: they are the most selective.
            for key in name.wordKeys.joined().sorted(by: { $0.count > $1.count }) where order.count < candidateLimit {
                add(try reader.entities(withKey: key, limit: candidateLimit), .wordKey)
            }
        }
        if order.isEmpty, let text = Self.prefixQuery(name) {
            add(try reader.entities(matchingText: text, limit: candidateLimit), .text)
        }
        let candidates = try order.compactMap { id in
            try reader.entity(id).map { Self.candidate($0, retrieval: found[id]!) }
        }
        var answers = try ranker.rank(name, candidates).prefix(limit).map { ranked in
            let candidate = ranked.candidate
            let mentions = candidate.mentions
            return NameAnswer(
                english: candidate.preferredForm(language: "en")?.text, hindi: candidate.preferredForm(language: "hi")?.text,
                score: ranked.score, count: mentions, type: candidate.type, source: mentions > 0 ? "corpus" : "list",
                lists: candidate.sources, confidence: candidate.confidence, examples: mentions > 0 ? try reader.examples(of: candidate.entityID, limit: examplesPerAnswer) : [])
        }
        if (answers.first?.score ?? 0) < guessBelow, let guess = try guess(name) {
            // In rank order, and within the limit (it is the weakest evidence there is).
            answers.insert(guess, at: answers.firstIndex { $0.score < guess.score } ?? answers.count)
            if answers.count > limit { answers.removeLast() }
        }
        return NameLookupResult(query: query, answers: answers)
    }

    /// The query written in the other script by rules alone.
    private func guess(_ name: AnalyzedName) throws -> NameAnswer? {
        guard let transliteration else { return nil }
        let other = try transliteration.candidates(for: name.text, limit: 1).first
        guard let other, other.text != name.text else { return nil }
        let isLatin = name.script == .latin
        return NameAnswer(english: isLatin ? name.text : other.text, hindi: isLatin ? other.text : name.text,
                          score: 0.25 * other.score, count: 0, type: nil, source: "transliteration", lists: [], confidence: nil,
                          examples: [])
    }

    /// An FTS5 query for forms whose words start like the query's (the first four letters of each
    /// word, in its matching form and romanised), or nil when no word is long enough.
    static func prefixQuery(_ name: AnalyzedName) -> String? {
        let words = (name.matchForm.split(separator: " ") + name.roman.split(separator: " "))
            .map { String($0.filter { $0.isLetter || $0.unicodeScalars.first!.isCombiningMark }) }
            .filter { $0.count >= 3 }
        guard !words.isEmpty else { return nil }
        return Set(words.map { "\"\(String($0.prefix(4)))\"*" }).sorted().joined(separator: " OR ")
    }

    static func candidate(_ entity: StoredEntity, retrieval: NameCandidate.Retrieval) -> NameCandidate {
        NameCandidate(entityID: entity.id,
                      forms: entity.forms,
                      type: entity.type, sources: entity.lists, retrieval: retrieval, confidence: entity.confidence)
    }
}
