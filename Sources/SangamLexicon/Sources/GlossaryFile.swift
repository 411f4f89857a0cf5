import SangamText

/// Reads the project's glossary, `Dictionaries/glossary.tsv`: one entry per line,
/// `english<TAB>hindi forms separated by |<TAB>kind`, the kind optional.
public enum GlossaryFile {
    /// The glossary's file name under `Dictionaries/`.
    public static let fileName = "glossary.tsv"

    /// The entries of a glossary file.
    /// - Parameter path: the file.
    /// - Throws: `DictionaryError` naming the line for a malformed entry; `TextInputError` when
    ///   the file cannot be read.
    public static func entries(at path: String) throws -> [LexiconEntry] {
        try DictionaryFile.entries(at: path, minimumFields: 2).map { fields, line in
            let forms = fields[1].split(separator: "|").map { String($0.trimmingSpaces) }.filter { !$0.isEmpty }
            guard !forms.isEmpty else {
                throw DictionaryError(path: path, line: line, reason: "no Hindi form in the second field")
            }
            let kind = fields.count > 2 && !fields[2].isEmpty ? String(fields[2]) : nil
            return LexiconEntry(english: String(fields[0].trimmingSpaces), hindi: forms, kind: kind, source: .glossary)
        }
    }
}

