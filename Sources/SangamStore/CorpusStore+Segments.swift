import GRDB

/// An aligned segment that links both languages, with what exporters need of its pair.
public struct SegmentRow: Sendable, Equatable {
    public var englishText: String
    public var hindiText: String
    public var englishArticle: String
    public var hindiArticle: String
    /// Sentence positions, `3,4`.
    public var englishPositions: String
    public var hindiPositions: String
    public var score: Double
    public var beadType: String
    /// The English article's publication time (ISO 8601), else the Hindi one's.
    public var published: String?
}

extension CorpusStore {
    /// Calls `body` with every segment that links both languages, ordered by English article
    /// id and position, from one read transaction and a cursor: memory stays flat however
    /// large the store.
    /// - Throws: `StoreError` when the store cannot be read; what `body` throws, unchanged.
    public func forEachLinkedSegment(_ body: (SegmentRow) throws -> Void) throws {
        var bodyError: (any Error)?
        do {
            try writer.read { db in
                let statement = try db.makeStatement(sql: """
                    SELECT s.en_text, s.hi_text, e.external_id, h.external_id, s.en_positions, s.hi_positions,
                           s.score, s.bead_type, COALESCE(e.published_at, h.published_at)
                    FROM aligned_segment s
                    JOIN document_pair p ON p.id = s.pair_id
                    JOIN article e ON e.id = p.en_article_id
                    JOIN article h ON h.id = p.hi_article_id
                    WHERE s.en_positions != '' AND s.hi_positions != ''
                    ORDER BY e.external_id, s.position
                    """)
                // Stepped and read through SQLite directly: a GRDB row per segment cost as much
                // as writing the segment out, and exports run over millions of them.
                let rows = RawRows(statement, in: db)
                while try rows.next() {
                    do {
                        try body(SegmentRow(englishText: rows.text(0), hindiText: rows.text(1), englishArticle: rows.text(2),
                                            hindiArticle: rows.text(3), englishPositions: rows.text(4), hindiPositions: rows.text(5),
                                            score: rows.double(6), beadType: rows.text(7), published: rows.optionalText(8)))
                    } catch {
                        bodyError = error
                        return
                    }
                }
            }
        } catch {
            throw StoreError(.read, message: "cannot read the aligned segments", underlying: error)
        }
        if let bodyError { throw bodyError }
    }
}

extension CorpusStore {
    /// How many segments linking both languages score in each tenth of [0, 1] (a score of 1
    /// counts in the last).
    /// - Throws: `StoreError` when the store cannot be read.
    public func linkedSegmentScoreHistogram() throws(StoreError) -> [Int] {
        do {
            return try writer.read { db in
                var buckets = [Int](repeating: 0, count: 10)
                for row in try Row.fetchAll(db, sql: """
                    SELECT MIN(CAST(score * 10 AS INTEGER), 9), COUNT(*) FROM aligned_segment
                    WHERE en_positions != '' AND hi_positions != '' GROUP BY 1
                    """) {
                    buckets[max(0, min(9, row[0] as Int))] += row[1] as Int
                }
                return buckets
            }
        } catch {
            throw StoreError(.read, message: "cannot read the segment scores", underlying: error)
        }
    }
}
