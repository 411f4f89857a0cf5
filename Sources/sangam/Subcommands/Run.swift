import ArgumentParser
import Foundation
import Sangam
import SangamAlign
import SangamExport

/// `sangam run`: ingest, pair, align and export in one go.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ingest, pair, align and export in one go: from a folder of news to corpus files.",
        discussion: """
            Runs `ingest` on PATH..., then `pair`, `align`, `names mine` and `export` into --out, and prints \
            a summary: articles per language, pairs and unpaired articles, segments, the score \
            distribution, the files written and the time each stage took.

            Incremental: on a rerun, unchanged files are skipped, pairs that still hold keep \
            their alignments, only new pairs are aligned, and the exports are rewritten \
            (byte-identical when nothing changed). Progress goes to standard error: bars on a \
            terminal, plain lines otherwise, nothing with --quiet.

            Example:
              sangam run Corpus/ --db news.db --out corpus/ --formats tmx,moses --min-score 0.5
            """
    )

    @Argument(help: ArgumentHelp("Files or directories of news to ingest.", valueName: "path"))
    var paths: [String]

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("The directory for the exported files (created if needed).", valueName: "dir"))
    var out: String = "sangam-export"

    @Option(help: ArgumentHelp("Formats to write, comma-separated: tmx, moses, tsv, jsonl.", valueName: "formats"))
    var formats: String = "tmx,moses,tsv,jsonl"

    @Option(help: ArgumentHelp("Compare articles published at most this many hours apart (0 or less: all).", valueName: "hours"))
    var windowHours: Double = 48

    @Flag(name: .shortAndLong, help: "No progress, only the summary.")
    var quiet = false

    @OptionGroup var exportOptions: ExportOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one file or directory of news.") }
        _ = try parsedFormats()
    }

    private func parsedFormats() throws -> [ExportFormat] {
        let formats = try self.formats.split(separator: ",").map { name in
            guard let format = ExportFormat(rawValue: String(name)) else {
                throw ValidationError("Unknown format '\(name)': use tmx, moses, tsv or jsonl.")
            }
            return format
        }
        guard !formats.isEmpty else { throw ValidationError("Give at least one format.") }
        return formats
    }

    func run() throws {
        try reportingErrors {
            let directory = (store.path as NSString).deletingLastPathComponent
            if !directory.isEmpty { try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            var pairing = DocumentPairer.Parameters()
            pairing.windowHours = windowHours > 0 ? windowHours : nil
            let settings = Pipeline.Settings(
                pairing: pairing,
                exportTargets: try parsedFormats().map { ($0, (out as NSString).appendingPathComponent($0.defaultName())) },
                exportOptions: exportOptions.filterOptions, tags: try exportOptions.tags(), toolVersion: SangamVersion.number)
            let ingestProgress = Progress(stage: "ingest", quiet: quiet)
            let alignProgress = Progress(stage: "align", quiet: quiet)
            let pipeline = Pipeline(store: try store.open(), lexicon: { try lexiconOptions.lexicon() })
            let summary = try pipeline.run(paths: paths, settings: settings) { event in
                switch event {
                case let .ingested(file, filesDone):
                    for problem in file.problems { StandardStreams.writeError("sangam: \(problem.severity.rawValue): \(problem)") }
                    ingestProgress.update(filesDone, of: nil, unit: "files")
                case let .ingestFinished(ingest):
                    ingestProgress.finish("\(plural(ingest.files, "file")): \(ingest.inserted) articles added, \(ingest.replaced) updated, \(ingest.unchanged) unchanged")
                case let .pairing(message):
                    if !quiet { StandardStreams.writeError("sangam: pair: \(message)") }
                case let .paired(pairing):
                    if !quiet {
                        StandardStreams.writeError("sangam: pair: \(plural(pairing.pairs, "pair")) (\(pairing.changes.added) new, \(pairing.changes.kept) unchanged, \(pairing.changes.removed) removed)")
                    }
                case let .aligning(done, total):
                    alignProgress.update(done, of: total, unit: "pairs")
                case let .aligned(alignment):
                    alignProgress.finish("\(plural(alignment.pairs, "pair")) aligned")
                    for warning in alignment.warnings { StandardStreams.writeError("sangam: warning: \(warning)") }
                case let .mined(mining):
                    if !quiet { StandardStreams.writeError("sangam: names: \(plural(mining.pairs, "pair")) mined, \(plural(mining.mentions, "name")) found in aligned segments") }
                case let .exported(result):
                    if !quiet { StandardStreams.writeError("sangam: export: " + filterSummary(result.report, exportOptions.filterOptions)) }
                }
            }
            let lines = [
                "== sangam run: \(store.path) ==",
                "articles   \(summary.englishArticles) English, \(summary.hindiArticles) Hindi",
                "pairs      \(summary.pairing.pairs) (\(summary.englishArticles - summary.pairing.pairs) English and \(summary.hindiArticles - summary.pairing.pairs) Hindi unpaired)",
                "segments   \(summary.linkedSegments) linking both languages, \(summary.unalignedSentences) sentences unaligned",
                "scores     " + Self.distribution(summary.scoreHistogram),
                "names      \(summary.entities) entities, \(summary.minedForms) spellings mined from aligned segments (sangam lookup)",
                "exported   \(summary.export.report.kept) segments → " + summary.export.paths.joined(separator: ", "),
                "time       " + summary.timings.map { String(format: "%@ %.2f s", $0.stage, $0.seconds) }.joined(separator: ", ")
                    + String(format: " (total %.2f s)", summary.timings.reduce(0) { $0 + $1.seconds }),
            ]
            for line in lines { StandardStreams.writeLine(line) }
        }
    }

    /// `<0.5: 12 · 0.5–0.7: 30 · 0.7–0.9: 150 · ≥0.9: 53`
    static func distribution(_ histogram: [Int]) -> String {
        let low = histogram[0..<5].reduce(0, +)
        let middle = histogram[5..<7].reduce(0, +)
        let high = histogram[7..<9].reduce(0, +)
        return "below 0.5: \(low) · 0.5–0.7: \(middle) · 0.7–0.9: \(high) · 0.9 and above: \(histogram[9])"
    }
}
