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
    private let decoder = JSONDecoder()

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
        var text = document.text
        do {
            try text.withUTF8 { bytes in
                try read(bytes: bytes, path: document.path, problem: { result.problems.append($0) }) {
                    result.articles.append($0)
                }
            }
        } catch let problem as IngestProblem {
            throw problem
        } catch {
            preconditionFailure("appending to an array does not throw")
        }
        return result
    }

    /// Reads the records in `bytes`, a whole JSONL file in memory, judging each line on its own.
    /// - Parameters:
    ///   - bytes: the file's bytes (not yet checked as UTF-8).
    ///   - path: the file, for messages.
    ///   - problem: receives each bad line's problem; reading goes on.
    ///   - article: receives each good record's article; may throw to stop reading.
    /// - Throws: what `article` throws, or `IngestProblem` when the file holds no records.
    public func read(bytes: UnsafeBufferPointer<UInt8>, path: String, problem: (IngestProblem) -> Void,
                     article: (Article) throws -> Void) throws {
        var lineNumber = 0
        var records = 0
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = UnsafeBufferPointer(rebasing: body.dropFirst(3)) }
        try UTF8Text.forEachLine(in: body) { line in
            lineNumber += 1
            try readLine(line, number: lineNumber, path: path, records: &records, problem: problem, article: article)
        }
        guard records > 0 else { throw IngestProblem(.empty, .error, path: path, message: "the file has no records") }
    }

    /// Streams the records of a JSONL file in constant memory, however large the file.
    /// - Parameters:
    ///   - lines: the file's lines.
    ///   - path: the file, for messages.
    ///   - problem: receives each bad line's problem; reading goes on.
    ///   - article: receives each good record's article; may throw to stop reading.
    /// - Throws: what `article` throws, or `IngestProblem` when the file cannot be read or holds no records.
    public func read(lines: UTF8LineReader, path: String, problem: (IngestProblem) -> Void,
                     article: (Article) throws -> Void) throws {
        var lineNumber = 0
        var records = 0
        do {
            try lines.forEachRawLine { line, _ in
                lineNumber += 1
                try readLine(line, number: lineNumber, path: path, records: &records, problem: problem, article: article)
            }
        } catch let error as TextInputError {
            throw IngestProblem(.unreadable, .error, path: path, message: "cannot read the file (\(error.reason ?? "\(error)"))")
        }
        guard records > 0 else { throw IngestProblem(.empty, .error, path: path, message: "the file has no records") }
    }

    /// Hands one line's article or problem on, counting records (blank lines are not records).
    private func readLine(_ line: UnsafeBufferPointer<UInt8>, number: Int, path: String, records: inout Int,
                          problem: (IngestProblem) -> Void, article: (Article) throws -> Void) throws {
        let parsed: Article?
        do throws(IngestProblem) {
            parsed = try self.article(fromLine: line, number: number, path: path)
        } catch let bad {
            records += 1
            return problem(bad)
        }
        guard let parsed else { return }
        records += 1
        try article(parsed)
    }

    /// The article on one JSONL line, nil for a blank line.
    /// - Throws: `IngestProblem` naming the line when it is not valid UTF-8, not a JSON
    ///   object, or lacks or misuses a field.
    func article(fromLine line: UnsafeBufferPointer<UInt8>, number: Int, path: String) throws(IngestProblem) -> Article? {
        if UTF8Text.trimmed(line).isEmpty { return nil }
        if let encodingProblem = UTF8Validation.firstProblem(in: line) {
            let offset = switch encodingProblem {
            case .invalid(let at), .nul(let at): at
            }
            throw IngestProblem(.invalidUTF8, .error, path: path, line: number,
                                message: "not valid UTF-8 at byte \(offset) of the line")
        }
        let record: Record
        do {
            record = try decoder.decode(Record.self, from: Data(buffer: line))
        } catch {
            throw IngestProblem(.malformedJSON, .error, path: path, line: number,
                                message: "not a JSON object: \(Self.describe(error))")
        }
        return try article(from: record, path: path, line: number)
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
