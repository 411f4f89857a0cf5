import GRDB
import GRDBSQLite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A cached statement bound and stepped through SQLite's own functions, for the few statements
/// a bulk write runs millions of times (a name list's keys, spellings and entities): GRDB's
/// argument handling cost as much as SQLite's own work there. Everything else goes through GRDB.
struct FastStatement {
    private let statement: Statement
    private let db: Database
    private var raw: SQLiteStatement { statement.sqliteStatement }

    /// The cached statement for `sql` on `db`.
    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
    }

    /// A value to bind.
    enum Value {
        case integer(Int64)
        case text(String)
        case null
    }

    /// Runs the statement with `values` bound in order.
    /// - Returns: the first column of the first row as an integer pair (columns 0 and 1), when it
    ///   returns one.
    /// - Throws: `DatabaseError` with SQLite's message.
    @discardableResult
    func run(_ values: Value...) throws -> (Int64, Int64)? {
        let raw = self.raw
        sqlite3_reset(raw)
        for (index, value) in values.enumerated() {
            let position = Int32(index + 1)
            switch value {
            case .integer(let number): sqlite3_bind_int64(raw, position, number)
            case .text(let text): _ = text.withCString { sqlite3_bind_text(raw, position, $0, -1, Self.transient) }
            case .null: sqlite3_bind_null(raw, position)
            }
        }
        defer { sqlite3_reset(raw) }
        let code = sqlite3_step(raw)
        switch code {
        case SQLITE_ROW:
            return (sqlite3_column_int64(raw, 0), sqlite3_column_count(raw) > 1 ? sqlite3_column_int64(raw, 1) : 0)
        case SQLITE_DONE:
            return nil
        default:
            throw sqliteError(code, on: db)
        }
    }

    /// Runs the statement with two integers bound, for the rows a bulk write inserts most (a
    /// name's keys): without the variadic array and its values, which cost as much as the
    /// binding.
    /// - Throws: `DatabaseError` with SQLite's message.
    func run(_ first: Int64, _ second: Int64) throws {
        let raw = self.raw
        sqlite3_bind_int64(raw, 1, first)
        sqlite3_bind_int64(raw, 2, second)
        defer { sqlite3_reset(raw) }
        let code = sqlite3_step(raw)
        guard code == SQLITE_DONE || code == SQLITE_ROW else {
            throw sqliteError(code, on: db)
        }
    }

    /// SQLite's SQLITE_TRANSIENT: copy the bound text, which lives only during the call.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

/// The rows of a statement, stepped and read through SQLite directly, for the few reads that
/// run over millions of rows (an export's segments): a GRDB `Row` per row, with its values
/// boxed, cost as much as the rest of the export's work.
struct RawRows {
    private let statement: Statement
    private let db: Database
    private var raw: SQLiteStatement { statement.sqliteStatement }

    init(_ statement: Statement, in db: Database) {
        self.statement = statement
        self.db = db
        sqlite3_reset(statement.sqliteStatement)
    }

    /// Steps to the next row.
    /// - Returns: false after the last.
    /// - Throws: `DatabaseError` with SQLite's message.
    func next() throws -> Bool {
        switch sqlite3_step(raw) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code:
            throw sqliteError(code, on: db)
        }
    }

    /// Column `index`'s bytes (its UTF-8 for text), empty for NULL: without the validation a
    /// `String` makes, for text that is only copied on.
    func bytes(_ index: Int32) -> [UInt8] {
        guard let start = sqlite3_column_blob(raw, index) else { return [] }
        return Array(UnsafeRawBufferPointer(start: start, count: Int(sqlite3_column_bytes(raw, index))))
    }

    /// Column `index` as text, `previous` itself when its bytes are the same: for a column that
    /// repeats across consecutive rows (a joined article's id), which then costs a comparison
    /// instead of a validated copy and an allocation.
    func text(_ index: Int32, reusing previous: String?) -> String? {
        guard let start = sqlite3_column_text(raw, index) else {
            return sqlite3_column_type(raw, index) == SQLITE_NULL ? nil : ""
        }
        let bytes = UnsafeBufferPointer(start: start, count: Int(sqlite3_column_bytes(raw, index)))
        if var previous, previous.withUTF8({ $0.count == bytes.count && ($0.isEmpty || memcmp($0.baseAddress!, start, bytes.count) == 0) }) {
            return previous
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Column `index`, comma-separated decimal numbers (`3,4`), as numbers, read from the
    /// column's bytes without a string in between.
    func integers(_ index: Int32) -> [Int] {
        guard let start = sqlite3_column_text(raw, index) else { return [] }
        let bytes = UnsafeBufferPointer(start: start, count: Int(sqlite3_column_bytes(raw, index)))
        var numbers: [Int] = []
        var value = 0
        var digits = 0
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                value = value * 10 + Int(byte - 0x30)
                digits += 1
            } else if digits > 0 {
                numbers.append(value)
                (value, digits) = (0, 0)
            }
        }
        if digits > 0 { numbers.append(value) }
        return numbers
    }

    /// Column `index` as a number.
    func double(_ index: Int32) -> Double {
        sqlite3_column_double(raw, index)
    }
}

/// SQLite's error `code` on `db`, with its message, as GRDB reports errors.
private func sqliteError(_ code: Int32, on db: Database) -> DatabaseError {
    DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
}
