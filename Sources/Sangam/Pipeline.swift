import Foundation
public import SangamAlign
public import SangamExport
public import SangamLexicon
public import SangamStore
import SangamNames

/// The whole pipeline, as `sangam run` drives it: ingest, then pairing, alignment, name mining and export over
/// the store, each stage timed. Incremental as its stages are: a rerun adds only what is new.
/// Progress and problems are reported as ``Event`` values; the caller decides how to show them.
public struct Pipeline {
    /// What happened, as it happens.
    public enum Event {
        /// A file went in (or did not); `filesDone` counts files so far.
        case ingested(FileReport, filesDone: Int)
        /// Ingest finished.
        case ingestFinished(IngestSummary)
        /// A step of pairing.
        case pairing(String)
        /// Pairing finished.
        case paired(PairingSummary)
        /// Alignment progress, in pairs.
        case aligning(done: Int, total: Int)
        /// Alignment finished.
        case aligned(AlignmentSummary)
        /// Name mining finished.
        case mined(MiningSummary)
        /// Export finished.
        case exported(Exporter.Result)
    }

    /// What the pipeline is to do after ingest.
    public struct Settings {
        public var pairing: DocumentPairer.Parameters
        /// Each format with its path (for Moses, a prefix).
        public var exportTargets: [(ExportFormat, String)]
        public var exportOptions: ExportFilter.Options
        public var tags: LanguageTags
        public var toolVersion: String

        public init(pairing: DocumentPairer.Parameters, exportTargets: [(ExportFormat, String)],
                    exportOptions: ExportFilter.Options, tags: LanguageTags, toolVersion: String) {
            self.pairing = pairing
            self.exportTargets = exportTargets
            self.exportOptions = exportOptions
            self.tags = tags
            self.toolVersion = toolVersion
        }
    }

    /// The closing figures of a run.
    public struct Summary {
        public var englishArticles: Int
        public var hindiArticles: Int
        public var pairing: PairingSummary
        public var alignment: AlignmentSummary
        public var mining: MiningSummary
        /// Entities in the store, and spellings mined from the corpus.
        public var entities: Int
        public var minedForms: Int
        /// Segments linking both languages, and sentences left unaligned, in the whole store.
        public var linkedSegments: Int
        public var unalignedSentences: Int
        /// Linked segments per tenth of the score range.
        public var scoreHistogram: [Int]
        public var export: Exporter.Result
        /// Seconds per stage, in order: ingest, lexicon, pair, align, names, export.
        public var timings: [(stage: String, seconds: Double)]
    }

    private let store: CorpusStore
    private let loadLexicon: () throws -> Lexicon

    /// Creates the pipeline over `store`; the lexicon is loaded (and timed) when the run needs it.
    public init(store: CorpusStore, lexicon: @escaping () throws -> Lexicon) {
        self.store = store
        self.loadLexicon = lexicon
    }

    /// Runs every stage.
    /// - Parameters:
    ///   - paths: files and directories of news to ingest.
    ///   - settings: pairing, export targets and filters.
    ///   - events: progress and problems, in order.
    /// - Returns: the closing figures.
    /// - Throws: what a stage throws (`StoreError`, `FileWriteError`, `ExportError` …); what the
    ///   stages before it stored stays.
    public func run(paths: [String], settings: Settings, events: (Event) -> Void) throws -> Summary {
        var timings: [(stage: String, seconds: Double)] = []
        func timed<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
            let start = Date()
            defer { timings.append((stage, Date().timeIntervalSince(start))) }
            return try body()
        }
        var files = 0
        let ingest = try timed("ingest") {
            try Ingestor(store: store).ingest(paths) { file in
                files += 1
                events(.ingested(file, filesDone: files))
            }
        }
        events(.ingestFinished(ingest))
        let extractor = AnchorExtractor(lexicon: try timed("lexicon", loadLexicon))
        let pairing = try timed("pair") {
            try PairingStage(store: store, extractor: extractor).run(parameters: settings.pairing) { events(.pairing($0)) }
        }
        events(.paired(pairing))
        let alignment = try timed("align") {
            try AlignmentStage(store: store, extractor: extractor).run { events(.aligning(done: $0, total: $1)) }
        }
        events(.aligned(alignment))
        let mining = try timed("names") {
            try MiningStage(store: store, miner: EntityMiner(analyzer: try NameAnalyzer.standard(), lexicon: extractor.lexicon)).run()
        }
        events(.mined(mining))
        let export = try timed("export") {
            try ExportStage(store: store).run(targets: settings.exportTargets, options: settings.exportOptions,
                                              tags: settings.tags, toolVersion: settings.toolVersion)
        }
        events(.exported(export))
        let statistics = try store.statistics()
        let segments = try store.segmentCounts()
        let names = try store.nameCounts()
        return Summary(englishArticles: statistics.languages["en"]?.articles ?? 0,
                       hindiArticles: statistics.languages["hi"]?.articles ?? 0, pairing: pairing, alignment: alignment,
                       mining: mining, entities: names.entities, minedForms: names.minedForms,
                       linkedSegments: segments.aligned, unalignedSentences: segments.all - segments.aligned,
                       scoreHistogram: try store.linkedSegmentScoreHistogram(), export: export, timings: timings)
    }
}
