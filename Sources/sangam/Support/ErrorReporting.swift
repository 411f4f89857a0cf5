import ArgumentParser
import SangamExport
import SangamStore
import SangamText

/// Exit codes shared by every command, so scripts can tell bad input from a broken install.
enum ExitStatus {
    /// Some of the work failed (files that did not go in, an unknown article id).
    static let partialFailure: Int32 = 1
    /// The command line was wrong: an unknown option, a missing argument.
    static let usage: Int32 = 2
    /// The input could not be read or is not UTF-8 text.
    static let badInput: Int32 = 65  // EX_DATAERR
    /// An output file could not be created or written.
    static let cannotCreate: Int32 = 73  // EX_CANTCREAT
    /// ICU (or another system library) failed.
    static let software: Int32 = 70  // EX_SOFTWARE
}

/// Runs a command body, turning Sangam's errors into one clear line on standard error and an
/// exit code. Argument errors are left to ArgumentParser, which prints usage.
func reportingErrors(_ body: () throws -> Void) throws {
    defer { StandardStreams.flush() }
    do {
        try body()
    } catch {
        guard let (message, status) = explanation(of: error) else { throw error }
        StandardStreams.flush()  // what the command wrote comes before the error
        StandardStreams.writeError("sangam: error: \(message)")
        throw ExitCode(status)
    }
}

/// The line to print and the exit status for one of Sangam's errors; nil for errors that are
/// not Sangam's (ArgumentParser's own, `ExitCode`), which pass through.
private func explanation(of error: any Error) -> (String, Int32)? {
    switch error {
    case let error as TextInputError: ("\(error) [\(error.code.rawValue)]", ExitStatus.badInput)
    case let error as ICUError: ("\(error)", ExitStatus.software)
    case let error as FileWriteError: ("\(error) [\(FileWriteError.code)]", ExitStatus.cannotCreate)
    case let error as DictionaryError: ("\(error) [\(DictionaryError.code)]", ExitStatus.badInput)
    case let error as StoreError: ("\(error) [\(error.code.rawValue)]", ExitStatus.software)
    case let error as CommandFailure: ("\(error)", ExitStatus.partialFailure)
    case let error as ExportError: ("\(error) [\(error.code.rawValue)]", ExitStatus.partialFailure)
    default: nil
    }
}
