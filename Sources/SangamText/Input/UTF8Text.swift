#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSystemShim

/// Line splitting, trimming and searching on UTF-8 bytes, for hot paths where walking a `String` by
/// characters (grapheme clusters) would cost more than the work itself.
public enum UTF8Text {
    /// Calls `body` with each line of `bytes`, split at LF, a CR before the LF dropped. A final
    /// line break does not make an extra empty line.
    /// - Parameters:
    ///   - bytes: UTF-8 text.
    ///   - body: receives each line (possibly empty), valid only during the call.
    public static func forEachLine(in bytes: UnsafeBufferPointer<UInt8>,
                                   _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        guard let base = bytes.baseAddress else { return }
        var start = 0
        let count = bytes.count
        while start < count {
            let newline = memchr(base + start, 0x0A, count - start)
            let index = newline.map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? count
            var end = index
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            try body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            start = index + 1
        }
    }

    /// `bytes` without white space at either end (ASCII white space and the Unicode spaces news
    /// text carries: no-break, fixed-width, line and paragraph separators).
    public static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[UTF8Whitespace.trimmed(0..<bytes.count, in: bytes)])
    }

    /// Whether `bytes` contain a NUL byte.
    public static func containsNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return memchr(base, 0, bytes.count) != nil
    }

    /// Whether `pattern` occurs in `bytes`, by the C library's `memmem`. (It replaces a Swift
    /// loop that compared at every byte equal to the pattern's first, which in Hindi text is
    /// every third byte, the lead byte E0.)
    public static func contains(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !pattern.isEmpty, pattern.count <= bytes.count else { return false }
        return pattern.withUnsafeBufferPointer { csystem_contains(base, bytes.count, $0.baseAddress, pattern.count) != 0 }
    }
}
