/// An entity a lookup found, with every form the store knows of it: what ``NameRanker`` ranks.
public struct NameCandidate: Sendable, Equatable {
    /// One spelling of the entity.
    public struct Form: Sendable, Equatable {
        /// `en` for Latin, `hi` for Devanagari.
        public var language: String
        public var text: String
        /// Folded Latin (``NameSimilarity/fold(_:)``), romanised first for Devanagari.
        public var roman: String
        /// Mentions mined from the corpus: segments, and pairs' titles and datelines.
        public var mentions: Int
        /// Whether a name list gave this form.
        public var listed: Bool

        /// Creates a form.
        public init(language: String, text: String, roman: String, mentions: Int, listed: Bool) {
            self.language = language
            self.text = text
            self.roman = roman
            self.mentions = mentions
            self.listed = listed
        }
    }

    /// How the candidate was found, strongest first: every word's key matched, some word's key
    /// matched, or only a prefix of the text.
    public enum Retrieval: Int, Sendable, Comparable {
        case wholeKey = 0
        case wordKey = 1
        case text = 2

        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

        /// The share of the score's key part this retrieval earns.
        var strength: Double {
            switch self {
            case .wholeKey: 1
            case .wordKey: 0.6
            case .text: 0.3
            }
        }
    }

    public var entityID: Int64
    public var forms: [Form]
    /// `person`, `place`, `organisation`, or nil when not known.
    public var type: String?
    /// The names of the lists that gave it (the corpus's evidence is in the forms' mentions).
    public var sources: [String]
    public var retrieval: Retrieval
    /// How sure mining was of the entity's spellings (the mean over its mentions); nil when it
    /// was never mined.
    public var confidence: Double?

    /// Creates a candidate.
    public init(entityID: Int64, forms: [Form], type: String?, sources: [String], retrieval: Retrieval, confidence: Double? = nil) {
        self.entityID = entityID
        self.forms = forms
        self.type = type
        self.sources = sources
        self.retrieval = retrieval
        self.confidence = confidence
    }

    /// The form to show in `language`: the most mentioned, then a listed one, then the first.
    public func preferredForm(language: String) -> Form? {
        forms.filter { $0.language == language }
            .enumerated()
            .max { ($0.element.mentions, $0.element.listed ? 1 : 0, -$0.offset) < ($1.element.mentions, $1.element.listed ? 1 : 0, -$1.offset) }?
            .element
    }

    /// Aligned segments the entity was mined from (each mention counts once per form pair, so
    /// this is the larger of the two scripts' counts).
    public var mentions: Int {
        max(forms.filter { $0.language == "en" }.map(\.mentions).reduce(0, +),
            forms.filter { $0.language == "hi" }.map(\.mentions).reduce(0, +))
    }
}
