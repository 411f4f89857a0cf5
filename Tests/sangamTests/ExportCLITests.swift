import Foundation
import Testing

@Suite("sangam run and sangam export", .serialized)
struct ExportCLITests {
    static let corpus = SangamBinary.packageRoot.appendingPathComponent("Corpus").path

    /// One store made by `sangam run` on Corpus/, shared by the tests (made once).
    static let workspace: URL = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sangam-run-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }()
    static var database: String { workspace.appendingPathComponent("run.db").path }

    static let firstRun: SangamBinary.Result = {
        try! SangamBinary.run(["run", corpus, "--db", database, "--out", workspace.appendingPathComponent("out1").path])
    }()

    @Test("sangam run on Corpus/: a summary, five files; a second run adds nothing and writes the same bytes")
    func runTwice() throws {
        let first = Self.firstRun
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.output.contains("articles   30 English, 30 Hindi"))
        #expect(first.output.contains("pairs      23 "))
        #expect(first.stderr.contains("sangam: align: 23 pairs aligned"))
        let second = try SangamBinary.run(["run", Self.corpus, "--db", Self.database, "--out", Self.workspace.appendingPathComponent("out2").path])
        #expect(second.status == 0)
        #expect(second.stderr.contains("0 articles added, 0 updated"))
        #expect(second.stderr.contains("(0 new, 23 unchanged, 0 removed)"))
        #expect(second.stderr.contains("sangam: align: 0 pairs aligned"))
        for name in ["sangam.tmx", "sangam.en", "sangam.hi", "sangam.tsv", "sangam.jsonl"] {
            let a = try Data(contentsOf: Self.workspace.appendingPathComponent("out1/\(name)"))
            let b = try Data(contentsOf: Self.workspace.appendingPathComponent("out2/\(name)"))
            #expect(!a.isEmpty && a == b, "\(name)")
        }
    }

    @Test("Moses lines match the TSV's text columns; JSONL has one object per segment")
    func formatsAgree() throws {
        _ = Self.firstRun
        let out = Self.workspace.appendingPathComponent("out1")
        let english = try String(contentsOf: out.appendingPathComponent("sangam.en"), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let hindi = try String(contentsOf: out.appendingPathComponent("sangam.hi"), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let tsv = try String(contentsOf: out.appendingPathComponent("sangam.tsv"), encoding: .utf8).split(separator: "\n")
        #expect(english.count == hindi.count)
        #expect(english.count - 1 == tsv.count)
        for (index, row) in tsv.enumerated() {
            let columns = row.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(columns.count == 5)
            #expect(columns[2] == english[index] && columns[3] == hindi[index])
        }
        let jsonl = try String(contentsOf: out.appendingPathComponent("sangam.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(jsonl.count == tsv.count)
        #expect(jsonl.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil })
    }

    @Test("translate-toolkit (PyPI) reads the TMX: every segment, with the right languages")
    func translateToolkit() throws {
        _ = Self.firstRun
        let venv = SangamBinary.packageRoot.appendingPathComponent(".build/test-venv")
        let python = venv.appendingPathComponent("bin/python").path
        if !FileManager.default.isExecutableFile(atPath: python) {
            #expect(try shell(["python3", "-m", "venv", venv.path]).status == 0)
        }
        if try shell([python, "-c", "import translate.storage.tmx"]).status != 0 {
            let install = try shell([python, "-m", "pip", "install", "--quiet", "translate-toolkit"])
            #expect(install.status == 0, "pip install translate-toolkit failed: \(install.output)")
        }
        let tmx = Self.workspace.appendingPathComponent("out1/sangam.tmx").path
        let tsv = try String(contentsOf: Self.workspace.appendingPathComponent("out1/sangam.tsv"), encoding: .utf8)
        let read = try shell([python, "-c", """
            import sys
            from translate.storage import tmx
            store = tmx.tmxfile.parsefile(sys.argv[1])
            units = [u for u in store.units if u.source]
            langs = set()
            for u in units:
                for tuv in u.xmlelement.iter('tuv'):
                    langs.add(tuv.get('{http://www.w3.org/XML/1998/namespace}lang'))
            print(len(units), ','.join(sorted(langs)))
            """, tmx])
        #expect(read.status == 0, "\(read.output)")
        #expect(read.output.trimmingCharacters(in: .whitespacesAndNewlines) == "\(tsv.split(separator: "\n").count) en,hi")
    }

    @Test("export: an empty store, an unwritable path and a file-size limit fail clearly and leave no file")
    func badOutput() throws {
        _ = Self.firstRun
        let empty = Self.workspace.appendingPathComponent("empty.db").path
        #expect(try SangamBinary.run(["ingest", "--db", empty, "--quiet", SangamBinary.packageRoot.appendingPathComponent("Corpus/jsonl").path]).status == 0)
        let noSegments = try SangamBinary.run(["export", "--db", empty, "--format", "tmx", "--out", Self.workspace.appendingPathComponent("none.tmx").path])
        #expect(noSegments.status == 1)
        #expect(noSegments.stderr.contains("[export.no-segments]"))
        #expect(!FileManager.default.fileExists(atPath: Self.workspace.appendingPathComponent("none.tmx").path))

        let unwritable = try SangamBinary.run(["export", "--db", Self.database, "--format", "tsv", "--out", "/nonexistent/dir/corpus.tsv"])
        #expect(unwritable.status == 73)
        #expect(unwritable.stderr.contains("/nonexistent/dir/corpus.tsv: cannot write"))

        // 100 blocks of 512 bytes: room for SQLite's 32 KiB shared-memory file, far less than the TMX needs.
        let limited = Self.workspace.appendingPathComponent("limited")
        try FileManager.default.createDirectory(at: limited, withIntermediateDirectories: true)
        let target = limited.appendingPathComponent("corpus.tmx").path
        let result = try shell(["/bin/sh", "-c", "ulimit -f 100; exec \"$0\" export --db \"$1\" --format tmx --out \"$2\"",
                                SangamBinary.url.path, Self.database, target])
        #expect(result.status == 73, "\(result.output)")
        #expect(result.output.contains("File too large"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: limited.path).isEmpty)
    }

    @Test("export filters report what they removed")
    func filterReport() throws {
        _ = Self.firstRun
        let out = Self.workspace.appendingPathComponent("filtered.jsonl").path
        let result = try SangamBinary.run(["export", "--db", Self.database, "--format", "jsonl", "--out", out,
                                           "--min-score", "0.7", "--dedupe", "--script-check", "--lang-tags", "en-IN,hi-IN"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("below score 0.7"))
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(!lines.isEmpty && lines.allSatisfy { $0.contains("\"languages\":[\"en-IN\",\"hi-IN\"]") })
        let bad = try SangamBinary.run(["export", "--db", Self.database, "--format", "xml", "--out", out])
        #expect(bad.status == 2)
    }

    /// Runs a command, stdout and stderr together.
    private func shell(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
