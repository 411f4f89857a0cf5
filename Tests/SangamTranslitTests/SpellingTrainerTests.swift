import Foundation
import Testing
@testable import SangamTranslit

@Suite("Learning Latin → Devanagari from name lists")
struct SpellingTrainerTests {
    let pairs = [
        NamePair(latin: "Gupta", hindi: "गुप्ता"), NamePair(latin: "Dutta", hindi: "दत्ता"),
        NamePair(latin: "Mehta", hindi: "मेहता"), NamePair(latin: "Court", hindi: "न्यायालय"),
    ]

    @Test("Pairs the lattice can write are aligned and counted; a translation is not")
    func aligns() {
        let (costs, report) = SpellingTrainer.train(pairs)
        #expect(report.pairs == 4)
        #expect(report.aligned == 3)
        #expect(report.unalignedExamples == [NamePair(latin: "Court", hindi: "न्यायालय")])
        #expect(costs.count > 0)
    }

    @Test("Learned costs change the speller's choice: the conjunct of गुप्ता over गुपता")
    func learnedCostsTakeEffect() {
        let (costs, _) = SpellingTrainer.train(pairs)
        #expect(DevanagariSpeller().candidates(forWord: "Gupta", limit: 1).first?.text == "गुपता")
        #expect(DevanagariSpeller(costs: costs).candidates(forWord: "Gupta", limit: 1).first?.text == "गुप्ता")
    }

    @Test("Training is deterministic: the same pairs give the same file")
    func deterministic() {
        let first = SpellingTrainer.train(pairs).0.fileText(comment: "x")
        let second = SpellingTrainer.train(pairs).0.fileText(comment: "x")
        #expect(first == second)
    }

    @Test("Name lists: header skipped, translations left out, variants added, word by word")
    func nameList() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("names-\(UUID().uuidString).tsv").path
        try """
            english\thindi\ttype\tnote
            Narendra Modi\tनरेंद्र मोदी\tperson\tvariant: नरेन्द्र मोदी
            Supreme Court\tसर्वोच्च न्यायालय\torganisation\ttranslated
            Tamil Nadu\tतमिलनाडु\tplace\twritten as one word in Hindi
            Election Commission\tचुनाव आयोग\torganisation\ttranslated; variant: निर्वाचन आयोग

            """.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try NameList.wordPairs(at: path) == [
            NamePair(latin: "Narendra", hindi: "नरेंद्र"), NamePair(latin: "Modi", hindi: "मोदी"),
            NamePair(latin: "Narendra", hindi: "नरेन्द्र"),
        ])
    }

    @Test("With the shipped costs sh is one sound, not as s and a silent h (Sharad was सराद)",
          arguments: ["Sharad", "Shashi", "Shanti", "Subhash"])
    func digraphNotSplit(latin: String) throws {
        let best = try #require(try Transliteration.standard().candidates(for: latin, to: .devanagari).first?.text)
        #expect(!best.contains("स"), "\(latin) → \(best)")
    }

    @Test("The letter model prefers Hindi-looking spellings")
    func letterModel() {
        let model = LetterModel(words: ["यादव", "राघव", "माधव", "केशव", "यामिनी", "दावा"])
        #expect(model.cost(of: "यादव") < model.cost(of: "यदाव"))
        #expect(LetterModel().cost(of: "यादव") == 0)
    }
}
