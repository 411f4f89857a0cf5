import SangamText

/// Name lists in the `Dictionaries/names-*.tsv` form: `english<TAB>hindi[<TAB>type<TAB>note]`,
/// where a note `translated` marks a Hindi name that is a translation rather than a spelling
/// (Supreme Court, सर्वोच्च न्यायालय) and `variant: …` gives a second Hindi spelling.
public enum NameList {
    /// The word pairs of a name list: for each name whose two spellings have as many words,
    /// word by word, and the same for its Hindi variant. Translations are left out, as is the
    /// header line (`english<TAB>hindi…`).
    /// - Parameter path: the TSV file.
    /// - Returns: the pairs, in file order, duplicates removed.
    /// - Throws: `TextInputError` or `DictionaryError` naming the file and line.
    public static func wordPairs(at path: String) throws -> [NamePair] {
        var pairs: [NamePair] = []
        var seen = Set<String>()
        for entry in try DictionaryFile.entries(at: path, minimumFields: 2) {
            let english = entry.fields[0], hindi = entry.fields[1]
            if english == "english" && hindi == "hindi" { continue }
            // A note may combine tags: "translated; variant: …".
            let tags = (entry.fields.count > 3 ? entry.fields[3] : "").split(separator: ";").map { $0.trimmingSpaces }
            if tags.contains("translated") { continue }
            var spellings = [hindi]
            for tag in tags where tag.hasPrefix("variant:") { spellings.append(tag.dropFirst("variant:".count)) }
            let englishWords = words(english)
            for spelling in spellings {
                let hindiWords = words(spelling)
                guard hindiWords.count == englishWords.count else { continue }
                for (latin, hindi) in zip(englishWords, hindiWords) where seen.insert(latin + "\t" + hindi).inserted {
                    pairs.append(NamePair(latin: latin, hindi: hindi))
                }
            }
        }
        return pairs
    }

    /// The word pairs of every training list shipped in `Dictionaries/` (`names-train-*.tsv`),
    /// read once for all their uses (known spellings, the letter model); empty when there are none.
    /// - Throws: `TextInputError` or `DictionaryError` naming a malformed list.
    public static func trainingPairs() throws -> [NamePair] {
        var pairs: [NamePair] = []
        for path in DictionaryFile.locateAll(prefix: "names-train-", suffix: ".tsv") {
            pairs += try wordPairs(at: path)
        }
        return pairs
    }

    private static func words(_ text: Substring) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).map { String($0) }
    }
}

