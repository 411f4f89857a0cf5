import Foundation
import Testing

@Suite("sangam ingest, stats, show", .serialized)
struct IngestCLITests {
    func temporaryDatabase() throws -> String { try SangamBinary.temporaryPath("test.db") }

    var corpus: String { SangamBinary.packageRoot.appendingPathComponent("Corpus").path }
    var seed: String {
        SangamBinary.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds/ians-en-2025-12-06-india-korea-space.txt").path
    }

    @Test("ingest the Corpus and the seed page; the rerun is a no-op; stats and show read the store")
    func corpusRoundTrip() throws {
        let db = try temporaryDatabase()
        let pages = try FileManager.default.subpathsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }.count
        let files = pages + 2  // the JSONL file and the seed page
        let articles = pages + 1 + 6  // the JSONL file holds six
        let first = try SangamBinary.run(["ingest", "--db", db, corpus, seed])
        #expect(first.status == 0)
        #expect(first.stderr.isEmpty)
        let summary = try #require(first.output.split(separator: "\n").last)
        #expect(summary.hasPrefix("\(files) files: \(articles) articles added, 0 updated, 0 unchanged"))
        let second = try SangamBinary.run(["ingest", "--db", db, "--quiet", corpus, seed])
        #expect(second.status == 0)
        #expect(second.output.hasPrefix("\(files) files: 0 articles added, 0 updated, \(articles) unchanged"))

        let stats = try SangamBinary.run(["stats", "--db", db])
        #expect(stats.status == 0)
        #expect(stats.output.contains("\nen        "))
        #expect(stats.output.contains("\nhi        "))

        let show = try SangamBinary.run(["show", "--db", db, "en/ians-en-2025-12-06-india-korea-space"])
        #expect(show.status == 0)
        #expect(show.output.contains("title      India, South Korea explore space cooperation, discuss strengthening ties\n"))
        #expect(show.output.contains("published  2025-12-06T15:53:00+05:30\n"))
        #expect(show.output.contains("dateline   Seoul\n"))
        #expect(show.output.contains("\n1    Indian Ambassador to South Korea Gourangalal Das"))
    }

    @Test("$SANGAM_DB is the default database")
    func environmentDatabase() throws {
        let db = try temporaryDatabase()
        let process = Process()
        process.executableURL = SangamBinary.url
        process.arguments = ["ingest", "--quiet", seed]
        process.environment = ["SANGAM_DB": db]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: db))
    }

    @Test("exit 1 when a file fails, naming it; exit 2 on usage errors; unknown ids and missing databases explained")
    func failures() throws {
        let db = try temporaryDatabase()
        let bad = try SangamBinary.temporaryFile(Data("Seoul, Dec 6 (IANS) ".utf8) + Data([0xC0, 0x80]), name: "bad.txt")
        let result = try SangamBinary.run(["ingest", "--db", db, seed, bad])
        #expect(result.status == 1)
        #expect(result.stderr.contains("sangam: error: \(bad): not valid UTF-8 at byte offset 20"))
        #expect(result.output.contains("failed     \(bad)"))
        #expect(result.output.contains("1 article added"))

        #expect(try SangamBinary.run(["ingest", "--db", db]).status == 2)
        #expect(try SangamBinary.run(["ingest", "--no-such-flag", seed]).status == 2)

        let unknown = try SangamBinary.run(["show", "--db", db, "no/such-article"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no article with id \"no/such-article\""))
        let missing = try SangamBinary.run(["stats", "--db", db + ".missing"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no database at"))
    }
}
