public import SangamText

/// Reads news pages scraped to text, English or Hindi, in the shape of the seed page:
///
/// ```
/// December 06, 2025 3:53 PM हिंदी          ← publication time and a language-switch link
/// India, South Korea explore …              ← the title, printed twice
/// India, South Korea explore …
/// Seoul, Dec 6 (IANS) Indian Ambassador …   ← dateline, then the body
/// …
/// --IANS                                    ← agency trailer
/// scor/sd/                                  ← desk code
/// LATEST NEWS                               ← other headlines, each twice
/// ```
///
/// Paragraphs are separated by blank lines; lines inside a paragraph are joined with a space.
/// Times without an offset are India time (+05:30).
public struct PageReader: ArticleReader {
    private let normalizer: Normalizer
    private let detector = ScriptDetector()
    private let dates = DateReader()

    /// Creates a reader.
    /// - Throws: `ICUError` when ICU's data cannot be loaded.
    public init() throws(ICUError) {
        normalizer = try Normalizer()
    }

    public func read(_ document: SourceDocument) throws(IngestProblem) -> ReadResult {
        var blocks = Self.blocks(of: normalizer.nfc(document.text))
        guard !blocks.isEmpty else {
            throw IngestProblem(.empty, .error, path: document.path, message: "the page has no text")
        }
        var problems: [IngestProblem] = []
        let published = Self.takePublicationLine(&blocks, dates: dates)
        let title = Self.takeTitle(&blocks)
        let body = NewsBoilerplate.extractBody(from: blocks)
        guard !body.paragraphs.isEmpty else {
            throw IngestProblem(.noBody, .error, path: document.path,
                                message: "no article body found: expected paragraphs after the title, ending at an agency line such as --IANS")
        }
        guard let language = detector.guessLanguage(of: body.paragraphs.joined(separator: " ")) else {
            throw IngestProblem(.unknownLanguage, .error, path: document.path,
                                message: "cannot tell whether the body is English or Hindi: it has no Latin or Devanagari letters")
        }
        if published == nil {
            problems.append(IngestProblem(.degraded, .warning, path: document.path,
                                          message: "no publication date on the first line; the article is stored without one"))
        }
        let article = Article(externalID: "\(language.rawValue)/\(document.baseName)", language: language, title: title,
                              published: published, datelinePlace: body.datelinePlace, agency: body.agency,
                              source: body.agency, paragraphs: body.paragraphs)
        return ReadResult(articles: [article], problems: problems)
    }

    /// Paragraphs: runs of non-blank lines, joined with a space, trimmed.
    static func blocks(of text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var blocks: [String] = []
            var current: [String] = []
            UTF8Text.forEachLine(in: bytes) { line in
                let trimmed = UTF8Text.trimmed(line)
                if trimmed.isEmpty {
                    if !current.isEmpty { blocks.append(current.joined(separator: " ")) }
                    current = []
                } else {
                    current.append(String(decoding: trimmed, as: UTF8.self))
                }
            }
            if !current.isEmpty { blocks.append(current.joined(separator: " ")) }
            return blocks
        }
    }

    /// Removes and reads the publication line (`December 06, 2025 3:53 PM हिंदी`,
    /// `06 दिसंबर 2025 04:41 PM English`) if the page starts with one.
    static func takePublicationLine(_ blocks: inout [String], dates: DateReader) -> PublicationTime? {
        guard let first = blocks.first else { return nil }
        var line = Substring(first)
        for link in languageLinks where line.hasSuffix(link) {
            line = line.dropLast(link.count)
            break
        }
        guard let date = dates.date(from: String(line)) else { return nil }
        blocks.removeFirst()
        return PublicationTime(date)
    }

    /// Removes and returns the title, and its repetition when the page prints it twice.
    static func takeTitle(_ blocks: inout [String]) -> String? {
        guard let title = blocks.first, NewsBoilerplate.dateline(in: title) == nil else { return nil }
        blocks.removeFirst()
        if blocks.first == title { blocks.removeFirst() }
        return title
    }

    /// Language-switch links that follow the publication time on bilingual sites.
    private static let languageLinks = ["हिंदी", "हिन्दी", "Hindi", "English", "अंग्रेज़ी", "अंग्रेजी"]
}
