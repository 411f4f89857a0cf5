/// The words of UTF-8 text, found on bytes: runs of letters (Latin, Devanagari letters and signs,
/// other alphabets) and combining marks. Danda, Devanagari digits, ASCII digits, punctuation and
/// spaces separate words. The lexicon's terms and the aligner's name keys both read words so.
public enum UTF8Words {
    /// Calls `body` with each word's byte range and whether it holds a Devanagari scalar.
    /// - Parameters:
    ///   - bytes: valid UTF-8.
    ///   - body: receives the range of one word in `bytes`.
    @inlinable
    public static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>,
                                   _ body: (_ word: Range<Int>, _ hasDevanagari: Bool) throws -> Void) rethrows {
        var index = 0
        while index < bytes.count {
            let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
            guard isWordScalar(scalar) else {
                index += length
                continue
            }
            let start = index
            var hasDevanagari = false
            while index < bytes.count {
                let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
                guard isWordScalar(scalar) else { break }
                hasDevanagari = hasDevanagari || (0x0900...0x097F).contains(scalar)
                index += length
            }
            try body(start..<index, hasDevanagari)
        }
    }

    /// Whether a scalar belongs to a word.
    @inlinable @inline(__always)
    public static func isWordScalar(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return (0x61...0x7A).contains(scalar) || (0x41...0x5A).contains(scalar) }
        if (0x0900...0x097F).contains(scalar) { return !(0x0964...0x096F).contains(scalar) }
        guard let value = Unicode.Scalar(scalar) else { return false }
        return value.properties.isAlphabetic || value.properties.generalCategory == .nonspacingMark
    }
}

extension Unicode.Scalar {
    /// Unicode's White_Space, with ASCII answered without the property tables (splitting a
    /// million names at white space spent more time in them than in the splitting).
    @inlinable @inline(__always)
    public var isWhiteSpace: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }

    /// Whether the scalar is a combining mark (Unicode Mn or Mc): a Devanagari vowel sign,
    /// anusvara, nukta or virama, which belongs to the letter before it.
    public var isCombiningMark: Bool {
        properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
    }
}

extension UInt8 {
    /// The byte with an ASCII capital lower-cased, anything else as it is.
    @inlinable @inline(__always)
    public var asciiLowercased: UInt8 {
        (0x41...0x5A).contains(self) ? self + 0x20 : self
    }

    /// Whether the byte is an ASCII letter, A–Z or a–z.
    @inlinable @inline(__always)
    public var isASCIILetter: Bool {
        (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self)
    }
}

extension Substring {
    /// Without spaces at either end (dictionary fields).
    public var trimmingSpaces: Substring {
        var text = self
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return text
    }
}

extension Double {
    /// A score in [0, 1] with three decimals (`0.935`), as every output of Sangam writes one.
    public var scoreText: String {
        var bytes: [UInt8] = []
        appendScoreText(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// ``scoreText``'s bytes appended to `buffer`, without making a string: exporters write
    /// one for each of millions of segments.
    public func appendScoreText(to buffer: inout [UInt8]) {
        let thousandths = Int((Swift.min(Swift.max(self, 0), 1) * 1000).rounded())
        let fraction = thousandths % 1000
        let zero = UInt8(ascii: "0")
        buffer.append(zero + UInt8(thousandths / 1000))
        buffer.append(UInt8(ascii: "."))
        buffer.append(zero + UInt8(fraction / 100))
        buffer.append(zero + UInt8(fraction / 10 % 10))
        buffer.append(zero + UInt8(fraction % 10))
    }
}
