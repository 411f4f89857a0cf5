import Foundation

/// A ranked answer to a name query.
public struct RankedName: Sendable {
    public var candidate: NameCandidate
    /// In [0, 1].
    public var score: Double
    /// How alike the query and the candidate's closest form are (``NameSimilarity``).
    public var similarity: Double
}

/// Ranks the entities a query found by evidence: how alike the query and the entity's closest
/// spelling are (compared in Latin, so an English query meets a Hindi-only entity through its
/// romanisation), how strongly the phonetic keys matched, how often the corpus has seen the
/// entity, and whether it is known in both scripts.
///
/// The weights were set by hand on `Dictionaries/names-dev.tsv` with generated distractors
/// (`make eval-lookup`): similarity decides between names that share a key, key strength between a
/// name and a look-alike found by text alone, and the corpus's counts break near ties.
public struct NameRanker: Sendable {
    /// Weights of the parts of a score; they sum to 1.
    public var similarityWeight = 0.6
    public var keyWeight = 0.25
    public var evidenceWeight = 0.1
    public var bothScriptsWeight = 0.05

    /// Mentions at which the evidence part is full: a name seen this often is established.
    public var establishedMentions = 32.0

    /// Creates a ranker with the default weights.
    public init() {}

    /// Ranks `candidates` for `query`, best first; ties keep the order they came in.
    public func rank(_ query: AnalyzedName, _ candidates: [NameCandidate]) -> [RankedName] {
        let ranked = candidates.enumerated().map { offset, candidate in
            (offset, score(query, candidate))
        }
        return ranked.sorted { ($0.1.score, -$0.0) > ($1.1.score, -$1.0) }.map(\.1)
    }

    /// The score of one candidate.
    public func score(_ query: AnalyzedName, _ candidate: NameCandidate) -> RankedName {
        var similarity = 0.0
        for form in candidate.forms {
            // A form in the query's own script compares as written; exact text is a full match.
            if form.language == query.script.language && form.text == query.text {
                similarity = 1
                break
            }
            similarity = max(similarity, NameSimilarity.similarity(query.roman, form.roman))
        }
        let mentions = Double(candidate.mentions)
        let evidence = min(1, log2(1 + mentions) / log2(1 + establishedMentions))
        let languages = Set(candidate.forms.map(\.language))
        let score = similarityWeight * similarity
            + keyWeight * candidate.retrieval.strength
            + evidenceWeight * evidence
            + bothScriptsWeight * (languages.count == 2 ? 1 : 0)
        return RankedName(candidate: candidate, score: min(1, max(0, score)), similarity: similarity)
    }
}
