#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Learns `SpellingCosts` from pairs of English and Hindi spellings of name words.
///
/// (Romanisation was given the same treatment — its rules' doubtful points as choices, learned
/// from the pairs — and it did not help on held-out names: 55.6 % word-exact with and without.
/// The rules and the exceptions file stay its whole story.)
///
/// Viterbi training over the speller's own search space: for each pair, the cheapest path that
/// writes exactly the Hindi spelling is found (a search constrained to the target), and the
/// decisions on it are counted; costs are re-estimated from the counts (see `SpellingCosts`)
/// and the pairs aligned again with the new costs, a few rounds. Pairs the search cannot
/// produce at all (an irregular spelling, a translation) are left out and reported.
public enum SpellingTrainer {
    /// What training saw.
    public struct Report: Sendable {
        /// Pairs given.
        public var pairs = 0
        /// Pairs whose Hindi spelling the search could produce, in the last round.
        public var aligned = 0
        /// Up to 200 pairs it could not, for inspection.
        public var unalignedExamples: [NamePair] = []
    }

    /// Learns costs.
    /// - Parameters:
    ///   - pairs: English and Hindi spellings of single name words.
    ///   - rounds: alignment and re-estimation rounds.
    ///   - priorWeight: how many observations the hand-set costs count as, per group.
    /// - Returns: the costs and a report.
    public static func train(_ pairs: [NamePair], rounds: Int = 3, priorWeight: Double = 2) -> (SpellingCosts, Report) {
        var costs = SpellingCosts()
        var report = Report()
        report.pairs = pairs.count
        let prepared = pairs.map { pair in
            (pair, Array(pair.latin.lowercased().utf8.filter { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }),
             Array(pair.hindi.decomposedNukta.unicodeScalars))
        }
        for _ in 0..<max(1, rounds) {
            var counts = Counts()
            report.aligned = 0
            report.unalignedExamples = []
            for (pair, letters, target) in prepared where !letters.isEmpty {
                guard let path = DevanagariSpeller.paths(letters, costs: costs, target: target).first,
                      let decisions = path.decisions else {
                    if report.unalignedExamples.count < 200 { report.unalignedExamples.append(pair) }
                    continue
                }
                report.aligned += 1
                for decision in decisions { counts.add(decision) }
            }
            costs = counts.costs(priorWeight: priorWeight)
        }
        return (costs, report)
    }

    /// Decision counts by group, with each group's alternatives and the group it backs off to.
    private struct Counts {
        var chosen: [String: [String: Double]] = [:]
        var alternatives: [String: [(output: String, hand: Double)]] = [:]
        var general: [String: String] = [:]

        mutating func add(_ decision: DevanagariSpeller.Decision) {
            for (level, group) in decision.groups.enumerated() {
                chosen[group, default: [:]][decision.chosen, default: 0] += 1
                if alternatives[group] == nil { alternatives[group] = decision.alternatives }
                if level + 1 < decision.groups.count { general[group] = decision.groups[level + 1] }
            }
        }

        /// Smoothed probabilities per group, most general first so that specific groups can use
        /// them as their prior; costs are -ln p relative to the group's most likely output.
        /// A context seen fewer times than this is not kept (it would only repeat its parent;
        /// on held-out names 2 gave 36.7 % top-1, 3 gave 35.6 %, 5 gave 34.4 %).
        static let minimumEvidence: Double = 2

        func costs(priorWeight: Double) -> SpellingCosts {
            var probabilities: [String: [String: Double]] = [:]
            // Parents before children (a group's prior is its parent's distribution), and in a
            // fixed order, so that training gives the same file every time.
            func depth(_ group: String) -> Int {
                var depth = 0, current = group
                while let parent = general[current] { depth += 1; current = parent }
                return depth
            }
            let ordered = chosen.keys.map { (depth($0), $0) }.sorted { $0 < $1 }.map(\.1)
            for group in ordered {
                guard let options = alternatives[group] else { continue }
                let prior: [String: Double]
                if let parent = general[group], let parentProbabilities = probabilities[parent] {
                    prior = parentProbabilities
                } else {
                    let weights = options.map { exp(-$0.hand) }
                    let total = weights.reduce(0, +)
                    prior = Dictionary(zip(options.map(\.output), weights.map { $0 / total }), uniquingKeysWith: max)
                }
                let seen = chosen[group] ?? [:]
                let total = seen.values.reduce(0, +)
                var distribution: [String: Double] = [:]
                for option in options {
                    let p0 = prior[option.output] ?? 1e-3
                    distribution[option.output] = (seen[option.output, default: 0] + priorWeight * p0) / (total + priorWeight)
                }
                probabilities[group] = distribution
            }
            var costs: [String: Double] = [:]
            for (group, distribution) in probabilities {
                // A context seen fewer than `minimumEvidence` times only repeats its parent: the
                // lookup falls back to the parent anyway, so it is not kept.
                if general[group] != nil, (chosen[group]?.values.reduce(0, +) ?? 0) < Self.minimumEvidence { continue }
                let best = distribution.values.max() ?? 1
                for (output, p) in distribution { costs[group + ">" + output] = -log(p / best) }
            }
            return SpellingCosts(costs: costs)
        }
    }
}

/// An English spelling and the Hindi spelling of one name word.
public struct NamePair: Sendable, Equatable {
    /// The English spelling (`Kejriwal`).
    public let latin: String
    /// The Hindi spelling (`केजरीवाल`).
    public let hindi: String

    /// Creates a pair.
    public init(latin: String, hindi: String) {
        self.latin = latin
        self.hindi = hindi
    }
}
