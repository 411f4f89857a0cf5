import SangamAlign
import Testing

@Suite("DocumentPairer")
struct DocumentPairerTests {
    let extractor = AlignmentFixtures.extractor

    func document(_ id: Int64, hours: Int64?, _ slug: String, _ language: String) throws -> PairingDocument {
        let sentences = try AlignmentFixtures.sentences(slug, language).filter { !$0.isEmpty }
        return PairingDocument(id: id, epoch: hours.map { 1_764_000_000 + $0 * 3_600 },
                               sentences: sentences.map(extractor.analyze), title: nil)
    }

    let slugs = ["2025-12-05-rbi-repo-rate-cut", "2025-11-28-q2-gdp-growth", "2025-12-01-cyclone-ditwah-relief",
                 "2025-12-06-india-korea-space", "ians-20251207-001"]

    @Test("each article finds its counterpart among the others; an article with none stays unpaired")
    func pairsCounterparts() throws {
        let english = try slugs.enumerated().map { try document(Int64($0.offset), hours: 0, $0.element, "en") }
        // The Hindi side lacks the last story and has one the English side lacks.
        var hindi = try slugs.dropLast().enumerated().map { try document(Int64(100 + $0.offset), hours: 1, $0.element, "hi") }
        hindi.append(try document(199, hours: 1, "2025-12-02-smat-vidarbha-saurashtra", "hi"))
        let pairs = DocumentPairer().pair(english: english, hindi: hindi)
        #expect(Set(pairs.map { "\($0.english)-\($0.hindi)" }) == ["0-100", "1-101", "2-102", "3-103"])
        #expect(pairs.allSatisfy { (0...1).contains($0.score) && $0.evidence.sharedNumbers + $0.evidence.sharedNames > 0 })
    }

    @Test("articles outside the time window are not compared; an undated one is compared with all")
    func window() throws {
        let english = [try document(1, hours: 0, slugs[0], "en")]
        let late = [try document(2, hours: 100, slugs[0], "hi")]
        #expect(DocumentPairer().pair(english: english, hindi: late).isEmpty)
        var everything = DocumentPairer.Parameters()
        everything.windowHours = nil
        #expect(DocumentPairer(parameters: everything).pair(english: english, hindi: late).count == 1)
        let undated = [try document(3, hours: nil, slugs[0], "hi")]
        #expect(DocumentPairer().pair(english: english, hindi: undated).map(\.hindi) == [3])
    }

    @Test("no articles on one side: no pairs")
    func empty() throws {
        #expect(DocumentPairer().pair(english: [try document(1, hours: 0, slugs[0], "en")], hindi: []).isEmpty)
    }
}
