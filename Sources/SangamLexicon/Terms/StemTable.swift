/// A hash table keyed by `WordHash` values: open addressing with linear probing, the key's own
/// bits as the bucket (FNV-1a has already mixed them), no per-lookup seeding as Swift's
/// `Dictionary` does. Lookups happen for every word the aligner reads, so this is worth its
/// few lines. Read-only after building.
public struct StemTable<Value: Sendable>: Sendable {
    @usableFromInline var keys: [UInt64]
    @usableFromInline var values: [Value?]
    @usableFromInline var mask: Int
    /// How many keys the table holds.
    public private(set) var count = 0

    /// An empty table.
    public init() {
        keys = Array(repeating: 0, count: 16)
        values = Array(repeating: nil, count: 16)
        mask = 15
    }

    /// The value for `key`, or nil.
    @inlinable
    public subscript(key: UInt64) -> Value? {
        let stored = key | 1  // 0 marks an empty bucket; the low bit is not worth a collision
        var bucket = Int(truncatingIfNeeded: stored ^ (stored >> 29)) & mask
        while true {
            let found = keys[bucket]
            if found == stored { return values[bucket] }
            if found == 0 { return nil }
            bucket = (bucket + 1) & mask
        }
    }

    /// Sets the value for `key`.
    public mutating func set(_ value: Value, for key: UInt64) {
        if (count + 1) * 2 > keys.count { grow() }
        let stored = key | 1
        var bucket = Int(truncatingIfNeeded: stored ^ (stored >> 29)) & mask
        while keys[bucket] != 0 && keys[bucket] != stored { bucket = (bucket + 1) & mask }
        if keys[bucket] == 0 { count += 1 }
        keys[bucket] = stored
        values[bucket] = value
    }

    /// Whether `key` is in the table.
    @inlinable
    public func contains(_ key: UInt64) -> Bool { self[key] != nil }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (key, value) in zip(oldKeys, oldValues) where key != 0 {
            if let value { set(value, for: key) }
        }
    }
}
