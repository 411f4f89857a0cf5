import Foundation
import SangamAlign
import SangamLexicon

/// The real lexicon and the hand-aligned development pairs of `Benchmarks/align-dev/`, shared by
/// the alignment tests (loaded once: FreeDict takes a moment).
enum AlignmentFixtures {
    static let extractor: AnchorExtractor = {
        AnchorExtractor(lexicon: try! Lexicon.standard())
    }()

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The non-blank lines of a development document.
    static func sentences(_ slug: String, _ language: String) throws -> [String] {
        let url = packageRoot.appendingPathComponent("Benchmarks/align-dev/docs/\(slug).\(language)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    /// The gold beads of a development pair, non-null ones only, as "EN_IDS\tHI_IDS".
    static func gold(_ slug: String) throws -> Set<String> {
        let url = packageRoot.appendingPathComponent("Benchmarks/align-dev/gold/\(slug).tsv")
        return Set(try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
            .filter { !$0.hasPrefix("\t") && !$0.hasSuffix("\t") })
    }

    static func text(_ bead: Bead) -> String {
        bead.english.map(String.init).joined(separator: ",") + "\t" + bead.hindi.map(String.init).joined(separator: ",")
    }
}
