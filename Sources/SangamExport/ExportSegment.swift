/// One aligned segment as exporters see it: a bead linking English and Hindi sentences.
public struct ExportSegment: Sendable, Equatable {
    /// The English text (the bead's sentences joined by a space), NFC.
    public var english: String
    /// The Hindi text, NFC.
    public var hindi: String
    /// The English article's external id.
    public var englishArticle: String
    /// The Hindi article's external id.
    public var hindiArticle: String
    /// Zero-based sentence positions in each article.
    public var englishSentences: [Int]
    public var hindiSentences: [Int]
    /// The bead's score in [0, 1].
    public var score: Double
    /// The bead's shape: `1-1`, `2-1` …
    public var beadType: String
    /// Publication date (`YYYY-MM-DD`) of the English article, else the Hindi one, if known.
    public var date: String?

    /// Creates a segment.
    public init(english: String, hindi: String, englishArticle: String, hindiArticle: String,
                englishSentences: [Int], hindiSentences: [Int], score: Double, beadType: String, date: String?) {
        self.english = english
        self.hindi = hindi
        self.englishArticle = englishArticle
        self.hindiArticle = hindiArticle
        self.englishSentences = englishSentences
        self.hindiSentences = hindiSentences
        self.score = score
        self.beadType = beadType
        self.date = date
    }
}

/// The formats Sangam exports.
public enum ExportFormat: String, Sendable, CaseIterable, Codable {
    /// TMX 1.4b, for CAT tools (OmegaT, Okapi, Trados, memoQ).
    case tmx
    /// Two line-aligned plain-text files, `PREFIX.en` and `PREFIX.hi`, for MT training.
    case moses
    /// `en_id<TAB>hi_id<TAB>en_text<TAB>hi_text<TAB>score`, Bitextor's column order.
    case tsv
    /// One JSON object per line.
    case jsonl

    /// The file (or, for Moses, the prefix) under an output directory: `sangam.tmx`, `sangam` …
    public func defaultName(base: String = "sangam") -> String {
        self == .moses ? base : "\(base).\(rawValue)"
    }
}
