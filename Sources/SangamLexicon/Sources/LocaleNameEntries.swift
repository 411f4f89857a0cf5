import SangamText

/// Lexicon entries for the names of countries and languages, from ICU's locale data: `India` ↔
/// `भारत`, `South Korea` ↔ `दक्षिण कोरिया`, `Hindi` ↔ `हिंदी`.
public enum LocaleNameEntries {
    /// One entry per country and language that ICU names in both English and Hindi.
    public static func entries() -> [LexiconEntry] {
        var entries: [LexiconEntry] = []
        for (kind, label) in [(LocaleNames.Kind.country, "country"), (.language, "language")] {
            for code in LocaleNames.codes(kind) {
                guard let english = LocaleNames.name(of: code, kind, in: "en"),
                      let hindi = LocaleNames.name(of: code, kind, in: "hi"),
                      hindi.unicodeScalars.contains(where: { (0x0900...0x097F).contains($0.value) })
                else { continue }
                entries.append(LexiconEntry(english: english, hindi: [hindi], kind: label, source: .icu))
            }
        }
        return entries
    }
}
