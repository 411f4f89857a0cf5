import SangamText
import Testing

@Suite("Searching bytes")
struct ByteSearchTests {
    @Test("a pattern anywhere, at either end, as the whole buffer; not when longer, empty or absent", arguments: [
        ("संस्थान ने सोमवार को यह जानकारी दी।", "यह जानकारी", true),
        ("यह जानकारी दी गई।", "यह जानकारी", true),
        ("उन्होंने यह जानकारी", "यह जानकारी", true),
        ("यह जानकारी", "यह जानकारी", true),
        ("यह जानकार", "यह जानकारी", false),
        ("इसकी जानकारी नहीं दी गई।", "यह जानकारी", false),
        ("abc", "", false),
    ])
    func contains(text: String, pattern: String, expected: Bool) {
        var text = text
        let found = text.withUTF8 { UTF8Text.contains(Array(pattern.utf8), in: $0) }
        #expect(found == expected)
    }
}
