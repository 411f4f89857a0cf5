#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Aligns the sentences of an English article with those of its Hindi counterpart.
///
/// Monotonic dynamic programming over beads 1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-0 and 0-1. A bead's
/// cost is the sum of
/// - a **prior** for its shape (Hindi rewrites split sentences more often than they merge them);
/// - a **length** cost, Gale and Church's: how unlikely the Hindi length is given the English one,
///   with the Hindi/English length ratio estimated from the two documents themselves;
/// - a **lexical** cost, one minus the weighted Dice overlap of the anchors inside the bead
///   (glossary concepts, numbers, name keys, and where quotations open and close). Only anchors
///   found on both sides of the document count, and each is weighted down by how many sentences
///   hold it, so that a name that occurs once in each article is strong evidence and one in every
///   sentence is none.
/// - a **structure** cost: fragments (a line cut short) are cheaper merged with what follows,
///   and a side of several sentences whose first leans on the sentence before it (इसी के साथ …,
///   … ने यह जानकारी दी, However …) costs more, since a sentence a rewrite adds goes with what it
///   refers to.
/// An unaligned sentence costs a prior, more when it holds anchors the other side shares. Boilerplate
/// lines (`Also read: …`) are nearly free to leave unaligned and expensive to glue to a neighbour.
///
/// The search is banded around the diagonal, wide enough for the two documents' difference in
/// sentence count and widened while the best path runs along its edge (up to a bound), so time
/// and memory grow linearly with document length.
///
/// A bead's **score** in [0, 1] combines how well its lengths and anchors agree; for an
/// unaligned sentence it says how sure the aligner is that nothing matches it.
public struct SentenceAligner: Sendable {
    /// The aligner's tunable constants. Defaults were set on the development set of
    /// `Benchmarks/align-dev/` (see `make eval-align`).
    public struct Parameters: Sendable {
        /// Cost of each bead shape (negative log prior).
        public var shapeCosts: [Shape: Double] = [
            Shape(1, 1): 0, Shape(1, 2): 1.6, Shape(2, 1): 2.6, Shape(2, 2): 5.6,
            Shape(1, 3): 3.6, Shape(3, 1): 4.0, Shape(1, 0): 1.7, Shape(0, 1): 2.6,
        ]
        /// Weight of the lexical cost. 5.5 on the 23 development pairs (4.2 to 7.5 tried); it
        /// was 4.2 on the first 15, and raising it helped the 8 later pairs and the held-out set
        /// as well.
        public var lexicalWeight = 5.5
        /// Lexical cost, as a share of `lexicalWeight`, of a bead with no shared anchors at all.
        public var neutralLexical = 0.55
        /// Extra cost of leaving a sentence unaligned when it holds anchors the other side shares.
        public var nullEvidenceCost = 0.3
        /// Gale and Church's variance per character of the length difference.
        public var lengthVariance = 10.9
        /// Cap on the length cost of one bead.
        public var maximumLengthCost = 12.0
        /// Weight of each anchor kind.
        public var conceptWeight = 0.6
        public var numberWeight = 2.0
        public var nameWeight = 1.5
        public var quoteWeight = 2.4
        /// How much cheaper a merge is for each sentence in it that is a fragment (ends without
        /// a sentence-final mark) followed by the rest of its sentence.
        public var fragmentMergeBonus = 2.0
        /// Extra cost of a fragment that is not merged with what follows.
        public var fragmentAloneCost = 1.0
        /// Extra cost of a bead side of several sentences whose first leans on the sentence before
        /// it (``AnalyzedSentence/continuesPrevious``). 0.9 with the lexical weight at 5.5 (1.5
        /// with it at 4.2).
        public var continuationFirstCost = 0.9
        /// Half-width of the search band beyond the two sides' difference in length, to start
        /// with: it doubles while the best path runs along its edge. 6 and 15 gave the same
        /// alignments on every `make eval-align` document; 6 searches less than half the cells.
        public var band = 6

        /// The defaults.
        public init() {}
    }

    /// A bead shape: how many English and Hindi sentences.
    public struct Shape: Hashable, Sendable {
        public var english: Int
        public var hindi: Int
        public init(_ english: Int, _ hindi: Int) {
            self.english = english
            self.hindi = hindi
        }
    }

    /// The constants in use.
    public var parameters: Parameters

    /// Creates an aligner.
    /// - Parameter parameters: tunable constants; the defaults suit English–Hindi news.
    public init(parameters: Parameters = Parameters()) {
        self.parameters = parameters
    }

    /// Aligns two documents' sentences.
    /// - Parameters:
    ///   - english: the English sentences, analysed.
    ///   - hindi: the Hindi sentences, analysed.
    /// - Returns: beads covering every sentence of both sides once, in order, and warnings about
    ///   input that may align poorly (an empty side, very different lengths, both sides in one script).
    public func align(english: [AnalyzedSentence], hindi: [AnalyzedSentence]) -> SentenceAlignment {
        var warnings = Self.warnings(english: english, hindi: hindi)
        var search = Search(english: QuoteSpeakers.shared(english), hindi: QuoteSpeakers.shared(hindi), parameters: parameters)
        let beads = search.run()
        if search.bandLimited {
            warnings.append(.init(.farFromDiagonal, "the best alignment runs far from the diagonal, beyond what the search covers: are these counterparts?"))
        }
        return SentenceAlignment(beads: beads, warnings: warnings)
    }

    static func warnings(english: [AnalyzedSentence], hindi: [AnalyzedSentence]) -> [AlignmentWarning] {
        var warnings: [AlignmentWarning] = []
        if english.isEmpty || hindi.isEmpty {
            let side = english.isEmpty ? "English" : "Hindi"
            if !(english.isEmpty && hindi.isEmpty) {
                warnings.append(.init(.emptySide, "the \(side) side has no sentences: every sentence of the other side is left unaligned"))
            } else {
                warnings.append(.init(.emptySide, "both sides are empty: nothing to align"))
            }
        } else {
            let (small, large) = (min(english.count, hindi.count), max(english.count, hindi.count))
            if large >= 4 * small && large - small >= 5 {
                warnings.append(.init(.lopsided, "the sides differ greatly in length (\(english.count) English against \(hindi.count) Hindi sentences): are these counterparts?"))
            }
            let englishInDevanagari = english.filter(\.isDevanagari).count * 2 > english.count
            let hindiInLatin = hindi.filter { !$0.isDevanagari }.count * 2 > hindi.count
            if englishInDevanagari || hindiInLatin {
                let script = englishInDevanagari ? "Devanagari" : "Latin"
                warnings.append(.init(.sameScript, "both sides are mostly in \(script) script: is one file in the wrong language, or are the files swapped?"))
            }
        }
        for (side, sentences) in [("English", english), ("Hindi", hindi)] {
            if let long = sentences.firstIndex(where: { $0.length > 10_000 }) {
                warnings.append(.init(.longSentence, "\(side) sentence \(long) is \(sentences[long].length) characters long: is the text segmented?"))
            }
            struct Shape: Hashable { var length: Int; var anchors: [Anchor] }
            // Distinct lengths are distinct shapes: hash whole shapes only when lengths repeat.
            if sentences.count >= 10, Set(sentences.map(\.length)).count * 2 < sentences.count,
               Set(sentences.map { Shape(length: $0.length, anchors: $0.anchors) }).count * 2 < sentences.count {
                warnings.append(.init(.repeatedLines, "most \(side) sentences repeat one another: the alignment of repeated lines is arbitrary"))
            }
        }
        return warnings
    }
}
