public import SangamText

/// Devanagari to ISO 15919, the reversible scholarly romanisation (नरेंद्र मोदी →
/// narēṁdra mōdī), through ICU's `Devanagari-Latin` transform, which follows ISO 15919.
/// Unlike `Romanizer` it keeps every inherent a and every diacritic: for scholars and for
/// round trips, not for writing names.
///
/// Not thread-safe (it holds an ICU transform): use one per task.
public final class ISO15919 {
    private let transform: Transliterator
    private let normalizer: Normalizer

    /// Opens ICU's transform.
    /// - Throws: `ICUError` when ICU's transliteration data is missing.
    public init() throws(ICUError) {
        transform = try Transliterator(id: "Devanagari-Latin")
        normalizer = try Normalizer()
    }

    /// `text` with its Devanagari in ISO 15919 (NFC); other scripts are kept.
    public func romanize(_ text: String) -> String {
        normalizer.nfc(transform.apply(to: normalizer.nfc(text)))
    }
}
