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

    /// The offset of the first digit ``value(of:)`` reads in UTF-8 `bytes` at or after `offset`:
    /// ASCII `30`–`39`, or Devanagari `E0 A5 A6`–`E0 A5 AF`.
    static func firstDigit(in bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int? {
        var index = offset
        while index < bytes.count {
            let byte = bytes[index]
            if (0x30...0x39).contains(byte) { return index }
            if byte == 0xE0, index + 2 < bytes.count, bytes[index + 1] == 0xA5, (0xA6...0xAF).contains(bytes[index + 2]) {
                return index
            }
            index += 1
        }
        return nil
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
