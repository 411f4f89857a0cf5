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

    @Test("the English stemmer's byte comparisons give the stems of its suffix rules written with strings, on every English word of Corpus/")
    func englishBytesMatchStringRules() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var words: Set<String> = ["classes", "boxes", "buzzes", "wishes", "horses", "lies", "studies", "studied", "bus", "this",
                                  "stopped", "falling", "agreed", "india's", "sees", "uses", "grasses", "dresses", "ties"]
        for file in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Corpus/en").path) {
            let text = try String(contentsOf: root.appendingPathComponent("Corpus/en").appendingPathComponent(file), encoding: .utf8)
            words.formUnion(text.lowercased().split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0 == "'")) }).map(String.init))
        }
        #expect(words.count > 2_000)
        for word in words where !word.isEmpty {
            var bytes = word
            let stem = bytes.withUTF8 { bytes in
                let (keep, append) = EnglishStemmer.regularStem(bytes)
                return String(decoding: Array(bytes[..<keep]) + append, as: UTF8.self)
            }
            #expect(stem == Self.referenceStem(word), "\(word)")
        }
    }

    /// The suffix rules, written with strings.
    static func referenceStem(_ word: String) -> String {
        var word = word
        if word.count > 2, word.hasSuffix("'s") { word.removeLast(2) }
        guard word.count > 3 else { return word }
        func trimmed(_ stem: String) -> String {
            var stem = stem
            if stem.count > 3, stem.hasSuffix("e") { stem.removeLast() }
            if stem.count > 3, let last = stem.last, stem.dropLast().last == last, !"aeiouls".contains(last) { stem.removeLast() }
            return stem
        }
        if word.count > 4, word.hasSuffix("ies") || word.hasSuffix("ied") { return word.dropLast(3) + "y" }
        if word.hasSuffix("sses") { return String(word.dropLast(2)) }
        if word.count > 5, word.hasSuffix("ing") { return trimmed(String(word.dropLast(3))) }
        if word.count > 4, word.hasSuffix("ed") { return trimmed(String(word.dropLast(2))) }
        if word.count > 4, word.hasSuffix("es"), "sxzh".contains(word.dropLast(2).last!) { return String(word.dropLast(2)) }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") { return trimmed(String(word.dropLast())) }
        return trimmed(word)
    }

    @Test("different words keep different stems")
    func differentWords() {
        #expect(EnglishStemmer.stem("bank") != EnglishStemmer.stem("band"))
        #expect(HindiStemmer.stem("किसान") != HindiStemmer.stem("किस्म"))
    }
}
