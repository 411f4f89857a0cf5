/// A problem with an input file: it cannot be read, or it is not UTF-8 text.
public struct TextInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable code for scripts and tests; the message may be reworded, the code may not.
    public enum Code: String, Sendable {
        case unreadable = "input.unreadable"
        case invalidUTF8 = "input.invalid-utf8"
        case nulByte = "input.nul-byte"
    }

    /// What went wrong.
    public let code: Code
    /// The file, as the user named it (`-` or `<stdin>` for standard input).
    public let path: String
    /// The byte offset from the start of the file where the problem is, when there is one.
    public let byteOffset: Int?
    /// The operating system's explanation, for `unreadable`.
    public let reason: String?

    /// Creates an input error.
    public init(_ code: Code, path: String, byteOffset: Int? = nil, reason: String? = nil) {
        self.code = code
        self.path = path
        self.byteOffset = byteOffset
        self.reason = reason
    }

    public var description: String {
        switch code {
        case .unreadable:
            "\(path): cannot read: \(reason ?? "unknown error")"
        case .invalidUTF8:
            "\(path): not valid UTF-8 at byte offset \(byteOffset ?? 0); "
                + "convert it first, e.g. `iconv -f WINDOWS-1252 -t UTF-8 \(path)`"
        case .nulByte:
            "\(path): contains a NUL byte at byte offset \(byteOffset ?? 0); is it a binary file?"
        }
    }
}
