import ArgumentParser
import Foundation
import SangamStore

/// The database option every store command shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The SQLite database. Default: $SANGAM_DB, else sangam.db in the current directory.",
        valueName: "file"))
    var db: String?

    /// The database path the user chose, or the default.
    var path: String {
        db ?? ProcessInfo.processInfo.environment["SANGAM_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "sangam.db"
    }

    /// Opens the store, creating it when needed.
    func open() throws -> CorpusStore {
        try CorpusStore.open(path: path)
    }

    /// Opens an existing store; a missing file is a user error, not a new empty database.
    func openExisting() throws -> CorpusStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure("no database at \(path): run `sangam ingest --db \(path) PATH...` first")
        }
        return try open()
    }
}

/// A command's failure with a message for the user.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
