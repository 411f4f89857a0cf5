public import ArgumentParser
import SangamText
import SangamTranslit

/// `sangam translit`: names from one script to the other, line in, line out.
struct Translit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Transliterate names between Devanagari and Latin, or print their phonetic keys.",
        discussion: """
            With TEXT, transliterates it (the words joined by spaces, as one line). Without, \
            reads standard input and writes exactly one output line per input line.

            --to latin       Readable romanisation as English writes Hindi names, with schwa \
            deletion: नरेंद्र मोदी → Narendra Modi, राज्यसभा → Rajyasabha.
            --to iso15919    ISO 15919 through ICU, reversible: मोदी → mōdī.
            --to devanagari  Hindi spelling of Latin names: Yadav → यादव, ISRO → इसरो, BJP → बीजेपी.
            Without --to, each line goes to the other script.

            --candidates N writes the N best spellings separated by tabs (Latin → Devanagari \
            ranks several; romanisation has one). --scores adds each one's score after a space.

            --key writes the phonetic key(s) of each word instead: keys of one word joined by \
            `|`, words separated by spaces, `-` for a word with none. Spellings of one name share \
            a key: Narendra, Narender, नरेंद्र and नरेन्द्र all give NRNDR.

            Irregular spellings (Delhi, Lucknow, Thackeray) come from \
            Dictionaries/romanisation-exceptions.tsv, places from the glossary's place names \
            (Dictionaries/glossary.tsv: जर्मनी is Germany, where the two spellings share a key), \
            and Latin names listed in Dictionaries/names-train-*.tsv are spelled as those lists \
            spell them; the directory is found beside the executable, under the current \
            directory, or in $SANGAM_DICTIONARIES. --no-exceptions uses none of them: the rules \
            (and learned costs) alone.

            Latin → Devanagari uses costs learned from name lists \
            (Dictionaries/translit-costs.tsv, made by `sangam train-translit`) and a letter model \
            of the lists' Hindi names; --no-learned-costs uses the hand-set costs alone.

            Examples:
              sangam translit अरविंद केजरीवाल
              sangam translit --candidates 5 --scores Kananaskis
              printf 'Singh\\nसिंह\\n' | sangam translit --key
            """
    )

    @Option(name: .customLong("to"), help: "latin, iso15919 or devanagari (default: the other script of each line).")
    var target: Transliteration.Target?

    @Option(help: "How many candidates to write per line, separated by tabs.")
    var candidates: Int = 1

    @Flag(help: "Write each candidate's score (0–1) after it, separated by a space.")
    var scores = false

    @Flag(help: "Write phonetic keys instead of transliterations.")
    var key = false

    @Flag(name: .customLong("no-exceptions"), help: "Ignore the exceptions file, the glossary's place names and the name lists' spellings: rules only.")
    var noExceptions = false

    @Flag(name: .customLong("no-learned-costs"), help: "Ignore the learned spelling costs: hand-set costs only.")
    var noLearnedCosts = false

    @Argument(help: "Text to transliterate; reads standard input when omitted.")
    var text: [String] = []

    func validate() throws {
        guard candidates >= 1 else { throw ValidationError("--candidates must be at least 1.") }
        if key, target != nil || scores || candidates != 1 {
            throw ValidationError("--key prints keys; it does not take --to, --candidates or --scores.")
        }
    }

    func run() throws {
        try reportingErrors {
            let transliteration = try Transliteration.standard(exceptions: !noExceptions, learned: !noLearnedCosts)
            let write: (String) throws -> Void = { line in
                StandardStreams.writeLine(key ? Self.keys(of: line) : try output(for: line, with: transliteration))
            }
            if text.isEmpty {
                try UTF8LineReader(path: nil).forEachLine(write)
            } else {
                try write(text.joined(separator: " "))
            }
        }
    }

    private func output(for line: String, with transliteration: Transliteration) throws -> String {
        guard line.contains(where: { !$0.isWhitespace }) else { return line }
        let found = try transliteration.candidates(for: line, to: target, limit: candidates)
        return found.map { scores ? "\($0.text) \($0.score.scoreText)" : $0.text }.joined(separator: "\t")
    }

    private static func keys(of line: String) -> String {
        PhoneticKey.keys(forWordsOf: line).map { $0.isEmpty ? "-" : $0.joined(separator: "|") }.joined(separator: " ")
    }
}

/// `--to` takes the library's targets by name: latin, iso15919, devanagari.
extension Transliteration.Target: ExpressibleByArgument {}
