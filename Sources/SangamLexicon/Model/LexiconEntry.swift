/// Where a lexicon entry comes from. Kept on every entry, so that a user can see why Sangam
/// linked two words and an evaluation can weigh each source.
public enum LexiconSource: String, Sendable, Codable, CaseIterable, Comparable {
    /// `Dictionaries/glossary.tsv`, written for the project and checked by hand.
    case glossary
    /// Country and language names from ICU's locale data (CLDR).
    case icu
    /// The FreeDict English–Hindi dictionary (Debian `dict-freedict-eng-hin`), read where it is installed.
    case freedict

    /// Sources in order of trust: the glossary before ICU before FreeDict.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One English headword or phrase and its Hindi forms, from one source.
public struct LexiconEntry: Sendable, Hashable, Codable {
    /// The English headword or phrase as the source writes it (`prime minister`, `RBI`).
    public var english: String
    /// The Hindi forms, most common first (`प्रधानमंत्री`, `प्रधान मंत्री`).
    public var hindi: [String]
    /// What the entry names, when the source says: `title`, `country`, `verb`, `noun` …
    public var kind: String?
    /// Where the entry comes from.
    public var source: LexiconSource

    /// Creates an entry.
    /// - Parameters:
    ///   - english: the English headword or phrase.
    ///   - hindi: its Hindi forms, most common first.
    ///   - kind: what it names, if known.
    ///   - source: where it comes from.
    public init(english: String, hindi: [String], kind: String? = nil, source: LexiconSource) {
        self.english = english
        self.hindi = hindi
        self.kind = kind
        self.source = source
    }
}
