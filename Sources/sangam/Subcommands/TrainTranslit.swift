import ArgumentParser
import SangamText
import SangamTranslit

/// `sangam train-translit`: learn transliteration preferences from name lists.
struct TrainTranslit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-translit",
        abstract: "Learn how Hindi spells English spellings of names, from name lists (for translit --to devanagari).",
        discussion: """
            Reads name lists (english<TAB>hindi[<TAB>type<TAB>note], one name per line; rows noted \
            `translated` are skipped, `variant: …` adds a second Hindi spelling) and writes the \
            learned costs that `sangam translit --to devanagari` reads from \
            Dictionaries/translit-costs.tsv: the cost of each reading of an English grapheme (in the \
            context of the letters around it) and of each way two consonants join.

            The repository's costs are learned from Dictionaries/names-train-*.tsv, never from \
            names-dev.tsv, which is kept for evaluation: `make train-translit`.
            """
    )

    @Argument(help: "Name lists to learn from.")
    var files: [String]

    @Option(help: "Where to write the costs.")
    var out: String = "Dictionaries/translit-costs.tsv"

    @Option(name: .customLong("show-unaligned"), help: "How many pairs the speller cannot produce to list (at most 200).")
    var showUnaligned = 10

    @Option(help: "Alignment and re-estimation rounds.")
    var rounds: Int = 3

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Name at least one name list to learn from.") }
        guard rounds >= 1 else { throw ValidationError("--rounds must be at least 1.") }
        guard (0...200).contains(showUnaligned) else { throw ValidationError("--show-unaligned must be between 0 and 200.") }
    }

    func run() throws {
        try reportingErrors {
            var pairs: [NamePair] = []
            for file in files { pairs += try NameList.wordPairs(at: file) }
            let (costs, report) = SpellingTrainer.train(pairs, rounds: rounds)
            guard report.aligned > 0 else {
                // Writing would replace the learned costs with nothing.
                throw CommandFailure("\(files.joined(separator: ", ")): no name pair could be aligned "
                    + "(\(report.pairs) read); \(out) was left as it was")
            }
            let comment = """
                Learned by `sangam train-translit` from \(files.map { $0.split(separator: "/").last.map(String.init) ?? $0 }.joined(separator: ", ")).
                \(report.aligned) of \(report.pairs) word pairs aligned.
                \(costs.count) decisions. key<TAB>cost (-ln p, relative to the best option of its group).
                Regenerate with `make train-translit`; do not edit by hand.
                """
            try AtomicFile.write(costs.fileText(comment: comment), to: out)
            StandardStreams.writeError("sangam: learned \(costs.count) costs from \(report.aligned) of \(report.pairs) word pairs; wrote \(out)")
            for pair in report.unalignedExamples.prefix(showUnaligned) {
                StandardStreams.writeError("  not produced: \(pair.latin) → \(pair.hindi)")
            }
        }
    }
}
