/// An article as the pairer sees it: its language, time, length and anchors.
public struct PairingDocument: Sendable, Equatable {
    /// The caller's id for the article (a store row id, a file index).
    public var id: Int64
    /// Publication time in seconds since 1970 (UTC), or nil when unknown: then the article is
    /// compared with every article of the other language.
    public var epoch: Int64?
    /// Length of the body in Unicode scalars.
    public var length: Int
    /// The anchors of the body, with repeats.
    public var anchors: [Anchor]
    /// The anchors of the title (they count again: a title names the story's core).
    public var titleAnchors: [Anchor]

    /// Creates a document.
    public init(id: Int64, epoch: Int64?, length: Int, anchors: [Anchor], titleAnchors: [Anchor] = []) {
        self.id = id
        self.epoch = epoch
        self.length = length
        self.anchors = anchors
        self.titleAnchors = titleAnchors
    }

    /// A document from analysed sentences and an optional analysed title. Quotation anchors
    /// are left out: nearly every article quotes someone, which says nothing about which
    /// articles go together.
    public init(id: Int64, epoch: Int64?, sentences: [AnalyzedSentence], title: AnalyzedSentence?) {
        let body = sentences.filter { !$0.isBoilerplate }
        self.init(id: id, epoch: epoch, length: body.reduce(0) { $0 + $1.length },
                  anchors: body.flatMap(\.anchors).filter { $0.kind != .quote },
                  titleAnchors: (title?.anchors ?? []).filter { $0.kind != .quote })
    }
}

/// An English article paired with its Hindi counterpart.
public struct DocumentPair: Sendable, Equatable {
    /// The English document's id.
    public var english: Int64
    /// The Hindi document's id.
    public var hindi: Int64
    /// Confidence in [0, 1].
    public var score: Double
    /// Why: what the two share.
    public var evidence: PairEvidence

    /// Creates a pair.
    public init(english: Int64, hindi: Int64, score: Double, evidence: PairEvidence) {
        self.english = english
        self.hindi = hindi
        self.score = score
        self.evidence = evidence
    }
}

/// The evidence behind a pairing decision, for `sangam pairs --explain` and for the store.
public struct PairEvidence: Sendable, Equatable, Codable {
    /// Weighted cosine similarity of the two documents' shared anchors, in [0, 1].
    public var similarity: Double
    /// How many distinct anchors of each kind the two share.
    public var sharedConcepts: Int
    public var sharedNumbers: Int
    public var sharedNames: Int
    /// Anchors shared between the titles.
    public var sharedTitleAnchors: Int
    /// Hindi length over English length, divided by the corpus's usual ratio (1 is typical).
    public var lengthRatio: Double
    /// Hours between the two publication times, when both are known.
    public var hoursApart: Double?
    /// The strongest shared anchors, most informative first.
    public var strongest: [Anchor]
    /// The runner-up's score for either article, if any: a small margin means a close call.
    public var runnerUpScore: Double?

    /// Creates evidence.
    public init(similarity: Double, sharedConcepts: Int, sharedNumbers: Int, sharedNames: Int, sharedTitleAnchors: Int,
                lengthRatio: Double, hoursApart: Double?, strongest: [Anchor], runnerUpScore: Double?) {
        self.similarity = similarity
        self.sharedConcepts = sharedConcepts
        self.sharedNumbers = sharedNumbers
        self.sharedNames = sharedNames
        self.sharedTitleAnchors = sharedTitleAnchors
        self.lengthRatio = lengthRatio
        self.hoursApart = hoursApart
        self.strongest = strongest
        self.runnerUpScore = runnerUpScore
    }
}

extension Anchor: Codable {
    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(UInt64.self)
        guard Kind(rawValue: UInt8(raw >> 56)) != nil else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown anchor kind"))
        }
        self.init(rawValue: raw)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
