import GRDB
import SangamIngest
import SangamStore
import SangamText
import Testing

@Suite("CorpusStore: document pairs and aligned segments")
struct PairStoreTests {
    func article(_ id: String, _ language: Language, sentences: [String],
                 published: String? = "2025-12-06T15:53:00+05:30") -> SegmentedArticle {
        SegmentedArticle(
            article: Article(externalID: id, language: language, title: id,
                             published: published.flatMap(PublicationTime.init(iso8601:)), paragraphs: [sentences.joined(separator: " ")]),
            sentences: sentences.map { ArticleSentence(paragraph: 0, text: $0, matchingForm: $0, script: .latin) })
    }

    /// A store with two English and two Hindi articles; returns the store and the row ids by external id.
    func store() throws -> (CorpusStore, [String: Int64]) {
        let store = try CorpusStore(writer: DatabaseQueue())
        _ = try store.save([article("e1", .english, sentences: ["One.", "Two."]), article("e2", .english, sentences: ["Three."]),
                            article("h1", .hindi, sentences: ["एक।", "दो।"]), article("h2", .hindi, sentences: ["तीन।"])],
                           from: "f", at: "t")
        let ids = try store.writer.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT external_id, id FROM article").map {
                ($0["external_id"] as String, $0["id"] as Int64)
            })
        }
        return (store, ids)
    }

    func pair(_ ids: [String: Int64], _ english: String, _ hindi: String, _ score: Double = 0.8) -> NewDocumentPair {
        NewDocumentPair(englishArticleID: ids[english]!, hindiArticleID: ids[hindi]!, score: score, evidenceJSON: "{}")
    }

    @Test("replacing pairs keeps unchanged pairs with their segments, drops the rest")
    func replacePairs() throws {
        let (store, ids) = try store()
        #expect(try store.replacePairs(with: [pair(ids, "e1", "h1"), pair(ids, "e2", "h2")], at: "t1") == PairChanges(added: 2))
        let toAlign = try store.pairsToAlign()
        #expect(toAlign.map(\.english) == [["One.", "Two."], ["Three."]])
        for item in toAlign {
            try store.saveAlignment(pairID: item.pairID, segments: [
                NewAlignedSegment(englishPositions: [0], hindiPositions: [0], englishText: item.english[0],
                                  hindiText: item.hindi[0], score: 0.9, beadType: "1-1"),
            ], at: "t2")
        }
        #expect(try store.pairsToAlign().isEmpty)
        #expect(try store.segmentCounts() == (2, 2))
        // e1–h1 stays; e2 now pairs with nothing.
        #expect(try store.replacePairs(with: [pair(ids, "e1", "h1", 0.7)], at: "t3") == PairChanges(kept: 1, removed: 1))
        #expect(try store.segmentCounts() == (1, 1))
        #expect(try store.pairs().map(\.score) == [0.7])
        #expect(try store.pairs().first?.alignedAt == "t2")
    }

    @Test("linked segments stream in order with each row's own ids, positions, bead and date, unaligned ones left out")
    func linkedSegments() throws {
        let store = try CorpusStore(writer: DatabaseQueue())
        _ = try store.save([article("en/a", .english, sentences: ["One.", "Two.", "Three."]),
                            article("en/b", .english, sentences: ["Four.", "Five."], published: nil),
                            article("hi/a", .hindi, sentences: ["एक।", "दो।"]),
                            article("hi/b", .hindi, sentences: ["चार और पांच।"], published: nil)],
                           from: "f", at: "t")
        let ids = try store.writer.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT external_id, id FROM article").map {
                ($0["external_id"] as String, $0["id"] as Int64)
            })
        }
        _ = try store.replacePairs(with: [pair(ids, "en/b", "hi/b"), pair(ids, "en/a", "hi/a")], at: "t1")
        for item in try store.pairsToAlign() {
            let segments = item.english.count == 3 ? [
                NewAlignedSegment(englishPositions: [0], hindiPositions: [0], englishText: "One.", hindiText: "एक।", score: 0.9, beadType: "1-1"),
                NewAlignedSegment(englishPositions: [1], hindiPositions: [], englishText: "Two.", hindiText: "", score: 0.6, beadType: "1-0"),
                NewAlignedSegment(englishPositions: [2], hindiPositions: [1], englishText: "Three.", hindiText: "दो।", score: 0.7, beadType: "1-1"),
            ] : [
                NewAlignedSegment(englishPositions: [0, 1], hindiPositions: [0], englishText: "Four. Five.", hindiText: "चार और पांच।",
                                  score: 0.8, beadType: "2-1"),
            ]
            try store.saveAlignment(pairID: item.pairID, segments: segments, at: "t2")
        }
        let cacheBefore = try store.writer.read { try Int.fetchOne($0, sql: "PRAGMA cache_size") }
        var rows: [SegmentRow] = []
        try store.forEachLinkedSegment { rows.append($0) }
        #expect(rows.map { String(decoding: $0.englishUTF8, as: UTF8.self) } == ["One.", "Three.", "Four. Five."])
        #expect(rows.map { String(decoding: $0.hindiUTF8, as: UTF8.self) } == ["एक।", "दो।", "चार और पांच।"])
        #expect(rows.map(\.englishArticle) == ["en/a", "en/a", "en/b"])
        #expect(rows.map(\.hindiArticle) == ["hi/a", "hi/a", "hi/b"])
        #expect(rows.map(\.englishPositions) == [[0], [2], [0, 1]])
        #expect(rows.map(\.hindiPositions) == [[0], [1], [0]])
        #expect(rows.map(\.beadType) == ["1-1", "1-1", "2-1"])
        #expect(rows.map { $0.published?.prefix(10) } == ["2025-12-06", "2025-12-06", nil])
        #expect(try store.writer.read { try Int.fetchOne($0, sql: "PRAGMA cache_size") } == cacheBefore)
    }

    @Test("an article whose content changes loses its pairs and their segments")
    func revisionDropsPairs() throws {
        let (store, ids) = try store()
        _ = try store.replacePairs(with: [pair(ids, "e1", "h1"), pair(ids, "e2", "h2")], at: "t1")
        let first = try #require(try store.pairsToAlign().first)
        try store.saveAlignment(pairID: first.pairID, segments: [
            NewAlignedSegment(englishPositions: [0, 1], hindiPositions: [0], englishText: "One. Two.", hindiText: "एक।",
                              score: 0.5, beadType: "2-1"),
        ], at: "t2")
        #expect(try store.save([article("e1", .english, sentences: ["One, revised."])], from: "f", at: "t3") == [.replaced])
        #expect(try store.pairs().map(\.englishExternalID) == ["e2"])
        #expect(try store.segmentCounts() == (0, 0))
        // Unchanged content does not touch the pairs.
        #expect(try store.save([article("e2", .english, sentences: ["Three."])], from: "f", at: "t4") == [.unchanged])
        #expect(try store.pairs().count == 1)
    }

    @Test("one counterpart per article and scores in [0, 1], enforced by SQLite")
    func constraints() throws {
        let (store, ids) = try store()
        #expect(throws: StoreError.self) {
            try store.replacePairs(with: [pair(ids, "e1", "h1"), pair(ids, "e2", "h1")], at: "t")
        }
        #expect(try store.pairs().isEmpty)
        #expect(throws: StoreError.self) { try store.replacePairs(with: [pair(ids, "e1", "h1", 1.5)], at: "t") }
    }
}
