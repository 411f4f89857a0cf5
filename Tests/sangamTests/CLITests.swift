import Foundation
import Testing

@Suite("sangam command line", .serialized)
struct CLITests {
    let seed = SangamBinary.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/seeds/ians-en-2025-12-06-india-korea-space.txt").path
    let fixtures = SangamBinary.packageRoot.appendingPathComponent("Tests/SangamTextTests/Fixtures")

    @Test("--version names Sangam and ICU; --help teaches the commands")
    func versionAndHelp() throws {
        let version = try SangamBinary.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output.hasPrefix("sangam 0.1.0 (ICU 72."))
        let help = try SangamBinary.run(["--help"])
        #expect(help.output.contains("normalize") && help.output.contains("segment"))
        let segmentHelp = try SangamBinary.run(["segment", "--help"])
        #expect(segmentHelp.output.contains("--lang"))
    }

    @Test("normalize: one line out per line in, NFC unifies क़, matching form folds")
    func normalize() throws {
        let input = "\u{0958}लम\n\nहिन्दी में सम्बन्ध, आँख — “२०२५”\r\nLast line without newline"
        let nfc = try SangamBinary.run(["normalize"], stdin: input)
        #expect(nfc.status == 0)
        let lines = nfc.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 5)  // four input lines, each ended by a newline
        #expect(Array(lines[0].utf8) == Array("\u{0915}\u{093C}लम".utf8))
        let match = try SangamBinary.run(["normalize", "--form", "match", "-"], stdin: input)
        #expect(match.output == "कलम\n\nहिंदी में संबंध, आंख - \"2025\"\nlast line without newline\n")
    }

    @Test("segment: the seed page, dateline sentence whole, blank line between paragraphs")
    func segmentSeed() throws {
        let result = try SangamBinary.run(["segment", "--lang", "en", seed])
        #expect(result.status == 0)
        let lines = result.output.components(separatedBy: "\n")
        #expect(lines.contains { $0.hasPrefix("Seoul, Dec 6 (IANS) Indian Ambassador") && $0.hasSuffix("in both countries.") })
        #expect(lines[0] == "December 06, 2025 3:53 PM हिंदी")
        #expect(lines[1] == "")
        #expect(!result.output.contains("\n\n\n"))
    }

    @Test("segment writes exactly the gold segmentation of the written fixtures", arguments: [
        ("english-news", "en"), ("hindi-news", "hi"), ("hindi-news", "auto"),
    ])
    func segmentGold(name: String, language: String) throws {
        let input = fixtures.appendingPathComponent("\(name).txt").path
        let gold = try String(contentsOf: fixtures.appendingPathComponent("\(name).sentences.txt"), encoding: .utf8)
        let result = try SangamBinary.run(["segment", "--lang", language, input])
        #expect(result.status == 0)
        #expect(result.output == gold)
    }

    @Test("invalid UTF-8: one line on stderr naming the file and byte offset, exit 65")
    func invalidUTF8() throws {
        let path = try SangamBinary.temporaryFile(Data("ठीक है\nbad: ".utf8) + Data([0xC3, 0x28]) + Data("\n".utf8))
        for command in [["normalize"], ["segment"]] {
            let result = try SangamBinary.run(command + [path])
            #expect(result.status == 65)
            #expect(result.stderr == "sangam: error: \(path): not valid UTF-8 at byte offset 22; "
                + "convert it first, e.g. `iconv -f WINDOWS-1252 -t UTF-8 \(path)` [input.invalid-utf8]\n")
        }
    }

    @Test("NUL bytes, missing files and bad options fail clearly")
    func otherBadInput() throws {
        let nul = try SangamBinary.run(["normalize"], stdin: Data("abc".utf8) + Data([0]) + Data("def".utf8))
        #expect(nul.status == 65)
        #expect(nul.stderr.contains("<stdin>: contains a NUL byte at byte offset 3"))
        let missing = try SangamBinary.run(["segment", "/no/such/article.txt"])
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("/no/such/article.txt: cannot read: No such file or directory"))
        let badOption = try SangamBinary.run(["segment", "--lang", "fr"])
        #expect(badOption.status == 2)
        #expect(badOption.stderr.contains("--lang"))
    }

    @Test("empty input gives empty output and success")
    func emptyInput() throws {
        for command in [["normalize"], ["normalize", "--form", "match"], ["segment"]] {
            let result = try SangamBinary.run(command, stdin: Data())
            #expect(result.status == 0)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.isEmpty)
        }
    }

    @Test("a 5 MB single line goes through whole")
    func hugeLine() throws {
        let line = String(repeating: "नरेंद्र मोदी और Lee Jae-myung ", count: 5_000_000 / 60) + "end."
        let nfc = try SangamBinary.run(["normalize"], stdin: line)
        #expect(nfc.status == 0)
        #expect(nfc.stdout == Data((line + "\n").utf8))
        let segmented = try SangamBinary.run(["segment"], stdin: line)
        #expect(segmented.status == 0)
        #expect(segmented.stdout == Data((line + "\n").utf8))  // no sentence end inside: one sentence
    }
}
