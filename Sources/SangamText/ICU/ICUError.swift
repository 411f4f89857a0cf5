internal import CICUShim

/// A failure reported by ICU, carrying ICU's own status code and symbolic name.
public struct ICUError: Error, Sendable, Equatable, CustomStringConvertible {
    /// ICU's `UErrorCode` value.
    public let status: Int32
    /// ICU's name for the status, such as `U_BUFFER_OVERFLOW_ERROR`.
    public let name: String
    /// What Sangam was doing when ICU failed, such as "opening the sentence break iterator".
    public let operation: String

    init(status: Int32, operation: String) {
        self.status = status
        self.name = String(cString: cicu_error_name(status))
        self.operation = operation
    }

    public var description: String {
        "ICU failed while \(operation): \(name) (\(status)). "
            + "Check that libicu-dev (ICU 72) is installed and its data is readable."
    }

    /// Throws when `status` is an ICU error (warnings, which are negative, pass).
    static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws(ICUError) {
        if status > 0 {
            throw ICUError(status: status, operation: operation())
        }
    }

    /// ICU's `U_BUFFER_OVERFLOW_ERROR`: the caller should retry with the capacity returned.
    static let bufferOverflow: Int32 = 15
}

/// The version of the ICU library Sangam is linked against, such as "72.1".
public var icuVersion: String { String(cString: cicu_version()) }
