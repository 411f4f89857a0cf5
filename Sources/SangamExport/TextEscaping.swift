/// How exported text is made safe for each format. On UTF-8 bytes: the exporters write a
/// million segments in seconds, and scalar by scalar would not keep up.
public enum TextEscaping {
    /// Copies `bytes` to `output` in runs, handing each byte that `special` picks to `replace`
    /// (with its index, returning how many extra bytes it consumed): most text has no special
    /// byte at all and goes over in one copy. The scan skips sixteen bytes at a time where
    /// `specials` of both their halves is zero (nonzero when a byte of the word is special: it
    /// must agree with `special`; see `Bytes8`): byte by byte, the scan was the largest cost of
    /// a TSV export, and eight bytes at a time with a branch per test a sixth of a JSONL export.
    @inline(__always)
    private static func copy(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8],
                             special: (UInt8) -> Bool, specials: (UInt64) -> UInt64,
                             replace: (Int, inout [UInt8]) -> Int) {
        var runStart = 0
        var index = 0
        let base = UnsafeRawPointer(bytes.baseAddress)
        while index < bytes.count {
            if let base, index + 16 <= bytes.count,
               specials(base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                | specials(base.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)) == 0 {
                index += 16
                continue
            }
            if special(bytes[index]) {
                if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                index += 1 + replace(index, &output)
                runStart = index
            } else {
                index += 1
            }
        }
        if runStart < bytes.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
    }

    /// Appends `text` to `output` as XML character data (or an attribute value): `&`, `<`, `>`,
    /// `"` escaped, and the characters XML 1.0 forbids (C0 controls other than tab, newline and
    /// carriage return; U+FFFE, U+FFFF) removed.
    static func appendXML(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendXML($0, to: &output) }
    }

    /// Appends UTF-8 `bytes` as XML character data, as the text variant.
    static func appendXML(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        copy(bytes, to: &output, special: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0xEF },
             specials: { Bytes8.below(0x20, $0) | Bytes8.equal(0x26, $0) | Bytes8.equal(0x3C, $0)
                 | Bytes8.equal(0x3E, $0) | Bytes8.equal(0x22, $0) | Bytes8.equal(0xEF, $0) }) { index, output in
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            case 0x09, 0x0A, 0x0D: output.append(byte)
            case 0xEF:
                if index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF {
                    return 2  // U+FFFE, U+FFFF
                }
                output.append(byte)
            default: break  // other C0 controls: forbidden in XML 1.0
            }
            return 0
        }
    }

    /// Appends `text` as one line of a line-based format: tabs, line breaks and other C0 controls
    /// become a space, as do U+2028 and U+2029, so a segment never spans lines or columns.
    static func appendLine(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendLine($0, to: &output) }
    }

    /// Appends UTF-8 `bytes` as one line of a line-based format, as the text variant.
    static func appendLine(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        copy(bytes, to: &output, special: { $0 < 0x20 || $0 == 0x7F || $0 == 0xE2 },
             specials: { Bytes8.below(0x20, $0) | Bytes8.equal(0x7F, $0) | Bytes8.equal(0xE2, $0) }) { index, output in
            if bytes[index] == 0xE2 {
                if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                    output.append(0x20)
                    return 2
                }
                output.append(0xE2)
                return 0
            }
            output.append(0x20)
            return 0
        }
    }

    /// Appends `text` as a JSON string, quotes included.
    public static func appendJSON(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendJSON($0, to: &output) }
    }

    /// Appends UTF-8 `bytes` as a JSON string, quotes included.
    public static func appendJSON(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        copy(bytes, to: &output, special: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 },
             specials: { Bytes8.below(0x20, $0) | Bytes8.equal(0x22, $0) | Bytes8.equal(0x5C, $0) | Bytes8.equal(0xE2, $0) }) { index, output in
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
            case 0x0A: output.append(contentsOf: "\\n".utf8)
            case 0x0D: output.append(contentsOf: "\\r".utf8)
            case 0x09: output.append(contentsOf: "\\t".utf8)
            case 0xE2:
                // U+2028 and U+2029 are valid JSON but break JavaScript's line readers.
                if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                    output.append(contentsOf: (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    return 2
                }
                output.append(byte)
            default:
                output.append(contentsOf: "\\u00".utf8)
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0xF)])
            }
            return 0
        }
        output.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}

/// The byte variants on arrays, for the exporters, which hold segments' text as the store's bytes.
extension TextEscaping {
    static func appendXML(_ utf8: [UInt8], to output: inout [UInt8]) {
        utf8.withUnsafeBufferPointer { appendXML($0, to: &output) }
    }

    static func appendLine(_ utf8: [UInt8], to output: inout [UInt8]) {
        utf8.withUnsafeBufferPointer { appendLine($0, to: &output) }
    }

    static func appendJSON(_ utf8: [UInt8], to output: inout [UInt8]) {
        utf8.withUnsafeBufferPointer { appendJSON($0, to: &output) }
    }
}

/// Tests on eight bytes at once in a `UInt64`, exact about whether any byte passes (no false
/// answers either way): the classic "has a zero byte" and "has a byte less than n" bit tricks.
/// Each gives a mask, nonzero when some byte passes, so that several tests combine with `|`
/// and one branch.
enum Bytes8 {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Nonzero when some byte of `word` is below `limit` (at most 128).
    @inline(__always) static func below(_ limit: UInt8, _ word: UInt64) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highs
    }

    /// Nonzero when some byte of `word` equals `value`.
    @inline(__always) static func equal(_ value: UInt8, _ word: UInt64) -> UInt64 {
        let matches = word ^ (ones &* UInt64(value))  // a zero byte where `word` has `value`
        return (matches &- ones) & ~matches & highs
    }
}
