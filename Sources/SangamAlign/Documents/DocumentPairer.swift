#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds which Hindi article tells the same story as which English one.
///
/// 1. **Anchors as a bag.** Each article is the bag of its anchors (glossary concepts, numbers,
///    name keys), title anchors counted again. Only anchors that occur in both languages
///    somewhere in the collection count, each weighted by `(1 + log tf) · idf · kind weight`,
///    idf over all articles: a date every story mentions weighs little, a rare name much.
/// 2. **Candidates from an inverted index.** English articles are indexed by anchor; each Hindi
///    article scores only the English articles it shares an anchor with, within the time window
///    (articles without a date are compared with all). Nothing compares full texts pairwise.
/// 3. **Score.** Cosine similarity of the two weighted bags, times a length agreement factor
///    (the Hindi/English length ratio against the collection's median ratio) and a mild time
///    factor, in [0, 1].
/// 4. **One-to-one.** Candidate pairs are taken best first; a pair is kept when neither article
///    is taken yet and its score clears the threshold, so an article may stay unpaired.
public struct DocumentPairer: Sendable {
    /// The pairer's tunable constants.
    public struct Parameters: Sendable {
        /// Articles further apart than this (hours) are not compared; nil compares all.
        public var windowHours: Double? = 48
        /// Pairs scoring below this are not made.
        public var minimumScore = 0.35
        /// Weight of each anchor kind.
        public var conceptWeight = 1.0
        public var numberWeight = 1.5
        public var nameWeight = 1.5
        /// How much a title's anchors count on top of the body's.
        public var titleWeight = 1.0
        /// Spread (in natural log) of the length ratio that still counts as agreeing.
        public var lengthSpread = 0.6
        /// Share of the score lost at the edge of the time window.
        public var timePenalty = 0.15
        /// Candidates kept per Hindi article, best first: enough for the one-to-one assignment,
        /// and memory stays proportional to the collection rather than to its square.
        public var candidatesPerArticle = 16
        /// Anchors held by more than this share of articles are skipped (they cost time and
        /// weigh almost nothing).
        public var maximumDocumentShare = 0.2

        /// The defaults.
        public init() {}
    }

    /// The constants in use.
    public var parameters: Parameters

    /// Creates a pairer.
    public init(parameters: Parameters = Parameters()) {
        self.parameters = parameters
    }

    /// Pairs English with Hindi documents one to one.
    /// - Parameters:
    ///   - english: the English articles.
    ///   - hindi: the Hindi articles.
    /// - Returns: the pairs, best first.
    public func pair(english: [PairingDocument], hindi: [PairingDocument]) -> [DocumentPair] {
        let scoring = Scoring(english: english, hindi: hindi, pairer: self)
        let candidates = scoring.candidates()
        // The two best candidates of every article, for the runner-up margin in the evidence.
        var englishBest: [Int: [Candidate]] = [:]
        var hindiBest: [Int: [Candidate]] = [:]
        for candidate in candidates {
            if englishBest[candidate.english, default: []].count < 2 { englishBest[candidate.english, default: []].append(candidate) }
            if hindiBest[candidate.hindi, default: []].count < 2 { hindiBest[candidate.hindi, default: []].append(candidate) }
        }
        var englishTaken = Set<Int>()
        var hindiTaken = Set<Int>()
        var pairs: [DocumentPair] = []
        for candidate in candidates where candidate.score >= parameters.minimumScore {
            guard !englishTaken.contains(candidate.english), !hindiTaken.contains(candidate.hindi) else { continue }
            englishTaken.insert(candidate.english)
            hindiTaken.insert(candidate.hindi)
            let rivals = (englishBest[candidate.english] ?? []) + (hindiBest[candidate.hindi] ?? [])
            let runnerUp = rivals.filter { $0.english != candidate.english || $0.hindi != candidate.hindi }.map(\.score).max()
            pairs.append(DocumentPair(english: english[candidate.english].id, hindi: hindi[candidate.hindi].id,
                                      score: candidate.score, evidence: scoring.evidence(candidate, runnerUp: runnerUp)))
        }
        return pairs
    }

    struct Candidate {
        var english: Int
        var hindi: Int
        var score: Double
        var similarity: Double
        var ratio: Double
        var hours: Double?
    }

}

extension DocumentPairer {
    /// A document's anchors as a weighted vector.
    struct Vector {
        var weights: [Anchor: Double]
        var norm: Double
        var title: Set<Anchor>
    }

    /// The weighted anchor vectors of one collection, and the candidates they give.
    struct Scoring {
        let english: [PairingDocument]
        let hindi: [PairingDocument]
        let parameters: Parameters
        var englishVectors: [Vector] = []
        var hindiVectors: [Vector] = []
        var typicalRatio = 1.0

        init(english: [PairingDocument], hindi: [PairingDocument], pairer: DocumentPairer) {
            self.english = english
            self.hindi = hindi
            parameters = pairer.parameters
            guard !english.isEmpty, !hindi.isEmpty else { return }
            // Document frequency per language; only anchors of both languages count.
            var englishFrequency: [Anchor: Int] = [:]
            var hindiFrequency: [Anchor: Int] = [:]
            for document in english { for anchor in Set(document.anchors + document.titleAnchors) { englishFrequency[anchor, default: 0] += 1 } }
            for document in hindi { for anchor in Set(document.anchors + document.titleAnchors) { hindiFrequency[anchor, default: 0] += 1 } }
            let total = Double(english.count + hindi.count)
            let cap = max(2, Int(parameters.maximumDocumentShare * total))
            var idf: [Anchor: Double] = [:]
            for (anchor, englishCount) in englishFrequency {
                guard let hindiCount = hindiFrequency[anchor], englishCount + hindiCount <= cap else { continue }
                // Smoothed, so that an anchor of every article still weighs a little (and two articles can pair).
                idf[anchor] = log(1 + total / Double(englishCount + hindiCount)) * Self.kindWeight(anchor.kind, parameters)
            }
            englishVectors = english.map { Self.vector($0, idf: idf, titleWeight: parameters.titleWeight) }
            hindiVectors = hindi.map { Self.vector($0, idf: idf, titleWeight: parameters.titleWeight) }
            typicalRatio = Self.medianLengthRatio(english, hindi)
        }

        /// Every English–Hindi candidate sharing at least one anchor within the window, best first.
        func candidates() -> [Candidate] {
            guard !englishVectors.isEmpty, !hindiVectors.isEmpty else { return [] }
            var postings: [Anchor: [(document: Int, weight: Double)]] = [:]
            for (index, vector) in englishVectors.enumerated() {
                for (anchor, weight) in vector.weights { postings[anchor, default: []].append((index, weight)) }
            }
            var candidates: [Candidate] = []
            var local: [Candidate] = []
            var dot = [Double](repeating: 0, count: english.count)
            var touched: [Int] = []
            for (hindiIndex, hindiVector) in hindiVectors.enumerated() where hindiVector.norm > 0 {
                for (anchor, weight) in hindiVector.weights {
                    for posting in postings[anchor] ?? [] {
                        if dot[posting.document] == 0 { touched.append(posting.document) }
                        dot[posting.document] += weight * posting.weight
                    }
                }
                for englishIndex in touched {
                    defer { dot[englishIndex] = 0 }
                    let hours = Self.hoursApart(english[englishIndex], hindi[hindiIndex])
                    if let window = parameters.windowHours, let hours, hours > window { continue }
                    let similarity = min(1, dot[englishIndex] / (englishVectors[englishIndex].norm * hindiVector.norm))
                    let ratio = english[englishIndex].length > 0
                        ? Double(hindi[hindiIndex].length) / Double(english[englishIndex].length) / typicalRatio : 1
                    let lengthFactor = exp(-pow(log(max(ratio, 1e-6)), 2) / (2 * pow(parameters.lengthSpread, 2)))
                    let timeFactor = 1 - parameters.timePenalty * min(1, (hours ?? 0) / (parameters.windowHours ?? 48))
                    let score = similarity * (0.5 + 0.5 * lengthFactor) * timeFactor
                    local.append(Candidate(english: englishIndex, hindi: hindiIndex, score: score,
                                           similarity: similarity, ratio: ratio, hours: hours))
                }
                touched.removeAll(keepingCapacity: true)
                if local.count > parameters.candidatesPerArticle {
                    local.sort { ($0.score, $1.english) > ($1.score, $0.english) }
                    local.removeLast(local.count - parameters.candidatesPerArticle)
                }
                candidates += local
                local.removeAll(keepingCapacity: true)
            }
            return candidates.sorted { ($0.score, $1.english, $1.hindi) > ($1.score, $0.english, $0.hindi) }
        }

        /// What a candidate's two articles share.
        func evidence(_ candidate: Candidate, runnerUp: Double?) -> PairEvidence {
            let e = englishVectors[candidate.english]
            let h = hindiVectors[candidate.hindi]
            var shared: [(anchor: Anchor, weight: Double)] = []
            var counts: [Anchor.Kind: Int] = [:]
            for (anchor, weight) in e.weights {
                guard let other = h.weights[anchor] else { continue }
                shared.append((anchor, weight * other))
                counts[anchor.kind, default: 0] += 1
            }
            shared.sort { ($0.weight, $0.anchor) > ($1.weight, $1.anchor) }
            return PairEvidence(similarity: candidate.similarity, sharedConcepts: counts[.concept] ?? 0,
                                sharedNumbers: counts[.number] ?? 0, sharedNames: counts[.name] ?? 0,
                                sharedTitleAnchors: e.title.intersection(h.title).count, lengthRatio: candidate.ratio,
                                hoursApart: candidate.hours, strongest: shared.prefix(8).map(\.anchor), runnerUpScore: runnerUp)
        }

        private static func kindWeight(_ kind: Anchor.Kind, _ parameters: Parameters) -> Double {
            switch kind {
            case .concept: parameters.conceptWeight
            case .number: parameters.numberWeight
            case .name: parameters.nameWeight
            // Left out of pairing documents (see `PairingDocument`); no weight if given one.
            case .quote: 0
            }
        }

        private static func vector(_ document: PairingDocument, idf: [Anchor: Double], titleWeight: Double) -> Vector {
            var counts: [Anchor: Double] = [:]
            for anchor in document.anchors where idf[anchor] != nil { counts[anchor, default: 0] += 1 }
            for anchor in document.titleAnchors where idf[anchor] != nil { counts[anchor, default: 0] += titleWeight }
            var weights: [Anchor: Double] = [:]
            var squares = 0.0
            for (anchor, count) in counts {
                let weight = (1 + log(count)) * idf[anchor]!
                weights[anchor] = weight
                squares += weight * weight
            }
            return Vector(weights: weights, norm: squares.squareRoot(), title: Set(document.titleAnchors))
        }

        private static func hoursApart(_ a: PairingDocument, _ b: PairingDocument) -> Double? {
            guard let x = a.epoch, let y = b.epoch else { return nil }
            return Double(abs(x - y)) / 3600
        }

        /// The median Hindi length over the median English length: the collection's usual
        /// ratio, known without knowing the pairs.
        private static func medianLengthRatio(_ english: [PairingDocument], _ hindi: [PairingDocument]) -> Double {
            let englishLengths = english.map(\.length).filter { $0 > 0 }.sorted()
            let hindiLengths = hindi.map(\.length).filter { $0 > 0 }.sorted()
            guard !englishLengths.isEmpty, !hindiLengths.isEmpty else { return 1 }
            return Double(hindiLengths[hindiLengths.count / 2]) / Double(englishLengths[englishLengths.count / 2])
        }
    }
}
