import Foundation
public import SangamText

/// The kinds of document Sangam reads, told apart by content rather than by file name.
public enum DocumentFormat: String, Sendable {
    /// A news page scraped to text.
    case page
    /// A saved HTML page.
    case html
    /// One JSON article per line.
    case jsonl

    /// The format of `text`: JSONL when it starts with `{`, HTML when it starts with a tag or
    /// doctype, a scraped page otherwise.
    public init(sniffing text: String) {
        let start = text.utf8.drop { $0 == 0x20 || (0x09...0x0D).contains($0) || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }.first  // BOM too
        switch start {
        case UInt8(ascii: "{"): self = .jsonl
        case UInt8(ascii: "<"): self = .html
        default: self = .page
        }
    }
}

/// Reads files and directories of news into articles: checks each file is UTF-8 text, picks
/// the reader by content, and reports every problem as a value.
public struct NewsReader: Sendable {
    private let page: PageReader
    private let jsonl: JSONLReader
    private let html: HTMLReader
    private let streamingThreshold: Int

    /// Creates a reader for every supported format.
    /// - Parameter streamingThreshold: JSONL files of at least this many bytes are streamed
    ///   record by record (memory flat in file size); smaller files are read whole, once.
    /// - Throws: `ICUError` when ICU's data cannot be loaded.
    public init(streamingThreshold: Int = 8 << 20) throws(ICUError) {
        self.streamingThreshold = streamingThreshold
        page = try PageReader()
        jsonl = try JSONLReader()
        html = try HTMLReader()
    }

    /// The files to read under `paths`: files as given, directories searched recursively,
    /// hidden entries skipped, each directory's files in name order.
    /// - Returns: the files, and a problem for each path that cannot be listed.
    public func files(under paths: [String]) -> (files: [String], problems: [IngestProblem]) {
        var files: [String] = []
        var problems: [IngestProblem] = []
        for path in paths {
            var status = stat()
            guard stat(path, &status) == 0 else {
                problems.append(IngestProblem(.unreadable, .error, path: path, message: "no such file or directory"))
                continue
            }
            if (status.st_mode & S_IFMT) == S_IFDIR {
                FileSystem.collectFiles(under: path, into: &files, problems: &problems)
            } else {
                files.append(path)
            }
        }
        return (files, problems)
    }

    /// Reads the articles in `path`, streaming JSONL record by record so that memory stays flat
    /// however large the file; pages and HTML are read whole.
    /// - Parameters:
    ///   - path: the file.
    ///   - problem: receives warnings and per-record errors; reading goes on.
    ///   - article: receives each article in file order; may throw to stop reading.
    /// - Returns: the file's format.
    /// - Throws: `IngestProblem` when nothing in the file can be used, or what `article` throws.
    @discardableResult
    public func forEachArticle(in path: String, problem: (IngestProblem) -> Void,
                               article: (Article) throws -> Void) throws -> DocumentFormat {
        // Small files (nearly all pages) are read once, whole; only a large file is sniffed
        // first, and streamed if it is JSONL. JSONL is judged line by line either way, so one
        // bad line never sinks the file.
        if Self.size(of: path) >= streamingThreshold, try sniff(path) == .jsonl {
            let lines: UTF8LineReader
            do {
                lines = try UTF8LineReader(path: path)
            } catch {
                throw IngestProblem(.unreadable, .error, path: path, message: "cannot read the file (\(error.reason ?? "\(error)"))")
            }
            try jsonl.read(lines: lines, path: path, problem: problem, article: article)
            return .jsonl
        }
        let data = try Self.contents(of: path)
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
        if DocumentFormat(sniffing: head) == .jsonl {
            try data.withUnsafeBytes { raw in
                try jsonl.read(bytes: raw.bindMemory(to: UInt8.self), path: path, problem: problem, article: article)
            }
            return .jsonl
        }
        let document = try Self.document(from: data, path: path)
        let result = try read(document)
        result.problems.forEach(problem)
        try result.articles.forEach(article)
        return DocumentFormat(sniffing: document.text)
    }

    /// The size of the file at `path` in bytes, or 0 when it cannot be told.
    private static func size(of path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : 0
    }

    /// The format of the file at `path`, from its first bytes.
    private func sniff(_ path: String) throws(IngestProblem) -> DocumentFormat {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw IngestProblem(.unreadable, .error, path: path, message: "cannot read the file (\(String(cString: strerror(errno))))")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        return DocumentFormat(sniffing: String(decoding: head, as: UTF8.self))
    }

    /// Loads `path` as text.
    /// - Throws: `IngestProblem` when the file cannot be read, is empty, binary or not UTF-8.
    public func load(_ path: String) throws(IngestProblem) -> SourceDocument {
        try Self.document(from: Self.contents(of: path), path: path)
    }

    /// The bytes of the file at `path`.
    private static func contents(of path: String) throws(IngestProblem) -> Data {
        try FileSystem.contents(of: path)
    }

    /// `data` as a document, refused when it is not UTF-8 text or holds nothing.
    private static func document(from data: Data, path: String) throws(IngestProblem) -> SourceDocument {
        let decoded: Result<String, UTF8Validation.Problem> = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0  // a byte-order mark is not text
            return UTF8Validation.decode(UnsafeBufferPointer(rebasing: bytes[start...])).mapError { problem in
                switch problem {  // offsets from the start of the file
                case .invalid(let at): .invalid(at: at + start)
                case .nul(let at): .nul(at: at + start)
                }
            }
        }
        let text: String
        switch decoded {
        case .success(let decodedText):
            text = decodedText
        case .failure(.nul(let offset)):
            throw IngestProblem(.binary, .error, path: path,
                                message: "contains a NUL byte at byte offset \(offset): a binary file, not text")
        case .failure(.invalid(let offset)):
            throw IngestProblem(.invalidUTF8, .error, path: path,
                                message: "not valid UTF-8 at byte offset \(offset); convert it first, e.g. `iconv -f WINDOWS-1252 -t UTF-8`")
        }
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw IngestProblem(.empty, .error, path: path, message: "the file is empty")
        }
        return SourceDocument(path: path, text: text)
    }

    /// Reads `document` with the reader its content calls for.
    /// - Throws: `IngestProblem` when nothing in it can be used.
    public func read(_ document: SourceDocument) throws(IngestProblem) -> ReadResult {
        switch DocumentFormat(sniffing: document.text) {
        case .page: try page.read(document)
        case .jsonl: try jsonl.read(document)
        case .html: try html.read(document)
        }
    }
}
