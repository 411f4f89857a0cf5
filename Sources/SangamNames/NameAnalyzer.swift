public import SangamText
public import SangamTranslit

/// Turns a name in either script into an ``AnalyzedName``: the one place that decides how names
/// are normalised, romanised and keyed, for import, mining and lookup alike (they must agree, or a
/// stored name would not be found by its own spelling).
public struct NameAnalyzer: Sendable {
    private let normalizer: Normalizer
    private let romanizer: Romanizer

    /// Creates an analyser.
    /// - Parameters:
    ///   - normalizer: ICU normalisation.
    ///   - romanizer: how Devanagari names are written in Latin for similarity.
    public init(normalizer: Normalizer, romanizer: Romanizer) {
        self.normalizer = normalizer
        self.romanizer = romanizer
    }

    /// An analyser with the romanisation exceptions `Dictionaries/` provides.
    /// - Throws: `ICUError` when ICU's data is missing; the exceptions file's error.
    public static func standard() throws -> NameAnalyzer {
        NameAnalyzer(normalizer: try Normalizer(), romanizer: try Romanizer(exceptions: try RomanizationExceptions.standard()))
    }

    /// Analyses `name`.
    /// - Parameter name: a name in Latin or Devanagari (a line of a name list, a span of a sentence).
    /// - Returns: the analysed name, or nil when it has no letter of either script.
    public func analyze(_ name: String) -> AnalyzedName? {
        // Whitespace runs as one space, split by scalar (grapheme breaking is slow).
        let text = normalizer.nfc(name).unicodeScalars.split(whereSeparator: \.isWhiteSpace)
            .map { String(Substring($0)) }.joined(separator: " ")
        let wordKeys = PhoneticKey.keys(forName: text)
        guard !wordKeys.isEmpty else { return nil }
        let script: AnalyzedName.Script = Transliteration.defaultTarget(for: text) == .latin ? .devanagari : .latin
        let latin = script == .devanagari ? romanizer.romanize(text) : text
        return AnalyzedName(text: text, script: script, matchForm: normalizer.matchingForm(text),
                            roman: NameSimilarity.fold(latin), wordKeys: wordKeys)
    }

    /// `name` romanised as Sangam writes Hindi names in Latin (Devanagari words only).
    public func romanize(_ name: String) -> String {
        romanizer.romanize(name)
    }
}
