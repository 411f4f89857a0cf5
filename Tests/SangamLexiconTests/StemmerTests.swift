import SangamLexicon
import Testing

@Suite("Stemmers: inflections of one word meet")
struct StemmerTests {
    @Test(arguments: [
        ("killed", "kills"), ("killing", "kill"), ("announced", "announce"), ("announces", "announcing"),
        ("said", "say"), ("met", "meet"), ("elections", "election"), ("cities", "city"),
        ("stopped", "stop"), ("injured", "injure"), ("taxes", "tax"),
    ])
    func englishForms(_ first: String, _ second: String) {
        #expect(EnglishStemmer.stem(Substring(first)) == EnglishStemmer.stem(Substring(second)))
    }

    @Test(arguments: [
        ("किसानों", "किसान"), ("मारा", "मारना"), ("मारे", "मार"), ("बैठकें", "बैठक"),
        ("सड़कों", "सड़क"), ("कहा", "कहना"), ("लड़कियों", "लड़कियां"),
    ])
    func hindiForms(_ first: String, _ second: String) {
        #expect(HindiStemmer.stem(Substring(first)) == HindiStemmer.stem(Substring(second)))
    }

    @Test("different words keep different stems")
    func differentWords() {
        #expect(EnglishStemmer.stem("bank") != EnglishStemmer.stem("band"))
        #expect(HindiStemmer.stem("किसान") != HindiStemmer.stem("किस्म"))
    }
}
