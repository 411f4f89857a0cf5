/// UTF-8 validation that says *where* text goes wrong, which Swift's decoding does not.
public enum UTF8Validation {
    /// The problem found in `bytes`, if any: offsets count from the start of `bytes`.
    public enum Problem: Error, Sendable, Equatable {
        case invalid(at: Int)
        case nul(at: Int)
    }

    /// The first invalid sequence or NUL byte in `bytes`, by offset into `bytes`.
    /// - Parameter bytes: text that should be UTF-8.
    /// - Returns: the first problem, or nil for valid UTF-8 without NUL bytes.
    /// A sequence cut off by the end of the buffer counts as invalid: call it on whole lines.
    public static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        let count = bytes.count
        var index = 0
        while index < count {
            // Eight ASCII bytes at a time; a NUL is ASCII, so look for zero bytes too.
            if index + 8 <= count {
                let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                let hasZeroByte = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
                if word & 0x8080_8080_8080_8080 == 0 && hasZeroByte == 0 {
                    index += 8
                    continue
                }
            }
            let lead = bytes[index]
            if lead == 0 { return .nul(at: index) }
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F  // no surrogates
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F  // nothing above U+10FFFF
            default: return .invalid(at: index)
            }
            guard index + length <= count else { return .invalid(at: index) }
            let second = bytes[index + 1]
            guard second >= lower && second <= upper else { return .invalid(at: index) }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 {
                return .invalid(at: index)
            }
            index += length
        }
        return nil
    }

    /// `bytes` as a string, or the first problem in them. The standard library validates as it
    /// builds the string; only when it refuses, or a NUL hides in valid text, is the exact
    /// offset looked for.
    /// - Parameter bytes: text that should be UTF-8 without NUL bytes.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<String, Problem> {
        if !UTF8Text.containsNUL(bytes), let text = String(validating: bytes, as: UTF8.self) {
            return .success(text)
        }
        return .failure(firstProblem(in: bytes) ?? .invalid(at: 0))
    }
}
