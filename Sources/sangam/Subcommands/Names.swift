import ArgumentParser
import Foundation
import Sangam
import SangamAlign
import SangamNames

/// `sangam names`: the store's names: import lists, mine the aligned corpus.
struct Names: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the store's names: import name lists, mine names from aligned segments.",
        discussion: """
            Lookups (`sangam lookup`) answer from the entities these build: names mined from the \
            aligned corpus (with counts and example segments), and names from lists you import.

            Examples:
              sangam names import --db news.db officials.tsv places.txt
              sangam names mine --db news.db
            """,
        subcommands: [NamesImport.self, NamesMine.self]
    )
}

/// `sangam names import`.
struct NamesImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import name lists into the store.",
        discussion: """
            Each line of a list is a name in either script (`Narendra Modi`, `नरेंद्र मोदी`), or \
            english<TAB>hindi, optionally followed by a type (person, place or organisation) and \
            anything else (ignored). Blank lines, lines starting with #, and a header line \
            starting english<TAB> are skipped. A name whose matching form is already stored \
            (from a list or the corpus) joins that entity; a pair joins the entity of either \
            form. Each list is kept as a source of its entities, by file name.

            A list goes in whole or not at all: a file that is not UTF-8 stops with an error and \
            leaves nothing of itself behind. Lines that are not names (two columns in one \
            script, no letters) are skipped and reported with their line numbers. Importing a \
            list again adds nothing.

            Example:
              printf 'Narendra Modi\\tनरेंद्र मोदी\\tperson\\nकेजरीवाल\\n' | sangam names import --db news.db -
            """
    )

    @Argument(help: ArgumentHelp("Name lists (- for standard input).", valueName: "file"))
    var files: [String]

    @OptionGroup var store: StoreOptions

    @Flag(name: .shortAndLong, help: "No progress, only the summary.")
    var quiet = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one name list (- for standard input).") }
    }

    func run() throws {
        try reportingErrors {
            let importer = NameImporter(store: try store.open(), analyzer: try NameAnalyzer.standard())
            for file in files {
                let progress = Progress(stage: "names", quiet: quiet)
                let report = try importer.importList(file) { progress.update($0, of: nil, unit: "lines") }
                progress.finish("\(file): \(plural(report.lines, "line")) read")
                for problem in report.problems { StandardStreams.writeError("sangam: warning: \(problem)") }
                if report.problemCount > report.problems.count {
                    StandardStreams.writeError("sangam: warning: \(file): \(report.problemCount - report.problems.count) more lines skipped")
                }
                let counts = report.counts
                let entities = "\(counts.newEntities) new \(counts.newEntities == 1 ? "entity" : "entities")"
                StandardStreams.writeLine("\(file): \(plural(counts.names, "name")) (\(entities), "
                    + "\(plural(counts.newForms, "new spelling")), \(counts.mergedEntities) merged), \(plural(report.problemCount, "line")) skipped")
            }
        }
    }
}

/// `sangam names mine`.
struct NamesMine: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mine",
        abstract: "Find the names aligned segments write in both scripts.",
        discussion: """
            For every aligned pair not mined since it was aligned: each capitalised name or \
            acronym of an English segment (titles such as Prime Minister taken off) is matched \
            with the Hindi words of the same segment whose phonetic keys agree and whose \
            romanisation is closest, or that the glossary gives as its translation (South \
            Korea, दक्षिण कोरिया). `sangam run` does this after `align`.

            Example:
              sangam names mine --db news.db
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @Flag(name: .shortAndLong, help: "No progress, only the summary.")
    var quiet = false

    func run() throws {
        try reportingErrors {
            let miner = EntityMiner(analyzer: try NameAnalyzer.standard(), lexicon: try lexiconOptions.lexicon())
            let progress = Progress(stage: "names", quiet: quiet)
            let summary = try MiningStage(store: try store.openExisting(), miner: miner)
                .run { progress.update($0, of: $1, unit: "pairs") }
            progress.finish("\(plural(summary.pairs, "pair")) mined")
            StandardStreams.writeLine("\(plural(summary.pairs, "pair")) mined: \(plural(summary.mentions, "name")) in aligned segments")
        }
    }
}
