import GRDB

/// An aligned segment that links both languages, with what exporters need of its pair.
public struct SegmentRow: Sendable, Equatable {
    /// The texts' UTF-8, as stored (written from Swift strings, so valid).
    public var englishUTF8: [UInt8]
    public var hindiUTF8: [UInt8]
    public var englishArticle: String
    public var hindiArticle: String
    /// Zero-based sentence positions in each article.
    public var englishPositions: [Int]
    public var hindiPositions: [Int]
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
                // One pass over the segments reads each page once: a small cache keeps memory flat
                // (the connection's 64 MiB filled up over an export and stayed). Restored after.
                let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
                try db.execute(sql: "PRAGMA cache_size = -2048")
                defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
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
                // A pair's segments come together, so its ids, date and the few bead types repeat
                // from row to row: each is the previous row's string when its bytes are the same.
                let rows = RawRows(statement, in: db)
                var previous: SegmentRow?
                while try rows.next() {
                    let row = SegmentRow(
                        englishUTF8: rows.bytes(0), hindiUTF8: rows.bytes(1),
                        englishArticle: rows.text(2, reusing: previous?.englishArticle) ?? "",
                        hindiArticle: rows.text(3, reusing: previous?.hindiArticle) ?? "",
                        englishPositions: rows.integers(4), hindiPositions: rows.integers(5), score: rows.double(6),
                        beadType: rows.text(7, reusing: previous?.beadType) ?? "",
                        published: rows.text(8, reusing: previous?.published))
                    previous = row
                    do {
                        try body(row)
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
