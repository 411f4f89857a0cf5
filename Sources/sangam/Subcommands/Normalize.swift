import ArgumentParser
import SangamText

/// `sangam normalize`: line in, line out.
struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Normalise text line by line (NFC, or the matching form used for search).",
        discussion: """
            Writes exactly one output line per input line.

            nfc    Unicode NFC: what Sangam stores. क़ (U+0958) and क + ़ give the same bytes.
            match  The matching form used for keys and search: NFKC case fold, nukta folded \
            (क़→क, but ड़ and ढ़ kept), chandrabindu→anusvara (आँख→आंख), nasal+virama before \
            its class→anusvara (हिन्दी→हिंदी), Devanagari digits→ASCII, quotes and dashes \
            unified, ZWJ/ZWNJ/soft hyphens removed, white space collapsed.
            """
    )

    /// The two forms the command writes.
    enum Form: String, ExpressibleByArgument, CaseIterable {
        case nfc, match
    }

    @Option(help: "The form to write: nfc or match.")
    var form: Form = .nfc

    @OptionGroup var input: InputOptions

    func run() throws {
        try reportingErrors {
            let normalizer = try Normalizer()
            let reader = try UTF8LineReader(path: input.file)
            let form = self.form
            try reader.forEachLine { line in
                switch form {
                case .nfc: StandardStreams.writeLine(normalizer.nfc(line))
                case .match: normalizer.withMatchingForm(of: line) { StandardStreams.writeLine($0) }
                }
            }
        }
    }
}
