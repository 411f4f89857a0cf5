/// Something two sentences (or two articles) in different languages can share, as evidence that
/// they say the same thing: a glossary concept, a number, a name's phonetic key, or the opening
/// or closing of a quotation. Packed in 64 bits: the kind in the top byte, the value below.
public struct Anchor: Hashable, Sendable, Comparable {
    /// What kind of evidence an anchor is.
    public enum Kind: UInt8, Sendable, CaseIterable {
        /// A lexicon concept (an English headword and its Hindi forms).
        case concept = 1
        /// A number, by value (`5.25`, `1.5 lakh` = `1.5 लाख`).
        case number = 2
        /// A name's phonetic key (`NRNDR` for Narendra and नरेंद्र).
        case name = 3
        /// A quotation opening or closing in the sentence (``Anchor/quoteOpens``,
        /// ``Anchor/quoteCloses``): Hindi rewrites keep direct speech direct, and where a quote
        /// runs over two sentences its halves show which sentences go together.
        case quote = 4
    }

    /// A quotation opens in the sentence.
    public static let quoteOpens = Anchor(.quote, 1)
    /// A quotation closes in the sentence.
    public static let quoteCloses = Anchor(.quote, 2)

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
