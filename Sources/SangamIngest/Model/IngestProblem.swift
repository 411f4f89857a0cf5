/// Something wrong with an input, reported as a value: the pipeline prints it, stores it or
/// counts it; the readers never print.
public struct IngestProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable code for scripts and tests; the message may be reworded, the code may not.
    public enum Code: String, Sendable {
        /// The file cannot be read.
        case unreadable = "ingest.unreadable"
        /// The file is not UTF-8 text.
        case invalidUTF8 = "ingest.invalid-utf8"
        /// The file holds NUL bytes or other signs of binary data.
        case binary = "ingest.binary"
        /// The file is empty or holds only white space.
        case empty = "ingest.empty"
        /// No article body could be found on the page.
        case noBody = "ingest.no-body"
        /// A JSONL line is not a JSON object.
        case malformedJSON = "ingest.malformed-json"
        /// A JSONL record lacks a required field (`id`, `text`).
        case missingField = "ingest.missing-field"
        /// A JSONL record has a value Sangam does not accept (an unknown `lang`, a bad date).
        case invalidField = "ingest.invalid-field"
        /// The language could not be told from the text.
        case unknownLanguage = "ingest.unknown-language"
        /// A field could not be read but the article still went in (a publication date, say).
        case degraded = "ingest.degraded"
        /// The database refused the file's articles; none of them were stored.
        case notStored = "ingest.not-stored"
        /// Two inputs gave the same external id; the later one wins.
        case duplicateID = "ingest.duplicate-id"
    }

    /// How bad it is.
    public enum Severity: String, Sendable {
        /// The article went in, with something missing or doubtful.
        case warning
        /// The article or the file did not go in.
        case error
    }

    public let code: Code
    public let severity: Severity
    /// The file.
    public let path: String
    /// The line in the file (1-based), for line-oriented input such as JSONL.
    public let line: Int?
    /// What is wrong, in words a user can act on.
    public let message: String

    /// Creates a problem.
    public init(_ code: Code, _ severity: Severity, path: String, line: Int? = nil, message: String) {
        self.code = code
        self.severity = severity
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        let place = line.map { "\(path):\($0)" } ?? path
        return "\(place): \(message) [\(code.rawValue)]"
    }
}
