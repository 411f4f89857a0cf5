import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SangamExport
import SangamText
import Testing

/// A small fixed set of segments, with the characters exporters must handle.
enum Fixture {
    static let segments: [ExportSegment] = [
        ExportSegment(english: "The RBI cut the repo rate to 5.25 per cent.", hindi: "आरबीआई ने रेपो दर घटाकर 5.25 प्रतिशत कर दी।",
                      englishArticle: "en/rbi", hindiArticle: "hi/rbi", englishSentences: [0], hindiSentences: [0],
                      score: 0.9346, beadType: "1-1", date: "2025-12-05"),
        ExportSegment(english: "Markup <b>&</b> \"quotes\" and ]]> stay text.", hindi: "टैग <i> और ]]> पाठ ही रहते हैं।",
                      englishArticle: "en/rbi", hindiArticle: "hi/rbi", englishSentences: [1, 2], hindiSentences: [1],
                      score: 0.5, beadType: "2-1", date: "2025-12-05"),
        ExportSegment(english: "A tab\there, a break\nthere, a bell\u{07} and a form feed\u{0C}.", hindi: "टैब\tयहां, पंक्ति\nवहां\u{2028}अंत।",
                      englishArticle: "en/odd", hindiArticle: "hi/odd", englishSentences: [4], hindiSentences: [5, 6],
                      score: 0.25, beadType: "1-2", date: nil),
    ]

    static var goldenDirectory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Golden")
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sangam-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Exports `segments` in `format` to a new directory and returns the written files' paths.
    static func export(_ format: ExportFormat, _ segments: [ExportSegment] = segments,
                       options: ExportFilter.Options = .init(), tags: LanguageTags = .plain) throws -> (URL, Exporter.Result) {
        let directory = try temporaryDirectory()
        var exporter = try Exporter(targets: [(format, directory.appendingPathComponent(format.defaultName(base: "fixture")).path)],
                                    options: options, tags: tags, toolVersion: "test")
        let result = try exporter.run { write in for segment in segments { try write(segment) } }
        return (directory, result)
    }
}

@Suite("Exporters: golden files, escaping, atomic writes")
struct ExportTests {
    @Test("each format matches its golden file byte for byte", arguments: ExportFormat.allCases)
    func golden(_ format: ExportFormat) throws {
        let (directory, result) = try Fixture.export(format)
        #expect(result.report.kept == 3)
        for path in result.paths {
            let name = URL(fileURLWithPath: path).lastPathComponent
            let written = try Data(contentsOf: URL(fileURLWithPath: path))
            // SANGAM_UPDATE_GOLDEN=1 swift test --filter golden rewrites the golden files (review the diff).
            if ProcessInfo.processInfo.environment["SANGAM_UPDATE_GOLDEN"] == "1" {
                let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
                try written.write(to: source)
                continue
            }
            let golden = try Data(contentsOf: Fixture.goldenDirectory.appendingPathComponent(name))
            #expect(written == golden, "\(name) differs from Tests/SangamExportTests/Golden/\(name)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).allSatisfy { !$0.contains(".tmp-") })
    }

    @Test("TMX is well-formed XML without forbidden characters, and en-IN/hi-IN tags are written when asked")
    func tmxXML() throws {
        let (_, result) = try Fixture.export(.tmx, tags: .india)
        let data = try Data(contentsOf: URL(fileURLWithPath: result.paths[0]))
        let document = try XMLDocument(data: data)
        #expect(try document.nodes(forXPath: "//tu").count == 3)
        #expect(try document.nodes(forXPath: "//tuv[@xml:lang='hi-IN']/seg").count == 3)
        let seg = try document.nodes(forXPath: "//tu[2]/tuv[1]/seg").first?.stringValue
        #expect(seg == "Markup <b>&</b> \"quotes\" and ]]> stay text.")
        #expect(!data.contains(0x07) && !data.contains(0x0C))
        let header = try #require(try document.nodes(forXPath: "//header").first as? XMLElement)
        for attribute in ["creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype"] {
            #expect(header.attribute(forName: attribute) != nil, "\(attribute)")
        }
    }

    @Test("Moses files have equal line counts and no tab or break inside a segment; JSONL parses line by line")
    func linesAndJSON() throws {
        let (_, moses) = try Fixture.export(.moses)
        let english = try String(contentsOfFile: moses.paths[0], encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let hindi = try String(contentsOfFile: moses.paths[1], encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(english.count == 4 && hindi.count == 4)  // three lines and the final newline
        #expect(!english.joined().contains("\t") && !hindi.joined().contains("\t"))
        let (_, jsonl) = try Fixture.export(.jsonl)
        let lines = try String(contentsOfFile: jsonl.paths[0], encoding: .utf8).split(separator: "\n")
        let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(objects.map { $0["en"] as! String } == Fixture.segments.map(\.english))
        #expect(objects.map { $0["hi"] as! String } == Fixture.segments.map(\.hindi))
        #expect(objects[2]["date"] is NSNull)
        #expect(objects[1]["en_sentences"] as! [Int] == [1, 2])
    }

    @Test("JSONL writes each segment's own ids and date however they change from one segment to the next")
    func jsonlPairFields() throws {
        func segment(_ english: String, _ hindi: String, _ date: String?) -> ExportSegment {
            ExportSegment(english: "Text.", hindi: "पाठ।", englishArticle: english, hindiArticle: hindi, englishSentences: [0],
                          hindiSentences: [0], score: 0.5, beadType: "1-1", date: date)
        }
        // Blank ids and no date first (what a writer holds before its first segment), then a
        // pair, the same pair, another Hindi article, another date, and no date again.
        let segments = [segment("", "", nil), segment("en/a", "hi/a", "2025-12-05"), segment("en/a", "hi/a", "2025-12-05"),
                        segment("en/a", "hi/b", "2025-12-05"), segment("en/a", "hi/b", "2025-12-06"), segment("en/a", "hi/b", nil)]
        let (_, jsonl) = try Fixture.export(.jsonl, segments)
        let lines = try String(contentsOfFile: jsonl.paths[0], encoding: .utf8).split(separator: "\n")
        let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(objects.map { $0["en_id"] as? String } == segments.map(\.englishArticle))
        #expect(objects.map { $0["hi_id"] as? String } == segments.map(\.hindiArticle))
        #expect(objects.map { $0["date"] as? String } == segments.map(\.date))
        #expect(objects.allSatisfy { ($0["languages"] as? [String]) == ["en", "hi"] })
    }

    @Test("a 1 MB segment is written whole")
    func hugeSegment() throws {
        let big = String(repeating: "बहुत लंबा वाक्य ", count: 25_000)
        var segment = Fixture.segments[0]
        segment.hindi = big
        let (_, result) = try Fixture.export(.tsv, [segment])
        let text = try String(contentsOfFile: result.paths[0], encoding: .utf8)
        #expect(text.contains(big))
        #expect(text.utf8.count > 1_000_000)
    }

    @Test("no segments at all: an error, and no file")
    func empty() throws {
        let directory = try Fixture.temporaryDirectory()
        let path = directory.appendingPathComponent("empty.tmx").path
        var exporter = try Exporter(targets: [(.tmx, path)], options: .init(), toolVersion: "test")
        #expect(throws: ExportError(.noSegments)) { try exporter.run { _ in } }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test("a failure mid-way leaves the old file as it was and no temporary file")
    func failureKeepsOldFile() throws {
        let directory = try Fixture.temporaryDirectory()
        let path = directory.appendingPathComponent("corpus.tsv").path
        try "old content\n".write(toFile: path, atomically: false, encoding: .utf8)
        struct Interrupted: Error {}
        var exporter = try Exporter(targets: [(.tsv, path)], options: .init(), toolVersion: "test")
        #expect(throws: Interrupted.self) {
            try exporter.run { write in
                try write(Fixture.segments[0])
                throw Interrupted()
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old content\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["corpus.tsv"])
    }

    @Test("an output directory that does not exist is a FileWriteError naming the path")
    func unwritable() throws {
        #expect(throws: FileWriteError.self) {
            _ = try Exporter(targets: [(.jsonl, "/nonexistent/dir/x.jsonl")], options: .init(), toolVersion: "test")
        }
    }
}

@Suite("Export filters")
struct ExportFilterTests {
    func kept(_ segments: [ExportSegment], _ configure: (inout ExportFilter.Options) -> Void) throws -> (Int, ExportFilter.Report) {
        var options = ExportFilter.Options()
        configure(&options)
        var filter = try ExportFilter(options: options)
        let kept = segments.filter { filter.admits($0) }.count
        return (kept, filter.report)
    }

    @Test("score, length ratio, script and dates each remove what they should, and say so")
    func filters() throws {
        let segments = Fixture.segments
        #expect(try kept(segments) { $0.minimumScore = 0.5 }.1.lowScore == 1)
        var long = segments[0]
        long.english = String(repeating: "word ", count: 100)
        #expect(try kept([long, segments[0]]) { $0.maximumLengthRatio = 3 }.1.lengthRatio == 1)
        var swapped = segments[0]
        (swapped.english, swapped.hindi) = (swapped.hindi, swapped.english)
        #expect(try kept([swapped, segments[0]]) { $0.scriptCheck = true }.1.wrongScript == 1)
        let dated = try kept(segments) { $0.since = "2025-12-06" }
        #expect(dated.0 == 0 && dated.1.outsideDates == 3)
        #expect(try kept(segments) { $0.until = "2025-12-05" }.0 == 2)
    }

    @Test("duplicates: exact repeats, and repeats that differ only in case, digits' script or nukta")
    func dedupe() throws {
        var near = Fixture.segments[0]
        near.english = near.english.uppercased()
        near.hindi = near.hindi.replacingOccurrences(of: "5.25", with: "५.२५")
        let (count, report) = try kept([Fixture.segments[0], Fixture.segments[0], near, Fixture.segments[1]]) { $0.dedupe = true }
        #expect(count == 2)
        #expect(report.exactDuplicates == 1 && report.nearDuplicates == 1)
    }
}
