#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SentenceAligner {
    /// One alignment search: the documents' shared anchors, then the banded dynamic programme.
    struct Search {
        let english: [AnalyzedSentence]
        let hindi: [AnalyzedSentence]
        let parameters: Parameters
        /// Each sentence's shared anchors as dense indices (sorted, with repeats).
        var englishAnchors: [[Int32]] = []
        var hindiAnchors: [[Int32]] = []
        /// Weight of each dense anchor.
        var weights: [Double] = []
        /// Hindi characters per English character, over the two documents.
        var ratio = 1.0
        /// The shapes searched, with their costs.
        let shapes: [(shape: Shape, cost: Double)]
        /// Each sentence's total shared-anchor weight.
        var englishMass: [Double] = []
        var hindiMass: [Double] = []
        /// Pair matches of sentences near the diagonal: row i holds Hindi sentences
        /// matchLower[i] ..< matchLower[i] + matchWidth.
        var matches: [Double] = []
        var matchLower: [Int] = []
        var matchWidth = 0
        /// Whether the band stopped widening at ``maximumCells`` with the best path on its edge.
        var bandLimited = false
        /// Whether a bead's parts besides fragments joined to what follows are never negative, as
        /// with the default parameters: then the search may skip beads that cannot win.
        let canPrune: Bool
        /// The sentences' lengths and marks, in flat arrays for the innermost loop.
        let englishSide: Side
        let hindiSide: Side
        /// The costs of an unaligned English and an unaligned Hindi sentence's shape, looked up once.
        let englishNullCost: Double
        let hindiNullCost: Double

        init(english: [AnalyzedSentence], hindi: [AnalyzedSentence], parameters: Parameters) {
            self.english = english
            self.hindi = hindi
            self.parameters = parameters
            shapes = parameters.shapeCosts.map { ($0.key, $0.value) }
                .sorted { ($0.shape.english, $0.shape.hindi) < ($1.shape.english, $1.shape.hindi) }
            englishSide = Side(english)
            hindiSide = Side(hindi)
            canPrune = parameters.lexicalWeight >= 0 && (0...1).contains(parameters.neutralLexical)
                && parameters.fragmentAloneCost >= 0 && parameters.fragmentMergeBonus >= 0 && parameters.maximumLengthCost >= 0
                && parameters.continuationFirstCost >= 0
            englishNullCost = parameters.shapeCosts[Shape(1, 0)] ?? 0
            hindiNullCost = parameters.shapeCosts[Shape(0, 1)] ?? 0
            prepareAnchors()
            let englishLength = english.reduce(0) { $0 + ($1.isBoilerplate ? 0 : $1.length) }
            let hindiLength = hindi.reduce(0) { $0 + ($1.isBoilerplate ? 0 : $1.length) }
            if englishLength > 0 && hindiLength > 0 { ratio = Double(hindiLength) / Double(englishLength) }
        }

        /// What the search asks of each sentence of one side, in flat arrays: reading it from the
        /// `AnalyzedSentence`s inside the innermost loop cost more than the arithmetic.
        struct Side {
            /// The total length of sentences 0..<i, at index i.
            let lengthBefore: [Int]
            let isBoilerplate: [Bool]
            let isFragment: [Bool]
            let continuesPrevious: [Bool]
            /// The number of fragments among sentences 0..<i, at index i.
            let fragmentsBefore: [Int]

            init(_ sentences: [AnalyzedSentence]) {
                var lengthBefore = [0]
                lengthBefore.reserveCapacity(sentences.count + 1)
                for sentence in sentences { lengthBefore.append(lengthBefore[lengthBefore.count - 1] + sentence.length) }
                self.lengthBefore = lengthBefore
                isBoilerplate = sentences.map(\.isBoilerplate)
                isFragment = sentences.map(\.isFragment)
                continuesPrevious = sentences.map(\.continuesPrevious)
                var fragmentsBefore = [0]
                for fragment in isFragment { fragmentsBefore.append(fragmentsBefore[fragmentsBefore.count - 1] + (fragment ? 1 : 0)) }
                self.fragmentsBefore = fragmentsBefore
            }

            /// How many sentences of `range` are fragments joined to the next one in it.
            @inline(__always)
            func joinedFragments(_ range: Range<Int>) -> Int {
                range.count < 2 ? 0 : fragmentsBefore[range.upperBound - 1] - fragmentsBefore[range.lowerBound]
            }

            /// The structure cost of the sentences in `range` as one side of a bead (a fragment
            /// joined to what follows is cheaper, one at the end dearer; a side of several
            /// sentences whose first leans on the sentence before the bead dearer), and whether
            /// one of them is boilerplate.
            @inline(__always)
            func marks(_ range: Range<Int>, _ parameters: Parameters) -> (structure: Double, boilerplate: Bool) {
                // A side of several sentences whose first leans on the sentence before the bead
                // has cut it from what it belongs with.
                var structure = range.count > 1 && range.lowerBound > 0 && continuesPrevious[range.lowerBound]
                    ? parameters.continuationFirstCost : 0
                var boilerplate = false
                for index in range {
                    boilerplate = boilerplate || isBoilerplate[index]
                    if isFragment[index] {
                        structure += index == range.upperBound - 1 ? parameters.fragmentAloneCost : -parameters.fragmentMergeBonus
                    }
                }
                return (structure, boilerplate)
            }

            /// The total length of the sentences in `range`.
            @inline(__always)
            func length(_ range: Range<Int>) -> Int { lengthBefore[range.upperBound] - lengthBefore[range.lowerBound] }
        }

        /// Keeps the anchors found on both sides, numbers them densely and weighs each by its
        /// kind and how many sentences hold it.
        mutating func prepareAnchors() {
            let held = { (sentences: [AnalyzedSentence]) in sentences.reduce(0) { $0 + ($1.isBoilerplate ? 0 : $1.anchors.count) } }
            var tally = AnchorTally(capacity: held(english) + held(hindi))
            tally.count(english, hindi: false)
            tally.count(hindi, hindi: true)
            for shared in tally.numberShared() {
                let kindWeight: Double
                switch shared.anchor.kind {
                case .concept: kindWeight = parameters.conceptWeight
                case .number: kindWeight = parameters.numberWeight
                case .name: kindWeight = parameters.nameWeight
                case .quote: kindWeight = parameters.quoteWeight
                }
                weights.append(kindWeight * 2 / Double(shared.englishCount + shared.hindiCount))
            }
            englishAnchors = english.map { $0.isBoilerplate ? [] : tally.dense($0.anchors) }
            hindiAnchors = hindi.map { $0.isBoilerplate ? [] : tally.dense($0.anchors) }
            englishMass = englishAnchors.map { $0.reduce(0) { $0 + weights[Int($1)] } }
            hindiMass = hindiAnchors.map { $0.reduce(0) { $0 + weights[Int($1)] } }
        }

        /// The weighted overlap of one English and one Hindi sentence: Σ weight · min(count, count).
        func pairMatch(_ i: Int, _ j: Int) -> Double {
            let x = englishAnchors[i], y = hindiAnchors[j]
            var (a, b) = (0, 0)
            var matched = 0.0
            while a < x.count && b < y.count {
                if x[a] < y[b] { a += 1 } else if y[b] < x[a] { b += 1 } else {
                    matched += weights[Int(x[a])]
                    a += 1
                    b += 1
                }
            }
            return matched
        }

        // MARK: Costs

        /// The length cost and its probability for lengths `englishLength` and `hindiLength`.
        func lengthCost(_ englishLength: Int, _ hindiLength: Int) -> (cost: Double, probability: Double) {
            let expected = Double(englishLength) * ratio
            let mean = (Double(englishLength) + Double(hindiLength) / ratio) / 2
            guard mean > 0 else { return (0, 1) }
            let delta = abs(Double(hindiLength) - expected) / (parameters.lengthVariance * mean * ratio).squareRoot()
            let (cost, probability) = LengthTail.at(delta)
            return (min(parameters.maximumLengthCost, cost), probability)
        }

        /// The weighted Dice overlap of the anchors of English sentences `e` and Hindi `h`, or
        /// nil when neither side holds a shared anchor. Matches are summed over the bead's
        /// sentence pairs (precomputed per cell of the band), capped by either side's mass: exact
        /// unless one anchor repeats within a side of a merged bead, where it can only over-count
        /// up to the cap.
        func overlap(_ e: Range<Int>, _ h: Range<Int>) -> Double? {
            var englishMass = 0.0
            var hindiMass = 0.0
            for i in e { englishMass += self.englishMass[i] }
            for j in h { hindiMass += self.hindiMass[j] }
            let total = englishMass + hindiMass
            guard total > 0 else { return nil }
            var matched = 0.0
            for i in e { for j in h { matched += match(i, j) } }
            return 2 * min(matched, englishMass, hindiMass) / total
        }

        /// The pair match of sentences i and j, from the table when the pair lies in it.
        @inline(__always)
        func match(_ i: Int, _ j: Int) -> Double {
            let row = i < matchLower.count ? matchLower[i] : Int.max
            if j >= row && j - row < matchWidth { return matches[i * matchWidth + j - row] }
            return pairMatch(i, j)
        }

        /// Fills the table of pair matches around the band's centre line.
        mutating func prepareMatches(halfWidth: Int) {
            let n = english.count, m = hindi.count
            matchWidth = min(2 * halfWidth + 1, m + 1)
            matchLower = (0..<n).map { i in max(0, (n == 0 ? 0 : (i * m) / n) - halfWidth) }
            matches = [Double](repeating: 0, count: n * matchWidth)
            for i in 0..<n where englishMass[i] > 0 {
                for j in matchLower[i]..<min(m, matchLower[i] + matchWidth) where hindiMass[j] > 0 {
                    matches[i * matchWidth + j - matchLower[i]] = pairMatch(i, j)
                }
            }
        }

        /// A bead's cost (without its shape cost) and score.
        func beadCost(_ e: Range<Int>, _ h: Range<Int>) -> (cost: Double, score: Double) {
            if e.isEmpty || h.isEmpty { return nullCost(e, h) }
            let parts = alignedParts(e, h)
            let similarity = overlap(e, h)
            let evidence = similarity ?? (1 - parameters.neutralLexical)
            let score = parts.boilerplate ? 0.05 : 0.4 * parts.length.probability + 0.6 * evidence
            return (parts.total(lexical: lexicalCost(similarity)), min(1, max(0, score)))
        }

        /// A bead's cost as the search needs it: exact, or infinity when it cannot be below
        /// `limit`. The lexical part, the dearest to compute, is never negative (with
        /// `canPrune`), so a bead whose other parts already reach `limit` is not looked into,
        /// and only fragments joined to what follows make the other parts negative: most beads
        /// the search considers cannot win even at their lowest possible cost.
        func searchCost(_ e: Range<Int>, _ h: Range<Int>, limit: Double) -> Double {
            if e.isEmpty || h.isEmpty { return nullCost(e, h).cost }
            if canPrune {
                let joined = englishSide.joinedFragments(e) + hindiSide.joinedFragments(h)
                guard limit > -parameters.fragmentMergeBonus * Double(joined) else { return .infinity }
            }
            let parts = alignedParts(e, h)
            if canPrune {
                guard parts.total(lexical: 0) < limit else { return .infinity }
            }
            return parts.total(lexical: lexicalCost(overlap(e, h)))
        }

        /// The cost and score of leaving one sentence unaligned (`e` or `h` is empty).
        func nullCost(_ e: Range<Int>, _ h: Range<Int>) -> (cost: Double, score: Double) {
            let index = e.isEmpty ? h.lowerBound : e.lowerBound
            let sentence = e.isEmpty ? hindi[index] : english[index]
            // Boilerplate left unaligned costs nothing, on either side.
            if sentence.isBoilerplate { return (-(e.isEmpty ? hindiNullCost : englishNullCost), 0.95) }
            let anchors = e.isEmpty ? hindiAnchors[index] : englishAnchors[index]
            return anchors.isEmpty ? (0, 0.6) : (parameters.nullEvidenceCost, 0.3)
        }

        /// The parts of a bead's cost besides the lexical one, for a bead with sentences on both
        /// sides.
        struct AlignedParts {
            var length: (cost: Double, probability: Double)
            /// Fragments joined to what follows (negative) or left hanging at the bead's end, and a
            /// first sentence leaning on what precedes the bead.
            var structure: Double
            var boilerplate: Bool

            /// The bead's cost with `lexical`, summed in one order so that the search and the
            /// scores agree to the last bit.
            func total(lexical: Double) -> Double {
                let cost = length.cost + lexical + structure
                return boilerplate ? cost + 20 : cost
            }
        }

        func alignedParts(_ e: Range<Int>, _ h: Range<Int>) -> AlignedParts {
            let englishMarks = englishSide.marks(e, parameters), hindiMarks = hindiSide.marks(h, parameters)
            return AlignedParts(length: lengthCost(englishSide.length(e), hindiSide.length(h)),
                                structure: englishMarks.structure + hindiMarks.structure,
                                boilerplate: englishMarks.boilerplate || hindiMarks.boilerplate)
        }

        /// The lexical cost of a bead whose anchors overlap by `similarity` (nil: no shared anchors).
        func lexicalCost(_ similarity: Double?) -> Double {
            parameters.lexicalWeight * (similarity.map { 1 - $0 } ?? parameters.neutralLexical)
        }

        // MARK: Search

        /// The cheapest path of beads from (0, 0) to (n, m). The band starts narrow and doubles
        /// while the best path within it runs along its edge, where a path outside might be
        /// cheaper: translations stay near the diagonal, and a narrow band is most of the speed.
        /// It stops doubling at ``maximumCells`` (documents that are not counterparts run along
        /// any band's edge), and says so in `bandLimited`.
        mutating func run() -> [Bead] {
            let n = english.count
            let m = hindi.count
            var extra = max(0, parameters.band)
            while true {
                let halfWidth = abs(n - m) + extra
                let (beads, touchesEdge) = search(halfWidth: halfWidth)
                // A band as wide as the longer side holds every cell.
                if !touchesEdge || halfWidth >= max(n, m) { return beads }
                extra = max(1, extra) * 2
                if (n + 1) * (2 * (abs(n - m) + extra) + 1) > Self.maximumCells {
                    bandLimited = true
                    return beads
                }
            }
        }

        /// The most cells the band may hold when it widens: about 80 MB of tables.
        static let maximumCells = 4_000_000

        /// The cheapest path within `halfWidth` of the diagonal, and whether it touches the band's
        /// edge anywhere but at the document's own ends.
        mutating func search(halfWidth: Int) -> (beads: [Bead], touchesEdge: Bool) {
            let n = english.count
            let m = hindi.count
            // Beads reach three sentences back, and the band's centre moves by m/n per row.
            prepareMatches(halfWidth: halfWidth + 4 + (n == 0 ? 0 : m / max(1, n)))
            // Row i covers Hindi positions lower[i]...upper[i].
            var lower = [Int](repeating: 0, count: n + 1)
            var upper = [Int](repeating: 0, count: n + 1)
            for i in 0...n {
                let center = n == 0 ? 0 : (i * m) / n
                lower[i] = max(0, center - halfWidth)
                upper[i] = min(m, center + halfWidth)
            }
            if n == 0 { upper[0] = m }
            var offsets = [Int](repeating: 0, count: n + 2)
            for i in 0...n { offsets[i + 1] = offsets[i] + (upper[i] - lower[i] + 1) }
            var total = [Double](repeating: .infinity, count: offsets[n + 1])
            var choice = [Int8](repeating: -1, count: offsets[n + 1])
            func cell(_ i: Int, _ j: Int) -> Int? {
                guard i >= 0, i <= n, j >= lower[i], j <= upper[i] else { return nil }
                return offsets[i] + j - lower[i]
            }
            total[cell(0, 0)!] = 0
            let shapeEnglish = shapes.map(\.shape.english), shapeHindi = shapes.map(\.shape.hindi)
            let shapeCost = shapes.map(\.cost)
            for i in 0...n {
                for j in lower[i]...upper[i] where i + j > 0 {
                    var best = Double.infinity
                    var bestShape: Int8 = -1
                    for index in shapeCost.indices {
                        let (start, hindiStart) = (i - shapeEnglish[index], j - shapeHindi[index])
                        guard start >= 0, hindiStart >= lower[start], hindiStart <= upper[start] else { continue }
                        let before = total[offsets[start] + hindiStart - lower[start]]
                        guard before < .infinity else { continue }
                        let base = before + shapeCost[index]
                        let candidate = base + searchCost(start..<i, hindiStart..<j, limit: best - base)
                        if candidate < best {
                            best = candidate
                            bestShape = Int8(index)
                        }
                    }
                    let here = offsets[i] + j - lower[i]
                    total[here] = best
                    choice[here] = bestShape
                }
            }
            // Walk back from the end.
            var beads: [Bead] = []
            var touchesEdge = false
            var (i, j) = (n, m)
            while i + j > 0 {
                // Beads reach three sentences back, so a path held back by the edge may run up
                // to two cells inside it.
                touchesEdge = touchesEdge || (j - lower[i] < 3 && lower[i] > 0) || (upper[i] - j < 3 && upper[i] < m)
                let shape = shapes[Int(choice[cell(i, j)!])].shape
                let e = (i - shape.english)..<i
                let h = (j - shape.hindi)..<j
                beads.append(Bead(english: e, hindi: h, score: beadCost(e, h).score))
                (i, j) = (e.lowerBound, h.lowerBound)
            }
            return (beads.reversed(), touchesEdge)
        }
    }
}

/// The two-sided normal tail, P(|Z| ≥ δ) = erfc(δ/√2), and its negative log, tabulated every
/// 0.01 up to δ = 8 and interpolated: the length cost is asked for every bead the search
/// considers, and erfc and log were a tenth of the aligner's time.
enum LengthTail {
    private static let step = 0.01
    private static let table: [(cost: Double, probability: Double)] = (0...800).map { index in
        let probability = max(1e-15, erfc(Double(index) * step / 2.0.squareRoot()))
        return (-log(probability), probability)
    }

    /// -log P(|Z| ≥ delta) and P(|Z| ≥ delta), for delta ≥ 0.
    @inline(__always)
    static func at(_ delta: Double) -> (cost: Double, probability: Double) {
        let position = delta / step
        guard position < Double(table.count - 1) else { return table[table.count - 1] }
        let index = Int(position)
        let fraction = position - Double(index)
        let (a, b) = (table[index], table[index + 1])
        return (a.cost + (b.cost - a.cost) * fraction, a.probability + (b.probability - a.probability) * fraction)
    }
}
