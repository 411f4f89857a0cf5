/// FNV-1a over UTF-8 bytes: the identity of a word or stem in the lexicon, of a name key among
/// anchors, of a segment among exported ones. The same in every process (Swift's `Hasher` is
/// seeded per run), and cheap on bytes, where hashing a non-ASCII `String` would first
/// normalise it. At 64 bits, two words of a news vocabulary colliding is vanishingly unlikely.
public struct WordHash: Sendable {
    /// The hash so far.
    public var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// An empty hash.
    @inlinable
    public init() {}

    /// The hash of `bytes`. Inlinable, so that callers in other modules get a loop over their
    /// own collection type rather than generic dispatch per byte.
    @inlinable
    public init(_ bytes: some Sequence<UInt8>) {
        add(bytes)
    }

    /// Adds `bytes` to the hash.
    @inlinable
    public mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
    }
}
