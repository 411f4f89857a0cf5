import Foundation
import Testing
import SangamIngest

@Suite("JSONLReader")
struct JSONLReaderTests {
    let reader = try! NewsReader()

    @Test("the Corpus wire file: six articles, lang detected where absent, date-only published")
    func corpusWire() throws {
        let result = try reader.read(reader.load(TestFiles.corpus("jsonl/wire-2025-12-07.jsonl")))
        #expect(result.problems.isEmpty)
        #expect(result.articles.count == 6)
        let undeclared = try #require(result.articles.first { $0.externalID == "ians-hi-20251207-002" })
        #expect(undeclared.language == .hindi)  // the record has no "lang"
        let dateOnly = try #require(result.articles.first { $0.externalID == "ians-hi-20251207-003" })
        #expect(dateOnly.published?.iso8601 == "2025-12-07")
        let paired = try #require(result.articles.first { $0.externalID == "ians-en-20251207-002" })
        #expect(paired.datelinePlace == "Thiruvananthapuram")
        #expect(paired.paragraphs.first?.hasPrefix("Thiruvananthapuram") == false)
    }

    @Test("bad lines are reported with their number; good lines still go in")
    func badLines() throws {
        let lines = [
            #"{"id": "ok-1", "lang": "en", "published": "2025-12-07T10:15:00+05:30", "text": "First paragraph.\n\nSecond paragraph."}"#,
            #"{"id": "broken", "lang": "en", "text": "unterminated}"#,
            #"{"id": "no-text", "lang": "hi"}"#,
            #"{"lang": "en", "text": "No id here."}"#,
            #"{"id": "french", "lang": "fr", "text": "Bonjour."}"#,
            #"{"id": "bad-date", "lang": "en", "published": "7 Dec", "text": "Text."}"#,
            "",
            #"{"id": "ok-2", "text": "भारत ने आज एक नया उपग्रह छोड़ा।"}"#,
        ]
        let path = try TestFiles.write(lines.joined(separator: "\n"), named: "dump.jsonl")
        let result = try reader.read(reader.load(path))
        #expect(result.articles.map(\.externalID) == ["ok-1", "ok-2"])
        #expect(result.articles[0].paragraphs == ["First paragraph.", "Second paragraph."])
        #expect(result.articles[0].published?.iso8601 == "2025-12-07T10:15:00+05:30")
        #expect(result.articles[1].language == .hindi)
        #expect(result.problems.map(\.line) == [2, 3, 4, 5, 6])
        #expect(result.problems.map(\.code) == [.malformedJSON, .missingField, .missingField, .invalidField, .invalidField])
        #expect(result.problems.allSatisfy { $0.path == path && $0.severity == .error })
        #expect(result.problems[3].message.contains("\"fr\""))
    }

    @Test("streamed and whole reading of a JSONL file give the same articles and problems")
    func streamingMatchesWholeReading() throws {
        let path = TestFiles.corpus("jsonl/wire-2025-12-07.jsonl")
        let text = try String(contentsOfFile: path, encoding: .utf8) + "\nnot json\n"
        let copy = try TestFiles.write(text, named: "wire.jsonl")
        func read(threshold: Int) throws -> ([Article], [Int?]) {
            var articles: [Article] = []
            var problems: [IngestProblem] = []
            let format = try NewsReader(streamingThreshold: threshold)
                .forEachArticle(in: copy, problem: { problems.append($0) }) { articles.append($0) }
            #expect(format == .jsonl)
            return (articles, problems.map(\.line))
        }
        let streamed = try read(threshold: 0)
        let whole = try read(threshold: .max)
        #expect(streamed.0.count == 6)
        #expect(streamed.0 == whole.0)
        #expect(streamed.1 == [8] && whole.1 == [8])  // six records, a blank line, then "not json"
    }
}
