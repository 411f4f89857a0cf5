import Foundation
import GRDB
import Sangam
import SangamIngest
import SangamStore
import Testing

@Suite("Ingestor", .serialized)
struct IngestorTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sangam-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("the whole Corpus goes in; a second run stores nothing")
    func corpusTwice() throws {
        let store = try CorpusStore(writer: DatabaseQueue())
        let ingestor = try Ingestor(store: store)
        let corpus = Self.root.appendingPathComponent("Corpus").path
        var reports: [FileReport] = []
        let first = ingestor.ingest([corpus]) { reports.append($0) }
        let pages = try FileManager.default.subpathsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }.count
        #expect(first.errors == 0 && first.warnings == 0)
        #expect(first.inserted == pages + 6)  // one article per page, six in the JSONL file
        #expect(reports.count == first.files)
        let second = ingestor.ingest([corpus]) { _ in }
        #expect(second.inserted == 0 && second.replaced == 0 && second.unchanged == first.inserted)
        let stats = try store.statistics()
        #expect((stats.languages["en"]?.articles ?? 0) + (stats.languages["hi"]?.articles ?? 0) == first.inserted)
    }

    @Test("a bad file fails alone; after fixing it, a rerun adds exactly what was missing")
    func badFileThenFixed() throws {
        let directory = try temporaryDirectory()
        let good = try String(contentsOfFile: Self.root.appendingPathComponent("Corpus/en/2025-12-06-india-korea-space.txt").path, encoding: .utf8)
        try Data(good.utf8).write(to: directory.appendingPathComponent("a.txt"))
        try (Data(good.utf8.prefix(40)) + Data([0xFF]) + Data(good.utf8.dropFirst(40))).write(to: directory.appendingPathComponent("b.txt"))
        try Data(good.replacingOccurrences(of: "Seoul", with: "Busan").utf8).write(to: directory.appendingPathComponent("c.txt"))
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("d.txt").path, withDestinationPath: "/no/such/target")
        let store = try CorpusStore(writer: DatabaseQueue())
        let ingestor = try Ingestor(store: store)
        var failed: [String] = []
        let first = ingestor.ingest([directory.path]) { if !$0.succeeded { failed.append(URL(fileURLWithPath: $0.path).lastPathComponent) } }
        #expect(first.inserted == 2)
        #expect(Set(failed) == ["b.txt", "d.txt"])
        try Data(good.replacingOccurrences(of: "Seoul", with: "Incheon").utf8).write(to: directory.appendingPathComponent("b.txt"))
        try FileManager.default.removeItem(at: directory.appendingPathComponent("d.txt"))
        let second = ingestor.ingest([directory.path]) { _ in }
        #expect(second.inserted == 1 && second.unchanged == 2 && second.errors == 0)
    }

    @Test("two files giving one article id: the later wins, with a warning")
    func duplicateIDs() throws {
        let directory = try temporaryDirectory()
        let line = #"{"id": "same", "lang": "en", "text": "Version %@."}"#
        try Data(line.replacingOccurrences(of: "%@", with: "one").utf8).write(to: directory.appendingPathComponent("1.jsonl"))
        try Data(line.replacingOccurrences(of: "%@", with: "two").utf8).write(to: directory.appendingPathComponent("2.jsonl"))
        let store = try CorpusStore(writer: DatabaseQueue())
        var problems: [String] = []
        let summary = try Ingestor(store: store).ingest([directory.path]) { problems += $0.problems.map(\.code.rawValue) }
        #expect(summary.inserted == 1 && summary.replaced == 1)
        #expect(problems == ["ingest.duplicate-id"])
        #expect(try store.article(externalID: "same")?.sentences.map(\.text) == ["Version two."])
    }

    @Test("a JSONL line with invalid UTF-8 is reported by line; the rest of the file goes in")
    func jsonlInvalidUTF8Line() throws {
        let directory = try temporaryDirectory()
        let good = Data(#"{"id": "a", "lang": "en", "text": "First."}"#.utf8)
        let bad = Data(#"{"id": "b", "lang": "en", "text": "caf"#.utf8) + Data([0xE9]) + Data(#""}"#.utf8)
        let last = Data(#"{"id": "c", "lang": "hi", "text": "तीसरा।"}"#.utf8)
        try (good + Data("\n".utf8) + bad + Data("\n".utf8) + last).write(to: directory.appendingPathComponent("dump.jsonl"))
        let store = try CorpusStore(writer: DatabaseQueue())
        var problems: [IngestProblem] = []
        let summary = try Ingestor(store: store).ingest([directory.path]) { problems += $0.problems }
        #expect(summary.inserted == 2)
        #expect(problems.map(\.line) == [2])
        #expect(problems.first?.code == .invalidUTF8)
    }

    @Test("when the database refuses one article, that file stores nothing and the batch's other files go in")
    func storeFailureInOneFile() throws {
        let directory = try temporaryDirectory()
        let lines = (1...3).map { #"{"id": "x\#($0)", "lang": "en", "title": "T\#($0)", "text": "Text \#($0)."}"# }
        try Data(lines.joined(separator: "\n").utf8).write(to: directory.appendingPathComponent("1.jsonl"))
        try Data(#"{"id": "y", "lang": "en", "title": "fine", "text": "Fine."}"#.utf8).write(to: directory.appendingPathComponent("2.jsonl"))
        let store = try CorpusStore(writer: DatabaseQueue())
        try store.writer.write { db in
            try db.execute(sql: "CREATE TRIGGER refuse BEFORE INSERT ON article WHEN NEW.title = 'T3' BEGIN SELECT RAISE(ABORT, 'refused'); END")
        }
        var failed: [String] = []
        let summary = try Ingestor(store: store).ingest([directory.path]) { if !$0.succeeded { failed.append($0.path) } }
        #expect(summary.inserted == 1)
        #expect(failed.map { URL(fileURLWithPath: $0).lastPathComponent } == ["1.jsonl"])
        let ids = try store.writer.read { try String.fetchAll($0, sql: "SELECT external_id FROM article") }
        #expect(ids == ["y"])
    }
}
