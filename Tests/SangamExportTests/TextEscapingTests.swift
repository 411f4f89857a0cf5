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

    /// Escapes every case with `escape` and compares with `expected` of the case.
    func check(_ escape: (String, inout [UInt8]) -> Void, expected: (String) -> String) {
        for text in Self.cases {
            var output: [UInt8] = []
            escape(text, &output)
            #expect(String(decoding: output, as: UTF8.self) == expected(text))
        }
    }

    @Test("Line formats: controls, DEL, U+2028 and U+2029 become a space")
    func line() {
        check(TextEscaping.appendLine) { text in
            String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
                scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 ? " " : scalar
            }))
        }
    }

    @Test("XML: markup characters escaped, characters XML 1.0 forbids removed")
    func xml() {
        check(TextEscaping.appendXML) { text in
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
            return expected
        }
    }

    @Test("JSON: quotes, backslashes, controls, U+2028 and U+2029 escaped")
    func json() {
        check(TextEscaping.appendJSON) { text in
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
            return expected + "\""
        }
    }
}
