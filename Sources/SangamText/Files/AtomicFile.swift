#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see either the old file or the complete new one: the text
/// goes to a new temporary file beside the destination, is flushed to disk, and is renamed
/// over it; the directory is flushed too, so that the rename survives a crash. An interrupted
/// write leaves no truncated file that looks complete.
public enum AtomicFile {
    /// Writes `text` to `path` atomically.
    /// - Throws: `FileWriteError` naming the path and the system's reason; the destination is
    ///   then as it was.
    public static func write(_ text: String, to path: String) throws(FileWriteError) {
        let (descriptor, temporary) = try createTemporary(beside: path)
        var failure: String?
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count, failure == nil {
            let result = bytes.withUnsafeMutableBytes { systemWrite(descriptor, $0.baseAddress! + written, $0.count - written) }
            if result < 0 {
                if errno != EINTR { failure = String(cString: strerror(errno)) }
            } else {
                written += result
            }
        }
        bytes.removeAll()
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw FileWriteError(path: path, reason: failure)
        }
        syncDirectory(of: path)
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

    private static func syncDirectory(of path: String) {
        let directory = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let descriptor = open(directory.isEmpty ? "/" : directory, O_RDONLY)
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
