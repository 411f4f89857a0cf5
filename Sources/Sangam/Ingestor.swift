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
/// Each file is read, segmented and stored in its own transaction, so a file that fails leaves
/// nothing half-written and the other files still go in. Rerunning on the same input writes
/// nothing; an article whose content changed replaces its old version.
public final class Ingestor {
    private let store: CorpusStore
    private let reader: NewsReader
    private let segmenter: ArticleSegmenter

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
    ///   - report: called after each file, in order, for progress and messages.
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
        for path in files {
            var fileReport = ingest(path, at: time)
            for entry in fileReport.entries {
                if let earlier = sources[entry.externalID], earlier != path {
                    fileReport.problems.append(IngestProblem(
                        .duplicateID, .warning, path: path,
                        message: "article id \"\(entry.externalID)\" also came from \(earlier) in this run; this file's version is kept"))
                }
                sources[entry.externalID] = path
            }
            summary.add(fileReport)
            report(fileReport)
        }
        return summary
    }

    private func ingest(_ path: String, at time: String) -> FileReport {
        var fileReport = FileReport(path: path)
        do throws(IngestProblem) {
            let document = try reader.load(path)
            fileReport.format = DocumentFormat(sniffing: document.text)
            let result = try reader.read(document)
            fileReport.problems = result.problems
            let segmented = result.articles.map(segmenter.segment)
            do {
                let outcomes = try store.save(segmented, from: path, at: time)
                fileReport.entries = zip(segmented, outcomes).map { article, outcome in
                    FileReport.Entry(externalID: article.article.externalID, language: article.article.language.rawValue,
                                     sentences: article.sentences.count, outcome: outcome)
                }
            } catch {
                fileReport.problems.append(IngestProblem(.notStored, .error, path: path,
                                                         message: "nothing stored: \(error)"))
            }
        } catch {
            fileReport.problems.append(error)
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
