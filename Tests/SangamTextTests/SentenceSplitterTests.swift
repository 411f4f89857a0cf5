import Foundation
import Testing
import SangamText

/// Paths to test data: fixtures bundled with this target, and the shared seed page that CI
/// keeps beside the checkout.
enum TestData {
    static func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return try String(contentsOf: url, encoding: .utf8)
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func seedPage() throws -> String {
        let url = packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/seeds/ians-en-2025-12-06-india-korea-space.txt")
        return try String(contentsOf: url, encoding: .utf8)
    }
}

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
    @Test("abbreviations and initials do not end a sentence", arguments: [
        "Seoul, Dec. 6 (IANS) Indian officials met on Saturday.",
        "Mr. Das and Mrs. Sharma met Dr. Lee in the capital.",
        "The U.S. President spoke to the U.K. Prime Minister.",
        "He lives at No. 10 and paid Rs. 500 for it.",
        "Dr. R. G. Sharma led the team.",
        "Lt. Gen. M. K. Singh and Prof. A. Rao were present.",
        "डॉ. शर्मा ने बैठक की अध्यक्षता की।",
        "डॉ. आर. जी. शर्मा ने कहा कि टीका सुरक्षित है।",
        "प्रो. एम. के. वर्मा ने रिपोर्ट पेश की।",
        "मुख्यमंत्री एम.के. स्टालिन ने बैठक बुलाई।",
    ])
    func staysWhole(sentence: String) throws {
        let splitter = try SentenceSplitter()
        #expect(splitter.sentences(in: sentence) == [sentence])
    }

    @Test("sentence ends", arguments: [
        ("India won. Australia lost.", ["India won.", "Australia lost."]),
        ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
        ("बैठक हुई। समझौता हुआ।", ["बैठक हुई।", "समझौता हुआ।"]),
        ("पहला दोहा॥ दूसरा दोहा॥", ["पहला दोहा॥", "दूसरा दोहा॥"]),
        ("क्या यह सच है? हां! यह सच है।", ["क्या यह सच है?", "हां!", "यह सच है।"]),
        ("यह बैठक सफल रही. दोनों देशों ने समझौता किया।", ["यह बैठक सफल रही.", "दोनों देशों ने समझौता किया।"]),
        ("They met on Dec. The talks went well.", ["They met on Dec.", "The talks went well."]),
        ("He said, \"We are ready.\" The talks began.", ["He said, \"We are ready.\"", "The talks began."]),
        ("\"Finally!\" she said. \"Why?\" he asked.", ["\"Finally!\" she said.", "\"Why?\" he asked."]),
        ("Why? Nobody knows!", ["Why?", "Nobody knows!"]),
    ])
    func splits(text: String, expected: [String]) throws {
        #expect(try SentenceSplitter().sentences(in: text) == expected)
    }

    @Test("blank lines separate paragraphs; a line break ends a headline without punctuation")
    func paragraphs() throws {
        let text = "India, South Korea explore space cooperation\nSeoul, Dec 6 (IANS) They met. They talked.\r\n\n\n  \nदूसरा अनुच्छेद। अंत।\n"
        #expect(try SentenceSplitter().paragraphs(in: text) == [
            ["India, South Korea explore space cooperation", "Seoul, Dec 6 (IANS) They met.", "They talked."],
            ["दूसरा अनुच्छेद।", "अंत।"],
        ])
    }

    @Test("the real seed page: dateline sentence whole, one sentence per paragraph line")
    func seedPage() throws {
        let paragraphs = try SentenceSplitter(language: .english).paragraphs(in: TestData.seedPage())
        let sentences = paragraphs.flatMap { $0 }
        #expect(sentences.contains(
            "Seoul, Dec 6 (IANS) Indian Ambassador to South Korea Gourangalal Das and Korea Aerospace Administration (KASA) Administrator Yoon Youngbin on Saturday explored areas of space cooperation and ways to build business-to-business (B2B) engagements in both countries."))
        // The quotation paragraph ends inside its closing quote and stays one sentence.
        #expect(sentences.contains { $0.hasPrefix("The Ministry of External Affairs (MEA) had stated on June 18") && $0.hasSuffix("among others\".") })
        // The body's second paragraph has two sentences; the headline has no full stop.
        #expect(paragraphs[1] == ["India, South Korea explore space cooperation, discuss strengthening ties"])
        let embassy = try #require(paragraphs.first { $0.first?.hasPrefix("The Indian envoy") == true })
        #expect(embassy.count == 2)
        #expect(embassy[1].hasPrefix("According to the Embassy"))
        #expect(paragraphs.count == 36)  // the page's non-empty lines: `grep -c .` on the seed
    }

    @Test("gold segmentation of written news", arguments: ["english-news", "hindi-news"])
    func gold(name: String) throws {
        let input = try TestData.fixture("\(name).txt")
        let gold = try TestData.fixture("\(name).sentences.txt")
        let expected = gold.components(separatedBy: "\n\n").map { paragraph in
            paragraph.split(separator: "\n").map(String.init)
        }.filter { !$0.isEmpty }
        let language: Language = name.hasPrefix("hindi") ? .hindi : .english
        let actual = try SentenceSplitter(language: language).paragraphs(in: input)
        #expect(actual.count == expected.count)
        for (got, want) in zip(actual, expected) {
            #expect(got == want)
        }
    }

    @Test("a 5 MB line without a sentence end is split in linear time, nothing lost")
    func hugeLine() throws {
        let line = String(repeating: "नरेंद्र मोदी और Lee Jae-myung ", count: 5_000_000 / 60)
        let sentences = try SentenceSplitter().sentences(in: line)
        #expect(sentences.count == 1)
        #expect(sentences[0].utf8.count == line.trimmingCharacters(in: .whitespaces).utf8.count)
    }
}
