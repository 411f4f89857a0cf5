/// A word-level token: what ICU's word break rules find between two boundaries, minus spaces.
public struct WordToken: Sendable, Equatable {
    /// What kind of token this is.
    public enum Kind: String, Sendable, Codable {
        /// Letters with their marks: `Modi`, `नरेंद्र`, `B2B`, `isn't`.
        case word
        /// A number, grouping and decimals included: `2025`, `1,30,000`, `5.5`, `२०२५`.
        case number
        /// Anything else that is not white space: `,`, `।`, `(`, `₹`.
        case punctuation
    }

    /// The token's text.
    public var text: String
    /// What kind of token it is.
    public var kind: Kind

    /// Creates a token.
    public init(text: String, kind: Kind) {
        self.text = text
        self.kind = kind
    }
}

/// Splits text into word tokens with ICU's word break rules, which keep a Devanagari word with
/// its vowel signs, viramas and nuktas whole (नरेंद्र is one token) and a grouped number whole.
///
/// A tokenizer owns an ICU break iterator and is not thread-safe: use one per task.
public final class WordTokenizer {
    private let iterator: BreakIterator

    /// Creates a tokenizer.
    /// - Parameter language: selects ICU's locale rules; English and Hindi rules are the same
    ///   in ICU 72, so it matters only for future locale tailoring.
    /// - Throws: `ICUError` when ICU's break rules cannot be loaded.
    public init(language: Language = .english) throws(ICUError) {
        self.iterator = try BreakIterator(.word, locale: language.icuLocale)
    }

    /// The tokens of `text`, in order, without white space.
    /// - Parameters:
    ///   - text: any text.
    ///   - includePunctuation: whether to keep punctuation and symbol tokens.
    public func tokens(in text: String, includePunctuation: Bool = true) -> [WordToken] {
        var text = text
        return text.withUTF8 { bytes in
            var tokens: [WordToken] = []
            iterator.forEachSegment(of: bytes) { segment in
                let kind: WordToken.Kind
                switch segment.ruleStatus {
                case 100..<200: kind = .number
                case 200..<500: kind = .word
                default: kind = .punctuation
                }
                let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[segment.range]), as: UTF8.self)
                if kind == .punctuation {
                    guard includePunctuation, !piece.unicodeScalars.allSatisfy(\.properties.isWhitespace) else { return }
                }
                tokens.append(WordToken(text: piece, kind: kind))
            }
            return tokens
        }
    }
}
