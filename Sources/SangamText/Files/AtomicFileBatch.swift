/// Many small files written atomically, with one flush to disk for all of them.
///
/// ``AtomicFile`` flushes each file and its directory to disk: two waits for the disk per file,
/// which dominate when a command writes hundreds of small files (`align-sentences --batch`).
/// A batch writes each file's text to a temporary file beside it at once, and ``commit()``
/// then flushes the file system once (`syncfs`), renames every file into place and flushes
/// each directory once. The guarantee is ``AtomicFile``'s: a file visible under its name is
/// complete and on disk; until the commit, the destination is as it was. Files not yet
/// committed when the batch is dropped are removed.
public final class AtomicFileBatch {
    /// How many files the caller should let wait before committing (see ``isFull``).
    public let limit: Int
    private var pending: [AtomicFileWriter] = []

    /// Creates an empty batch.
    /// - Parameter limit: how many files may wait for a commit; ``isFull`` says when they do.
    public init(limit: Int = 256) {
        self.limit = max(1, limit)
    }

    deinit {
        for writer in pending { writer.abort() }
    }

    /// Whether ``limit`` files are waiting: commit now, so that output keeps appearing and an
    /// interruption loses little.
    public var isFull: Bool { pending.count >= limit }

    /// Writes `text` beside `path`; it appears under `path` at the next ``commit()``.
    /// - Throws: `FileWriteError` when the file cannot be written (no directory, no space, a
    ///   size limit); nothing of it is left behind.
    public func write(_ text: String, to path: String) throws(FileWriteError) {
        let writer = try AtomicFileWriter(path: path)
        do {
            try writer.write(text)
            try writer.prepare(syncing: false)
        } catch {
            writer.abort()
            throw error
        }
        pending.append(writer)
    }

    /// Flushes the waiting files to disk and renames them into place.
    /// - Returns: the files that could not be committed, with the reason (none when all were);
    ///   each of those is left as it was.
    @discardableResult
    public func commit() -> [FileWriteError] {
        let writers = pending
        pending = []
        guard !writers.isEmpty else { return [] }
        // One file per directory stands for its file system (a directory is on one) and is
        // flushed once.
        var directories: [String: AtomicFileWriter] = [:]
        for writer in writers where directories[AtomicFileWriter.directory(of: writer.path)] == nil {
            directories[AtomicFileWriter.directory(of: writer.path)] = writer
        }
        for writer in directories.values {
            do throws(FileWriteError) {
                try writer.syncFileSystem()
            } catch {
                for writer in writers { writer.abort() }
                return writers.map { FileWriteError(path: $0.path, reason: error.reason) }
            }
        }
        var failures: [FileWriteError] = []
        for writer in writers {
            do throws(FileWriteError) { try writer.publish(syncingDirectory: false) } catch { failures.append(error) }
        }
        for writer in directories.values { AtomicFileWriter.syncDirectory(of: writer.path) }
        return failures
    }
}
