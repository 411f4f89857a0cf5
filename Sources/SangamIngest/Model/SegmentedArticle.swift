public import SangamText

/// One sentence of an article, in the forms the store keeps.
public struct ArticleSentence: Sendable, Equatable {
    /// The paragraph it belongs to, from 0.
    public var paragraph: Int
    /// The sentence in NFC, as written.
    public var text: String
    /// Its matching form, for search and keys.
    public var matchingForm: String
    /// What it is written in.
    public var script: SegmentScriptKind

    /// Creates a sentence.
    public init(paragraph: Int, text: String, matchingForm: String, script: SegmentScriptKind) {
        self.paragraph = paragraph
        self.text = text
        self.matchingForm = matchingForm
        self.script = script
    }
}

/// An article with its body split into sentences: what ingest hands to the store.
public struct SegmentedArticle: Sendable, Equatable {
    /// The article.
    public var article: Article
    /// Its sentences in order.
    public var sentences: [ArticleSentence]
    /// The article's `contentHash`, computed once.
    public let contentHash: String

    /// Creates a segmented article.
    /// - Parameter contentHash: the article's hash when the caller has it already.
    public init(article: Article, sentences: [ArticleSentence], contentHash: String? = nil) {
        self.article = article
        self.sentences = sentences
        self.contentHash = contentHash ?? article.contentHash
    }
}

/// Splits articles into sentences with the matching form and script of each.
/// Not thread-safe (it owns ICU break iterators): one per task.
public final class ArticleSegmenter {
    private let normalizer: Normalizer
    private let detector = ScriptDetector()
    private let english: SentenceSplitter
    private let hindi: SentenceSplitter

    /// Creates a segmenter.
    /// - Throws: `ICUError` when ICU's data cannot be loaded.
    public init() throws(ICUError) {
        normalizer = try Normalizer()
        english = try SentenceSplitter(language: .english)
        hindi = try SentenceSplitter(language: .hindi)
    }

    /// `article` with its sentences.
    /// - Parameter contentHash: the article's hash when the caller has it already.
    public func segment(_ article: Article, contentHash: String? = nil) -> SegmentedArticle {
        let splitter = article.language == .english ? english : hindi
        var sentences: [ArticleSentence] = []
        for (index, paragraph) in article.paragraphs.enumerated() {
            for sentence in splitter.sentences(in: paragraph) {
                sentences.append(ArticleSentence(paragraph: index, text: sentence,
                                                 matchingForm: normalizer.matchingForm(sentence),
                                                 script: detector.profile(of: sentence).kind))
            }
        }
        return SegmentedArticle(article: article, sentences: sentences, contentHash: contentHash)
    }
}
