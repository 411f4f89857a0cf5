import ArgumentParser
import SangamText

/// `sangam segment`: one sentence per line, a blank line between paragraphs.
struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split text into sentences: one per line, a blank line between paragraphs.",
        discussion: """
            The output is the input shape of hunalign, Vecalign and `sangam align-sentences`. \
            Sentences are written in NFC. Blank lines in the input separate paragraphs and every \
            line break ends a sentence, so a headline on its own line stays a sentence. \
            Abbreviations and initials (Dr., Dec. 6, U.S., R. G. Sharma, डॉ., आर. जी. शर्मा) do \
            not end a sentence; ।, ॥, ?, ! and a full stop after a word do.
            """
    )

    /// The language choices of `--lang`.
    enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
        case en, hi, auto

        var language: Language? {
            switch self {
            case .en: .english
            case .hi: .hindi
            case .auto: nil
            }
        }
    }

    @Option(help: ArgumentHelp(
        "The text's language: en, hi or auto.",
        discussion: "Selects ICU's locale rules. Abbreviations of both languages (Dr., डॉ.) are recognised by their own script whatever you choose, so mixed text splits well."))
    var lang: LanguageChoice = .auto

    @OptionGroup var input: InputOptions

    func run() throws {
        try reportingErrors {
            let normalizer = try Normalizer()
            let splitter = try SentenceSplitter(language: lang.language)
            let reader = try UTF8LineReader(path: input.file)
            var wroteSentence = false
            var paragraphEnded = false
            try reader.forEachLine { line in
                var wroteLine = false
                splitter.forEachSentence(in: normalizer.nfc(line)) { sentence in
                    if paragraphEnded {
                        StandardStreams.writeBlankLine()
                        paragraphEnded = false
                    }
                    StandardStreams.writeLine(sentence)
                    wroteLine = true
                }
                if wroteLine {
                    wroteSentence = true
                } else {
                    paragraphEnded = wroteSentence
                }
            }
        }
    }
}
