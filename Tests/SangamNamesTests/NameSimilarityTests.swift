import Testing
@testable import SangamNames

@Suite("Name similarity")
struct NameSimilarityTests {
    @Test("English's free spellings fold to one", arguments: [
        ("Gourangalal", "gaurangalal"),
        ("Shree", "shri"),
        ("Poonam", "punam"),
        ("Phadnavis", "fadnavis"),
        ("Abdullah", "abdula"),
        ("Mamatta  Bannerjee", "mamata banerji"),
        ("Erdoğan", "erdogan"),
        ("Kejriwaal", "kejrival"),
    ])
    func folds(spelling: String, folded: String) {
        #expect(NameSimilarity.fold(spelling) == folded)
    }

    @Test("A name is closer to its own spellings than to other names")
    func ranksVariantsAboveOthers() {
        let query = NameSimilarity.fold("Narender Modi")
        let same = NameSimilarity.similarity(query, NameSimilarity.fold("Narendra Modi"))
        let other = NameSimilarity.similarity(query, NameSimilarity.fold("Narendra Mehta"))
        #expect(same > 0.85)
        #expect(same > other)
        #expect(NameSimilarity.similarity("modi", "modi") == 1)
    }

    @Test("A surname alone matches the full name less than the full name does")
    func partialQueries() {
        let full = NameSimilarity.fold("Arvind Kejriwal")
        #expect(NameSimilarity.similarity("kejrival", full) < NameSimilarity.similarity("arvind kejrival", full))
        #expect(NameSimilarity.similarity("kejrival", full) >= 0.5)
    }

    @Test("Compounds meet their spaced spelling")
    func compounds() {
        #expect(NameSimilarity.similarity(NameSimilarity.fold("Rajya Sabha"), NameSimilarity.fold("Rajyasabha")) == 1)
    }
}
