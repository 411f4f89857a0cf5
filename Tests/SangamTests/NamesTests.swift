import Foundation
import GRDB
import Sangam
import SangamAlign
import SangamLexicon
import SangamNames
import SangamStore
import SangamTranslit
import Testing

@Suite("Names: import, lookup and mining", .serialized)
struct NamesTests {
    static let analyzer = try! NameAnalyzer.standard()
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func list(_ text: String, name: String = "officials.tsv") throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sangam-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func directory(_ store: CorpusStore) throws -> NameDirectory {
        NameDirectory(store: store, analyzer: Self.analyzer, transliteration: try Transliteration.standard())
    }

    @Test("A list goes in with its problems reported by line; importing it again adds nothing")
    func importList() throws {
        let store = try CorpusStore(writer: DatabaseQueue())
        let importer = NameImporter(store: store, analyzer: Self.analyzer)
        let path = try list("""
            english\thindi\ttype
            Narendra Modi\tनरेंद्र मोदी\tperson
            नरेन्द्र मोदी
            Arvind Kejriwal
            Delhi\tNew Delhi
            केजरीवाल\tArvind Kejriwal

            """)
        let first = try importer.importList(path)
        #expect(first.lines == 6)
        #expect(first.problemCount == 1 && first.problems == ["\(path):5: both columns are in the same script; expected english<TAB>hindi"])
        #expect(first.counts.names == 4)
        // नरेन्द्र मोदी has नरेंद्र मोदी's matching form, so it is a duplicate; केजरीवाल joins
        // Arvind Kejriwal's entity as its Hindi spelling.
        #expect(first.counts.newEntities == 2 && first.counts.newForms == 4)
        let again = try importer.importList(path)
        #expect(again.counts.newEntities == 0 && again.counts.newForms == 0)
        #expect(try store.nameCounts().entities == 2)
        let kejriwal = try NameDirectory(store: store, analyzer: Self.analyzer, transliteration: nil).lookup(["Kejriwal"], limit: 1)
        #expect(kejriwal.first?.answers.first?.hindi == "केजरीवाल")
        // A second list that names the same person is kept as a source too, once.
        let second = try list("नरेंद्र मोदी\tNarendra Modi\n", name: "leaders.tsv")
        _ = try importer.importList(second)
        _ = try importer.importList(second)
        let modi = try NameDirectory(store: store, analyzer: Self.analyzer, transliteration: nil).lookup(["Narendra Modi"], limit: 1)
        #expect(modi.first?.answers.first?.lists == ["leaders.tsv", "officials.tsv"])
    }

    @Test("A name that joins two entities merges them; references stay whole and foreign keys are checked again after")
    func mergeKeepsReferences() throws {
        let store = try CorpusStore(writer: DatabaseQueue())
        let importer = NameImporter(store: store, analyzer: Self.analyzer)
        _ = try importer.importList(try list("Arvind Kejriwal\n", name: "english.tsv"))
        _ = try importer.importList(try list("अरविंद केजरीवाल\n", name: "hindi.tsv"))
        _ = try importer.importList(try list("अरविंद केजरीवाल\n", name: "more.tsv"))  // a source row for the entity merged away
        _ = try importer.importList(try list("Arvind Kejriwal\tअरविंद केजरीवाल\n", name: "both.tsv"))
        #expect(try store.nameCounts().entities == 1)
        let (orphans, checking) = try store.writer.read { db in
            (try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count, try Bool.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(orphans == 0)
        #expect(checking == true)
        // The text index has a row for every spelling (written at the end of each list) and no other.
        try store.writer.write { db in
            try db.execute(sql: "INSERT INTO entity_form_search(entity_form_search, rank) VALUES ('integrity-check', 1)")
        }
        let indexed = try store.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entity_form_search WHERE entity_form_search MATCH 'kejriwal'")
        }
        #expect(indexed == 1)
        let found = try NameDirectory(store: store, analyzer: Self.analyzer, transliteration: nil).lookup(["Kejriwal", "केजरीवाल"], limit: 1)
        for query in found {
            #expect(query.answers.first?.english == "Arvind Kejriwal" && query.answers.first?.hindi == "अरविंद केजरीवाल")
            #expect(query.answers.first?.lists == ["both.tsv", "english.tsv", "hindi.tsv", "more.tsv"])
        }
    }

    @Test("A list that is not UTF-8 leaves nothing of itself behind")
    func badList() throws {
        let store = try CorpusStore(writer: DatabaseQueue())
        let importer = NameImporter(store: store, analyzer: Self.analyzer)
        let path = try list("Amit Shah\tअमित शाह\n")
        _ = try importer.importList(path)
        let bad = try list("Rahul Gandhi\n")
        try (Data("Sonia Gandhi\n".utf8) + Data([0xFF, 0x0A])).write(to: URL(fileURLWithPath: bad))
        #expect(throws: (any Error).self) { try importer.importList(bad) }
        #expect(try store.nameCounts().entities == 1)
    }

    @Test("Lookup in both scripts, with variant spellings and typos, ranked by evidence")
    func lookup() throws {
        let store = try CorpusStore(writer: DatabaseQueue())
        _ = try NameImporter(store: store, analyzer: Self.analyzer).importList(try list("""
            Narendra Modi\tनरेंद्र मोदी\tperson
            Narendra Mehta\tनरेंद्र मेहता\tperson
            Arvind Kejriwal\tअरविंद केजरीवाल\tperson
            गौरांगलाल दास
            Uttar Pradesh\tउत्तर प्रदेश\tplace

            """, name: "people.tsv"))
        let results = try directory(store).lookup(["Narender Modi", "नरेन्द्र मोदी", "Kejriwaal", "Gourangalal Das", "Zzyzx Qwerty"], limit: 3)
        #expect(results.map(\.query) == ["Narender Modi", "नरेन्द्र मोदी", "Kejriwaal", "Gourangalal Das", "Zzyzx Qwerty"])
        #expect(results[0].answers.first?.hindi == "नरेंद्र मोदी")
        #expect(results[0].answers.first?.type == "person")
        #expect(results[0].answers.first?.lists == ["people.tsv"])
        #expect(results[1].answers.first?.english == "Narendra Modi")
        #expect(results[2].answers.first?.hindi == "अरविंद केजरीवाल")
        let das = try #require(results[3].answers.first)
        #expect(das.hindi == "गौरांगलाल दास" && das.english == nil && das.source == "list" && das.confidence == nil)
        let guess = try #require(results[4].answers.last)
        #expect(guess.source == "transliteration" && guess.english == "Zzyzx Qwerty" && guess.hindi != nil)
        for result in results {
            #expect(result.answers.count <= 3)
            #expect(zip(result.answers, result.answers.dropFirst()).allSatisfy { $0.score >= $1.score || $1.source == "transliteration" })
        }
        #expect(try directory(store).lookup(["Narendra Modi"], limit: 0).first?.answers.isEmpty == true)
        let json = results[0].jsonLine
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["query"] as? String == "Narender Modi")
        let first = try #require((object["results"] as? [[String: Any]])?.first)
        #expect(first["en"] as? String == "Narendra Modi" && first["hi"] as? String == "नरेंद्र मोदी" && first["source"] as? String == "list")
        #expect(json.hasPrefix("{\"query\": \"Narender Modi\", \"results\": [{\"en\": \"Narendra Modi\", \"hi\": \"नरेंद्र मोदी\", \"score\": "))
    }

    @Test("Mining Corpus/ finds names with both spellings; realigning and mining again counts each mention once")
    func mining() throws {
        let store = try CorpusStore(writer: DatabaseQueue())
        _ = try Ingestor(store: store).ingest([Self.root.appendingPathComponent("Corpus").path]) { _ in }
        let lexicon = try Lexicon.standard(sources: [.glossary])
        let extractor = AnchorExtractor(lexicon: lexicon)
        _ = try PairingStage(store: store, extractor: extractor).run()
        _ = try AlignmentStage(store: store, extractor: extractor).run()
        let stage = MiningStage(store: store, miner: EntityMiner(analyzer: Self.analyzer, lexicon: lexicon))
        let first = try stage.run()
        #expect(first.pairs == 23 && first.mentions > 100)
        let lookups = try directory(store).lookup(["Yoon Youngbin", "गौरांगलाल दास", "Rajnath Singh", "South Korea", "L. Murugan"], limit: 1)
        let found = lookups.map { ($0.answers.first?.english ?? "", $0.answers.first?.hindi ?? "", $0.answers.first?.source ?? "") }
        #expect(found.map(\.0) == ["Yoon Youngbin", "Gourangalal Das", "Rajnath Singh", "South Korea", "L. Murugan"])
        #expect(found.map(\.1) == ["यून योंगबिन", "गौरांगलाल दास", "राजनाथ सिंह", "दक्षिण कोरिया", "एल. मुरुगन"])
        #expect(found.allSatisfy { $0.2 == "corpus" })
        #expect(lookups[3].answers.first?.type == "place")
        #expect(lookups[0].answers.first?.examples.first?.english.contains("Yoon Youngbin") == true)
        #expect(lookups.allSatisfy { ($0.answers.first?.confidence).map { (0.5...1).contains($0) } == true })

        #expect(try stage.run().pairs == 0)
        let counts = try store.nameCounts()
        let mentions = { try store.writer.read { try Int.fetchOne($0, sql: "SELECT SUM(mentions) FROM entity_form")! } }
        let before = try mentions()
        _ = try AlignmentStage(store: store, extractor: extractor).run(all: true)
        #expect(try store.pairIDsToMine().count == 23)
        #expect(try stage.run().pairs == 23)
        #expect(try mentions() == before)
        #expect(try store.nameCounts() == counts)
    }
}
