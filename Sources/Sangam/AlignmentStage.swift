import Foundation
public import SangamAlign
public import SangamStore

/// Totals of an alignment run.
public struct AlignmentSummary: Sendable, Equatable {
    /// Pairs aligned in this run.
    public var pairs = 0
    /// Beads stored, and how many of them link both languages.
    public var segments = 0
    public var alignedSegments = 0
    /// Pairs whose input drew a warning.
    public var warnings: [String] = []

    /// Nothing aligned yet.
    public init() {}
}

/// The alignment stage: aligns the sentences of every pair that has no alignment yet
/// (``SentenceAligner``) and stores the beads as segments, one transaction per pair. A rerun
/// aligns only pairs made or changed since; `all` realigns everything.
public struct AlignmentStage {
    private let store: CorpusStore
    private let extractor: AnchorExtractor
    private let aligner: SentenceAligner

    /// Pairs aligned in parallel before their results are written.
    private let batchSize = 64

    /// Creates the stage.
    public init(store: CorpusStore, extractor: AnchorExtractor, aligner: SentenceAligner = SentenceAligner()) {
        self.store = store
        self.extractor = extractor
        self.aligner = aligner
    }

    /// Aligns the pairs that need it.
    /// - Parameters:
    ///   - all: realign every pair, not only new ones.
    ///   - progress: called after each batch with pairs done and pairs in all.
    /// - Returns: the totals.
    /// - Throws: `StoreError` when the store cannot be read or written; pairs stored before stay.
    public func run(all: Bool = false, progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }) throws -> AlignmentSummary {
        let pairs = try store.pairsToAlign(all: all)
        var summary = AlignmentSummary()
        let time = ISO8601DateFormatter().string(from: Date())
        var start = 0
        while start < pairs.count {
            let batch = Array(pairs[start..<min(start + batchSize, pairs.count)])
            let extractor = self.extractor, aligner = self.aligner
            let results = batch.concurrentMap { pair in
                aligner.align(english: pair.english.map(extractor.analyze), hindi: pair.hindi.map(extractor.analyze))
            }
            for (pair, alignment) in zip(batch, results) {
                let segments = alignment.beads.map { bead in
                    NewAlignedSegment(englishPositions: Array(bead.english), hindiPositions: Array(bead.hindi),
                                      englishText: bead.english.map { pair.english[$0] }.joined(separator: " "),
                                      hindiText: bead.hindi.map { pair.hindi[$0] }.joined(separator: " "),
                                      score: bead.score, beadType: bead.type)
                }
                try store.saveAlignment(pairID: pair.pairID, segments: segments, at: time)
                summary.pairs += 1
                summary.segments += segments.count
                summary.alignedSegments += alignment.beads.filter { !$0.isNull }.count
                summary.warnings += alignment.warnings.map { "pair \(pair.pairID): \($0)" }
            }
            start += batch.count
            progress(start, pairs.count)
        }
        return summary
    }
}
