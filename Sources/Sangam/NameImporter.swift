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
            var analysing: (firstLine: Int, lines: BackgroundWork<[Line]>)?
            func write() throws {
                guard let (first, work) = analysing else { return }
                for (offset, line) in work.wait().enumerated() {
                    switch line {
                    case .skipped:
                        continue
                    case .problem(let problem):
                        report.problemCount += 1
                        if report.problems.count < problemsListed { report.problems.append("\(path):\(first + offset): \(problem)") }
                    case .name(let name):
                        try writer.add(name, source: source)
                    }
                }
            }
            func flush() throws {
                let lines = batch, analyzer = self.analyzer
                let work = BackgroundWork { lines.concurrentMap { Self.read($0, analyzer: analyzer) } }
                try write()
                analysing = (firstLine, work)
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
            try write()
            report.counts = writer.counts
        }
    }

    /// What a line of a list is.
    private enum Line: Sendable {
        case skipped
        case name(NameInput)
        case problem(ListedName.Problem)
    }

    /// One line parsed and its names analysed as the store keeps them.
    private static func read(_ line: String, analyzer: NameAnalyzer) -> Line {
        let listed: ListedName
        do {
            guard let parsed = try ListedName.parse(Substring(line)) else { return .skipped }
            listed = parsed
        } catch {
            return .problem(error)
        }
        let english = listed.english.flatMap(analyzer.analyze)?.formInput
        let hindi = listed.hindi.flatMap(analyzer.analyze)?.formInput
        guard english != nil || hindi != nil else { return .skipped }
        return .name(NameInput(english: english, hindi: hindi, type: listed.type))
    }
}
