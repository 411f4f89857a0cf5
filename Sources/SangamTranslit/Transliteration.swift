public import SangamText

/// One entry point for the three directions Sangam transliterates in, choosing by script when
/// asked to: Devanagari lines to readable Latin (or ISO 15919), Latin lines to Devanagari.
///
/// Not thread-safe (ISO 15919 goes through an ICU transform): use one per task.
public final class Transliteration {
    /// Where a line goes.
    public enum Target: String, CaseIterable, Sendable {
        /// Readable romanisation: Narendra Modi.
        case latin
        /// ISO 15919: narēṁdra mōdī.
        case iso15919
        /// Devanagari: नरेंद्र मोदी.
        case devanagari
    }

    /// Devanagari → readable Latin.
    public let romanizer: Romanizer
    /// Latin → Devanagari, made on first use: its learned costs, known names and letter model
    /// take a moment to load, and romanising a file never needs them.
    /// - Throws: what loading them throws.
    public func speller() throws -> DevanagariSpeller {
        if let speller = loadedSpeller { return speller }
        let speller = try makeSpeller(romanizer.exceptions)
        loadedSpeller = speller
        return speller
    }
    private var loadedSpeller: DevanagariSpeller?
    private let makeSpeller: (RomanizationExceptions) throws -> DevanagariSpeller
    private let iso: ISO15919

    /// Creates the transliterators.
    /// - Parameters:
    ///   - exceptions: irregular spellings for both directions.
    ///   - speller: makes the Latin → Devanagari speller from the exceptions, the first time a
    ///     line goes to Devanagari (by default one with hand-set costs and nothing learned).
    /// - Throws: `ICUError` when ICU's data is missing.
    public init(exceptions: RomanizationExceptions,
                speller: @escaping (RomanizationExceptions) throws -> DevanagariSpeller = { DevanagariSpeller(exceptions: $0) })
        throws(ICUError) {
        romanizer = try Romanizer(exceptions: exceptions)
        makeSpeller = speller
        iso = try ISO15919()
    }

    /// The transliterators with what `Dictionaries/` provides: the exceptions file, the
    /// glossary's place names, the training lists' spellings (for Latin → Devanagari only), the
    /// learned costs and the letter model. Those the speller needs load the first time a line
    /// goes to Devanagari.
    /// - Parameters:
    ///   - exceptions: whether to use the exceptions file, the glossary's place names and the
    ///     training lists' spellings.
    ///   - learned: whether to use the learned costs and the letter model.
    /// - Throws: `ICUError`, or a dictionary file's error (`TextInputError`, `DictionaryError`).
    public static func standard(exceptions: Bool = true, learned: Bool = true) throws -> Transliteration {
        let listed = exceptions ? try RomanizationExceptions.standard().merged(with: .glossaryPlaces()) : RomanizationExceptions()
        return try Transliteration(exceptions: listed) { listed in
            // The training lists, read once: their spellings for this direction only (a Hindi
            // spelling has several English ones, so romanisation keeps its rules), and the
            // letter model learned from their Hindi side.
            let trained = exceptions || learned ? try NameList.trainingPairs() : []
            let known = RomanizationExceptions(pairs: trained.map { ($0.hindi, $0.latin) })
            return DevanagariSpeller(
                exceptions: exceptions ? listed.merged(with: known) : listed,
                costs: learned ? try SpellingCosts.standard() : SpellingCosts(),
                letterModel: learned ? LetterModel(words: trained.map(\.hindi)) : LetterModel(),
                roundTrip: try Romanizer())
        }
    }

    /// The other script of `line`: Latin for a line with Devanagari in it, else Devanagari.
    public static func defaultTarget(for line: String) -> Target {
        line.unicodeScalars.contains { (0x0900...0x097F).contains($0.value) || (0xA8E0...0xA8FF).contains($0.value) }
            ? .latin : .devanagari
    }

    /// The ranked transliterations of `line` into `target` (by default the other script).
    /// Romanisation gives one candidate; Latin → Devanagari up to `limit`.
    /// - Parameters:
    ///   - line: one line of text.
    ///   - target: where to go; nil for the other script.
    ///   - limit: how many candidates at most (at least one is returned).
    /// - Throws: what loading the letter model throws, the first time a line goes to Devanagari.
    public func candidates(for line: String, to target: Target? = nil, limit: Int = 1) throws -> [DevanagariSpeller.Candidate] {
        switch target ?? Self.defaultTarget(for: line) {
        case .latin:
            return [.init(text: romanizer.romanize(line), score: 1)]
        case .iso15919:
            // Latin words are spelled in Devanagari first, so that every line has an ISO form.
            return [.init(text: iso.romanize(try speller().spell(line)), score: 1)]
        case .devanagari:
            // Devanagari in a line stays as it is; only Latin words are spelled.
            return try speller().candidates(for: line, limit: max(1, limit))
        }
    }

    /// The best transliteration of `line` into `target`.
    /// - Throws: what loading the letter model throws, the first time a line goes to Devanagari.
    public func transliterate(_ line: String, to target: Target? = nil) throws -> String {
        try candidates(for: line, to: target, limit: 1).first?.text ?? line
    }
}
