#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see either the old file or the complete new one: the text
/// goes to a temporary file beside the destination, is flushed to disk, and is renamed over it.
/// An interrupted write leaves no truncated file that looks complete.
public enum AtomicFile {
    /// Writes `text` to `path` atomically.
    /// - Throws: `FileWriteError` naming the path and the system's reason.
    public static func write(_ text: String, to path: String) throws(FileWriteError) {
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw FileWriteError(path: path, reason: String(cString: strerror(errno))) }
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(descriptor)
                unlink(temporary)
                throw FileWriteError(path: path, reason: reason)
            }
            written += result
        }
        bytes.removeAll()
        let synced = fsync(descriptor) == 0
        let reason = synced ? nil : String(cString: strerror(errno))
        close(descriptor)
        guard synced, rename(temporary, path) == 0 else {
            let why = reason ?? String(cString: strerror(errno))
            unlink(temporary)
            throw FileWriteError(path: path, reason: why)
        }
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

    public var description: String { "\(path): cannot write: \(reason); nothing was written there" }
}
