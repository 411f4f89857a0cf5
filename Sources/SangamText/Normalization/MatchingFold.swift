/// The folds of the matching form that come after ICU's NFKC case fold, in one pass over UTF-8.
/// Every fold keeps or shortens the text, so the output never outgrows the input.
enum MatchingFold {
    /// Folds `utf8` (valid UTF-8, already NFKC case-folded or plain ASCII) into the matching form.
    /// - Parameters:
    ///   - utf8: the text's bytes.
    ///   - lowercasingASCII: lowercase A–Z here, for ASCII input that skipped ICU's case fold.
    ///   - output: room for at least `utf8.count` bytes.
    /// - Returns: the number of bytes written to `output`.
    static func apply(to utf8: UnsafeBufferPointer<UInt8>, lowercasingASCII: Bool,
                      into output: UnsafeMutablePointer<UInt8>) -> Int {
        var writer = Writer(output: output)
        var index = 0
        let count = utf8.count
        while index < count {
            // Fast path: ASCII other than white space and capitals is copied as it is.
            let byte = utf8[index]
            if byte > 0x20 && byte < 0x80 && !(lowercasingASCII && byte >= 0x41 && byte <= 0x5A) {
                writer.writeASCII(byte)
                index += 1
                continue
            }
            // Fast path: a Devanagari scalar (E0 A4 xx or E0 A5 xx) that no fold touches is
            // copied as it is.
            if byte == 0xE0, index + 2 < count, utf8[index + 1] & 0xFE == 0xA4 {
                let scalar = 0x0900 | UInt32(utf8[index + 1] & 1) << 6 | UInt32(utf8[index + 2] & 0x3F)
                if !Devanagari.isFolded(scalar) {
                    writer.writeCopy(of: utf8, at: index, count: 3, scalar: scalar)
                    index += 3
                    continue
                }
            }
            let (scalar, length) = UTF8Scalar.decode(utf8, at: index)
            index += length
            switch scalar {
            case _ where isWhiteSpace(scalar):
                writer.pendingSpace = writer.written > 0
            case 0x41...0x5A where lowercasingASCII:
                writer.write(scalar + 0x20)
            case Devanagari.nukta:
                // ड़ and ढ़ are letters of their own; elsewhere the nukta marks a loan sound
                // that Hindi writers often leave unmarked.
                if writer.previous == Devanagari.dda || writer.previous == Devanagari.ddha { writer.write(scalar) }
            case Devanagari.chandrabindu:
                writer.write(Devanagari.anusvara)
            case Devanagari.digitZero...Devanagari.digitNine:
                writer.write(0x30 + scalar - Devanagari.digitZero)
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035:
                writer.write(0x27)  // '
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036, 0x00AB, 0x00BB:
                writer.write(0x22)  // "
            case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
                writer.write(0x2D)  // -
            case 0x0919, 0x091E, 0x0923, 0x0928, 0x092E:
                // A nasal, virama and a consonant of the nasal's class: write an anusvara.
                if index < count {
                    let (next, nextLength) = UTF8Scalar.decode(utf8, at: index)
                    if next == Devanagari.virama, index + nextLength < count {
                        let (consonant, _) = UTF8Scalar.decode(utf8, at: index + nextLength)
                        if Devanagari.isNasal(scalar, homorganicWith: consonant) {
                            writer.write(Devanagari.anusvara)
                            index += nextLength
                            continue
                        }
                    }
                }
                writer.write(scalar)
            default:
                writer.write(scalar)
            }
        }
        return writer.written
    }

    /// Appends scalars to the output, putting one space before the next scalar after white space.
    private struct Writer {
        let output: UnsafeMutablePointer<UInt8>
        var written = 0
        var previous: UInt32 = 0  // the last scalar written
        var pendingSpace = false

        @inline(__always)
        mutating func writeASCII(_ byte: UInt8) {
            if pendingSpace { flushSpace() }
            output[written] = byte
            written += 1
            previous = UInt32(byte)
        }

        /// Copies `count` bytes of `input` from `start`: the UTF-8 of `scalar`.
        @inline(__always)
        mutating func writeCopy(of input: UnsafeBufferPointer<UInt8>, at start: Int, count: Int, scalar: UInt32) {
            if pendingSpace { flushSpace() }
            for offset in 0..<count { output[written + offset] = input[start + offset] }
            written += count
            previous = scalar
        }

        @inline(__always)
        mutating func write(_ scalar: UInt32) {
            if pendingSpace { flushSpace() }
            written += UTF8Scalar.encode(scalar, into: output + written)
            previous = scalar
        }

        private mutating func flushSpace() {
            output[written] = 0x20
            written += 1
            pendingSpace = false
        }
    }

    /// White space after NFKC: ASCII controls and space, NEL, and the separators NFKC leaves.
    @inline(__always)
    static func isWhiteSpace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }
}

/// Decoding and encoding single scalars of valid UTF-8, without Swift's generic machinery.
public enum UTF8Scalar {
    /// The scalar starting at `index` and its length in bytes. `utf8` must be valid UTF-8.
    /// - Parameters:
    ///   - utf8: valid UTF-8.
    ///   - index: where a scalar starts.
    /// - Returns: the scalar's value and its length in bytes (1–4).
    @inlinable @inline(__always)
    public static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(utf8[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(utf8[index + 1] & 0x3F) << 12
                    | UInt32(utf8[index + 2] & 0x3F) << 6 | UInt32(utf8[index + 3] & 0x3F), 4)
    }

    /// The number of scalars in UTF-8 `utf8` (every byte but a continuation byte starts one).
    @inlinable
    public static func count<Bytes: Sequence<UInt8>>(in utf8: Bytes) -> Int {
        utf8.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// Writes `scalar` as UTF-8 at `output`; returns the number of bytes written (1–4).
    @inline(__always)
    static func encode(_ scalar: UInt32, into output: UnsafeMutablePointer<UInt8>) -> Int {
        switch scalar {
        case 0..<0x80:
            output[0] = UInt8(scalar)
            return 1
        case 0x80..<0x800:
            output[0] = UInt8(0xC0 | scalar >> 6)
            output[1] = UInt8(0x80 | scalar & 0x3F)
            return 2
        case 0x800..<0x10000:
            output[0] = UInt8(0xE0 | scalar >> 12)
            output[1] = UInt8(0x80 | (scalar >> 6) & 0x3F)
            output[2] = UInt8(0x80 | scalar & 0x3F)
            return 3
        default:
            output[0] = UInt8(0xF0 | scalar >> 18)
            output[1] = UInt8(0x80 | (scalar >> 12) & 0x3F)
            output[2] = UInt8(0x80 | (scalar >> 6) & 0x3F)
            output[3] = UInt8(0x80 | scalar & 0x3F)
            return 4
        }
    }
}

/// Devanagari code points the folds name.
enum Devanagari {
    static let chandrabindu: UInt32 = 0x0901
    static let anusvara: UInt32 = 0x0902
    static let nukta: UInt32 = 0x093C
    static let virama: UInt32 = 0x094D
    static let dda: UInt32 = 0x0921
    static let ddha: UInt32 = 0x0922
    static let digitZero: UInt32 = 0x0966
    static let digitNine: UInt32 = 0x096F

    /// Whether the matching fold may change `scalar` (a Devanagari one): the nukta, the
    /// chandrabindu, digits, and the nasals that may become an anusvara.
    @inline(__always)
    static func isFolded(_ scalar: UInt32) -> Bool {
        switch scalar {
        case chandrabindu, nukta, digitZero...digitNine, 0x0919, 0x091E, 0x0923, 0x0928, 0x092E: true
        default: false
        }
    }

    /// Whether `nasal` is the nasal of the class (velar, palatal, retroflex, dental, labial)
    /// that `consonant` belongs to: ङ before क–घ, ञ before च–झ, ण before ट–ढ, न before त–ध,
    /// म before प–भ. Only then may nasal + virama be written as an anusvara.
    @inline(__always)
    static func isNasal(_ nasal: UInt32, homorganicWith consonant: UInt32) -> Bool {
        switch nasal {
        case 0x0919: (0x0915...0x0918).contains(consonant)
        case 0x091E: (0x091A...0x091D).contains(consonant)
        case 0x0923: (0x091F...0x0922).contains(consonant)
        case 0x0928: (0x0924...0x0927).contains(consonant)
        case 0x092E: (0x092A...0x092D).contains(consonant)
        default: false
        }
    }
}
