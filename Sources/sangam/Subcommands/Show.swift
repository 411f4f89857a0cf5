import ArgumentParser
import SangamStore

/// `sangam show`: one article as Sangam understood it.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show an article as stored: metadata, then its sentences, numbered.",
        discussion: "ID is the article's external id, as `sangam ingest` printed it (for a scraped page, LANG/FILE-NAME).")

    @OptionGroup var store: StoreOptions

    @Argument(help: ArgumentHelp("The article's external id.", valueName: "id"))
    var id: String

    func run() throws {
        try reportingErrors {
            guard let article = try store.openExisting().article(externalID: id) else {
                throw CommandFailure("no article with id \"\(id)\" in \(store.path)")
            }
            let record = article.record
            let fields: [(String, String?)] = [
                ("id", record.externalId), ("language", record.language), ("title", record.title),
                ("published", record.publishedAt), ("dateline", record.datelinePlace), ("agency", record.agency),
                ("url", record.url), ("source", record.source), ("file", record.sourcePath),
                ("revision", "\(record.revision)"), ("sentences", "\(article.sentences.count)"),
            ]
            for case let (name, value?) in fields { StandardStreams.writeLine("\(name.padding(10)) \(value)") }
            var paragraph = -1
            for sentence in article.sentences {
                if sentence.paragraph != paragraph {
                    StandardStreams.writeBlankLine()
                    paragraph = sentence.paragraph
                }
                StandardStreams.writeLine("\(sentence.position + 1)".padding(4) + " " + sentence.text)
            }
        }
    }
}
