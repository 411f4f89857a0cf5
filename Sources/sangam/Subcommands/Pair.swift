import ArgumentParser
import Sangam
import SangamAlign

/// `sangam pair`: find which Hindi article tells the same story as which English one.
struct Pair: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Pair English articles with their Hindi counterparts in the store.",
        discussion: """
            Articles are compared within a time window (articles without a date are compared \
            with all) on what they share: numbers, dates, names (through their phonetic keys) \
            and glossary translations, titles counting extra, and on their lengths. Each article \
            gets at most one counterpart; one with none above --min-score stays unpaired.

            Rerunning is safe: pairs that still hold keep their sentence alignments; pairs of \
            articles that changed are made again. List the result with `sangam pairs`.

            Example:
              sangam pair --db news.db --window-hours 72
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Compare articles published at most this many hours apart (0 or less: compare all).", valueName: "hours"))
    var windowHours: Double = 48

    @Option(help: ArgumentHelp("Make no pair scoring below this (0–1).", valueName: "score"))
    var minScore: Double = DocumentPairer.Parameters().minimumScore

    @Flag(name: .shortAndLong, help: "Print only the summary.")
    var quiet = false

    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
        guard (0...1).contains(minScore) else { throw ValidationError("--min-score must be between 0 and 1.") }
    }

    func run() throws {
        try reportingErrors {
            let stage = PairingStage(store: try store.openExisting(), extractor: AnchorExtractor(lexicon: try lexiconOptions.lexicon()))
            var parameters = DocumentPairer.Parameters()
            parameters.windowHours = windowHours > 0 ? windowHours : nil
            parameters.minimumScore = minScore
            let summary = try stage.run(parameters: parameters) { message in
                if !quiet { StandardStreams.writeError("sangam: pair: \(message)") }
            }
            let unpairedEnglish = summary.englishArticles - summary.pairs
            let unpairedHindi = summary.hindiArticles - summary.pairs
            StandardStreams.writeLine("\(plural(summary.pairs, "pair")) of \(summary.englishArticles) English and \(summary.hindiArticles) Hindi articles "
                + "(\(unpairedEnglish) English and \(unpairedHindi) Hindi unpaired); "
                + "\(summary.changes.added) new, \(summary.changes.kept) unchanged, \(summary.changes.removed) removed → \(store.path)")
        }
    }
}
