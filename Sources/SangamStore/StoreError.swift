/// A failure of the store, with a stable code, a message that says what to do, and the cause.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// Stable codes for scripts and tests.
    public enum Code: String, Sendable {
        case open = "store.open"
        case migration = "store.migration"
        case write = "store.write"
        case read = "store.read"
    }

    public let code: Code
    public let message: String
    /// The SQLite or GRDB error behind it.
    public let underlying: (any Error)?

    /// Creates an error.
    public init(_ code: Code, message: String, underlying: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.underlying = underlying
    }

    public var description: String {
        guard let underlying else { return message }
        return "\(message): \(underlying)"
    }
}
