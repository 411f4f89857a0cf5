import SangamText

extension RomanizationExceptions {
    /// The glossary's kinds whose entries are names of places, spelled rather than translated
    /// in the other language (Germany जर्मनी, Chicago शिकागो, Brahmaputra ब्रह्मपुत्र).
    static let placeKinds: Set<Substring> = ["city", "country", "place", "river", "state"]

    /// How English and Hindi write the words of the glossary's place names, as exceptions:
    /// English spells foreign places its own way (जर्मनी is Germany, not Jarmani), and no rule
    /// can know that. An entry gives word pairs when both sides have as many words (San
    /// Francisco, सैन फ्रांसिस्को), and a pair is kept only when the two words share a phonetic
    /// key: a translation (India, भारत; Egypt, मिस्र; and, और) is not a spelling, and would turn
    /// the name Bharat into India.
    ///
    /// Read from `Dictionaries/glossary.tsv` (`english<TAB>hindi forms separated by |<TAB>kind`,
    /// the first Hindi form being the usual one), the glossary SangamLexicon reads in full.
    /// - Parameter path: the glossary file.
    /// - Throws: `TextInputError` or `DictionaryError`, naming the file (and line).
    public init(glossaryPlacesAt path: String) throws {
        var pairs: [(hindi: String, latin: String)] = []
        for entry in try DictionaryFile.entries(at: path, minimumFields: 3) where Self.placeKinds.contains(entry.fields[2]) {
            guard let usual = entry.fields[1].split(separator: "|").first else { continue }
            let english = entry.fields[0].split(separator: " "), hindi = usual.split(separator: " ")
            guard english.count == hindi.count else { continue }
            for (latin, word) in zip(english, hindi) {
                let latinKeys = PhoneticKey.keys(for: String(latin))
                guard let hindiKey = PhoneticKey.keys(for: String(word)).first, latinKeys.contains(hindiKey) else { continue }
                pairs.append((String(word), String(latin)))
            }
        }
        self.init(pairs: pairs)
    }

    /// The glossary's place names when `Dictionaries/glossary.tsv` can be found, else none.
    /// - Throws: when the file exists but is malformed.
    public static func glossaryPlaces() throws -> RomanizationExceptions {
        guard let path = DictionaryFile.locate("glossary.tsv") else { return RomanizationExceptions() }
        return try RomanizationExceptions(glossaryPlacesAt: path)
    }
}
