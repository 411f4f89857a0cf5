import Foundation
import GRDB
import SangamIngest
import SangamStore
import SangamText
import Testing

@Suite("CorpusStore")
struct CorpusStoreTests {
    func article(_ id: String, _ language: Language = .english, title: String = "Title",
                 sentences: [String] = ["First sentence.", "Second sentence."]) -> SegmentedArticle {
        SegmentedArticle(
            article: Article(externalID: id, language: language, title: title,
                             published: PublicationTime(iso8601: "2025-12-06T15:53:00+05:30"), paragraphs: [sentences.joined(separator: " ")]),
            sentences: sentences.map { ArticleSentence(paragraph: 0, text: $0, matchingForm: $0.lowercased(), script: .latin) })
    }

    @Test("same article twice stores once; new content replaces the old version and raises its revision")
    func idempotentAndReplacing() throws {
        let store = try CorpusStore(writer: DatabaseQueue())
        #expect(try store.save([article("a"), article("b")], from: "one.txt", at: "t1") == [.inserted, .inserted])
        #expect(try store.save([article("a"), article("b")], from: "one.txt", at: "t2") == [.unchanged, .unchanged])
        let before = try #require(try store.article(externalID: "a"))
        #expect(try store.save([article("a", sentences: ["Only one now."])], from: "one.txt", at: "t3") == [.replaced])
        let after = try #require(try store.article(externalID: "a"))
        #expect(after.record.id == before.record.id)
        #expect(after.record.revision == 2)
        #expect(after.record.ingestedAt == "t3")
        #expect(after.sentences.map(\.text) == ["Only one now."])
        let sentenceRows = try store.writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM sentence") }
        #expect(sentenceRows == 3)  // a's old two sentences are gone
    }

    @Test("a file's articles go in together or not at all")
    func oneTransactionPerFile() throws {
        let store = try CorpusStore(writer: DatabaseQueue())
        _ = try store.save([article("kept")], from: "earlier.txt", at: "t1")
        // A real SQLite failure in the middle of a file: a trigger refuses one article.
        try store.writer.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse BEFORE INSERT ON article WHEN NEW.title = 'poison'
                BEGIN SELECT RAISE(ABORT, 'refused'); END
                """)
        }
        #expect(throws: StoreError.self) {
            try store.save([article("x"), article("y", title: "poison"), article("z")], from: "bad.txt", at: "t2")
        }
        let ids = try store.writer.read { try String.fetchAll($0, sql: "SELECT external_id FROM article ORDER BY 1") }
        #expect(ids == ["kept"])
        let sentences = try store.writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM sentence") }
        #expect(sentences == 2)
    }

    @Test("constraints live in SQLite: languages, foreign keys, cascade")
    func constraints() throws {
        let store = try CorpusStore(writer: DatabaseQueue())
        _ = try store.save([article("a")], from: "f", at: "t")
        #expect(throws: (any Error).self) {
            try store.writer.write { try $0.execute(sql: "UPDATE article SET language = 'fr'") }
        }
        #expect(throws: (any Error).self) {
            try store.writer.write {
                try $0.execute(sql: "INSERT INTO sentence (article_id, position, paragraph, text, match_form, script) VALUES (999, 0, 0, 'x', 'x', 'latin')")
            }
        }
        try store.writer.write { try $0.execute(sql: "DELETE FROM article") }
        #expect(try store.writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM sentence") } == 0)
    }

    @Test("statistics per language with the publication range")
    func statistics() throws {
        let store = try CorpusStore(writer: DatabaseQueue())
        _ = try store.save([article("a"), article("b", .hindi, sentences: ["एक।", "दो।", "तीन।"])], from: "f", at: "t")
        let stats = try store.statistics()
        #expect(stats.languages["en"]?.articles == 1)
        #expect(stats.languages["en"]?.sentences == 2)
        #expect(stats.languages["hi"]?.sentences == 3)
        #expect(stats.languages["hi"]?.firstPublished == "2025-12-06T15:53:00+05:30")
    }

    @Test("a file store is in WAL mode and a reader sees committed data while another connection writes")
    func walFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sangam-\(UUID().uuidString).db").path
        let writerStore = try CorpusStore.open(path: path)
        let readerStore = try CorpusStore.open(path: path)
        let mode = try writerStore.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        #expect(try writerStore.writer.read { try Int.fetchOne($0, sql: "PRAGMA page_size") } == 16_384)
        _ = try writerStore.save([article("a")], from: "f", at: "t")
        try writerStore.writer.write { db in
            try db.execute(sql: "UPDATE article SET title = 'in flight'")
            // While this write transaction is open, the other connection still reads.
            let title = try readerStore.writer.read { try String.fetchOne($0, sql: "SELECT title FROM article") }
            #expect(title == "Title")
        }
        #expect(try readerStore.article(externalID: "a")?.record.title == "in flight")
    }

    @Test("a file that is not SQLite is refused with the store's error")
    func notADatabase() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sangam-\(UUID().uuidString).db").path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        #expect { try CorpusStore.open(path: path) } throws: { error in
            let code = (error as? StoreError)?.code
            return code == .open || code == .migration
        }
    }
}
