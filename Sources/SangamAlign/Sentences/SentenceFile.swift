public import SangamText

/// Reads a file of one sentence per line, as `sangam segment`, hunalign and Vecalign use: blank
/// lines separate paragraphs and are not sentences, so sentence ids count non-blank lines from 0.
public enum SentenceFile {
    /// The sentences of `path`, in NFC, without the blank lines.
    /// - Parameters:
    ///   - path: the file, or `-` for standard input.
    ///   - normalizer: puts each line in NFC.
    /// - Throws: `TextInputError` when the file cannot be read or is not UTF-8.
    public static func sentences(at path: String, normalizer: Normalizer) throws -> [String] {
        var sentences: [String] = []
        try UTF8LineReader(path: path).forEachLine { line in
            if line.contains(where: { !$0.isWhitespace }) { sentences.append(normalizer.nfc(line)) }
        }
        return sentences
    }
}
