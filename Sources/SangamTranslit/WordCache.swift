import Synchronization

/// A string compared and hashed by its UTF-8 bytes. Swift's `String` hashes by canonical
/// equivalence, which for Devanagari means normalising on every hash; Sangam's text is NFC
/// already, so bytes are enough and far faster.
struct ByteKey: Hashable, Sendable {
    let bytes: [UInt8]

    init(_ text: String) { bytes = Array(text.utf8) }
    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = Array(bytes) }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}

/// A bounded, thread-safe map from a word (by its bytes) to what was computed for it: news
/// repeats its words, and a word's transliteration depends on nothing else.
final class WordCache<Value: Sendable>: Sendable {
    /// Entries kept before the cache starts over; a news corpus's vocabulary mostly fits.
    static var capacity: Int { 200_000 }

    private let storage = Mutex<[ByteKey: Value]>(Dictionary(minimumCapacity: 1 << 14))
    /// Words seen once, as bits of a hash: a word is stored only when seen a second time, and
    /// looked up only when its bit is set, so text of unrepeated words pays a hash, not an
    /// allocation and a dictionary insert per word.
    private let seen = Mutex<[UInt64]>(Array(repeating: 0, count: WordCache.seenBits / 64))
    private static var seenBits: Int { 1 << 22 }

    /// FNV-1a over the bytes, reduced to a bit of `seen`.
    private static func bit(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(hash % UInt64(seenBits))
    }

    /// What was stored for a word, when it is in the cache.
    func value(for bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        let bit = Self.bit(of: bytes)
        guard seen.withLock({ $0[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }) else { return nil }
        return self[ByteKey(bytes)]
    }

    /// Remembers a word's value if the word was seen before; otherwise only marks it as seen.
    func remember(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Value) {
        let bit = Self.bit(of: bytes)
        let before = seen.withLock { words -> Bool in
            let mask: UInt64 = 1 << UInt64(bit & 63)
            defer { words[bit >> 6] |= mask }
            return words[bit >> 6] & mask != 0
        }
        if before { self[ByteKey(bytes)] = value }
    }

    subscript(key: ByteKey) -> Value? {
        get { storage.withLock { $0[key] } }
        set {
            storage.withLock { entries in
                if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
                entries[key] = newValue
            }
        }
    }
}
