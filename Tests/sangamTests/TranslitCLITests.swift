import Foundation
import Testing

@Suite("sangam translit and train-translit", .serialized)
struct TranslitCLITests {
    @Test("stdin: exactly one line out per line in, each to the other script; blank lines stay blank")
    func linePerLine() throws {
        let input = "नरेंद्र मोदी\n\nRahul Gandhi\n   \nअरविंद केजरीवाल, दिल्ली।"
        let result = try SangamBinary.run(["translit"], stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 6)  // five lines, each ended by a newline
        #expect(lines[0] == "Narendra Modi")
        #expect(lines[1] == "")
        #expect(lines[2] == "राहुल गांधी")
        #expect(lines[3] == "   ")
        #expect(lines[4] == "Arvind Kejriwal, Delhi.")  // दिल्ली from the exceptions file
    }

    @Test("TEXT arguments are one line; --to picks the direction")
    func arguments() throws {
        #expect(try SangamBinary.run(["translit", "गौरांगलाल", "दास"]).output == "Gauranglal Das\n")
        #expect(try SangamBinary.run(["translit", "--to", "iso15919", "मोदी"]).output == "mōdī\n")
        #expect(try SangamBinary.run(["translit", "--to", "devanagari", "BJP"]).output == "बीजेपी\n")
        #expect(try SangamBinary.run(["translit", "--to", "latin", "Modi"]).output == "Modi\n")  // nothing to romanise
    }

    @Test("--candidates N writes N tab-separated spellings; --scores adds scores that sum to one")
    func candidates() throws {
        let result = try SangamBinary.run(["translit", "--candidates", "5", "--scores"], stdin: "Kananaskis\nNarendra\n")
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        for line in lines {
            let fields = line.split(separator: "\t")
            #expect(fields.count == 5)
            let scores = fields.compactMap { $0.split(separator: " ").last.flatMap { Double($0) } }
            #expect(scores.count == 5 && abs(scores.reduce(0, +) - 1) < 0.01)
        }
        #expect(lines[1].hasPrefix("नरेंद्र "))
    }

    @Test("--key: spellings of one name share a key")
    func keys() throws {
        let result = try SangamBinary.run(["translit", "--key"], stdin: "Narendra Modi\nनरेन्द्र मोदी\nSingh\n2025\n")
        #expect(result.output == "NRNDR MD\nNRNDR MD\nSNH|SNG\n-\n")
    }

    @Test("bad input and bad options fail clearly")
    func failures() throws {
        let invalid = try SangamBinary.run(["translit"], stdin: Data([0x41, 0xFF, 0x0A]))
        #expect(invalid.status == 65)
        #expect(invalid.stderr.contains("<stdin>: not valid UTF-8 at byte offset 1"))
        let zero = try SangamBinary.run(["translit", "--candidates", "0", "x"])
        #expect(zero.status == 2)
        #expect(zero.stderr.contains("--candidates must be at least 1"))
        let keyAndTarget = try SangamBinary.run(["translit", "--key", "--to", "latin", "x"])
        #expect(keyAndTarget.status == 2)
        #expect(try SangamBinary.run(["translit", "--key", "--scores", "x"]).status == 2)
    }

    @Test("train-translit learns from a name list, writes the costs atomically, and translit uses them")
    func training() throws {
        let list = try SangamBinary.temporaryFile(Data("""
            english\thindi\ttype\tnote
            Gupta\tगुप्ता\tsurname\t
            Dutta\tदत्ता\tsurname\t
            Mehta\tमेहता\tsurname\t
            Supreme Court\tसर्वोच्च न्यायालय\torganisation\ttranslated

            """.utf8), name: "names.tsv")
        let directory = URL(fileURLWithPath: list).deletingLastPathComponent()
        let costs = directory.appendingPathComponent("translit-costs.tsv").path
        let trained = try SangamBinary.run(["train-translit", list, "--out", costs])
        #expect(trained.status == 0, "\(trained.stderr)")
        #expect(trained.stderr.contains("from 3 of 3 word pairs"))  // the translated row is left out
        let text = try String(contentsOfFile: costs, encoding: .utf8)
        #expect(text.hasPrefix("# Learned by `sangam train-translit`"))
        #expect(text.contains("JC:labial+dental>conjunct\t"))  // प+त seen once: kept only as a class
        // The hand-set costs spell Gupta गुपता; with the learned ones, the conjunct of गुप्ता.
        func spell(_ word: String, dictionaries: String) throws -> String {
            let process = Process()
            process.executableURL = SangamBinary.url
            process.arguments = ["translit", "--no-exceptions", word]
            process.environment = ["SANGAM_DICTIONARIES": dictionaries]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            process.waitUntilExit()
            return String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        }
        #expect(try spell("Gupta", dictionaries: "/nonexistent") == "गुपता\n")
        #expect(try spell("Gupta", dictionaries: directory.path) == "गुप्ता\n")

        let unwritable = try SangamBinary.run(["train-translit", list, "--out", "/nonexistent-dir/costs.tsv"])
        #expect(unwritable.status == 73)
        #expect(unwritable.stderr.contains("/nonexistent-dir/costs.tsv: cannot write"))
        let malformed = try SangamBinary.temporaryFile(Data("Gupta\n".utf8), name: "bad.tsv")
        let bad = try SangamBinary.run(["train-translit", malformed, "--out", costs])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("bad.tsv:1: expected 2 tab-separated fields"))
        #expect(try String(contentsOfFile: costs, encoding: .utf8) == text)  // the failed run left the file alone
        // A list nothing of which aligns must not replace the costs with an empty file.
        let hopeless = try SangamBinary.temporaryFile(Data("english\thindi\nCourt\tन्यायालय\n".utf8), name: "court.tsv")
        let nothing = try SangamBinary.run(["train-translit", hopeless, "--out", costs])
        #expect(nothing.status == 1)
        #expect(nothing.stderr.contains("no name pair could be aligned"))
        #expect(try String(contentsOfFile: costs, encoding: .utf8) == text)
        #expect(try SangamBinary.run(["train-translit", list, "--out", costs, "--show-unaligned", "-1"]).status == 2)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }
}
