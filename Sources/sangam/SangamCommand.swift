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
            Sangam reads English and Hindi news, normalises and segments it, pairs each \
            English article with its Hindi counterpart, aligns their sentences, and exports \
            parallel corpora (TMX, Moses, TSV, JSONL); it also transliterates names between \
            the scripts. `sangam run` does the whole pipeline; the other commands are its \
            stages and tools.

            Text commands read UTF-8 from FILE, or from standard input when FILE is omitted \
            or `-`, and write UTF-8 to standard output. Store commands take --db (default \
            $SANGAM_DB, else sangam.db).

            Examples:
              sangam run Corpus/ --db news.db --out corpus/
              sangam align-sentences story.en story.hi
              sangam segment --lang hi hindi-article.txt > hindi.sentences
              echo 'हिन्दी में सम्बन्ध' | sangam normalize --form match
            """,
        version: SangamVersion.description,
        subcommands: [Ingest.self, Stats.self, Show.self, Normalize.self, Segment.self, Translit.self, TrainTranslit.self, Pair.self, Pairs.self, Align.self, AlignSentences.self, Export.self, Run.self, LexiconLookup.self, Names.self, Lookup.self]
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
