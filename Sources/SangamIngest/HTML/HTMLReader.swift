public import SangamText

/// Reads saved news pages in HTML, English or Hindi, with libxml2's HTML parser (the way a
/// browser forgives unclosed tags), never with patterns over the markup.
///
/// - Metadata: the headline from `og:title`, else `<title>`; the address from `og:url`, else
///   `<link rel="canonical">`, which also becomes the article's id (`LANG/FILE-NAME` when the
///   page has neither); the time from `article:published_time` (India time when it has no
///   offset); the source from `og:site_name`, else the author.
/// - Body: the `<p>`, `<h2>` and `<h3>` text of the article's container (see
///   ``HTMLBodyLocator``), inline markup flattened, chrome left out (see ``HTMLChrome``), then
///   put in NFC and through ``NewsBoilerplate`` for the dateline, the agency trailer and "also
///   read" lines.
/// - Language: `<html lang>` (or `og:locale`) when it says English or Hindi, unless the body
///   is plainly in the other script; otherwise the body's script.
public struct HTMLReader: ArticleReader {
    private let normalizer: Normalizer
    private let detector = ScriptDetector()

    /// Creates a reader.
    /// - Throws: `ICUError` when ICU's data cannot be loaded.
    public init() throws(ICUError) {
        normalizer = try Normalizer()
    }

    /// Reads the article on an HTML page.
    /// - Parameter document: the page's text.
    /// - Returns: one article, with a warning when the page gives no usable publication time
    ///   or declares the wrong language.
    /// - Throws: `IngestProblem` with code `empty` for a blank page, `unreadable` when libxml2
    ///   cannot parse it, `noBody` when no article text is found, `unknownLanguage` when the page
    ///   declares no English or Hindi and the body has neither script.
    public func read(_ document: SourceDocument) throws(IngestProblem) -> ReadResult {
        guard document.text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw IngestProblem(.empty, .error, path: document.path, message: "the page is empty")
        }
        guard let page = HTMLDocument(parsing: document.text) else {
            throw IngestProblem(.unreadable, .error, path: document.path,
                                message: "libxml2 could not build a document from the page; check that it is HTML")
        }
        let metadata = HTMLPageMetadata(reading: page)
        let blocks = HTMLBodyLocator(surveying: page).blocks.map(normalizer.nfc)
        let body = NewsBoilerplate.extractBody(from: blocks)
        guard !body.paragraphs.isEmpty else {
            throw IngestProblem(.noBody, .error, path: document.path,
                                message: "no article text found: expected <p> paragraphs in an <article>, an itemprop=\"articleBody\" element or a run of paragraphs outside the page's navigation, related stories and footer")
        }
        var problems: [IngestProblem] = []
        let language = try language(of: body, declared: metadata, path: document.path, problems: &problems)
        let published = metadata.publishedTime.flatMap { PublicationTime(iso8601: $0) }
        if let stamp = metadata.publishedTime, published == nil {
            problems.append(IngestProblem(.degraded, .warning, path: document.path,
                                          message: "article:published_time \"\(stamp)\" is not an ISO 8601 date; the article is stored without one"))
        } else if published == nil {
            problems.append(IngestProblem(.degraded, .warning, path: document.path,
                                          message: "no <meta property=\"article:published_time\"> on the page; the article is stored without a publication time"))
        }
        let url = metadata.pageURL
        let article = Article(
            externalID: url ?? "\(language.rawValue)/\(document.baseName)", language: language,
            title: metadata.headline.map(normalizer.nfc), published: published, datelinePlace: body.datelinePlace,
            agency: body.agency, url: url, source: (metadata.siteName ?? metadata.author).map(normalizer.nfc),
            paragraphs: body.paragraphs)
        return ReadResult(articles: [article], problems: problems)
    }

    /// The article's language: the declared one unless the body is plainly in the other
    /// language's script (templates often say `lang="en"` on Hindi pages), else the body's.
    private func language(of body: NewsBody, declared metadata: HTMLPageMetadata, path: String,
                          problems: inout [IngestProblem]) throws(IngestProblem) -> Language {
        let text = body.paragraphs.joined(separator: " ")
        let detected = detector.guessLanguage(of: text)
        guard let declared = metadata.declaredLanguage else {
            guard let detected else {
                let tag = metadata.languageTag.map { "declares lang=\"\($0)\" and " } ?? "declares no language and "
                throw IngestProblem(.unknownLanguage, .error, path: path,
                                    message: "the page \(tag)its body has no Latin or Devanagari letters; only English and Hindi are read")
            }
            return detected
        }
        let kind = detector.profile(of: text).kind
        if let detected, detected != declared, kind == .latin || kind == .devanagari {
            problems.append(IngestProblem(.degraded, .warning, path: path,
                                          message: "the page declares lang=\"\(metadata.languageTag ?? declared.rawValue)\" but its body is in \(detected.script) script; read as \(detected.rawValue)"))
            return detected
        }
        return declared
    }
}
