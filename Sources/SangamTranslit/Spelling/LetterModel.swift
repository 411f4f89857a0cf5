#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SangamText

/// How Hindi names look, letter by letter: a character n-gram model over Devanagari with
/// Witten–Bell interpolation down to a uniform distribution.
///
/// `DevanagariSpeller` searches English readings without knowing Hindi; this model ranks its
/// candidates by how much they look like real Hindi names (यादव rather than यदाव, कृष्ण rather
/// than क्रिष्ण). It is learned from the Hindi side of the name lists. (A Latin model of
/// English spellings was tried for romanisation and did not help: the rules' choices are few
/// and they already pick well.)
///
/// Letters are coded in one byte each (the Devanagari block, word start and end, anything
/// else), so a history of up to four letters is one integer and learning takes milliseconds.
public struct LetterModel: Sendable {
    /// The longest history plus one (at most 5).
    public let order: Int
    /// How often each letter followed each history, by `key(history, next)`.
    private var pairCounts: [UInt64: Double] = [:]
    /// How often each history occurred, and how many distinct letters followed it.
    private var historyCounts: [UInt64: (count: Double, types: Double)] = [:]
    private var alphabet = Set<UInt8>()

    /// An empty model: every spelling scores alike.
    public init(order: Int = 5) {
        self.order = min(order, 5)
    }

    /// A model learned from `words` (Devanagari, NFC).
    public init(words: [String], order: Int = 5) {
        self.init(order: order)
        for word in words { add(Self.codes(word)) }
    }

    /// Whether the model has learned anything.
    public var isEmpty: Bool { historyCounts.isEmpty }

    private static let start: UInt8 = 1, end: UInt8 = 2, other: UInt8 = 3

    /// A word as letter codes, with start and end marks.
    private static func codes(_ word: String) -> [UInt8] {
        var codes: [UInt8] = [Self.start]
        for scalar in word.decomposedNukta.unicodeScalars {
            let value = scalar.value
            codes.append((0x0900...0x097F).contains(value) ? UInt8(value - 0x0900 + 4) : Self.other)
        }
        codes.append(Self.end)
        return codes
    }

    /// A history of `length` letters ending before `index`, as one integer.
    @inline(__always) private static func history(_ codes: [UInt8], before index: Int, length: Int) -> UInt64 {
        var packed = UInt64(length) << 40
        for offset in 0..<length { packed |= UInt64(codes[index - length + offset]) << (8 * UInt64(offset)) }
        return packed
    }

    @inline(__always) private static func key(_ history: UInt64, _ next: UInt8) -> UInt64 {
        history | UInt64(next) << 48
    }

    private mutating func add(_ codes: [UInt8]) {
        for index in 1..<codes.count {
            alphabet.insert(codes[index])
            for length in 0..<order where index - length >= 0 {
                let history = Self.history(codes, before: index, length: length)
                let pair = Self.key(history, codes[index])
                let seen = pairCounts[pair, default: 0]
                pairCounts[pair] = seen + 1
                var counts = historyCounts[history, default: (0, 0)]
                counts.count += 1
                if seen == 0 { counts.types += 1 }
                historyCounts[history] = counts
            }
        }
    }

    /// The negative natural log probability of a word (lower: more like the names learned).
    /// - Parameter word: a word of the model's script.
    public func cost(of word: String) -> Double {
        guard !isEmpty else { return 0 }
        let codes = Self.codes(word)
        var total = 0.0
        for index in 1..<codes.count {
            var probability = 1 / Double(alphabet.count + 1)
            for length in 0..<order where index - length >= 0 {
                let history = Self.history(codes, before: index, length: length)
                guard let counts = historyCounts[history] else { break }
                let seen = pairCounts[Self.key(history, codes[index])] ?? 0
                probability = (seen + counts.types * probability) / (counts.count + counts.types)
            }
            total -= log(probability)
        }
        return total
    }
}
