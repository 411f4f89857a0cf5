import ArgumentParser
import SangamStore

/// `sangam stats`: what the store holds.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show articles and sentences per language and the publication date range.")

    @OptionGroup var store: StoreOptions

    func run() throws {
        try reportingErrors {
            let statistics = try store.openExisting().statistics()
            StandardStreams.writeLine("language  articles  sentences  first published              last published")
            for (language, counts) in statistics.languages.sorted(by: { $0.key < $1.key }) {
                StandardStreams.writeLine(language.padding(10) + "\(counts.articles)".padding(10) + "\(counts.sentences)".padding(11)
                    + (counts.firstPublished ?? "-").padding(29) + (counts.lastPublished ?? "-"))
            }
            if statistics.languages.isEmpty { StandardStreams.writeLine("(no articles yet)") }
        }
    }
}
