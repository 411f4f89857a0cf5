#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SangamText

/// Costs for `DevanagariSpeller` learned from pairs of English and Hindi spellings of names,
/// replacing the hand-set costs where the pairs give evidence.
///
/// Every decision the speller makes has a key and belongs to a group of alternatives:
/// - a grapheme's reading: `G:sh@M>ष` in group `G:sh@M` (the English grapheme, where it
///   stands — see `LatinGraphemes.positionTag` — and what it writes), with more specific groups
///   for the letters around it (`G:sh@M|u_k>ष`, one letter either side; two either side);
/// - how two consonants join: `J:द+र>conjunct` in group `J:द+र`, backed off to the classes of
///   the letters (`J:dental+r>conjunct`);
/// - a word's final vowel after a consonant: `G:a@F/cर>V:a` (after the conjunct ending in र),
///   backed off to the grapheme's groups.
///
/// A cost is `-ln p` with p smoothed towards the hand-set costs' own distribution:
/// p = (count + m·p₀) / (group count + m), where p₀ is the hand costs' softmax in the group and
/// m the prior's weight. So a decision never seen keeps its hand cost relative to the others,
/// and one seen often takes its observed share.
public struct SpellingCosts: Sendable {
    /// The file name under `Dictionaries/`.
    public static let fileName = "translit-costs.tsv"

    /// Learned cost by key; absent keys fall back to the hand-set cost.
    let costs: [String: Double]
    /// The same, keyed by bytes for the speller's hot path.
    private let lookup: [ByteKey: Double]

    /// No learned costs: the hand-set ones alone.
    public init() { self.init(costs: [:]) }

    init(costs: [String: Double]) {
        self.costs = costs
        self.lookup = Self.lookupTable(costs)
    }

    private static func lookupTable(_ costs: [String: Double]) -> [ByteKey: Double] {
        Dictionary(uniqueKeysWithValues: costs.map { (ByteKey($0.key), $0.value) })
    }

    /// The learned cost of a decision key, if any.
    @inline(__always) func learned(_ key: String) -> Double? { lookup.isEmpty ? nil : lookup[ByteKey(key)] }

    /// How many decisions have a learned cost.
    public var count: Int { costs.count }

    /// Reads a cost file (`key<TAB>cost`).
    /// - Throws: `TextInputError` or `DictionaryError`, naming the file and line.
    public init(contentsOf path: String) throws {
        var costs: [String: Double] = [:]
        for entry in try DictionaryFile.entries(at: path, minimumFields: 2) {
            guard let value = Double(entry.fields[1]) else {
                throw DictionaryError(path: path, line: entry.line, reason: "the cost \"\(entry.fields[1])\" is not a number")
            }
            costs[String(entry.fields[0])] = value
        }
        self.init(costs: costs)
    }

    /// The learned costs shipped in `Dictionaries/` when they can be found, else none.
    /// - Throws: when the file exists but is malformed.
    public static func standard() throws -> SpellingCosts {
        guard let path = DictionaryFile.locate(fileName) else { return SpellingCosts() }
        return try SpellingCosts(contentsOf: path)
    }

    /// The file's text: a comment, then one `key<TAB>cost` line per decision, sorted.
    public func fileText(comment: String) -> String {
        var text = comment.split(separator: "\n", omittingEmptySubsequences: false).map { "# " + $0 }.joined(separator: "\n") + "\n"
        for key in costs.keys.sorted() {
            let value = (costs[key]! * 1000).rounded() / 1000 + 0  // no "-0.0"
            text += "\(key)\t\(value)\n"
        }
        return text
    }
}
