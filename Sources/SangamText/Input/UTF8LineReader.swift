#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file or standard input line by line as validated UTF-8, in constant memory apart
/// from the longest line. Errors name the file and the byte offset where the text goes wrong.
public final class UTF8LineReader {
    /// The name used in messages for standard input.
    public static let standardInputName = "<stdin>"

    private let path: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private let chunkSize: Int

    /// Opens `path` for reading, or standard input when `path` is nil or `-`.
    /// - Parameters:
    ///   - path: the file to read.
    ///   - chunkSize: bytes read per system call.
    /// - Throws: `TextInputError` with code `unreadable` when the file cannot be opened.
    public init(path: String?, chunkSize: Int = 1 << 16) throws(TextInputError) {
        guard let path, path != "-" else {
            self.chunkSize = chunkSize
            self.path = Self.standardInputName
            self.descriptor = STDIN_FILENO
            self.ownsDescriptor = false
            return
        }
        self.path = path
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw TextInputError(.unreadable, path: path, reason: String(cString: strerror(errno)))
        }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw TextInputError(.unreadable, path: path, reason: "it is a directory")
        }
        // A small file is read in one call into a buffer of its own size (one byte more, to see
        // the end): aligning thousands of 5 KB sentence files zeroed a 64 KB buffer for each.
        let isSmallFile = (status.st_mode & S_IFMT) == S_IFREG && status.st_size >= 0 && status.st_size < chunkSize
        self.chunkSize = isSmallFile ? Int(status.st_size) + 1 : chunkSize
        self.descriptor = descriptor
        self.ownsDescriptor = true
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// Calls `body` with each line, without its line terminator (LF or CR LF) and without a
    /// leading byte-order mark. A final line without a terminator is still a line; an empty
    /// input has no lines.
    /// - Parameter body: receives each line; may throw to stop reading.
    /// - Throws: `TextInputError` for unreadable, non-UTF-8 or NUL-containing input, or what
    ///   `body` throws. Lines before the bad one have already been delivered.
    public func forEachLine(_ body: (String) throws -> Void) throws {
        try forEachRawLine { line, fileOffset in
            switch UTF8Validation.decode(line) {
            case .success(let text):
                try body(text)
            case .failure(.invalid(let at)):
                throw TextInputError(.invalidUTF8, path: path, byteOffset: fileOffset + at)
            case .failure(.nul(let at)):
                throw TextInputError(.nulByte, path: path, byteOffset: fileOffset + at)
            }
        }
    }

    /// Calls `body` with each line's bytes, not yet checked as UTF-8, and the line's byte offset
    /// in the file: for readers that judge each line on its own (a bad JSONL record must not
    /// stop the rest). Terminators and a leading byte-order mark are removed as in `forEachLine`.
    /// - Parameter body: receives each line (valid only during the call) and its offset.
    /// - Throws: `TextInputError` when the file cannot be read, or what `body` throws.
    public func forEachRawLine(_ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws {
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var carried: [UInt8] = []   // the start of a line that continues into the next chunk
        var offset = 0              // file offset of chunk[0]
        var carriedOffset = 0       // file offset of carried[0]
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunkSize) }
            if count < 0 {
                if errno == EINTR { continue }
                throw TextInputError(.unreadable, path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            try chunk.withUnsafeBufferPointer { buffer in
                var lineStart = 0
                var index = 0
                while index < count {
                    guard let newline = memchr(buffer.baseAddress! + index, 0x0A, count - index) else { break }
                    let end = buffer.baseAddress!.distance(to: newline.assumingMemoryBound(to: UInt8.self))
                    let piece = UnsafeBufferPointer(rebasing: buffer[lineStart..<end])
                    if carried.isEmpty {
                        try deliver(piece, at: offset + lineStart, to: body)
                    } else {
                        carried.append(contentsOf: piece)
                        try carried.withUnsafeBufferPointer { try deliver($0, at: carriedOffset, to: body) }
                        carried.removeAll(keepingCapacity: true)
                    }
                    lineStart = end + 1
                    index = lineStart
                }
                if lineStart < count {
                    if carried.isEmpty { carriedOffset = offset + lineStart }
                    carried.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[lineStart..<count]))
                }
            }
            offset += count
        }
        if !carried.isEmpty {
            try carried.withUnsafeBufferPointer { try deliver($0, at: carriedOffset, to: body) }
        }
    }

    private func deliver(_ bytes: UnsafeBufferPointer<UInt8>, at fileOffset: Int,
                         to body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws {
        var line = bytes
        var lineOffset = fileOffset
        // A byte-order mark says "UTF-8" and nothing more: it is not part of the text.
        if fileOffset == 0, line.starts(with: [0xEF, 0xBB, 0xBF]) {
            line = UnsafeBufferPointer(rebasing: line.dropFirst(3))
            lineOffset = 3
        }
        if let last = line.last, last == 0x0D { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
        try body(line, lineOffset)
    }
}
