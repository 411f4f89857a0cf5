import Foundation
public import SangamIngest
public import SangamStore

/// What happened to one file during an ingest.
public struct FileReport: Sendable {
    /// One article of the file and what storing it did.
    public struct Entry: Sendable, Equatable {
        public var externalID: String
        public var language: String
        public var sentences: Int
        public var outcome: SaveOutcome
    }

    /// The file.
    public var path: String
    /// How it was read, when it could be.
    public var format: DocumentFormat?
    /// Its articles, in order.
    public var entries: [Entry] = []
    /// Warnings and errors; an error without entries means nothing of the file went in.
    public var problems: [IngestProblem] = []

    /// Whether everything in the file went in (warnings allowed).
    public var succeeded: Bool { !problems.contains { $0.severity == .error } }
}

/// Totals over an ingest run.
public struct IngestSummary: Sendable, Equatable {
    public var files = 0
    public var failedFiles = 0
    public var inserted = 0
    public var replaced = 0
    public var unchanged = 0
    public var sentences = 0
    public var warnings = 0
    public var errors = 0
    /// New or replaced articles per language code.
    public var storedByLanguage: [String: Int] = [:]
}

/// The ingest stage: files and directories of news in, articles and sentences in the store.
///
/// Each file goes in whole or not at all: a file that fails leaves nothing behind and the other
/// files still go in. Files are stored in batches, one transaction per batch with a savepoint
/// per file, which spares SQLite a commit per small page; a crash loses at most the current
/// batch of whole files, which the next run adds. JSONL files are streamed record by record, so
/// memory stays flat however large a file is. Rerunning on the same input writes nothing and
/// does not segment again; an article whose content changed replaces its old version.
public final class Ingestor {
    private let store: CorpusStore
    private let reader: NewsReader
    private let segmenter: ArticleSegmenter

    /// Files per transaction.
    private let batchFiles = 200
    /// Articles per transaction: a batch closes after the file that reaches this many.
    private let batchArticles = 5_000

    /// Creates an ingestor writing to `store`.
    /// - Throws: `ICUError` when ICU's data cannot be loaded.
    public init(store: CorpusStore) throws {
        self.store = store
        self.reader = try NewsReader()
        self.segmenter = try ArticleSegmenter()
    }

    /// Ingests every file under `paths`.
    /// - Parameters:
    ///   - paths: files and directories (searched recursively).
    ///   - report: called for each file, in order, once its batch is committed, for progress
    ///     and messages.
    /// - Returns: the totals.
    public func ingest(_ paths: [String], report: (FileReport) -> Void) -> IngestSummary {
        let (files, listingProblems) = reader.files(under: paths)
        var summary = IngestSummary()
        for problem in listingProblems {
            var failed = FileReport(path: problem.path)
            failed.problems = [problem]
            summary.add(failed)
            report(failed)
        }
        var sources: [String: String] = [:]  // external id → the file it came from in this run
        let time = ISO8601DateFormatter().string(from: Date())
        var next = files.startIndex
        while next < files.endIndex {
            var reports = ingestBatch(files, from: &next, at: time)
            for index in reports.indices {
                for entry in reports[index].entries {
                    if let earlier = sources[entry.externalID], earlier != reports[index].path {
                        reports[index].problems.append(IngestProblem(
                            .duplicateID, .warning, path: reports[index].path,
                            message: "article id \"\(entry.externalID)\" also came from \(earlier) in this run; this file's version is kept"))
                    }
                    sources[entry.externalID] = reports[index].path
                }
                summary.add(reports[index])
                report(reports[index])
            }
        }
        return summary
    }

    /// Ingests files from `next` on in one transaction, until the batch is full; advances `next`.
    private func ingestBatch(_ files: [String], from next: inout Int, at time: String) -> [FileReport] {
        let first = next
        var reports: [FileReport] = []
        do {
            try store.ingestTransaction { writer in
                var articles = 0
                while next < files.endIndex && reports.count < batchFiles && articles < batchArticles {
                    let fileReport = ingest(files[next], with: writer, at: time)
                    articles += fileReport.entries.count
                    reports.append(fileReport)
                    next += 1
                }
            }
        } catch {
            // The commit failed: nothing of the batch is stored.
            next = max(next, first + 1)
            return files[first..<next].map { path in
                var failed = FileReport(path: path)
                failed.problems = [IngestProblem(.notStored, .error, path: path, message: "nothing stored: \(error)")]
                return failed
            }
        }
        return reports
    }

    /// Ingests one file inside the batch's transaction, as a savepoint.
    private func ingest(_ path: String, with writer: IngestWriter, at time: String) -> FileReport {
        var fileReport = FileReport(path: path)
        do {
            try writer.file {
                fileReport.format = try reader.forEachArticle(in: path, problem: { fileReport.problems.append($0) }) { article in
                    let hash = article.contentHash
                    var entry = FileReport.Entry(externalID: article.externalID, language: article.language.rawValue,
                                                 sentences: 0, outcome: .unchanged)
                    // Unchanged articles are not segmented again: a rerun costs reading and hashing.
                    if try writer.storedContentHash(of: article.externalID) != hash {
                        let segmented = segmenter.segment(article, contentHash: hash)
                        entry.sentences = segmented.sentences.count
                        entry.outcome = try writer.save(segmented, from: path, at: time)
                    }
                    fileReport.entries.append(entry)
                }
            }
        } catch let problem as IngestProblem {
            fileReport.entries = []
            fileReport.problems.append(problem)
        } catch {
            fileReport.entries = []
            fileReport.problems.append(IngestProblem(.notStored, .error, path: path, message: "nothing stored: \(error)"))
        }
        return fileReport
    }
}

extension IngestSummary {
    mutating func add(_ report: FileReport) {
        files += 1
        if !report.succeeded { failedFiles += 1 }
        for entry in report.entries {
            switch entry.outcome {
            case .inserted: inserted += 1
            case .replaced: replaced += 1
            case .unchanged: unchanged += 1
            }
            if entry.outcome != .unchanged {
                sentences += entry.sentences
                storedByLanguage[entry.language, default: 0] += 1
            }
        }
        warnings += report.problems.filter { $0.severity == .warning }.count
        errors += report.problems.filter { $0.severity == .error }.count
    }
}
