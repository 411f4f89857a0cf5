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
        try store.writeNames { writer in
            var batch: [ListedName] = []
            func flush() throws {
                for name in analyze(batch) {
                    guard let name else { continue }
                    try writer.add(name, source: source)
                }
                batch.removeAll(keepingCapacity: true)
                progress(report.lines)
            }
            try reader.forEachLine { line in
                report.lines += 1
                do {
                    if let name = try ListedName.parse(Substring(line)) { batch.append(name) }
                } catch {
                    report.problemCount += 1
                    if report.problems.count < problemsListed { report.problems.append("\(path):\(report.lines): \(error)") }
                }
                if batch.count == batchSize { try flush() }
            }
            try flush()
            report.counts = writer.counts
        }
        return report
    }

    /// The names of `batch` as the store keeps them, analysed on every core; nil where a name has
    /// no letters to key.
    private func analyze(_ batch: [ListedName]) -> [NameInput?] {
        var inputs = [NameInput?](repeating: nil, count: batch.count)
        let analyzer = self.analyzer
        let chunks = max(1, min(batch.count / 256, ProcessInfo.processInfo.activeProcessorCount * 4))
        inputs.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in stride(from: chunk, to: batch.count, by: chunks) {
                    let listed = batch[index]
                    let english = listed.english.flatMap(analyzer.analyze)?.formInput
                    let hindi = listed.hindi.flatMap(analyzer.analyze)?.formInput
                    guard english != nil || hindi != nil else { continue }
                    output[index] = NameInput(english: english, hindi: hindi, type: listed.type)
                }
            }
        }
        return inputs
    }
}
