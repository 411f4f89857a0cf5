import SangamText

extension Lexicon {
    /// The sources a standard lexicon may draw on.
    public struct Sources: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// `Dictionaries/glossary.tsv`.
        public static let glossary = Sources(rawValue: 1)
        /// ICU's country and language names.
        public static let icu = Sources(rawValue: 2)
        /// FreeDict, when installed.
        public static let freedict = Sources(rawValue: 4)
        /// All of them.
        public static let all: Sources = [.glossary, .icu, .freedict]
    }

    /// The lexicon Sangam uses by default: the glossary found under `Dictionaries/` (see
    /// `DictionaryFile.locate`), ICU's names, and FreeDict where its Debian package is installed.
    /// A missing glossary or FreeDict is not an error: the lexicon is smaller.
    /// - Parameter sources: which sources to read.
    /// - Throws: `DictionaryError` or `TextInputError` for a source that is present but unreadable;
    ///   `ICUError` when ICU's data is missing.
    public static func standard(sources: Sources = .all) throws -> Lexicon {
        var entries: [LexiconEntry] = []
        if sources.contains(.glossary), let path = DictionaryFile.locate(GlossaryFile.fileName) {
            entries += try GlossaryFile.entries(at: path)
        }
        if sources.contains(.icu) { entries += LocaleNameEntries.entries() }
        if sources.contains(.freedict), FreeDictReader.isInstalled { entries += try FreeDictReader.entries() }
        return Lexicon(entries: entries, analyzer: try TermAnalyzer())
    }
}
