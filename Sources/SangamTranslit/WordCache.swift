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
