public import SangamText

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
