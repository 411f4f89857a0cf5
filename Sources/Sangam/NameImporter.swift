import Foundation
public import SangamNames
public import SangamStore
import SangamText

/// What importing one name list did.
public struct NameImportReport: Sendable {
    /// The list, as named, and the source name kept with its entities (the file's name).
    public var path: String
    public var source: String
    /// Lines read, and names among them.
    public var lines = 0
    /// What the store did with them.
    public var counts = NameWriteCounts()
    /// Lines that are not names, as `FILE:LINE: what is wrong` (the first 20), and how many in all.
    public var problems: [String] = []
    public var problemCount = 0
}

/// Imports name lists (see ``ListedName`` for the lines a list may hold) into the store: each
/// name analysed (``NameAnalyzer``), keyed, and merged with the entity that already has one of
/// its forms. A list goes in as one transaction: a list that cannot be read to the end (not
/// UTF-8, say) leaves nothing of itself behind, and importing it again adds nothing new.
public struct NameImporter {
    private let store: CorpusStore
    private let analyzer: NameAnalyzer

    /// Lines analysed in parallel before they are written.
    private let batchSize = 8192
    /// Problems listed by line in a report; the rest are only counted.
    private let problemsListed = 20

    /// Creates an importer.
    public init(store: CorpusStore, analyzer: NameAnalyzer) {
        self.store = store
        self.analyzer = analyzer
    }

    /// Imports the list in `path` (`-` for standard input).
    /// - Parameters:
    ///   - path: the list.
    ///   - progress: called after each batch with the lines read so far.
    /// - Returns: what was imported and what was skipped.
    /// - Throws: `TextInputError` (unreadable, not UTF-8), `StoreError`; nothing of the list is stored then.
    public func importList(_ path: String, progress: (_ lines: Int) -> Void = { _ in }) throws -> NameImportReport {
        let reader = try UTF8LineReader(path: path)
        let source = path == "-" ? UTF8LineReader.standardInputName : (path as NSString).lastPathComponent
        var report = NameImportReport(path: path, source: source)
        do {
            try importLines(reader, path: path, source: source, into: &report, progress: progress)
        } catch let error as StoreError {
            // Several lists go in one after another: say which one failed (the ones before stay).
            throw StoreError(error.code, message: "\(path): \(error.message); nothing of this list was stored", underlying: error.underlying)
        }
        return report
    }

    private func importLines(_ reader: UTF8LineReader, path: String, source: String, into report: inout NameImportReport,
                             progress: (_ lines: Int) -> Void) throws {
        try store.writeNames { writer in
            var batch: [String] = []
            var firstLine = 1
            // One batch is parsed and analysed (on the other cores) while the one before is
            // written: writing is the part that cannot be shared out.
            var analysing: (group: DispatchGroup, result: AnalysedBatch)?
            func write(_ previous: (group: DispatchGroup, result: AnalysedBatch)?) throws {
                guard let previous else { return }
                previous.group.wait()
                for (line, problem) in previous.result.problems {
                    report.problemCount += 1
                    if report.problems.count < problemsListed { report.problems.append("\(path):\(line): \(problem)") }
                }
                for name in previous.result.names {
                    guard let name else { continue }
                    try writer.add(name, source: source)
                }
            }
            func flush() throws {
                let result = AnalysedBatch()
                let group = DispatchGroup()
                let lines = batch, first = firstLine, analyzer = self.analyzer
                DispatchQueue.global().async(group: group) { Self.analyze(lines, firstLine: first, analyzer: analyzer, into: result) }
                try write(analysing)
                analysing = (group, result)
                firstLine += batch.count
                batch.removeAll(keepingCapacity: true)
                progress(report.lines)
            }
            try reader.forEachLine { line in
                report.lines += 1
                batch.append(line)
                if batch.count == batchSize { try flush() }
            }
            try flush()
            try write(analysing)
            report.counts = writer.counts
        }
    }

    /// A batch's analysis, handed from the thread that makes it to the one that writes it (after
    /// waiting for it).
    private final class AnalysedBatch: @unchecked Sendable {
        var names: [NameInput?] = []
        /// Lines that are not names, by line number.
        var problems: [(Int, ListedName.Problem)] = []
    }

    /// The names of `lines` as the store keeps them, parsed and analysed on every core: nil for a
    /// line to skip, a problem for a line that is not a name.
    private static func analyze(_ lines: [String], firstLine: Int, analyzer: NameAnalyzer, into result: AnalysedBatch) {
        var inputs = [NameInput?](repeating: nil, count: lines.count)
        var problems = [ListedName.Problem?](repeating: nil, count: lines.count)
        let chunks = max(1, min(lines.count / 256, ProcessInfo.processInfo.activeProcessorCount * 4))
        inputs.withUnsafeMutableBufferPointer { inputBuffer in
            problems.withUnsafeMutableBufferPointer { problemBuffer in
                nonisolated(unsafe) let output = inputBuffer
                nonisolated(unsafe) let failures = problemBuffer
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    for index in stride(from: chunk, to: lines.count, by: chunks) {
                        let listed: ListedName
                        do {
                            guard let parsed = try ListedName.parse(Substring(lines[index])) else { continue }
                            listed = parsed
                        } catch let problem as ListedName.Problem {
                            failures[index] = problem
                            continue
                        } catch {
                            continue
                        }
                        let english = listed.english.flatMap(analyzer.analyze)?.formInput
                        let hindi = listed.hindi.flatMap(analyzer.analyze)?.formInput
                        guard english != nil || hindi != nil else { continue }
                        output[index] = NameInput(english: english, hindi: hindi, type: listed.type)
                    }
                }
            }
        }
        result.names = inputs
        result.problems = problems.enumerated().compactMap { index, problem in problem.map { (firstLine + index, $0) } }
    }
}
