import ArgumentParser
import Foundation
import Sangam
import SangamNames
import SangamText
import SangamTranslit

/// `sangam lookup`: how a name is written in the other script.
struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Look names up in either script: how Hindi news writes an English name, and the reverse.",
        discussion: """
            Each QUERY (or each line of --batch FILE) is a name in Latin or Devanagari, with \
            variant spellings and small typos allowed (Narender Modi, नरेन्द्र, Kejriwaal). \
            Answers are the store's entities (mined by `sangam names mine` or `sangam run`, \
            imported by `sangam names import`), ranked by evidence: phonetic key match, \
            similarity of the romanisations, how often the corpus has seen the name, and \
            whether it is known in both scripts. A query nothing answers well also gets a \
            transliteration, marked as a guess (source: transliteration).

            Without --json: a table per query (score, English, Hindi, count, type, source). With \
            --json: one line per query, in input order:
              {"query": "…", "results": [{"en": "Narendra Modi", "hi": "नरेंद्र मोदी", "score": 0.97, \
            "count": 12, "type": "person", "source": "corpus", "lists": [], "confidence": 0.93, \
            "examples": [{"en": "…", "hi": "…"}]}]}
            where en or hi is null when only one script is known, source is corpus (mined \
            from aligned segments), list (only from imported lists) or transliteration, lists \
            names the lists that gave it, and confidence is how sure mining was of the two \
            spellings (null when never mined).

            Examples:
              sangam lookup --db news.db 'Yoon Youngbin' गौरांगलाल
              sangam lookup --db news.db --json --batch queries.txt --limit 3
            """
    )

    @Argument(help: ArgumentHelp("Names to look up, in either script.", valueName: "query"))
    var queries: [String] = []

    @Option(help: ArgumentHelp("Read queries from FILE, one per line (- for standard input).", valueName: "file"))
    var batch: String?

    @OptionGroup var store: StoreOptions

    @Flag(help: "One JSON line per query.")
    var json = false

    @Option(help: ArgumentHelp("Answers per query at most.", valueName: "n"))
    var limit: Int = 5

    @Option(help: ArgumentHelp("Write each query's lookup time in microseconds to FILE, one per line (for benchmarks).",
                               valueName: "file"))
    var timings: String?

    func validate() throws {
        if queries.isEmpty && batch == nil { throw ValidationError("Give a name to look up, or --batch FILE.") }
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        try reportingErrors {
            let directory = NameDirectory(store: try store.openExisting(), analyzer: try NameAnalyzer.standard(),
                                          transliteration: try Transliteration.standard())
            // Queries go in chunks as they are read, so that output flows and memory stays flat
            // on a long file; each chunk is one read transaction.
            var times: [Double] = []
            let record: ((Int, Double) -> Void)? = timings == nil ? nil : { times.append($1) }
            var chunk: [String] = []
            func answer() throws {
                for result in try directory.lookup(chunk, limit: limit, timing: record) {
                    if json {
                        StandardStreams.writeLine(result.jsonLine)
                    } else {
                        Self.writeTable(result)
                    }
                }
                chunk.removeAll(keepingCapacity: true)
            }
            for query in queries {
                chunk.append(query)
                if chunk.count == 1024 { try answer() }
            }
            if let batch {
                try UTF8LineReader(path: batch).forEachLine { line in
                    chunk.append(line)
                    if chunk.count == 1024 { try answer() }
                }
            }
            try answer()
            if let timings {
                let text = times.map { String(format: "%.1f", $0 * 1e6) }.joined(separator: "\n") + "\n"
                try AtomicFile.write(text, to: timings)
            }
        }
    }

    /// A readable table: the query, then one row per answer and its first example.
    static func writeTable(_ result: NameLookupResult) {
        StandardStreams.writeLine("== \(result.query) ==")
        if result.answers.isEmpty { StandardStreams.writeLine("   (nothing found)") }
        for answer in result.answers {
            let english = answer.english ?? "—", hindi = answer.hindi ?? "—"
            var row = "\(answer.score.scoreText)  \(english.padding(28)) \(hindi.padding(24)) "
            row += "\(plural(answer.count, "mention"))  \(answer.type ?? "")  \(answer.source)"
            if !answer.lists.isEmpty { row += " (" + answer.lists.joined(separator: ", ") + ")" }
            StandardStreams.writeLine(row)
            if let example = answer.examples.first {
                StandardStreams.writeLine("       e.g. \(example.english)")
                StandardStreams.writeLine("            \(example.hindi)")
            }
        }
    }
}
