import ArgumentParser
import SangamAlign
import SangamLexicon
import SangamText

/// `sangam align-sentences`: align two files of one sentence per line, as hunalign and Vecalign do.
struct AlignSentences: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align-sentences",
        abstract: "Align the sentences of an English file with those of its Hindi counterpart.",
        discussion: """
            Both files hold one sentence per line, as `sangam segment` writes them; blank lines \
            separate paragraphs and are not sentences. Prints one bead per line:

              EN_IDS<TAB>HI_IDS<TAB>SCORE

            ids zero-based over the non-blank lines and comma-separated (`3,4` for a merge), one \
            side empty for a sentence with no counterpart, SCORE in [0, 1]. This is the format \
            hunalign and Vecalign users know.

            Evidence: sentence lengths (the Hindi/English ratio is estimated from the files), \
            glossary and dictionary translations, numbers in either script's digits, and names \
            through their phonetic keys. Lines such as `Also read: …` or `(इनपुट: भाषा)` are \
            left unaligned.

            Examples:
              sangam segment --lang en story.en.txt > story.en
              sangam segment --lang hi story.hi.txt > story.hi
              sangam align-sentences story.en story.hi
              sangam align-sentences --text story.en story.hi | awk -F'\\t' '$3 >= 0.5'
              sangam align-sentences --batch jobs.tsv   # EN<TAB>HI<TAB>OUT per line
            """
    )

    @Argument(help: "The English sentences, one per line.")
    var englishFile: String?

    @Argument(help: "The Hindi sentences, one per line.")
    var hindiFile: String?

    @Option(help: ArgumentHelp(
        "Align many pairs: a file of `EN_FILE<TAB>HI_FILE<TAB>OUT_FILE` lines.",
        discussion: "Each alignment is written to its OUT_FILE atomically, and the files reach the disk together, 256 at a time. The lexicon is loaded once, so this is the fast way to align a collection. An interrupted batch loses the alignments not yet flushed and may leave their OUT_FILE.tmp-* files; a rerun writes them again.",
        valueName: "file"))
    var batch: String?

    @Flag(help: "Add the English and Hindi texts of each bead as two more columns (sentences of a side joined by a space).")
    var text = false

    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
        if batch == nil && (englishFile == nil || hindiFile == nil) {
            throw ValidationError("Give an English and a Hindi file, or --batch FILE.")
        }
        if batch != nil && englishFile != nil {
            throw ValidationError("Give either two files or --batch, not both.")
        }
    }

    func run() throws {
        try reportingErrors {
            let normalizer = try Normalizer()
            let extractor = AnchorExtractor(lexicon: try lexiconOptions.lexicon())
            let aligner = SentenceAligner()
            if let batch {
                var failures = 0
                let jobs = try DictionaryFile.entries(at: batch, minimumFields: 3)
                // Outputs are flushed to disk a batch at a time, not one by one (see AtomicFileBatch).
                let outputs = AtomicFileBatch()
                // The batch line of each output waiting for the commit, in the order written.
                var waitingLines: [Int] = []
                func report(_ line: Int, _ message: String, _ code: String) {
                    failures += 1
                    StandardStreams.writeError("sangam: error: \(batch):\(line): \(message) [\(code)]")
                }
                func commit() {
                    for failure in outputs.commit() { report(waitingLines[failure.position], "\(failure.error)", FileWriteError.code) }
                    waitingLines.removeAll(keepingCapacity: true)
                }
                for (fields, line) in jobs {
                    do {
                        let output = try align(String(fields[0]), String(fields[1]), normalizer, extractor, aligner)
                        try outputs.write(output, to: String(fields[2]))
                        waitingLines.append(line)
                        if outputs.isFull { commit() }
                    } catch let error as TextInputError {
                        report(line, "\(error)", error.code.rawValue)
                    } catch let error as FileWriteError {
                        report(line, "\(error)", FileWriteError.code)
                    }
                }
                commit()
                StandardStreams.writeError("sangam: aligned \(plural(jobs.count - failures, "pair")) of \(jobs.count) from \(batch)")
                if failures > 0 { throw CommandFailure("\(plural(failures, "pair")) could not be aligned (see above)") }
            } else if let englishFile, let hindiFile {
                StandardStreams.write(try align(englishFile, hindiFile, normalizer, extractor, aligner))
            }
        }
    }

    /// The alignment of one pair of files, as text; warnings go to standard error.
    private func align(_ englishPath: String, _ hindiPath: String, _ normalizer: Normalizer,
                       _ extractor: AnchorExtractor, _ aligner: SentenceAligner) throws -> String {
        let english = try SentenceFile.sentences(at: englishPath, normalizer: normalizer)
        let hindi = try SentenceFile.sentences(at: hindiPath, normalizer: normalizer)
        let alignment = aligner.align(english: english.map(extractor.analyze), hindi: hindi.map(extractor.analyze))
        for warning in alignment.warnings {
            StandardStreams.writeError("sangam: warning: \(englishPath), \(hindiPath): \(warning) [\(warning.code.rawValue)]")
        }
        var output = ""
        for bead in alignment.beads {
            output += bead.english.map(String.init).joined(separator: ",") + "\t"
            output += bead.hindi.map(String.init).joined(separator: ",") + "\t" + bead.score.scoreText
            if text {
                output += "\t" + bead.english.map { Self.oneLine(english[$0]) }.joined(separator: " ")
                output += "\t" + bead.hindi.map { Self.oneLine(hindi[$0]) }.joined(separator: " ")
            }
            output += "\n"
        }
        return output
    }

    /// A sentence with tabs made spaces, so that it stays one column.
    private static func oneLine(_ sentence: String) -> String {
        sentence.contains("\t") ? sentence.replacingOccurrences(of: "\t", with: " ") : sentence
    }
}
