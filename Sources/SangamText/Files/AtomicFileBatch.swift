#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSystemShim

/// Many small files written atomically, with one flush to disk for all of them.
///
/// ``AtomicFile`` flushes each file and its directory to disk: two waits for the disk per file,
/// which dominate when a command writes hundreds of small files (`align-sentences --batch`).
/// A batch writes each file's text to a temporary file beside it at once, and ``commit()``
/// then flushes each file system once (`syncfs`, through a descriptor of the directory opened
/// before the batch's first file went there, so that it reports any write-back error since),
/// renames every file into place and flushes each directory once. Where there is no `syncfs`,
/// the files are flushed one by one instead. The guarantee is ``AtomicFile``'s: a file visible
/// under its name is complete and on disk; until the commit, the destination is as it was.
/// Files not yet committed when the batch is dropped are removed; a process killed before the
/// commit leaves their temporary files (`NAME.tmp-PID-N`) behind.
public final class AtomicFileBatch {
    /// How many files the caller should let wait before committing (see ``isFull``).
    public let limit: Int
    private var pending: [AtomicFileWriter] = []
    /// A descriptor of each directory the pending files go to, opened at its first file.
    private var directories: [String: Int32] = [:]

    /// Creates an empty batch.
    /// - Parameter limit: how many files may wait for a commit; ``isFull`` says when they do.
    public init(limit: Int = 256) {
        self.limit = max(1, limit)
    }

    deinit {
        for writer in pending { writer.abort() }
        for descriptor in directories.values { close(descriptor) }
    }

    /// Whether ``limit`` files are waiting: commit now, so that output keeps appearing and an
    /// interruption loses little.
    public var isFull: Bool { pending.count >= limit }

    /// Writes `text` beside `path`; it appears under `path` at the next ``commit()``.
    /// - Throws: `FileWriteError` when the file cannot be written (no directory, no space, a
    ///   size limit); nothing of it is left behind.
    public func write(_ text: String, to path: String) throws(FileWriteError) {
        let directory = AtomicFileWriter.directory(of: path)
        if directories[directory] == nil {
            let descriptor = open(directory, O_RDONLY)
            guard descriptor >= 0 else { throw AtomicFileWriter.error(path) }
            directories[directory] = descriptor
        }
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
    /// - Returns: the files that could not be committed, by their position among the files
    ///   written since the last commit, with the reason (none when all were); each of those is
    ///   left as it was. When a flush fails, every waiting file is, since none is known to be on
    ///   disk.
    @discardableResult
    public func commit() -> [(position: Int, error: FileWriteError)] {
        let writers = pending, descriptors = directories
        pending = []
        directories = [:]
        defer { for descriptor in descriptors.values { close(descriptor) } }
        guard !writers.isEmpty else { return [] }
        do throws(FileWriteError) {
            try flush(writers, descriptors)
        } catch {
            for writer in writers { writer.abort() }
            return writers.enumerated().map { ($0.offset, FileWriteError(path: $0.element.path, reason: error.reason)) }
        }
        var failures: [(position: Int, error: FileWriteError)] = []
        for (position, writer) in writers.enumerated() {
            do throws(FileWriteError) { try writer.publish(syncingDirectory: false) } catch { failures.append((position, error)) }
        }
        for descriptor in descriptors.values { fsync(descriptor) }  // best effort, as AtomicFile's
        return failures
    }

    /// Flushes the waiting files: each file system once, or each file where `syncfs` is missing.
    private func flush(_ writers: [AtomicFileWriter], _ descriptors: [String: Int32]) throws(FileWriteError) {
        for (directory, descriptor) in descriptors where csystem_syncfs(descriptor) != 0 {
            guard errno == ENOSYS else { throw AtomicFileWriter.error(directory) }
            for writer in writers { try writer.syncPrepared() }
            return
        }
    }
}
