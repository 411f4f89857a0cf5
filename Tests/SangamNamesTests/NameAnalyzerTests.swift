import Testing
import SangamNames

@Suite("Name analysis")
struct NameAnalyzerTests {
    static let analyzer = try! NameAnalyzer.standard()

    @Test("Spellings of one name in both scripts share a whole-name key", arguments: [
        ("Narendra Modi", "नरेंद्र मोदी"),
        ("Narender Modi", "नरेन्द्र मोदी"),
        ("Gourangalal Das", "गौरांगलाल दास"),
        ("Yoon Youngbin", "यून योंगबिन"),
        ("Rambir Singh", "रामबीर सिंह"),
        ("Uttar Pradesh", "उत्तर प्रदेश"),
        ("Tamil Nadu", "तमिलनाडु"),
    ])
    func sharedKeys(english: String, hindi: String) throws {
        let latin = try #require(Self.analyzer.analyze(english))
        let devanagari = try #require(Self.analyzer.analyze(hindi))
        #expect(latin.script == .latin && devanagari.script == .devanagari)
        #expect(devanagari.wholeKeys.count == 1)
        #expect(Set(latin.wholeKeys).contains(devanagari.wholeKeys[0]), "\(latin.wholeKeys) vs \(devanagari.wholeKeys)")
    }

    @Test("The stored text is NFC with single spaces; the romanisation is folded Latin")
    func forms() throws {
        let name = try #require(Self.analyzer.analyze("  नरेंद्र\t मोदी "))
        #expect(name.text == "नरेंद्र मोदी")
        #expect(name.roman == "narendra modi")
        #expect(name.wholeKeys == ["NRNDRMD"])
        #expect(name.indexKeys.contains("NRNDRMD") && name.indexKeys.contains("MD"))
        let compound = try #require(Self.analyzer.analyze("Kamal Nath"))
        #expect(compound.wholeKeys.contains(try #require(Self.analyzer.analyze("कमलनाथ")).wholeKeys[0]))
        #expect(Self.analyzer.analyze("1234 —") == nil)
    }
}
