import Foundation
import Testing

@Suite("sangam align-sentences, pair, pairs, align", .serialized)
struct AlignCLITests {
    var dev: URL { SangamBinary.packageRoot.appendingPathComponent("Benchmarks/align-dev") }
    var corpus: String { SangamBinary.packageRoot.appendingPathComponent("Corpus").path }

    func devFile(_ slug: String, _ language: String) -> String {
        dev.appendingPathComponent("docs/\(slug).\(language)").path
    }

    /// Beads as (English ids, Hindi ids, score), checking the three-column format on the way.
    func beads(_ output: String) -> [(english: [Int], hindi: [Int], score: Double)] {
        output.split(separator: "\n").map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(fields.count == 3, "\(line)")
            let ids = { (field: Substring) in field.split(separator: ",").map { Int($0)! } }
            return (ids(fields[0]), ids(fields[1]), Double(fields[2])!)
        }
    }

    @Test("two files in, hunalign-style beads out, covering every sentence once")
    func alignFiles() throws {
        let slug = "2025-12-05-rbi-repo-rate-cut"
        let result = try SangamBinary.run(["align-sentences", devFile(slug, "en"), devFile(slug, "hi")])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let beads = beads(result.output)
        #expect(beads.flatMap(\.english) == Array(0..<16))
        #expect(beads.flatMap(\.hindi) == Array(0..<17))
        #expect(beads.allSatisfy { (0...1).contains($0.score) })
        let gold = try String(contentsOf: dev.appendingPathComponent("gold/\(slug).tsv"), encoding: .utf8)
        #expect(result.output.contains("3,4\t4\t"))
        #expect(gold.contains("3,4\t4\n"))
    }

    @Test("--text adds both texts; --batch writes one file per pair and reports a missing input")
    func textAndBatch() throws {
        let slug = "ians-20251207-002"
        let text = try SangamBinary.run(["align-sentences", "--text", devFile(slug, "en"), devFile(slug, "hi")])
        #expect(text.status == 0)
        #expect(text.output.split(separator: "\n").allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 5 })
        #expect(text.output.contains("Kerala"))
        let directory = URL(fileURLWithPath: try SangamBinary.temporaryFile(Data(), name: "x")).deletingLastPathComponent()
        let good = directory.appendingPathComponent("good.tsv").path
        let bad = directory.appendingPathComponent("bad.tsv").path
        let jobs = "\(devFile(slug, "en"))\t\(devFile(slug, "hi"))\t\(good)\n/no/such/file.en\t\(devFile(slug, "hi"))\t\(bad)\n"
        let jobsFile = try SangamBinary.temporaryFile(Data(jobs.utf8), name: "jobs.tsv")
        let batch = try SangamBinary.run(["align-sentences", "--batch", jobsFile])
        #expect(batch.status == 1)
        #expect(batch.stderr.contains("jobs.tsv:2: /no/such/file.en: cannot read"))
        let written = try String(contentsOfFile: good, encoding: .utf8)
        #expect(written == (try SangamBinary.run(["align-sentences", devFile(slug, "en"), devFile(slug, "hi")])).output)
        #expect(!FileManager.default.fileExists(atPath: bad))
    }

    @Test("an empty Hindi file: every English sentence unaligned, a warning, success")
    func emptySide() throws {
        let empty = try SangamBinary.temporaryFile(Data("\n\n".utf8), name: "empty.hi")
        let result = try SangamBinary.run(["align-sentences", devFile("ians-20251207-001", "en"), empty])
        #expect(result.status == 0)
        #expect(result.stderr.contains("[align.empty-side]"))
        #expect(result.output.split(separator: "\n").count == 10)
        #expect(result.output.hasPrefix("0\t\t"))
    }

    @Test("a file that is not UTF-8 is refused, naming it")
    func badInput() throws {
        let bad = try SangamBinary.temporaryFile(Data([0x41, 0xFF, 0x0A]), name: "bad.en")
        let result = try SangamBinary.run(["align-sentences", bad, devFile("ians-20251207-001", "hi")])
        #expect(result.status == 65)
        #expect(result.stderr.contains("bad.en"))
        #expect(result.output.isEmpty)
    }

    @Test("the store: Corpus pairs as the gold list says, aligned; reruns change nothing")
    func storeFlow() throws {
        let directory = URL(fileURLWithPath: try SangamBinary.temporaryFile(Data(), name: "x")).deletingLastPathComponent()
        let db = directory.appendingPathComponent("pairs.db").path
        #expect(try SangamBinary.run(["ingest", "--db", db, "--quiet", corpus]).status == 0)
        let pair = try SangamBinary.run(["pair", "--db", db, "--quiet"])
        #expect(pair.status == 0)
        let listed = try SangamBinary.run(["pairs", "--db", db])
        let made = Set(listed.output.split(separator: "\n").map { $0.split(separator: "\t").prefix(2).joined(separator: "\t") })
        let gold = Set(try String(contentsOf: dev.appendingPathComponent("pairs.tsv"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
        #expect(made == gold)
        let align = try SangamBinary.run(["align", "--db", db, "--quiet"])
        #expect(align.status == 0)
        #expect(align.output.hasPrefix("\(gold.count) pairs aligned"))
        let again = try SangamBinary.run(["pair", "--db", db, "--quiet"])
        #expect(again.output.contains("0 new, \(gold.count) unchanged, 0 removed"))
        #expect(try SangamBinary.run(["align", "--db", db, "--quiet"]).output.hasPrefix("0 pairs aligned"))
        let explained = try SangamBinary.run(["pairs", "--db", db, "--explain"])
        #expect(explained.output.split(separator: "\n").allSatisfy { $0.split(separator: "\t").count == 4 })
        #expect(explained.output.contains("strongest: "))
    }

    @Test("pairing a store that does not exist says how to make one")
    func missingStore() throws {
        let result = try SangamBinary.run(["pair", "--db", "/nonexistent/dir/x.db"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("sangam ingest --db /nonexistent/dir/x.db"))
    }
}

@Suite("sangam lexicon")
struct LexiconCLITests {
    @Test("looks words up in both scripts and names each entry's source; a miss exits 1")
    func lookup() throws {
        let result = try SangamBinary.run(["lexicon", "--lexicon", "glossary,icu", "elections", "दक्षिण कोरिया", "qwxyzzy"])
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(lines.contains { $0[0] == "glossary" && $0[2].split(separator: "|").contains("चुनाव") })
        #expect(lines.contains { $0[0] == "icu" && $0[1] == "South Korea" })
        #expect(lines.last.map { $0 == ["-", "qwxyzzy"] } == true)
        let stats = try SangamBinary.run(["lexicon", "--stats", "--lexicon", "glossary"])
        #expect(stats.status == 0)
        #expect(stats.output.hasPrefix("glossary\t"))
        #expect(stats.output.contains("\nicu\t0\n"))
    }
}
