import ArgumentParser
import SangamLexicon

/// `sangam lexicon`: look words up in the glossary, ICU's names and FreeDict at once.
struct LexiconLookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Look up English or Hindi words in every translation source Sangam reads.",
        discussion: """
            A query is an English word or phrase in any inflection (killed, elections) or a \
            Hindi form (किसानों, मारा). Prints one line per entry:

              SOURCE<TAB>ENGLISH<TAB>HINDI FORMS (separated by |)<TAB>KIND

            glossary entries first, then ICU's names, then FreeDict; a query with no entry \
            prints `-<TAB>QUERY` and the command exits 1. With --stats, how many entries each \
            source gives.

            Examples:
              sangam lexicon injured 'prime minister' किसानों
              sangam lexicon --lexicon glossary,icu दक्षिण कोरिया
            """
    )

    @Argument(help: "Words or phrases to look up, in either script.")
    var queries: [String] = []

    @Flag(help: "Print the number of entries per source instead.")
    var stats = false

    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
        if queries.isEmpty && !stats { throw ValidationError("Give a word to look up, or --stats.") }
    }

    func run() throws {
        try reportingErrors {
            let lexicon = try lexiconOptions.lexicon()
            if stats {
                for source in LexiconSource.allCases {
                    StandardStreams.writeLine("\(source.rawValue)\t\(lexicon.entryCountsBySource[source] ?? 0)")
                }
                StandardStreams.writeLine("concepts\t\(lexicon.conceptCount)")
                return
            }
            var missing = 0
            for query in queries {
                let entries = lexicon.lookup(query)
                if entries.isEmpty {
                    missing += 1
                    StandardStreams.writeLine("-\t\(query)")
                }
                for entry in entries {
                    StandardStreams.writeLine("\(entry.source.rawValue)\t\(entry.english)\t\(entry.hindi.joined(separator: "|"))\t\(entry.kind ?? "")")
                }
            }
            if missing > 0 { throw ExitCode(ExitStatus.partialFailure) }
        }
    }
}
