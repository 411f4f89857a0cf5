import Foundation
@testable import SangamLexicon
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

    @Test("the Hindi stemmer's suffix buckets give the stems of trying every suffix, longest first, on every word of Corpus/")
    func hindiBucketsMatchPlainSearch() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var words = Set<String>()
        for file in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Corpus/hi").path) {
            let text = try String(contentsOf: root.appendingPathComponent("Corpus/hi").appendingPathComponent(file), encoding: .utf8)
            words.formUnion(text.split(whereSeparator: { !$0.unicodeScalars.allSatisfy { (0x0900...0x097F).contains($0.value) } }).map(String.init))
        }
        #expect(words.count > 2_000)
        for word in words {
            var word = word
            let (bucketed, plain) = word.withUTF8 { bytes in
                // Every suffix longest first, where two scalars (six bytes) stay.
                let plain = HindiStemmer.suffixes.first { suffix in
                    suffix.count + 6 <= bytes.count && bytes.suffix(suffix.count).elementsEqual(suffix)
                }.map { bytes.count - $0.count } ?? bytes.count
                return (HindiStemmer.stem(bytes), plain)
            }
            #expect(bucketed == plain, "\(word)")
        }
    }

    @Test("different words keep different stems")
    func differentWords() {
        #expect(EnglishStemmer.stem("bank") != EnglishStemmer.stem("band"))
        #expect(HindiStemmer.stem("किसान") != HindiStemmer.stem("किस्म"))
    }
}
