import ArgumentParser
import Foundation
import Sangam
import SangamAlign
import SangamExport
import SangamStore

/// `sangam run`: ingest, pair, align and export in one go.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ingest, pair, align and export in one go: from a folder of news to corpus files.",
        discussion: """
            Runs `ingest` on PATH..., then `pair`, `align` and `export` into --out, and prints \
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
            var timings: [(String, Double)] = []
            func timed<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
                let start = Date()
                defer { timings.append((stage, Date().timeIntervalSince(start))) }
                return try body()
            }
            let directory = (store.path as NSString).deletingLastPathComponent
            if !directory.isEmpty { try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            let corpus = try store.open()

            // Ingest.
            let ingestProgress = Progress(stage: "ingest", quiet: quiet)
            var files = 0
            let summary = try timed("ingest") {
                try Ingestor(store: corpus).ingest(paths) { file in
                    files += 1
                    for problem in file.problems { StandardStreams.writeError("sangam: \(problem.severity.rawValue): \(problem)") }
                    ingestProgress.update(files, of: nil, unit: "files")
                }
            }
            ingestProgress.finish("\(plural(summary.files, "file")): \(summary.inserted) articles added, \(summary.replaced) updated, \(summary.unchanged) unchanged")

            // Pair and align.
            let extractor = AnchorExtractor(lexicon: try timed("lexicon") { try lexiconOptions.lexicon() })
            var parameters = DocumentPairer.Parameters()
            parameters.windowHours = windowHours > 0 ? windowHours : nil
            parameters.minimumScore = DocumentPairer.Parameters().minimumScore
            let pairProgress = Progress(stage: "pair", quiet: quiet)
            let pairing = try timed("pair") {
                try PairingStage(store: corpus, extractor: extractor).run(parameters: parameters) { message in
                    if !quiet { StandardStreams.writeError("sangam: pair: \(message)") }
                }
            }
            pairProgress.finish("\(plural(pairing.pairs, "pair")) (\(pairing.changes.added) new, \(pairing.changes.kept) unchanged, \(pairing.changes.removed) removed)")
            let alignProgress = Progress(stage: "align", quiet: quiet)
            let alignment = try timed("align") {
                try AlignmentStage(store: corpus, extractor: extractor).run { done, total in
                    alignProgress.update(done, of: total, unit: "pairs")
                }
            }
            alignProgress.finish("\(plural(alignment.pairs, "pair")) aligned")
            for warning in alignment.warnings { StandardStreams.writeError("sangam: warning: \(warning)") }

            // Export.
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            let targets = try parsedFormats().map { ($0, (out as NSString).appendingPathComponent($0.defaultName())) }
            let exported = try timed("export") {
                try ExportStage(store: corpus).run(targets: targets, options: exportOptions.filterOptions,
                                                   tags: try exportOptions.tags(), toolVersion: SangamVersion.number)
            }
            if !quiet { StandardStreams.writeError("sangam: export: " + filterSummary(exported.report, exportOptions.filterOptions)) }

            // Summary.
            let statistics = try corpus.statistics()
            let english = statistics.languages["en"]?.articles ?? 0
            let hindi = statistics.languages["hi"]?.articles ?? 0
            let histogram = try corpus.linkedSegmentScoreHistogram()
            let segments = try corpus.segmentCounts()
            var lines = ["== sangam run: \(store.path) =="]
            lines.append("articles   \(english) English, \(hindi) Hindi")
            lines.append("pairs      \(pairing.pairs) (\(english - pairing.pairs) English and \(hindi - pairing.pairs) Hindi unpaired)")
            lines.append("segments   \(segments.aligned) linking both languages, \(segments.all - segments.aligned) sentences unaligned")
            lines.append("scores     " + Self.distribution(histogram))
            lines.append("exported   \(exported.report.kept) segments → " + exported.paths.joined(separator: ", "))
            let total = timings.reduce(0) { $0 + $1.1 }
            lines.append("time       " + timings.map { String(format: "%@ %.2f s", $0.0, $0.1) }.joined(separator: ", ")
                + String(format: " (total %.2f s)", total))
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
