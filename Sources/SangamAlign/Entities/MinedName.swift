/// A name found on both sides of an aligned segment: the English span and the Hindi span that
/// write it.
public struct MinedName: Sendable, Equatable {
    /// As the English text writes it, titles stripped (`Narendra Modi`, not `Prime Minister Narendra Modi`).
    public var english: String
    /// As the Hindi text writes it.
    public var hindi: String
    /// `person`, `place` or `organisation` when the evidence says so.
    public var type: String?
    /// In [0, 1]: how sure the match of the two spans is.
    public var confidence: Double

    /// Creates a mined name.
    public init(english: String, hindi: String, type: String?, confidence: Double) {
        self.english = english
        self.hindi = hindi
        self.type = type
        self.confidence = confidence
    }
}
