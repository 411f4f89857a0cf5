import Synchronization

/// A bounded, thread-safe map from a word's UTF-8 bytes (NFC) to its transliteration. Bytes
/// hash far faster than `String`'s canonical-equivalence hashing of Devanagari.
final class WordCache: Sendable {
    /// Entries kept before the cache starts over; a news corpus's vocabulary mostly fits.
    static let capacity = 200_000

    private struct Key: Hashable {
        let bytes: [UInt8]

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    private let storage = Mutex<[Key: String]>([:])

    subscript(word: UnsafeBufferPointer<UInt8>) -> String? {
        get {
            let key = Key(bytes: Array(word))
            return storage.withLock { $0[key] }
        }
        set {
            let key = Key(bytes: Array(word))
            storage.withLock { entries in
                if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
                entries[key] = newValue
            }
        }
    }
}
