/// Decimal digits as news writes them: ASCII `0–9` and Devanagari `०–९`.
enum Digits {
    /// The value of a digit scalar, or nil for anything else.
    @inline(__always)
    static func value(of scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: Int(scalar.value - 0x30)
        case 0x0966...0x096F: Int(scalar.value - 0x0966)
        default: nil
        }
    }

    /// False only when UTF-8 `bytes` hold none of the digits ``value(of:)`` reads: ASCII
    /// `30`–`39`, or Devanagari `E0 A5 A6`–`E0 A5 AF` (only the last two bytes are looked at, so
    /// it may say true for text without digits, never false for text with them).
    static func mayOccur(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if (0x30...0x39).contains(byte) || (previous == 0xA5 && (0xA6...0xAF).contains(byte)) { return true }
            previous = byte
        }
        return false
    }

    /// The integer a run of digit scalars spells, or nil if any scalar is not a digit.
    static func integer<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> Int? {
        var result = 0
        var any = false
        for scalar in scalars {
            guard let digit = value(of: scalar) else { return nil }
            let (times, overflow1) = result.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(digit)
            if overflow1 || overflow2 { return nil }
            result = sum
            any = true
        }
        return any ? result : nil
    }
}
