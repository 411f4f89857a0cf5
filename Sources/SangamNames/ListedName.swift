import SangamText

/// One line of a name list: a name in either script, or an English name and its Hindi spelling.
///
/// The lines a list may hold:
/// - `Narendra Modi` or `नरेंद्र मोदी`: one name, in either script;
/// - `Narendra Modi<TAB>नरेंद्र मोदी`: English and Hindi (the columns may come in either order;
///   they are told apart by script), with an optional third column `person`, `place` or
///   `organisation`, and anything after it ignored (a note);
/// - blank lines, `#` comments, and a header line starting `english<TAB>` are skipped.
public struct ListedName: Sendable, Equatable {
    public var english: String?
    public var hindi: String?
    /// `person`, `place` or `organisation`.
    public var type: String?

    /// The types an entity may have.
    public static let types: Set<String> = ["person", "place", "organisation"]

    /// Creates a listed name.
    public init(english: String?, hindi: String?, type: String? = nil) {
        self.english = english
        self.hindi = hindi
        self.type = type
    }

    /// What is wrong with a line that is not a name.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        /// Both columns are in one script (`Delhi<TAB>New Delhi`).
        case sameScript
        /// A column has no letter of Latin or Devanagari.
        case noLetters(column: Int)

        public var description: String {
            switch self {
            case .sameScript: "both columns are in the same script; expected english<TAB>hindi"
            case .noLetters(let column): "column \(column) has no Latin or Devanagari letter (other scripts cannot be keyed)"
            }
        }
    }

    /// Reads one line.
    /// - Parameter line: a line of a name list, without its terminator.
    /// - Returns: the name, or nil for a line to skip (blank, comment, header).
    /// - Throws: ``Problem`` for a line that is not a name.
    public static func parse(_ line: Substring) throws(Problem) -> ListedName? {
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }
        guard let first = columns.first, !(columns.count == 1 && first.isEmpty), !first.hasPrefix("#") else { return nil }
        if first.lowercased() == "english" && columns.count > 1 { return nil }
        let names = columns.prefix(2).enumerated().filter { !$0.element.isEmpty }
        for (index, name) in names where script(of: name) == nil {
            throw .noLetters(column: index + 1)
        }
        var listed = ListedName(english: nil, hindi: nil)
        for (_, name) in names {
            let isHindi = script(of: name) == .devanagari
            if isHindi ? listed.hindi != nil : listed.english != nil { throw .sameScript }
            if isHindi { listed.hindi = name } else { listed.english = name }
        }
        if listed.english == nil && listed.hindi == nil { return nil }
        if columns.count > 2, Self.types.contains(columns[2].lowercased()) { listed.type = columns[2].lowercased() }
        return listed
    }

    /// Devanagari when any letter is, else Latin when any Latin letter is (with accents: José,
    /// Erdoğan), else nil: names in other scripts cannot be keyed, and are reported rather than
    /// dropped.
    static func script(of name: String) -> AnalyzedName.Script? {
        var latin = false
        for scalar in name.unicodeScalars {
            if (0x0900...0x097F).contains(scalar.value) { return .devanagari }
            let value = scalar.value
            if (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                || ((0xC0...0x24F).contains(value) && scalar.properties.isAlphabetic) {
                latin = true
            }
        }
        return latin ? .latin : nil
    }
}
