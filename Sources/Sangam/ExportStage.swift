public import SangamExport
public import SangamStore

/// The export stage: the store's aligned segments (those linking both languages) through the
/// filters into the chosen formats, in one streaming pass.
public struct ExportStage {
    private let store: CorpusStore

    /// Creates the stage over `store`.
    public init(store: CorpusStore) {
        self.store = store
    }

    /// Exports.
    /// - Parameters:
    ///   - targets: each format with its path (for Moses, a prefix).
    ///   - options: the filters.
    ///   - tags: language tags to write.
    ///   - toolVersion: Sangam's version, for TMX's header.
    /// - Returns: what the filters did and the files written.
    /// - Throws: `FileWriteError`, `StoreError` or `ICUError`; then no file is left behind.
    public func run(targets: [(ExportFormat, String)], options: ExportFilter.Options, tags: LanguageTags,
                    toolVersion: String) throws -> Exporter.Result {
        var exporter = try Exporter(targets: targets, options: options, tags: tags, toolVersion: toolVersion)
        // The date is the same for all of a pair's segments: cut from the time once per pair.
        var published: String?
        var date: String?
        return try exporter.run { write in
            try store.forEachLinkedSegment { row in
                if row.published != published {
                    published = row.published
                    date = published.map { String(decoding: $0.utf8.prefix(10), as: UTF8.self) }
                }
                try write(ExportSegment(
                    englishUTF8: row.englishUTF8, hindiUTF8: row.hindiUTF8, englishArticle: row.englishArticle,
                    hindiArticle: row.hindiArticle, englishSentences: row.englishPositions,
                    hindiSentences: row.hindiPositions, score: row.score, beadType: row.beadType, date: date))
            }
        }
    }
}
