/// One step of a sentence alignment: consecutive English sentences matched with consecutive Hindi
/// sentences. 1-1 is a translation pair; 1-2 a sentence the Hindi split; 1-0 an English sentence
/// with no Hindi counterpart.
public struct Bead: Sendable, Equatable, Hashable, Codable {
    /// The English sentences, by zero-based position.
    public var english: Range<Int>
    /// The Hindi sentences, by zero-based position.
    public var hindi: Range<Int>
    /// Confidence in [0, 1] that the bead is right (see ``SentenceAligner`` for how it is made).
    public var score: Double

    /// Creates a bead.
    public init(english: Range<Int>, hindi: Range<Int>, score: Double) {
        self.english = english
        self.hindi = hindi
        self.score = score
    }

    /// The bead's shape, `1-1`, `2-1`, `0-1` …, English count first.
    public var type: String { "\(english.count)-\(hindi.count)" }

    /// Whether one side is empty (an unaligned sentence).
    public var isNull: Bool { english.isEmpty || hindi.isEmpty }
}

/// Something about an alignment's input that a user should know: it still aligned, but the
/// result may be poor.
public struct AlignmentWarning: Sendable, Equatable, CustomStringConvertible {
    /// A stable code for scripts and tests.
    public enum Code: String, Sendable {
        case emptySide = "align.empty-side"
        case lopsided = "align.lopsided"
        case sameScript = "align.same-script"
        case longSentence = "align.long-sentence"
        case repeatedLines = "align.repeated-lines"
        case farFromDiagonal = "align.far-from-diagonal"
    }

    /// What kind of problem.
    public var code: Code
    /// What it is and what to check, for a person.
    public var message: String

    /// Creates a warning.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}

/// A sentence alignment: beads in order, covering every sentence of both sides exactly once.
public struct SentenceAlignment: Sendable, Equatable {
    /// The beads, in document order.
    public var beads: [Bead]
    /// What looked wrong with the input.
    public var warnings: [AlignmentWarning]

    /// Creates an alignment.
    public init(beads: [Bead], warnings: [AlignmentWarning]) {
        self.beads = beads
        self.warnings = warnings
    }
}
