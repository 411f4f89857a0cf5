import Testing
import SangamNames

@Suite("Name ranking")
struct NameRankerTests {
    static let analyzer = try! NameAnalyzer.standard()

    func candidate(_ id: Int64, _ forms: [String], mentions: Int = 0, retrieval: NameCandidate.Retrieval = .wholeKey) -> NameCandidate {
        let analysed = forms.compactMap(Self.analyzer.analyze)
        return NameCandidate(entityID: id, forms: analysed.map {
            .init(language: $0.script.language, text: $0.text, roman: $0.roman, mentions: mentions, listed: mentions == 0)
        }, type: nil, sources: [], retrieval: retrieval)
    }

    @Test("An English query finds the Hindi-only entity that romanises closest")
    func crossScript() throws {
        let query = try #require(Self.analyzer.analyze("Krishna"))
        let ranked = NameRanker().rank(query, [candidate(1, ["कृष्णन"]), candidate(2, ["कृष्ण"])])
        #expect(ranked.map(\.candidate.entityID) == [2, 1])
    }

    @Test("Exact spelling beats a look-alike; corpus evidence breaks a tie")
    func evidence() throws {
        let query = try #require(Self.analyzer.analyze("Rahul Kumar"))
        let ranked = NameRanker().rank(query, [candidate(1, ["Rahul Kumar"]), candidate(2, ["Rahul Kumar", "राहुल कुमार"], mentions: 9)])
        #expect(ranked.first?.candidate.entityID == 2)
        #expect(ranked.allSatisfy { (0...1).contains($0.score) })
        let typo = try #require(Self.analyzer.analyze("Kejriwaal"))
        let found = NameRanker().rank(typo, [candidate(3, ["Kejriwal"], retrieval: .text), candidate(4, ["Arvind Kejriwal"])])
        #expect(found.first.map { $0.similarity > 0.9 } == true)
    }
}
