import Foundation
public import SangamText

/// Reads JSONL dumps, one article per line:
/// `{"id": "…", "lang": "en"|"hi", "title": "…", "published": "ISO 8601", "url": "…",
/// "source": "…", "text": "…"}`. `id` and `text` are required; paragraphs in `text` are
/// separated by blank lines; `lang`, when absent, is detected from the script. A bad line is
/// reported with its number and the other lines still go in.
public struct JSONLReader: ArticleReader {
    private let normalizer: Normalizer
    private let detector = ScriptDetector()

    /// Creates a reader.
    /// - Throws: `ICUError` when ICU's data cannot be loaded.
    public init() throws(ICUError) {
        normalizer = try Normalizer()
    }

    /// One record as it appears on a line; every field optional so that a missing one can be
    /// reported by name rather than as a decoding failure.
    private struct Record: Decodable {
        var id: String?
        var lang: String?
        var title: String?
        var published: String?
        var url: String?
        var source: String?
        var text: String?
    }

    public func read(_ document: SourceDocument) throws(IngestProblem) -> ReadResult {
        var result = ReadResult()
        let decoder = JSONDecoder()
        var lineNumber = 0
        var sawRecord = false
        for line in document.text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            sawRecord = true
            do {
                let record = try decoder.decode(Record.self, from: Data(line.utf8))
                result.articles.append(try article(from: record, path: document.path, line: lineNumber))
            } catch let problem as IngestProblem {
                result.problems.append(problem)
            } catch {
                result.problems.append(IngestProblem(.malformedJSON, .error, path: document.path, line: lineNumber,
                                                     message: "not a JSON object: \(Self.describe(error))"))
            }
        }
        guard sawRecord else { throw IngestProblem(.empty, .error, path: document.path, message: "the file has no records") }
        return result
    }

    private func article(from record: Record, path: String, line: Int) throws(IngestProblem) -> Article {
        guard let id = record.id?.trimmed, !id.isEmpty else {
            throw IngestProblem(.missingField, .error, path: path, line: line, message: "the record has no \"id\"")
        }
        guard let text = record.text else {
            throw IngestProblem(.missingField, .error, path: path, line: line, message: "record \"\(id)\" has no \"text\"")
        }
        let paragraphs = PageReader.blocks(of: normalizer.nfc(text))
        guard !paragraphs.isEmpty else {
            throw IngestProblem(.noBody, .error, path: path, line: line, message: "record \"\(id)\" has an empty \"text\"")
        }
        let language: Language
        if let code = record.lang {
            guard let known = Language(rawValue: code.lowercased().split(separator: "-").first.map(String.init) ?? code) else {
                throw IngestProblem(.invalidField, .error, path: path, line: line,
                                    message: "record \"\(id)\" has \"lang\": \"\(code)\"; Sangam reads \"en\" and \"hi\"")
            }
            language = known
        } else {
            guard let detected = detector.guessLanguage(of: paragraphs.joined(separator: " ")) else {
                throw IngestProblem(.unknownLanguage, .error, path: path, line: line,
                                    message: "record \"\(id)\" has no \"lang\" and its text is neither Latin nor Devanagari")
            }
            language = detected
        }
        var published: PublicationTime?
        if let value = record.published {
            guard let time = PublicationTime(iso8601: value) else {
                throw IngestProblem(.invalidField, .error, path: path, line: line,
                                    message: "record \"\(id)\" has \"published\": \"\(value)\", not an ISO 8601 date such as 2025-12-07 or 2025-12-07T10:15:00+05:30")
            }
            published = time
        }
        let body = NewsBoilerplate.extractBody(from: paragraphs)
        return Article(externalID: normalizer.nfc(id), language: language, title: record.title.map { normalizer.nfc($0).trimmed },
                       published: published, datelinePlace: body.datelinePlace, agency: body.agency,
                       url: record.url, source: record.source,
                       paragraphs: body.paragraphs.isEmpty ? paragraphs : body.paragraphs)
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.typeMismatch(_, let context), DecodingError.dataCorrupted(let context):
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            return field.isEmpty ? "invalid JSON" : "field \"\(field)\" has the wrong type"
        default:
            return "invalid JSON"
        }
    }
}
