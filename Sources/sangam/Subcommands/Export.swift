public import ArgumentParser
import Sangam
public import SangamExport

/// `sangam export`: the store's aligned segments as a parallel corpus.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the aligned segments as TMX, Moses, TSV or JSONL.",
        discussion: """
            Exports every segment that links both languages (unaligned sentences are left \
            out), ordered by English article and position, streaming from the store.

              tmx    TMX 1.4b for CAT tools (OmegaT, Okapi, Trados, memoQ), with score, both \
            article ids, publication date and bead type as <prop type="x-…">
              moses  PATH.en and PATH.hi, one segment per line, the same line count
              tsv    en_id, hi_id, en_text, hi_text, score (Bitextor's order; ids are \
            ARTICLE#SENTENCES)
              jsonl  one object per segment: texts, ids, sentences, score, bead, date

            The file appears only when complete (written beside it, then renamed): an \
            interrupted export, a full disk or a file-size limit leaves the old file, or none. \
            A summary of what the filters removed goes to standard error.

            Examples:
              sangam export --db news.db --format tmx --out news.tmx --min-score 0.5
              sangam export --format moses --out corpus/train --dedupe --script-check
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("tmx, moses, tsv or jsonl.", valueName: "format"))
    var format: ExportFormat

    @Option(help: ArgumentHelp("The file to write (for moses, the prefix of PATH.en and PATH.hi).", valueName: "path"))
    var out: String

    @OptionGroup var options: ExportOptions

    func run() throws {
        try reportingErrors {
            let stage = ExportStage(store: try store.openExisting())
            let result = try stage.run(targets: [(format, out)], options: options.filterOptions, tags: try options.tags(),
                                       toolVersion: SangamVersion.number)
            StandardStreams.writeError("sangam: export: " + filterSummary(result.report, options.filterOptions))
            StandardStreams.writeLine("\(plural(result.report.kept, "segment")) → " + result.paths.joined(separator: ", "))
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
