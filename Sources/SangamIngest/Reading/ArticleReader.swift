/// A file's content, decoded and checked, handed to a reader.
public struct SourceDocument: Sendable {
    /// The path as the user gave it (or as found under a directory they gave).
    public var path: String
    /// The whole text, valid UTF-8, without a byte-order mark.
    public var text: String

    /// Creates a document.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The file name without directory and extension: `2025-12-06-india-korea-space`.
    public var baseName: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}

/// What a reader made of a document: its articles, and problems that did not stop it (a
/// malformed JSONL line, a page without a date).
public struct ReadResult: Sendable {
    /// The articles, in document order.
    public var articles: [Article]
    /// Warnings and per-record errors; a fatal problem is thrown instead.
    public var problems: [IngestProblem]

    /// Creates a result.
    public init(articles: [Article] = [], problems: [IngestProblem] = []) {
        self.articles = articles
        self.problems = problems
    }
}

/// Turns one kind of document (a scraped page, an HTML page, a JSONL dump) into articles.
public protocol ArticleReader: Sendable {
    /// Reads `document`.
    /// - Throws: `IngestProblem` (severity error) when nothing in the document can be used.
    func read(_ document: SourceDocument) throws(IngestProblem) -> ReadResult
}
