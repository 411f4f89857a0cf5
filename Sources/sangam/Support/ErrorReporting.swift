import ArgumentParser
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
    /// ICU (or another system library) failed.
    static let software: Int32 = 70  // EX_SOFTWARE
}

/// Runs a command body, turning Sangam's errors into one clear line on standard error and an
/// exit code. Argument errors are left to ArgumentParser, which prints usage.
func reportingErrors(_ body: () throws -> Void) throws {
    defer { StandardStreams.flush() }
    do {
        try body()
    } catch let error as TextInputError {
        StandardStreams.flush()
        StandardStreams.writeError("sangam: error: \(error) [\(error.code.rawValue)]")
        throw ExitCode(ExitStatus.badInput)
    } catch let error as ICUError {
        StandardStreams.flush()
        StandardStreams.writeError("sangam: error: \(error)")
        throw ExitCode(ExitStatus.software)
    } catch let error as StoreError {
        StandardStreams.flush()
        StandardStreams.writeError("sangam: error: \(error) [\(error.code.rawValue)]")
        throw ExitCode(ExitStatus.software)
    } catch let error as CommandFailure {
        StandardStreams.flush()
        StandardStreams.writeError("sangam: error: \(error)")
        throw ExitCode(ExitStatus.partialFailure)
    }
}
