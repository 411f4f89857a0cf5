import ArgumentParser
import Foundation
import Sangam
import SangamAlign
import SangamText

/// `sangam pairs`: list the stored document pairs.
struct Pairs: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the document pairs: EN_ID<TAB>HI_ID<TAB>SCORE, best first.",
        discussion: """
            Ids are the articles' external ids, as `sangam ingest` printed them. With --explain, \
            a fourth column says why: what the two articles share (concepts, numbers, names, \
            title anchors), the strongest shared anchors, the length ratio against the usual \
            one, the hours between them and the best rival score.

            Example:
              sangam pairs --db news.db --explain
            """
    )

    @OptionGroup var store: StoreOptions

    @Flag(help: "Add the evidence behind each pair.")
    var explain = false

    func run() throws {
        try reportingErrors {
            let decoder = JSONDecoder()
            for pair in try store.openExisting().pairs() {
                var line = "\(pair.englishExternalID)\t\(pair.hindiExternalID)\t\(pair.score.scoreText)"
                if explain, let stored = try? decoder.decode(StoredEvidence.self, from: Data(pair.evidenceJSON.utf8)) {
                    line += "\t" + Self.explanation(stored)
                }
                StandardStreams.writeLine(line)
            }
        }
    }

    static func explanation(_ stored: StoredEvidence) -> String {
        let evidence = stored.evidence
        var parts = ["similarity \(evidence.similarity.scoreText)",
                     "shared: \(plural(evidence.sharedConcepts, "concept")), \(plural(evidence.sharedNumbers, "number")), "
                         + "\(plural(evidence.sharedNames, "name")), \(evidence.sharedTitleAnchors) in titles"]
        if !stored.labels.isEmpty { parts.append("strongest: " + stored.labels.joined(separator: ", ")) }
        parts.append("length ratio \(String(format: "%.2f", evidence.lengthRatio))")
        if let hours = evidence.hoursApart { parts.append(String(format: "%.1f h apart", hours)) }
        if let rival = evidence.runnerUpScore { parts.append("best rival \(rival.scoreText)") }
        return parts.joined(separator: "; ")
    }
}
