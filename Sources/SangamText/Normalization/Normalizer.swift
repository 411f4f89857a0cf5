/// Turns text into the two forms Sangam keeps: NFC for storage and display, and a *matching
/// form* under which spelling variants of the same words compare equal.
///
/// The matching form is NFKC with Unicode case folding, then Hindi-specific folds:
/// - nukta removed (क़→क, ज़→ज, फ़→फ) except on ड़ and ढ़, which are distinct letters in Hindi;
/// - chandrabindu → anusvara (आँख → आंख);
/// - a nasal consonant + virama before a consonant of its own class → anusvara
///   (हिन्दी → हिंदी, सम्बन्ध → संबंध), while जन्म keeps its न्म;
/// - Devanagari digits → ASCII (२०२५ → 2025);
/// - curly and angle quotes → `'` or `"`, hyphens and dashes → `-`;
/// - default-ignorable characters (ZWJ, ZWNJ, soft hyphen, BOM) removed, every run of
///   white space → one space, none at either end.
///
/// Stored text is always NFC of the original; the matching form is derived and never shown.
/// `Normalizer` is a value: ICU's normalisers are process-wide and safe to share.
public struct Normalizer: Sendable {
    /// Creates a normaliser, checking that ICU's normalisation data can be loaded.
    /// - Throws: `ICUError` when ICU's data is missing or unreadable.
    public init() throws(ICUError) {
        try ICUNormalizationForm.nfc.load()
        try ICUNormalizationForm.nfkcCasefold.load()
    }

    /// The NFC form of `text`: what Sangam stores. Text already in NFC comes back unchanged,
    /// without copying.
    /// - Parameter text: any text.
    /// - Returns: `text` in Unicode Normalization Form C.
    public func nfc(_ text: String) -> String {
        var copy = text
        let changed: String? = copy.withUTF8 { bytes in
            if UnsafeRawBufferPointer(bytes).isASCII || Self.isSurelyNFC(bytes) { return nil }
            if (try? ICUNormalizationForm.nfc.isNormalized(bytes)) == true { return nil }
            return Self.icu(.nfc, bytes).withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
        }
        return changed ?? text
    }

    /// The matching form of `text`: for search, keys and comparison, never for display.
    /// - Parameter text: any text; line breaks count as white space.
    /// - Returns: `text` folded as described on ``Normalizer``.
    public func matchingForm(_ text: String) -> String {
        folding(text, isNFC: false) { input, lowercasingASCII in
            String(unsafeUninitializedCapacity: input.count) { output in
                MatchingFold.apply(to: input, lowercasingASCII: lowercasingASCII, into: output.baseAddress!)
            }
        }
    }

    /// Calls `body` with the UTF-8 bytes of the matching form of `text`, without making a
    /// string: for streaming output.
    /// - Parameters:
    ///   - text: any text; line breaks count as white space.
    ///   - isNFC: whether the caller knows `text` is in NFC (as stored sentences are), which
    ///     spares the common Hindi sentence ICU's check.
    ///   - body: receives the bytes, valid only during the call.
    public func withMatchingForm<Result>(of text: String, isNFC: Bool = false,
                                         _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        folding(text, isNFC: isNFC) { input, lowercasingASCII in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: input.count + 1) { output in
                let count = MatchingFold.apply(to: input, lowercasingASCII: lowercasingASCII, into: output.baseAddress!)
                return body(UnsafeBufferPointer(rebasing: output[..<count]))
            }
        }
    }

    /// Hands `fold` the bytes the matching fold starts from: ASCII as it is (to be lowercased
    /// by the fold), anything else after ICU's NFKC case fold.
    private func folding<Result>(_ text: String, isNFC: Bool,
                                 _ fold: (UnsafeBufferPointer<UInt8>, Bool) -> Result) -> Result {
        var copy = text
        return copy.withUTF8 { bytes in
            if UnsafeRawBufferPointer(bytes).isASCII { return fold(bytes, true) }
            // NFC text of ASCII, Devanagari and curly quotes, dashes and ₹ is its own NFKC case
            // fold but for ASCII capitals (Devanagari has no case and, once in NFC, no
            // compatibility mappings): the common Hindi sentence skips ICU.
            if Self.foldsLikeASCII(bytes), isNFC || Self.isSurelyNFC(bytes) || (try? ICUNormalizationForm.nfc.isNormalized(bytes)) == true {
                return fold(bytes, true)
            }
            return Self.icu(.nfkcCasefold, bytes).withUnsafeBufferPointer { fold($0, false) }
        }
    }

    /// Whether every scalar is ASCII, Devanagari (U+0900–U+097F), a curly quote, an en or em dash or ₹.
    private static func foldsLikeASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
            switch scalar {
            case 0x0900...0x097F, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x20B9: index += length
            default: return false
            }
        }
        return true
    }

    /// Whether text of ASCII, Devanagari, curly quotes, dashes, the ellipsis, ₹ and no-break
    /// spaces is in NFC, by Unicode's quick check (UAX #15): no scalar that NFC never keeps
    /// (क़ … य़, U+0958–U+095F), no nukta after न, र or ळ (NFC composes those), and the
    /// combining classes of adjacent marks never falling (virama before nukta is out of order).
    /// False means "ask ICU", not "not NFC". On the alignment benchmark's Hindi lines ICU's
    /// check cost about 5,300 instructions a line (callgrind), this one about 3,700.
    static func isSurelyNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        var previous: UInt32 = 0
        var previousClass: UInt8 = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                previous = 0
                previousClass = 0
                index += 1
                continue
            }
            let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
            index += length
            var combiningClass: UInt8 = 0
            if scalar & ~0x7F == 0x0900 {
                switch scalar {
                case 0x093C:
                    if previous == 0x0928 || previous == 0x0930 || previous == 0x0933 { return false }
                    combiningClass = 7
                case 0x094D: combiningClass = 9
                case 0x0952: combiningClass = 220
                case 0x0951, 0x0953, 0x0954: combiningClass = 230
                case 0x0958...0x095F: return false
                default: break
                }
            } else {
                switch scalar {
                case 0xA0, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x20B9, 0x202F: break
                default: return false
                }
            }
            if combiningClass != 0 && previousClass > combiningClass { return false }
            previous = scalar
            previousClass = combiningClass
        }
        return true
    }

    /// Runs an ICU normalisation that `init` proved loadable. Valid UTF-8 from a Swift string
    /// cannot make it fail, so a failure here is a broken ICU install, not bad input.
    private static func icu(_ form: ICUNormalizationForm, _ utf8: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        do {
            return try form.normalize(utf8)
        } catch {
            fatalError("\(error)")
        }
    }
}

extension UnsafeRawBufferPointer {
    /// Whether every byte is ASCII, checked eight bytes at a time.
    var isASCII: Bool {
        var index = 0
        var highBits: UInt64 = 0
        while index + 8 <= count {
            highBits |= loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < count {
            highBits |= UInt64(self[index])
            index += 1
        }
        return highBits & 0x8080_8080_8080_8080 == 0
    }
}
