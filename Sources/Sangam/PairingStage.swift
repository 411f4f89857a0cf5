import Foundation
public import SangamAlign
public import SangamStore
import SangamText

/// Totals of a pairing run.
public struct PairingSummary: Sendable, Equatable {
    public var englishArticles: Int
    public var hindiArticles: Int
    public var pairs: Int
    public var changes: PairChanges
}

/// The pairing stage: reads every article from the store, pairs English with Hindi articles
/// (``DocumentPairer``) and makes the stored pairs exactly the result. Pairs that did not change
/// keep their alignments, so a rerun on an unchanged store changes nothing.
public struct PairingStage {
    private let store: CorpusStore
    private let extractor: AnchorExtractor

    /// Creates the stage.
    /// - Parameters:
    ///   - store: where articles are read and pairs written.
    ///   - extractor: reads anchors from sentences and titles.
    public init(store: CorpusStore, extractor: AnchorExtractor) {
        self.store = store
        self.extractor = extractor
    }

    /// Pairs the store's articles.
    /// - Parameters:
    ///   - parameters: the pairer's window, threshold and weights.
    ///   - progress: called with a message at each step.
    /// - Returns: the totals.
    /// - Throws: `StoreError` when the store cannot be read or written.
    public func run(parameters: DocumentPairer.Parameters = .init(), progress: (String) -> Void = { _ in }) throws -> PairingSummary {
        let english = try store.articlesForAlignment(language: "en")
        let hindi = try store.articlesForAlignment(language: "hi")
        progress("read \(english.count) English and \(hindi.count) Hindi articles")
        let englishDocuments = documents(english)
        let hindiDocuments = documents(hindi)
        progress("analysed their anchors")
        let pairs = DocumentPairer(parameters: parameters).pair(english: englishDocuments, hindi: hindiDocuments)
        let englishByID = Dictionary(uniqueKeysWithValues: english.map { ($0.id, $0) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let rows = try pairs.map { pair in
            let article = englishByID[pair.english]!
            let text = ([article.title ?? ""] + article.sentences).joined(separator: " ")
            let stored = StoredEvidence(evidence: pair.evidence,
                                        labels: pair.evidence.strongest.map { extractor.label(for: $0, in: text) })
            return NewDocumentPair(englishArticleID: pair.english, hindiArticleID: pair.hindi, score: pair.score,
                                   evidenceJSON: String(decoding: try encoder.encode(stored), as: UTF8.self))
        }
        let changes = try store.replacePairs(with: rows, at: ISO8601DateFormatter().string(from: Date()))
        return PairingSummary(englishArticles: english.count, hindiArticles: hindi.count, pairs: pairs.count, changes: changes)
    }

    /// The articles as the pairer sees them, analysed on all cores.
    private func documents(_ articles: [ArticleForAlignment]) -> [PairingDocument] {
        let extractor = self.extractor
        return articles.concurrentMap { article in
            PairingDocument(id: article.id, epoch: article.publishedEpoch, sentences: article.sentences.map(extractor.analyze),
                            title: article.title.map(extractor.analyze))
        }
    }
}

/// The evidence as stored in `document_pair.evidence`: the pairer's evidence with a readable
/// label for each of the strongest anchors.
public struct StoredEvidence: Codable, Sendable, Equatable {
    public var evidence: PairEvidence
    public var labels: [String]

    /// Creates stored evidence.
    public init(evidence: PairEvidence, labels: [String]) {
        self.evidence = evidence
        self.labels = labels
    }
}
