import SangamText

/// Streams segments through the filters into one or more formats at once, so a store is read
/// once whatever the number of formats. Files appear only when every one is complete: on any
/// failure before the renames, all are dropped and earlier files of those names stay as they
/// were (a rename itself failing, within one directory, is the only window left).
public struct Exporter {
    /// What an export did.
    public struct Result: Sendable, Equatable {
        /// What the filters removed and kept.
        public var report: ExportFilter.Report
        /// The files written, in format order.
        public var paths: [String]
    }

    private var filter: ExportFilter
    private let writers: [any SegmentWriter]

    /// Opens a writer per target.
    /// - Parameters:
    ///   - targets: each format with its path (for Moses, the prefix).
    ///   - options: the filters.
    ///   - tags: the language tags to write.
    ///   - toolVersion: Sangam's version, for TMX's header.
    /// - Throws: `FileWriteError` when a file cannot be created (none is left behind);
    ///   `ICUError` when ICU's data is missing.
    public init(targets: [(ExportFormat, String)], options: ExportFilter.Options, tags: LanguageTags = .plain,
                toolVersion: String) throws {
        filter = try ExportFilter(options: options)
        var writers: [any SegmentWriter] = []
        do {
            for (format, path) in targets {
                writers.append(try makeSegmentWriter(format, path: path, tags: tags, toolVersion: toolVersion))
            }
        } catch {
            for writer in writers { writer.abort() }
            throw error
        }
        self.writers = writers
    }

    /// Writes every segment `forEach` hands over that passes the filters, then completes the files.
    /// - Parameter forEach: calls its argument with each segment, in order (a store cursor).
    /// - Throws: what `forEach` or a writer throws; then no file is left behind.
    public mutating func run(_ forEach: ((ExportSegment) throws -> Void) throws -> Void) throws -> Result {
        do {
            try forEach { segment in
                guard filter.admits(segment) else { return }
                for writer in writers { try writer.write(segment) }
            }
            if filter.report.read == 0 { throw ExportError(.noSegments) }
            // Every file complete on disk before any is renamed into place: a full disk while
            // finishing the last format leaves all the old files, not a mix of old and new.
            for writer in writers { try writer.prepare() }
            for writer in writers { try writer.publish() }
        } catch {
            for writer in writers { writer.abort() }
            throw error
        }
        return Result(report: filter.report, paths: writers.flatMap(\.paths))
    }
}

/// An export that cannot produce anything.
public struct ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Stable codes for scripts and tests.
    public enum Code: String, Sendable {
        case noSegments = "export.no-segments"
    }

    public let code: Code

    public init(_ code: Code) {
        self.code = code
    }

    public var description: String {
        switch code {
        case .noSegments:
            "the store holds no aligned segments: run `sangam pair` and `sangam align` first (or `sangam run`); no file was written"
        }
    }
}
