/// One aligned segment as exporters see it: a bead linking English and Hindi sentences.
///
/// Its texts are UTF-8 bytes, as the store holds them: a million segments are exported in
/// seconds, and making each text a `String` (validating its UTF-8 again) cost as much as
/// escaping it. The store is written only from Swift strings, so its text is valid UTF-8.
public struct ExportSegment: Sendable, Equatable {
    /// The English text (the bead's sentences joined by a space), NFC, as UTF-8.
    public var englishUTF8: [UInt8]
    /// The Hindi text, NFC, as UTF-8.
    public var hindiUTF8: [UInt8]
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

    /// The English text.
    public var english: String {
        get { String(decoding: englishUTF8, as: UTF8.self) }
        set { englishUTF8 = Array(newValue.utf8) }
    }

    /// The Hindi text.
    public var hindi: String {
        get { String(decoding: hindiUTF8, as: UTF8.self) }
        set { hindiUTF8 = Array(newValue.utf8) }
    }

    /// Creates a segment from its texts' UTF-8, which must be valid: the writers copy it as it is.
    public init(englishUTF8: [UInt8], hindiUTF8: [UInt8], englishArticle: String, hindiArticle: String,
                englishSentences: [Int], hindiSentences: [Int], score: Double, beadType: String, date: String?) {
        self.englishUTF8 = englishUTF8
        self.hindiUTF8 = hindiUTF8
        self.englishArticle = englishArticle
        self.hindiArticle = hindiArticle
        self.englishSentences = englishSentences
        self.hindiSentences = hindiSentences
        self.score = score
        self.beadType = beadType
        self.date = date
    }

    /// Creates a segment from its texts.
    public init(english: String, hindi: String, englishArticle: String, hindiArticle: String,
                englishSentences: [Int], hindiSentences: [Int], score: Double, beadType: String, date: String?) {
        self.init(englishUTF8: Array(english.utf8), hindiUTF8: Array(hindi.utf8), englishArticle: englishArticle,
                  hindiArticle: hindiArticle, englishSentences: englishSentences, hindiSentences: hindiSentences,
                  score: score, beadType: beadType, date: date)
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
