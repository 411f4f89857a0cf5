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
        /// Scratch counts per dense anchor, for the overlap of one bead.
        var scratch: [Double] = []

        init(english: [AnalyzedSentence], hindi: [AnalyzedSentence], parameters: Parameters) {
            self.english = english
            self.hindi = hindi
            self.parameters = parameters
            shapes = parameters.shapeCosts.map { ($0.key, $0.value) }
                .sorted { ($0.shape.english, $0.shape.hindi) < ($1.shape.english, $1.shape.hindi) }
            prepareAnchors()
            let englishLength = english.reduce(0) { $0 + ($1.isBoilerplate ? 0 : $1.length) }
            let hindiLength = hindi.reduce(0) { $0 + ($1.isBoilerplate ? 0 : $1.length) }
            if englishLength > 0 && hindiLength > 0 { ratio = Double(hindiLength) / Double(englishLength) }
        }

        /// Keeps the anchors found on both sides, numbers them densely and weighs each by its
        /// kind and how many sentences hold it.
        mutating func prepareAnchors() {
            var englishFrequency: [Anchor: Int] = [:]
            var hindiFrequency: [Anchor: Int] = [:]
            for sentence in english where !sentence.isBoilerplate {
                for anchor in Set(sentence.anchors) { englishFrequency[anchor, default: 0] += 1 }
            }
            for sentence in hindi where !sentence.isBoilerplate {
                for anchor in Set(sentence.anchors) { hindiFrequency[anchor, default: 0] += 1 }
            }
            var dense: [Anchor: Int32] = [:]
            for (anchor, englishCount) in englishFrequency {
                guard let hindiCount = hindiFrequency[anchor] else { continue }
                dense[anchor] = Int32(weights.count)
                let kindWeight: Double
                switch anchor.kind {
                case .concept: kindWeight = parameters.conceptWeight
                case .number: kindWeight = parameters.numberWeight
                case .name: kindWeight = parameters.nameWeight
                }
                weights.append(kindWeight * 2 / Double(englishCount + hindiCount))
            }
            englishAnchors = english.map { $0.isBoilerplate ? [] : $0.anchors.compactMap { dense[$0] } }
            hindiAnchors = hindi.map { $0.isBoilerplate ? [] : $0.anchors.compactMap { dense[$0] } }
            scratch = Array(repeating: 0, count: weights.count)
        }

        // MARK: Costs

        /// The length cost and its probability for lengths `englishLength` and `hindiLength`.
        func lengthCost(_ englishLength: Int, _ hindiLength: Int) -> (cost: Double, probability: Double) {
            let expected = Double(englishLength) * ratio
            let mean = (Double(englishLength) + Double(hindiLength) / ratio) / 2
            guard mean > 0 else { return (0, 1) }
            let delta = (Double(hindiLength) - expected) / (parameters.lengthVariance * mean * ratio).squareRoot()
            let probability = max(1e-12, erfc(abs(delta) / 2.0.squareRoot()))
            return (min(parameters.maximumLengthCost, -log(probability)), probability)
        }

        /// The weighted Dice overlap of the anchors of English sentences `e` and Hindi `h`, or
        /// nil when neither side holds a shared anchor.
        mutating func overlap(_ e: Range<Int>, _ h: Range<Int>) -> Double? {
            var englishMass = 0.0
            var hindiMass = 0.0
            for i in e { for anchor in englishAnchors[i] { scratch[Int(anchor)] += 1; englishMass += weights[Int(anchor)] } }
            var matched = 0.0
            for j in h {
                for anchor in hindiAnchors[j] {
                    let weight = weights[Int(anchor)]
                    hindiMass += weight
                    if scratch[Int(anchor)] > 0 {
                        scratch[Int(anchor)] -= 1
                        matched += weight
                    }
                }
            }
            for i in e { for anchor in englishAnchors[i] { scratch[Int(anchor)] = 0 } }
            let total = englishMass + hindiMass
            return total > 0 ? 2 * matched / total : nil
        }

        /// A bead's cost (without its shape cost) and score.
        mutating func beadCost(_ e: Range<Int>, _ h: Range<Int>) -> (cost: Double, score: Double) {
            if e.isEmpty || h.isEmpty {
                let index = e.isEmpty ? h.lowerBound : e.lowerBound
                let sentence = e.isEmpty ? hindi[index] : english[index]
                if sentence.isBoilerplate { return (-parameters.shapeCosts[Shape(1, 0)]!, 0.95) }
                let anchors = e.isEmpty ? hindiAnchors[index] : englishAnchors[index]
                return anchors.isEmpty ? (0, 0.6) : (parameters.nullEvidenceCost, 0.3)
            }
            var englishLength = 0
            var hindiLength = 0
            var boilerplate = false
            for i in e {
                englishLength += english[i].length
                boilerplate = boilerplate || english[i].isBoilerplate
            }
            for j in h {
                hindiLength += hindi[j].length
                boilerplate = boilerplate || hindi[j].isBoilerplate
            }
            // A fragment inside a bead joined to what follows is a sentence cut in two; one at the
            // end of a bead is left hanging.
            var fragments = 0.0
            for i in e.dropLast() where english[i].isFragment { fragments -= parameters.fragmentMergeBonus }
            for j in h.dropLast() where hindi[j].isFragment { fragments -= parameters.fragmentMergeBonus }
            if let last = e.last, english[last].isFragment { fragments += parameters.fragmentAloneCost }
            if let last = h.last, hindi[last].isFragment { fragments += parameters.fragmentAloneCost }
            let length = lengthCost(englishLength, hindiLength)
            let similarity = overlap(e, h)
            let lexical = parameters.lexicalWeight * (similarity.map { 1 - $0 } ?? parameters.neutralLexical)
            var cost = length.cost + lexical + fragments
            if boilerplate { cost += 20 }
            let evidence = similarity ?? (1 - parameters.neutralLexical)
            let score = boilerplate ? 0.05 : 0.4 * length.probability + 0.6 * evidence
            return (cost, min(1, max(0, score)))
        }

        // MARK: Search

        /// The cheapest path of beads from (0, 0) to (n, m), within the band.
        mutating func run() -> [Bead] {
            let n = english.count
            let m = hindi.count
            let halfWidth = abs(n - m) + parameters.band
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
            for i in 0...n {
                for j in lower[i]...upper[i] where i + j > 0 {
                    let here = offsets[i] + j - lower[i]
                    for (index, shape) in shapes.enumerated() {
                        let (a, b) = (shape.shape.english, shape.shape.hindi)
                        guard let previous = cell(i - a, j - b), total[previous] < .infinity else { continue }
                        let candidate = total[previous] + shape.cost + beadCost((i - a)..<i, (j - b)..<j).cost
                        if candidate < total[here] {
                            total[here] = candidate
                            choice[here] = Int8(index)
                        }
                    }
                }
            }
            // Walk back from the end.
            var beads: [Bead] = []
            var (i, j) = (n, m)
            while i + j > 0 {
                let shape = shapes[Int(choice[cell(i, j)!])].shape
                let e = (i - shape.english)..<i
                let h = (j - shape.hindi)..<j
                beads.append(Bead(english: e, hindi: h, score: beadCost(e, h).score))
                (i, j) = (e.lowerBound, h.lowerBound)
            }
            return beads.reversed()
        }
    }
}
