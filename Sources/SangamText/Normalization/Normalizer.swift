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

    /// The NFC form of `text`: what Sangam stores. Text already in NFC comes back unchanged
    /// (and without copying when it is ASCII).
    /// - Parameter text: any text.
    /// - Returns: `text` in Unicode Normalization Form C.
    public func nfc(_ text: String) -> String {
        if text.utf8.isASCII { return text }
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { input in
            if (try? ICUNormalizationForm.nfc.isNormalized(input)) == true { return text }
            return String(decoding: Self.icu(.nfc, input), as: UTF16.self)
        }
    }

    /// The matching form of `text`: for search, keys and comparison, never for display.
    /// - Parameter text: any text; line breaks count as white space.
    /// - Returns: `text` folded as described on ``Normalizer``.
    public func matchingForm(_ text: String) -> String {
        if text.utf8.isASCII {
            return MatchingFold.apply(to: Array(text.utf16), lowercasingASCII: true)
        }
        let units = Array(text.utf16)
        let folded = units.withUnsafeBufferPointer { Self.icu(.nfkcCasefold, $0) }
        return MatchingFold.apply(to: folded, lowercasingASCII: false)
    }

    /// Runs an ICU normalisation that `init` proved loadable. Valid UTF-16 from a Swift string
    /// cannot make it fail, so a failure here is a broken ICU install, not bad input.
    private static func icu(_ form: ICUNormalizationForm, _ units: UnsafeBufferPointer<UInt16>) -> [UInt16] {
        do {
            return try form.normalize(units)
        } catch {
            fatalError("\(error)")
        }
    }
}

extension String.UTF8View {
    /// Whether every byte is ASCII, checked eight bytes at a time.
    var isASCII: Bool {
        let answer = withContiguousStorageIfAvailable { bytes -> Bool in
            UnsafeRawBufferPointer(bytes).isASCII
        }
        return answer ?? allSatisfy { $0 < 0x80 }
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
