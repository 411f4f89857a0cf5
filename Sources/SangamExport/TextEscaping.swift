/// How exported text is made safe for each format. On UTF-8 bytes: the exporters write a
/// million segments in seconds, and scalar by scalar would not keep up.
enum TextEscaping {
    /// Appends `text` to `output` as XML character data (or an attribute value): `&`, `<`, `>`,
    /// `"` escaped, and the characters XML 1.0 forbids (C0 controls other than tab, newline and
    /// carriage return; U+FFFE, U+FFFF) removed.
    static func appendXML(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
                case 0x09, 0x0A, 0x0D: output.append(byte)
                case 0x00..<0x20: break
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF):
                    index += 2  // U+FFFE, U+FFFF
                default: output.append(byte)
                }
                index += 1
            }
        }
    }

    /// Appends `text` as one line of a line-based format: tabs, line breaks and other C0 controls
    /// become a space, as do U+2028 and U+2029, so a segment never spans lines or columns.
    static func appendLine(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20 || byte == 0x7F {
                    output.append(0x20)
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                          bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                    output.append(0x20)
                    index += 2
                } else {
                    output.append(byte)
                }
                index += 1
            }
        }
    }

    /// Appends `text` as a JSON string, quotes included.
    static func appendJSON(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
                case 0x0A: output.append(contentsOf: "\\n".utf8)
                case 0x0D: output.append(contentsOf: "\\r".utf8)
                case 0x09: output.append(contentsOf: "\\t".utf8)
                case 0x00..<0x20:
                    output.append(contentsOf: "\\u00".utf8)
                    output.append(hexDigits[Int(byte >> 4)])
                    output.append(hexDigits[Int(byte & 0xF)])
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    // U+2028 and U+2029 are valid JSON but break JavaScript's line readers.
                    output.append(contentsOf: (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    index += 2
                default: output.append(byte)
                }
                index += 1
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A score with three decimals (`0.935`), as every format writes it.
    static func score(_ value: Double) -> String {
        let thousandths = Int((min(max(value, 0), 1) * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
