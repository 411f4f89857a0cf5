public import SangamText

/// A news article as Sangam keeps it: metadata and the body's paragraphs, in NFC, with the
/// page chrome (language links, repeated titles, datelines, agency trailers, desk codes,
/// related-headline lists, image credits) removed.
public struct Article: Sendable, Equatable {
    /// The article's name in every output: the JSONL `id`, an HTML page's canonical URL, or
    /// `LANG/FILE-NAME` for a scraped page (`en/2025-12-06-india-korea-space`).
    public var externalID: String
    /// The article's language.
    public var language: Language
    /// The headline, when the source gives one.
    public var title: String?
    /// When the article was published, when the source says.
    public var published: PublicationTime?
    /// The dateline's place (`Seoul`, `सियोल`), when the body opens with a dateline.
    public var datelinePlace: String?
    /// The agency named in the dateline or trailer (`IANS`, `आईएएनएस`).
    public var agency: String?
    /// The article's URL, when known.
    public var url: String?
    /// Who published it (`IANS`), when known.
    public var source: String?
    /// The body's paragraphs in NFC, in order, none empty.
    public var paragraphs: [String]

    /// Creates an article.
    public init(externalID: String, language: Language, title: String? = nil, published: PublicationTime? = nil,
                datelinePlace: String? = nil, agency: String? = nil, url: String? = nil, source: String? = nil,
                paragraphs: [String]) {
        self.externalID = externalID
        self.language = language
        self.title = title
        self.published = published
        self.datelinePlace = datelinePlace
        self.agency = agency
        self.url = url
        self.source = source
        self.paragraphs = paragraphs
    }

    /// The body as stored: paragraphs separated by a blank line.
    public var body: String { paragraphs.joined(separator: "\n\n") }

    /// A SHA-256 over every field, hex: equal for the same article, different when anything
    /// a reader would see changed. Decides whether a re-ingested article is new content.
    public var contentHash: String {
        var hasher = SHA256()
        for field in [externalID, language.rawValue, title ?? "", published?.iso8601 ?? "", datelinePlace ?? "",
                      agency ?? "", url ?? "", source ?? "", body] {
            hasher.update(field)
            hasher.update([0])  // a separator no field contains, so fields cannot run together
        }
        return hasher.finalize().map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
