import ArgumentParser
import Sangam
import SangamAlign

/// `sangam align`: align the sentences of every stored pair.
struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Align the sentences of every paired article in the store.",
        discussion: """
            Aligns each pair made by `sangam pair` that has no alignment yet and stores its \
            beads as segments (sentence positions on both sides, texts, score in [0, 1], bead \
            type such as 1-1, 2-1 or 1-0). Rerunning aligns only new pairs; --all realigns \
            every pair. Evidence is the same as for `sangam align-sentences`.

            Example:
              sangam ingest --db news.db Corpus/ && sangam pair --db news.db && sangam align --db news.db
            """
    )

    @OptionGroup var store: StoreOptions

    @Flag(help: "Realign every pair, not only those without an alignment.")
    var all = false

    @Flag(name: .shortAndLong, help: "Print only the summary.")
    var quiet = false

    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
        try reportingErrors {
            let stage = AlignmentStage(store: try store.openExisting(),
                                       extractor: AnchorExtractor(lexicon: try lexiconOptions.lexicon()))
            let summary = try stage.run(all: all) { done, total in
                if !quiet { StandardStreams.writeError("sangam: align: \(done) of \(plural(total, "pair")) aligned") }
            }
            for warning in summary.warnings { StandardStreams.writeError("sangam: warning: \(warning)") }
            StandardStreams.writeLine("\(plural(summary.pairs, "pair")) aligned: \(plural(summary.segments, "segment")) stored, "
                + "\(summary.alignedSegments) of them linking both languages → \(store.path)")
        }
    }
}
