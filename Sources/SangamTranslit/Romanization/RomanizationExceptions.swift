import SangamText

/// Words English spells its own way, which no rule should try to produce: दिल्ली → Delhi,
/// लखनऊ → Lucknow, ठाकरे → Thackeray, बनर्जी → Banerjee, सिंह → Singh.
///
/// Read from `Dictionaries/romanisation-exceptions.tsv` (`hindi<TAB>english`, one word per
/// line). The same table answers the other way for Latin → Devanagari (Delhi → दिल्ली).
public struct RomanizationExceptions: Sendable {
    /// The file name under `Dictionaries/`.
    public static let fileName = "romanisation-exceptions.tsv"

    /// By the Hindi word's bytes with nukta decomposed, which is its NFC form: text Sangam
    /// reads is NFC, so a lookup needs no normalising.
    private var latinByHindi: [ByteKey: String] = [:]
    private var hindiByLatin: [String: String] = [:]

    /// No exceptions: the rules alone.
    public init() {}

    /// Exceptions from pairs of (Hindi word, English spelling).
    public init(pairs: [(hindi: String, latin: String)]) {
        for (hindi, latin) in pairs {
            let key = ByteKey(hindi.decomposedNukta)
            if latinByHindi[key] == nil { latinByHindi[key] = latin }
            if hindiByLatin[latin.lowercased()] == nil { hindiByLatin[latin.lowercased()] = hindi }
        }
    }

    /// Reads an exceptions file.
    /// - Parameter path: a TSV file of `hindi<TAB>english` lines.
    /// - Throws: `TextInputError` or `DictionaryError`, naming the file (and line).
    public init(contentsOf path: String) throws {
        let entries = try DictionaryFile.entries(at: path, minimumFields: 2)
        self.init(pairs: entries.map { (String($0.fields[0]), String($0.fields[1])) })
    }

    /// The bundled exceptions when `Dictionaries/` can be found, else none.
    /// - Throws: when the file exists but is malformed.
    public static func standard() throws -> RomanizationExceptions {
        guard let path = DictionaryFile.locate(fileName) else { return RomanizationExceptions() }
        return try RomanizationExceptions(contentsOf: path)
    }

    /// These spellings, then `other`'s for words these do not list.
    public func merged(with other: RomanizationExceptions) -> RomanizationExceptions {
        var merged = self
        for (hindi, latin) in other.latinByHindi where merged.latinByHindi[hindi] == nil { merged.latinByHindi[hindi] = latin }
        for (latin, hindi) in other.hindiByLatin where merged.hindiByLatin[latin] == nil { merged.hindiByLatin[latin] = hindi }
        return merged
    }

    /// How many words have an irregular spelling.
    public var count: Int { latinByHindi.count }

    /// The English spelling of a Hindi word (NFC), if it is irregular.
    public func latin(for hindi: String) -> String? {
        latinByHindi.isEmpty ? nil : latinByHindi[ByteKey(hindi.unicodeScalars.contains { (0x0958...0x095F).contains($0.value) }
                                                          ? hindi.decomposedNukta : hindi)]
    }

    /// The Hindi spelling of an English word (any case), if it is listed.
    public func hindi(for latin: String) -> String? { hindiByLatin[latin.lowercased()] }
}
