/// A name as Sangam indexes and compares it: its stored text, its matching form, a folded Latin
/// rendering for similarity, and the phonetic keys under which its spellings in both scripts meet.
public struct AnalyzedName: Sendable, Equatable {
    /// The script a name is written in.
    public enum Script: String, Sendable {
        case latin
        case devanagari

        /// The language code the store uses for forms in this script.
        public var language: String { self == .latin ? "en" : "hi" }
    }

    /// NFC, with runs of white space as one space.
    public let text: String
    public let script: Script
    /// `Normalizer.matchingForm` of `text`: the form under which duplicates merge.
    public let matchForm: String
    /// `text` in Latin (romanised first when it is Devanagari), folded by ``NameSimilarity/fold(_:)``.
    public let roman: String
    /// Each word's phonetic keys: one for a Devanagari word, one or a few for a Latin word.
    public let wordKeys: [[String]]

    /// Creates an analysed name from its parts.
    public init(text: String, script: Script, matchForm: String, roman: String, wordKeys: [[String]]) {
        self.text = text
        self.script = script
        self.matchForm = matchForm
        self.roman = roman
        self.wordKeys = wordKeys
    }

    /// The most whole-name keys a name expands to, when its words have several keys each.
    public static let maximumWholeKeys = 16

    /// The keys of the whole name: each word's keys joined, in every combination up to
    /// ``maximumWholeKeys``, most likely reading first. `Narendra Modi` → `NRNDRMD`. Joined
    /// without a space, so that a name meets its spelling as one word (Kamal Nath, कमलनाथ;
    /// Tamil Nadu, तमिलनाडु).
    public var wholeKeys: [String] {
        var keys = [""]
        for variants in wordKeys {
            var next: [String] = []
            for prefix in keys {
                for variant in variants where next.count < Self.maximumWholeKeys {
                    next.append(prefix + variant)
                }
            }
            keys = next
        }
        return keys == [""] ? [] : keys
    }

    /// What the store indexes a name under: its whole keys, and each word's keys alone so that a
    /// query of one word (नरेन्द्र, Kejriwal) finds the full name.
    public var indexKeys: [String] {
        var seen = Set<String>()
        return (wholeKeys + wordKeys.joined()).filter { seen.insert($0).inserted }
    }
}
