import Foundation
import SangamLexicon
import SangamText
import Testing

@Suite("Lexicon: one lookup over glossary, ICU names and FreeDict")
struct LexiconTests {
    let analyzer = try! TermAnalyzer()

    func lexicon(_ entries: [LexiconEntry]) -> Lexicon { Lexicon(entries: entries, analyzer: analyzer) }

    @Test("an English word is found in any inflection, a Hindi form in any regular inflection")
    func inflectedLookup() {
        let lexicon = lexicon([
            LexiconEntry(english: "farmer", hindi: ["किसान"], kind: "noun", source: .glossary),
            LexiconEntry(english: "kill", hindi: ["मार", "मारा"], kind: "verb", source: .glossary),
        ])
        #expect(lexicon.lookup("farmers").map(\.hindi) == [["किसान"]])
        #expect(lexicon.lookup("किसानों").map(\.english) == ["farmer"])
        #expect(lexicon.lookup("killed").map(\.english) == ["kill"])
        #expect(lexicon.lookup("मारे").map(\.english) == ["kill"])
        #expect(lexicon.lookup("tractor").isEmpty)
    }

    @Test("a sentence is read into concepts, the longest phrase first; a stop word alone is no mention")
    func conceptsInSentences() {
        let lexicon = lexicon([
            LexiconEntry(english: "prime minister", hindi: ["प्रधानमंत्री", "प्रधान मंत्री"], source: .glossary),
            LexiconEntry(english: "minister", hindi: ["मंत्री"], source: .glossary),
            LexiconEntry(english: "on", hindi: ["पर"], source: .freedict),
        ])
        let english = lexicon.concepts(in: analyzer.terms(of: "The Prime Minister met the minister on Friday."))
        let hindi = lexicon.concepts(in: analyzer.terms(of: "प्रधान मंत्री ने शुक्रवार को मंत्रियों से मुलाकात की।"))
        #expect(english.count == 2)
        #expect(Set(english) == Set(hindi))
        #expect(english.map { lexicon.entries(ofConcept: $0).first!.english } == ["prime minister", "minister"])
    }

    @Test("synonyms that share a Hindi form meet in either direction; results list the glossary first")
    func sharedHindiForms() {
        let lexicon = lexicon([
            LexiconEntry(english: "RBI", hindi: ["आरबीआई"], source: .freedict),
            LexiconEntry(english: "Reserve Bank of India", hindi: ["भारतीय रिज़र्व बैंक", "आरबीआई"], source: .glossary),
        ])
        #expect(lexicon.lookup("आरबीआई").map(\.source) == [.glossary, .freedict])
        let fromHindi = Set(lexicon.concepts(in: analyzer.terms(of: "आरबीआई ने दर घटाई")))
        let fromEnglish = Set(lexicon.concepts(in: analyzer.terms(of: "The RBI cut the rate")))
        #expect(!fromHindi.isDisjoint(with: fromEnglish))
    }

    @Test("headwords with digits (G20) are not matched: terms drop digits, so G20 would meet every initial G")
    func digitsInHeadwords() {
        let lexicon = lexicon([
            LexiconEntry(english: "G20", hindi: ["जी-२०"], source: .glossary),
            LexiconEntry(english: "summit", hindi: ["शिखर सम्मेलन"], source: .glossary),
        ])
        #expect(lexicon.concepts(in: analyzer.terms(of: "R. G. Sharma attended the summit")).count == 1)
        #expect(lexicon.concepts(in: analyzer.terms(of: "मोदी जी ने शिखर सम्मेलन में भाग लिया")).count == 1)
    }

    @Test("the project's glossary: at least 2,000 entries, each with a Devanagari form, in NFC")
    func projectGlossary() throws {
        let path = try #require(DictionaryFile.locate(GlossaryFile.fileName))
        let entries = try GlossaryFile.entries(at: path)
        #expect(entries.count >= 2_000)
        let normalizer = try Normalizer()
        for entry in entries {
            #expect(entry.hindi.allSatisfy { $0.unicodeScalars.contains { (0x0900...0x097F).contains($0.value) } }, "\(entry.english)")
            #expect(entry.hindi.allSatisfy { normalizer.nfc($0) == $0 }, "\(entry.english)")
        }
        let lexicon = Lexicon(entries: entries, analyzer: analyzer)
        #expect(lexicon.lookup("elections").contains { $0.hindi.contains("चुनाव") })
        #expect(lexicon.lookup("injured").contains { $0.hindi.contains { $0.hasPrefix("घायल") } })
    }

    @Test("a malformed glossary line is reported with its file and line")
    func malformedGlossary() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("glossary-\(UUID().uuidString).tsv").path
        try "# comment\nfarmer\tकिसान\tnoun\nbroken line without tabs\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: DictionaryError(path: path, line: 3, reason: "expected 2 tab-separated fields, found 1")) {
            try GlossaryFile.entries(at: path)
        }
    }

    @Test("ICU names countries and languages in Hindi")
    func localeNames() {
        let entries = LocaleNameEntries.entries()
        let byEnglish = Dictionary(entries.map { ($0.english, $0.hindi[0]) }, uniquingKeysWith: { first, _ in first })
        #expect(byEnglish["India"] == "भारत")
        #expect(byEnglish["South Korea"] == "दक्षिण कोरिया")
        #expect(byEnglish["Germany"] == "जर्मनी")
        #expect(["हिन्दी", "हिंदी"].contains(byEnglish["Hindi"] ?? ""))
        #expect(entries.count > 300)
        #expect(entries.allSatisfy { $0.source == .icu })
    }

    @Test("FreeDict: senses become content words (से~भेंट~करना → भेंट, मारना stems with मारा)",
          .enabled(if: FreeDictReader.isInstalled, "needs the Debian package dict-freedict-eng-hin"))
    func freeDict() throws {
        let entries = try FreeDictReader.entries()
        #expect(entries.count > 20_000)
        let meet = try #require(entries.first { $0.english == "meet" })
        #expect(meet.hindi.contains("मिलना"))
        #expect(meet.hindi.contains("भेंट"))
        let lexicon = Lexicon(entries: entries, analyzer: analyzer)
        #expect(lexicon.lookup("मारा").contains { $0.english == "kill" })
        #expect(entries.allSatisfy { entry in entry.hindi.allSatisfy { !$0.contains { $0.isASCII && $0.isLetter } } })
    }

    @Test("dictd's base64 offsets and one article")
    func base64() {
        #expect(FreeDictReader.base64Number("Gxvz") == 1_776_627)
        #expect(FreeDictReader.base64Number("B") == 1)
        #expect(FreeDictReader.base64Number("A-") == nil)
        #expect(FreeDictReader.base64Number("//////////////") == nil)  // overflows: refused, not a crash
        #expect(FreeDictReader.entry(headword: "x", article: "x /x/ <N>\n1. घर\n      \"A house.\"\n")?.hindi == ["घर"])
        #expect(FreeDictReader.entry(headword: "x", article: "x /x/ <N>\n1.  In the party only a few\n") == nil)
    }
}
