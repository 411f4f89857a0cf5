import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import SangamText

/// The `sangam` command: a thin shell over the Sangam libraries.
@main
struct SangamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sangam",
        abstract: "Turn English and Hindi news into aligned bilingual data.",
        discussion: """
            Sangam reads English and Hindi news, normalises and segments it, and (in later \
            stages) pairs articles, aligns their sentences, learns how names are written in \
            both scripts and exports parallel corpora.

            Every command reads UTF-8 text from FILE, or from standard input when FILE is \
            omitted or `-`, and writes UTF-8 to standard output.

            Examples:
              sangam normalize --form match article.txt
              sangam segment --lang hi hindi-article.txt > hindi.sentences
              echo 'हिन्दी में सम्बन्ध' | sangam normalize --form match
            """,
        version: SangamVersion.description,
        subcommands: [Ingest.self, Stats.self, Show.self, Normalize.self, Segment.self, Translit.self, TrainTranslit.self, Pair.self, Pairs.self, Align.self, AlignSentences.self, Export.self, Run.self, LexiconLookup.self]
    )
}

extension SangamCommand {
    /// Runs the command line, with usage errors exiting 2 (as `grep` and `diff` do) rather than
    /// ArgumentParser's 64, so scripts can tell a wrong command from failed work (1).
    static func main() {
        // A file-size limit (`ulimit -f`) must fail the write with EFBIG, reported and cleaned
        // up, rather than kill the process with SIGXFSZ and leave a temporary file behind.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardStreams.writeError(fullMessage(for: error))
                StandardStreams.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}

/// The version `--version` prints: Sangam's own and the ICU it runs on.
enum SangamVersion {
    static let number = "0.1.0"
    static var description: String { "sangam \(number) (ICU \(icuVersion))" }
}
