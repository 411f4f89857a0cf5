import Testing
import SangamText

@Suite("WordTokenizer")
struct WordTokenizerTests {
    @Test("Devanagari words stay whole with their signs, viramas and nuktas", arguments: [
        "नरेंद्र", "गौरांगलाल", "क़लम", "प्रधानमंत्री", "आँख", "कृष्ण",
    ])
    func devanagariWordIsOneToken(word: String) throws {
        let tokens = try WordTokenizer(language: .hindi).tokens(in: "श्री \(word) ने")
        #expect(tokens.map(\.text) == ["श्री", word, "ने"])
    }

    @Test("kinds: words, numbers with grouping, punctuation; spaces dropped")
    func kinds() throws {
        let tokens = try WordTokenizer().tokens(in: "Biocon's $5.5 bn deal, 1,30,000 voters (B2B).")
        #expect(tokens.map(\.text) == ["Biocon's", "$", "5.5", "bn", "deal", ",", "1,30,000", "voters", "(", "B2B", ")", "."])
        #expect(tokens.filter { $0.kind == .number }.map(\.text) == ["5.5", "1,30,000"])
        let words = try WordTokenizer().tokens(in: "Seoul, Dec 6", includePunctuation: false)
        #expect(words.map(\.text) == ["Seoul", "Dec", "6"])
    }
}
