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
        return try exporter.run { write in
            try store.forEachLinkedSegment { row in
                try write(ExportSegment(
                    english: row.englishText, hindi: row.hindiText, englishArticle: row.englishArticle,
                    hindiArticle: row.hindiArticle, englishSentences: Self.positions(row.englishPositions),
                    hindiSentences: Self.positions(row.hindiPositions), score: row.score, beadType: row.beadType,
                    date: row.published.map { String(decoding: $0.utf8.prefix(10), as: UTF8.self) }))
            }
        }
    }

    /// `3,4` → [3, 4], on bytes (this runs for every exported segment).
    private static func positions(_ text: String) -> [Int] {
        var positions: [Int] = []
        var value = 0
        var digits = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                value = value * 10 + Int(byte - 0x30)
                digits += 1
            } else if digits > 0 {
                positions.append(value)
                (value, digits) = (0, 0)
            }
        }
        if digits > 0 { positions.append(value) }
        return positions
    }
}
