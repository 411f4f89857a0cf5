#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSystemShim

/// Writes a file so that readers see either the old file or the complete new one: the text
/// goes to a new temporary file beside the destination, is flushed to disk, and is renamed
/// over it; the directory is flushed too, so that the rename survives a crash. An interrupted
/// write leaves no truncated file that looks complete.
public enum AtomicFile {
    /// Writes `text` to `path` atomically.
    /// - Throws: `FileWriteError` naming the path and the system's reason; the destination is
    ///   then as it was.
    public static func write(_ text: String, to path: String) throws(FileWriteError) {
        let writer = try AtomicFileWriter(path: path)
        do {
            try writer.write(text)
            try writer.commit()
        } catch {
            writer.abort()
            throw error
        }
    }
}

/// A file written piece by piece and made visible all at once (see ``AtomicFile``): for output
/// too large to build in memory. Bytes are buffered; ``commit()`` flushes, syncs and renames;
/// ``abort()`` (or a failure) removes the temporary file and leaves the destination as it was.
/// A full disk or a file-size limit (`ulimit -f`, with SIGXFSZ ignored) surfaces as a
/// `FileWriteError` from the write that hit it.
public final class AtomicFileWriter {
    /// The destination.
    public let path: String
    private let temporary: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private static let bufferSize = 1 << 18
    /// Whether the file is flushed, synced and closed, waiting for ``publish()``.
    private var prepared = false
    /// Bytes handed to the writer so far.
    public private(set) var bytesWritten = 0

    /// Creates the temporary file beside `path`.
    /// - Throws: `FileWriteError` when the directory does not exist or is not writable.
    public init(path: String) throws(FileWriteError) {
        self.path = path
        (descriptor, temporary) = try Self.createTemporary(beside: path)
        buffer.reserveCapacity(Self.bufferSize)
    }

    deinit {
        abort()
    }

    /// Appends `text`.
    public func write(_ text: String) throws(FileWriteError) {
        var text = text
        var failure: FileWriteError?
        text.withUTF8 { bytes in
            do throws(FileWriteError) { try write(bytes) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Appends UTF-8 bytes.
    public func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(FileWriteError) {
        guard descriptor >= 0 else { throw FileWriteError(path: path, reason: "already finished") }
        bytesWritten += bytes.count
        if buffer.count + bytes.count > Self.bufferSize { try flush() }
        if bytes.count > Self.bufferSize {
            try writeAll(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Appends an array of UTF-8 bytes.
    public func write(_ bytes: [UInt8]) throws(FileWriteError) {
        var failure: FileWriteError?
        bytes.withUnsafeBufferPointer { pointer in
            do throws(FileWriteError) { try write(pointer) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Flushes, syncs and renames the file into place: ``prepare()`` then ``publish()``.
    /// - Throws: `FileWriteError`; the temporary file is removed and the destination untouched.
    public func commit() throws(FileWriteError) {
        try prepare()
        try publish()
    }

    /// Flushes and syncs the temporary file and closes it: everything that can fail for lack of
    /// space or a size limit happens here, before anything is visible. Writers of several files
    /// prepare them all, then publish them all, so that either all appear or none.
    /// - Parameter syncing: whether to flush the file to disk now; ``AtomicFileBatch`` flushes
    ///   a whole batch's file system once instead.
    /// - Throws: `FileWriteError`; the temporary file is then removed.
    public func prepare(syncing: Bool = true) throws(FileWriteError) {
        guard descriptor >= 0, !prepared else { throw FileWriteError(path: path, reason: "already finished") }
        var failure: FileWriteError?
        do throws(FileWriteError) { try flush() } catch { failure = error }
        if failure == nil, syncing, fsync(descriptor) != 0 { failure = Self.error(path) }
        if close(descriptor) != 0, failure == nil { failure = Self.error(path) }
        descriptor = -1
        buffer = []  // a batch keeps many prepared writers
        if let failure {
            unlink(temporary)
            throw failure
        }
        prepared = true
    }

    /// Renames the prepared file into place and syncs its directory.
    /// - Parameter syncingDirectory: whether to flush the directory to disk now (``AtomicFileBatch``
    ///   flushes each directory once for the whole batch).
    /// - Throws: `FileWriteError` when the rename fails; the temporary file is then removed.
    public func publish(syncingDirectory: Bool = true) throws(FileWriteError) {
        guard prepared else { throw FileWriteError(path: path, reason: "not prepared") }
        prepared = false
        if rename(temporary, path) != 0 {
            let failure = Self.error(path)
            unlink(temporary)
            throw failure
        }
        if syncingDirectory { Self.syncDirectory(of: path) }
    }

    /// Flushes the prepared temporary file to disk, as ``prepare(syncing:)`` would have.
    func syncPrepared() throws(FileWriteError) {
        let descriptor = open(temporary, O_RDONLY)
        guard descriptor >= 0 else { throw Self.error(path) }
        defer { close(descriptor) }
        if fsync(descriptor) != 0 { throw Self.error(path) }
    }

    /// Drops everything written: the temporary file is removed, the destination untouched.
    public func abort() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
            unlink(temporary)
        } else if prepared {
            prepared = false
            unlink(temporary)
        }
    }

    private func flush() throws(FileWriteError) {
        guard !buffer.isEmpty else { return }
        var failure: FileWriteError?
        buffer.withUnsafeBufferPointer { bytes in
            do throws(FileWriteError) { try writeAll(bytes) } catch { failure = error }
        }
        if let failure { throw failure }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) throws(FileWriteError) {
        var written = 0
        while written < bytes.count {
            let result = Self.systemWrite(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                let failure = Self.error(path)
                abort()
                throw failure
            }
            written += result
        }
    }

    /// `path` with the system's reason for the last failure (`errno`).
    static func error(_ path: String) -> FileWriteError {
        FileWriteError(path: path, reason: String(cString: strerror(errno)))
    }

    /// A new file beside `path` that no one else has: `O_EXCL`, so an existing file or symlink
    /// of that name is never followed or overwritten.
    private static func createTemporary(beside path: String) throws(FileWriteError) -> (Int32, String) {
        for attempt in 0..<100 {
            let temporary = path + ".tmp-\(getpid())-\(attempt)"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if descriptor >= 0 { return (descriptor, temporary) }
            if errno != EEXIST { throw FileWriteError(path: path, reason: String(cString: strerror(errno))) }
        }
        throw FileWriteError(path: path, reason: "could not create a temporary file beside it")
    }

    /// The directory that holds `path`.
    static func directory(of path: String) -> String {
        let directory = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        return directory.isEmpty ? "/" : directory
    }

    static func syncDirectory(of path: String) {
        let directory = directory(of: path)
        let descriptor = open(directory, O_RDONLY)
        guard descriptor >= 0 else { return }  // best effort: the file itself is already safe
        fsync(descriptor)
        close(descriptor)
    }

    private static func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, buffer, count)
        #else
        Darwin.write(descriptor, buffer, count)
        #endif
    }
}

/// An output file that could not be written.
public struct FileWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable code for scripts and tests.
    public static let code = "output.unwritable"
    /// The file Sangam tried to write.
    public let path: String
    /// The operating system's explanation.
    public let reason: String

    /// Creates the error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The message: the path, the reason, and that nothing was written there.
    public var description: String { "\(path): cannot write: \(reason); nothing was written there" }
}
