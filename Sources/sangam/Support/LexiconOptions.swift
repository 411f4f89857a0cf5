import ArgumentParser
import SangamLexicon

/// Which translation sources the aligning commands read.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: ArgumentHelp(
        "Translation sources, comma-separated: glossary, icu, freedict.",
        discussion: "glossary is Dictionaries/glossary.tsv; icu is ICU's names of countries and languages; freedict is the FreeDict English–Hindi dictionary when the Debian package dict-freedict-eng-hin is installed. Default: all three.",
        valueName: "sources"))
    var sources: String = "glossary,icu,freedict"

    func validate() throws {
        _ = try parsedSources()
    }

    /// The lexicon over the chosen sources.
    func lexicon() throws -> Lexicon {
        try Lexicon.standard(sources: parsedSources())
    }

    private func parsedSources() throws -> Lexicon.Sources {
        var sources: Lexicon.Sources = []
        for name in self.sources.split(separator: ",") {
            switch name.trimmingCharacters(in: .whitespaces) {
            case "glossary": sources.insert(.glossary)
            case "icu": sources.insert(.icu)
            case "freedict": sources.insert(.freedict)
            case let other: throw ValidationError("Unknown lexicon source '\(other)': use glossary, icu or freedict.")
            }
        }
        return sources
    }
}
