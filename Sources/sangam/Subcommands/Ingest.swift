import ArgumentParser
import Sangam
import SangamIngest

/// `sangam ingest`: news files and directories into the store.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read news pages, HTML pages and JSONL into the SQLite store.",
        discussion: """
            Accepts files and directories (searched recursively, hidden entries skipped). Each \
            file's format is told from its content: JSONL (one {"id", "lang", "title", \
            "published", "url", "source", "text"} object per line), HTML, or a news page \
            scraped to text (date line, title, dateline, body, agency trailer).

            Each file goes in as one transaction: a file that fails leaves nothing behind and \
            the others still go in. Rerunning is safe: unchanged articles are skipped, changed \
            ones replace their old version.

            Prints one line per file on standard output and problems on standard error. Exit \
            status: 0 when everything went in, 1 when some files or records did not, 2 on usage \
            errors.

            Example:
              sangam ingest --db news.db Corpus/ ../scraped/*.txt
            """
    )

    @OptionGroup var store: StoreOptions

    @Flag(name: .shortAndLong, help: "Print only problems and the summary, not a line per file.")
    var quiet = false

    @Argument(help: ArgumentHelp("Files or directories to ingest.", valueName: "path"))
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one file or directory to ingest.") }
    }

    func run() throws {
        try reportingErrors {
            let ingestor = try Ingestor(store: try store.open())
            let summary = ingestor.ingest(paths) { file in
                for problem in file.problems {
                    StandardStreams.writeError("sangam: \(problem.severity.rawValue): \(problem)")
                }
                if !quiet { StandardStreams.writeLine(Self.line(for: file)) }
            }
            StandardStreams.writeLine(Self.summaryLine(summary, database: store.path))
            if summary.errors > 0 { throw ExitCode(ExitStatus.partialFailure) }
        }
    }

    static func line(for file: FileReport) -> String {
        guard !file.entries.isEmpty else { return "failed     \(file.path)" }
        let counts = Dictionary(grouping: file.entries, by: \.outcome).mapValues(\.count)
        let status = counts[.inserted] != nil ? "added" : counts[.replaced] != nil ? "updated" : "unchanged"
        let sentences = file.entries.reduce(0) { $0 + $1.sentences }
        let languages = Set(file.entries.map(\.language)).sorted().joined(separator: "+")
        let format = file.format?.rawValue ?? "?"
        return "\(status.padding(10)) \(file.path)  \(plural(file.entries.count, "article")) (\(languages), \(format)), \(plural(sentences, "sentence"))"
            + (file.succeeded ? "" : ", with errors")
    }

    static func summaryLine(_ summary: IngestSummary, database: String) -> String {
        let languages = summary.storedByLanguage.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        return "\(plural(summary.files, "file")): \(plural(summary.inserted, "article")) added, \(summary.replaced) updated, "
            + "\(summary.unchanged) unchanged\(languages.isEmpty ? "" : " (stored: \(languages))"), "
            + "\(plural(summary.sentences, "sentence")) stored; \(plural(summary.failedFiles, "file")) with errors, \(plural(summary.warnings, "warning")) → \(database)"
    }
}
