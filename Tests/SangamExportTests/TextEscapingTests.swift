import Testing
@testable import SangamExport

/// The escaping functions scan sixteen bytes at a time; these compare them, on long text with a
/// special character at every offset of a block, with the same rules applied scalar by scalar.
@Suite("Text escaping agrees with its rules wherever a special character falls")
struct TextEscapingTests {
    static let base = "प्रधानमंत्री नरेंद्र मोदी ने कहा, Prime Minister Narendra Modi said on Tuesday"
    static let specials: [Character] = ["\t", "\n", "\r", "\u{01}", "\u{7F}", "&", "<", ">", "\"", "\\",
                                        "\u{2028}", "\u{2029}", "\u{2019}", "\u{FFFE}", "\u{FFFF}", "\u{FEFF}"]

    /// The base text with `special` inserted after `offset` characters, for every offset in
    /// the first 40 and every special.
    static var cases: [String] {
        var texts: [String] = []
        for special in specials {
            for offset in 0..<40 {
                var text = base
                text.insert(special, at: text.index(text.startIndex, offsetBy: offset))
                texts.append(text)
            }
        }
        return texts
    }

    @Test("Line formats: controls, DEL, U+2028 and U+2029 become a space")
    func line() {
        for text in Self.cases {
            var output: [UInt8] = []
            TextEscaping.appendLine(text, to: &output)
            let expected = String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
                scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 ? " " : scalar
            }))
            #expect(String(decoding: output, as: UTF8.self) == expected)
        }
    }

    @Test("XML: markup characters escaped, characters XML 1.0 forbids removed")
    func xml() {
        for text in Self.cases {
            var output: [UInt8] = []
            TextEscaping.appendXML(text, to: &output)
            var expected = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": expected += "&amp;"
                case "<": expected += "&lt;"
                case ">": expected += "&gt;"
                case "\"": expected += "&quot;"
                case "\t", "\n", "\r": expected.unicodeScalars.append(scalar)
                case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: break
                default: expected.unicodeScalars.append(scalar)
                }
            }
            #expect(String(decoding: output, as: UTF8.self) == expected)
        }
    }

    @Test("JSON: quotes, backslashes, controls, U+2028 and U+2029 escaped")
    func json() {
        for text in Self.cases {
            var output: [UInt8] = []
            TextEscaping.appendJSON(text, to: &output)
            var expected = "\""
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 0x22: expected += "\\\""
                case 0x5C: expected += "\\\\"
                case 0x0A: expected += "\\n"
                case 0x0D: expected += "\\r"
                case 0x09: expected += "\\t"
                case 0x2028: expected += "\\u2028"
                case 0x2029: expected += "\\u2029"
                case 0..<0x20: expected += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                default: expected.unicodeScalars.append(scalar)
                }
            }
            #expect(String(decoding: output, as: UTF8.self) == expected + "\"")
        }
    }
}
