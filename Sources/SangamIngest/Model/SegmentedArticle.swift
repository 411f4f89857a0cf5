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
