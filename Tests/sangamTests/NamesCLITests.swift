import Foundation
import Testing

@Suite("sangam names and sangam lookup", .serialized)
struct NamesCLITests {
    func database() throws -> String { try SangamBinary.temporaryPath("names.db") }

    @Test("names import from standard input, then lookup --json answers each query on one line, in order")
    func importAndLookup() throws {
        let db = try database()
        let imported = try SangamBinary.run(["names", "import", "--db", db, "--quiet", "-"], stdin: """
            Narendra Modi\tनरेंद्र मोदी\tperson
            Arvind Kejriwal\tअरविंद केजरीवाल\tperson
            Patna\tBihar
            यून योंगबिन

            """)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.output.contains("-: 3 names (3 new entities, 5 new spellings, 0 merged), 1 line skipped"))
        #expect(imported.stderr.contains("sangam: warning: -:3: both columns are in the same script"))

        let queries = try SangamBinary.temporaryFile(Data("नरेन्द्र मोदी\nKejriwaal\n\nYoon Youngbin\n".utf8), name: "queries.txt")
        let lookup = try SangamBinary.run(["lookup", "--db", db, "--json", "--limit", "2", "--batch", queries, "Narender Modi"])
        #expect(lookup.status == 0, "\(lookup.stderr)")
        let lines = lookup.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 5)
        let objects = try lines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { $0["query"] as? String } == ["Narender Modi", "नरेन्द्र मोदी", "Kejriwaal", "", "Yoon Youngbin"])
        func first(_ index: Int) -> [String: Any]? { (objects[index]["results"] as? [[String: Any]])?.first }
        #expect(first(0)?["hi"] as? String == "नरेंद्र मोदी")
        #expect(first(1)?["en"] as? String == "Narendra Modi")
        #expect(first(2)?["hi"] as? String == "अरविंद केजरीवाल")
        #expect((objects[3]["results"] as? [Any])?.isEmpty == true)
        #expect(first(4)?["hi"] as? String == "यून योंगबिन")
        #expect(first(4)?["en"] is NSNull)
        for object in objects {
            #expect(((object["results"] as? [Any])?.count ?? 99) <= 2)
        }

        let table = try SangamBinary.run(["lookup", "--db", db, "Kejriwal"])
        #expect(table.status == 0)
        #expect(table.output.contains("== Kejriwal =="))
        #expect(table.output.contains("Arvind Kejriwal") && table.output.contains("अरविंद केजरीवाल"))
    }

    @Test("Bad input: a missing store, a list that is not UTF-8, a list that does not exist")
    func badInput() throws {
        let db = try database()
        let missing = try SangamBinary.run(["lookup", "--db", db, "Modi"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no database at \(db)"))
        let list = try SangamBinary.temporaryFile(Data("Sonia Gandhi\n".utf8) + Data([0xC3, 0x28, 0x0A]), name: "bad.txt")
        let bad = try SangamBinary.run(["names", "import", "--db", db, list])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("\(list): not valid UTF-8 at byte offset 13"))
        let gone = try SangamBinary.run(["names", "import", "--db", db, "/nonexistent/names.txt"])
        #expect(gone.status == 65)
        #expect(gone.stderr.contains("/nonexistent/names.txt: cannot read"))
        let empty = try SangamBinary.run(["lookup", "--db", db, "--json", "Sonia Gandhi"])
        #expect(empty.status == 0)
        #expect(!empty.output.contains("\"source\": \"list\""))
    }

    @Test("sangam run mines the names of Corpus/, and lookup answers from them with examples")
    func runMines() throws {
        let db = try database()
        let out = (db as NSString).deletingLastPathComponent + "/out"
        let run = try SangamBinary.run(["run", SangamBinary.packageRoot.appendingPathComponent("Corpus").path, "--db", db, "--out", out, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.output.contains("names      "))
        let lookup = try SangamBinary.run(["lookup", "--db", db, "--json", "--limit", "1", "गौरांगलाल दास", "Yoon Youngbin"])
        let objects = try lookup.output.split(separator: "\n").map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        let answers = objects.compactMap { ($0["results"] as? [[String: Any]])?.first }
        #expect(answers.map { $0["en"] as? String } == ["Gourangalal Das", "Yoon Youngbin"])
        #expect(answers.map { $0["source"] as? String } == ["corpus", "corpus"])
        #expect(answers.allSatisfy { (($0["examples"] as? [[String: Any]])?.first?["hi"] as? String)?.isEmpty == false })
    }
}
