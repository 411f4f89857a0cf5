/// How exported text is made safe for each format. On UTF-8 bytes: the exporters write a
/// million segments in seconds, and scalar by scalar would not keep up.
public enum TextEscaping {
    /// Copies `bytes` to `output` in runs, handing each byte that `special` picks to `replace`
    /// (with its index, returning how many extra bytes it consumed): most text has no special
    /// byte at all and goes over in one copy.
    @inline(__always)
    private static func copy(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8],
                             special: (UInt8) -> Bool, replace: (Int, inout [UInt8]) -> Int) {
        var runStart = 0
        var index = 0
        while index < bytes.count {
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
        text.withUTF8 { bytes in
            copy(bytes, to: &output, special: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0xEF }) { index, output in
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
    }

    /// Appends `text` as one line of a line-based format: tabs, line breaks and other C0 controls
    /// become a space, as do U+2028 and U+2029, so a segment never spans lines or columns.
    static func appendLine(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            copy(bytes, to: &output, special: { $0 < 0x20 || $0 == 0x7F || $0 == 0xE2 }) { index, output in
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
    }

    /// Appends `text` as a JSON string, quotes included.
    public static func appendJSON(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            copy(bytes, to: &output, special: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) { index, output in
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
        }
        output.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

}
