/// Something two sentences (or two articles) in different languages can share, as evidence that
/// they say the same thing: a glossary concept, a number, or a name's phonetic key. Packed in 64
/// bits: the kind in the top byte, the value below.
public struct Anchor: Hashable, Sendable, Comparable {
    /// What kind of evidence an anchor is.
    public enum Kind: UInt8, Sendable, CaseIterable {
        /// A lexicon concept (an English headword and its Hindi forms).
        case concept = 1
        /// A number, by value (`5.25`, `1.5 lakh` = `1.5 लाख`).
        case number = 2
        /// A name's phonetic key (`NRNDR` for Narendra and नरेंद्र).
        case name = 3
    }

    /// The packed anchor.
    public let rawValue: UInt64

    /// Creates an anchor.
    public init(_ kind: Kind, _ value: UInt64) {
        rawValue = UInt64(kind.rawValue) << 56 | (value & 0x00FF_FFFF_FFFF_FFFF)
    }

    init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    /// The anchor's kind.
    public var kind: Kind { Kind(rawValue: UInt8(rawValue >> 56))! }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
