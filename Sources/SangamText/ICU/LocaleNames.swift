internal import CICUShim

/// Names of countries and languages from ICU's own locale data (CLDR), in any display language:
/// `IN` is "India" in English and "भारत" in Hindi; `hi` is "Hindi" and "हिन्दी".
public enum LocaleNames {
    /// What a code names.
    public enum Kind: Sendable {
        /// Two-letter region codes (`IN`, `KR`).
        case country
        /// Language codes (`hi`, `ko`).
        case language

        var shimKind: Int32 { self == .country ? Int32(CICU_CODES_COUNTRIES) : Int32(CICU_CODES_LANGUAGES) }
    }

    /// Every code ICU knows of `kind`, in ICU's order.
    public static func codes(_ kind: Kind) -> [String] {
        guard let list = cicu_iso_codes(kind.shimKind) else { return [] }
        var codes: [String] = []
        var index = 0
        while let code = list[index] {
            codes.append(String(cString: code))
            index += 1
        }
        return codes
    }

    /// The name of `code` in `displayLanguage`, or nil when ICU has no name for it there (and
    /// would only echo the code back).
    /// - Parameters:
    ///   - code: a code from ``codes(_:)``.
    ///   - kind: what the code names.
    ///   - displayLanguage: the language to name it in, such as `en` or `hi`.
    public static func name(of code: String, _ kind: Kind, in displayLanguage: String) -> String? {
        var buffer = [UInt16](repeating: 0, count: 128)
        var status: Int32 = 0
        let length = buffer.withUnsafeMutableBufferPointer { units in
            cicu_display_name(kind.shimKind, code, displayLanguage, units.baseAddress, Int32(units.count), &status)
        }
        // A positive status is an error; U_USING_DEFAULT_WARNING (-127) means ICU fell back to
        // the code or to another language's name.
        guard status <= 0, status != -127, length > 0, Int(length) <= buffer.count else { return nil }
        let name = String(decoding: buffer[..<Int(length)], as: UTF16.self)
        return name == code ? nil : name
    }
}
