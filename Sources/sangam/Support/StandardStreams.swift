#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writing to standard output and error. `print` flushes too often for corpus-sized
/// output; stdio's buffering does not.
enum StandardStreams {
    // Streams of our own over descriptors 1 and 2 (C's `stdout` is a mutable global that Swift 6
    // will not touch); Sangam's commands write from one thread.
    nonisolated(unsafe) private static let output = fdopen(STDOUT_FILENO, "w")!
    nonisolated(unsafe) private static let error = fdopen(STDERR_FILENO, "w")!

    /// Writes `text` followed by a newline to standard output.
    static func writeLine(_ text: String) {
        var text = text
        text.withUTF8 { writeLine($0) }
    }

    /// Writes UTF-8 bytes followed by a newline to standard output.
    static func writeLine(_ utf8: UnsafeBufferPointer<UInt8>) {
        _ = fwrite(utf8.baseAddress, 1, utf8.count, output)
        fputc(0x0A, output)
    }

    /// Writes `text` as it is to standard output.
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, output) }
    }

    /// Writes an empty line to standard output.
    static func writeBlankLine() {
        fputc(0x0A, output)
    }

    /// Flushes standard output.
    static func flush() {
        fflush(output)
    }

    /// Flushes both streams and ends the process with `status`.
    static func exit(_ status: Int32) -> Never {
        fflush(output)
        fflush(error)
        Glibc.exit(status)
    }

    /// Writes `text` to standard error as it is (no newline), flushed: for progress bars.
    static func writeErrorRaw(_ text: String) {
        fputs(text, error)
        fflush(error)
    }

    /// Writes one line to standard error.
    static func writeError(_ text: String) {
        fputs(text + "\n", error)
        fflush(error)
    }
}
