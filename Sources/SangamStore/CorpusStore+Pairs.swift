import GRDB

/// An article with its sentences, as pairing and alignment read it.
public struct ArticleForAlignment: Sendable, Equatable {
    public var id: Int64
    public var externalID: String
    public var language: String
    public var title: String?
    public var publishedEpoch: Int64?
    /// Sentence texts in position order.
    public var sentences: [String]
}

/// A document pair to be written: article row ids, score and evidence (JSON).
public struct NewDocumentPair: Sendable, Equatable {
    public var englishArticleID: Int64
    public var hindiArticleID: Int64
    public var score: Double
    public var evidenceJSON: String

    public init(englishArticleID: Int64, hindiArticleID: Int64, score: Double, evidenceJSON: String) {
        self.englishArticleID = englishArticleID
        self.hindiArticleID = hindiArticleID
        self.score = score
        self.evidenceJSON = evidenceJSON
    }
}

/// What replacing the pairs changed.
public struct PairChanges: Sendable, Equatable {
    /// Pairs made that were not there.
    public var added = 0
    /// Pairs that were there and still are (their alignments kept).
    public var kept = 0
    /// Pairs that were there and are not any more (their alignments dropped).
    public var removed = 0

    /// Changes counted.
    public init(added: Int = 0, kept: Int = 0, removed: Int = 0) {
        self.added = added
        self.kept = kept
        self.removed = removed
    }
}

/// A stored pair, for listing.
public struct PairListing: Sendable, Equatable {
    public var id: Int64
    public var englishExternalID: String
    public var hindiExternalID: String
    public var score: Double
    public var evidenceJSON: String
    public var alignedAt: String?
}

/// One aligned segment (a bead) to store.
public struct NewAlignedSegment: Sendable, Equatable {
    public var englishPositions: [Int]
    public var hindiPositions: [Int]
    public var englishText: String
    public var hindiText: String
    public var score: Double
    public var beadType: String

    public init(englishPositions: [Int], hindiPositions: [Int], englishText: String, hindiText: String,
                score: Double, beadType: String) {
        self.englishPositions = englishPositions
        self.hindiPositions = hindiPositions
        self.englishText = englishText
        self.hindiText = hindiText
        self.score = score
        self.beadType = beadType
    }
}

extension CorpusStore {
    /// Every article of `language` with its sentences, ordered by id.
    /// - Throws: `StoreError` when the database cannot be read.
    public func articlesForAlignment(language: String) throws(StoreError) -> [ArticleForAlignment] {
        do {
            return try writer.read { db in
                var articles: [ArticleForAlignment] = []
                var index: [Int64: Int] = [:]
                for row in try Row.fetchAll(db, sql: """
                    SELECT id, external_id, language, title, published_epoch FROM article WHERE language = ? ORDER BY id
                    """, arguments: [language]) {
                    index[row["id"]] = articles.count
                    articles.append(ArticleForAlignment(id: row["id"], externalID: row["external_id"], language: row["language"],
                                                        title: row["title"], publishedEpoch: row["published_epoch"], sentences: []))
                }
                let cursor = try Row.fetchCursor(db, sql: """
                    SELECT s.article_id, s.text FROM sentence s JOIN article a ON a.id = s.article_id
                    WHERE a.language = ? ORDER BY s.article_id, s.position
                    """, arguments: [language])
                while let row = try cursor.next() {
                    if let position = index[row[0]] { articles[position].sentences.append(row[1]) }
                }
                return articles
            }
        } catch {
            throw StoreError(.read, message: "cannot read the \(language) articles", underlying: error)
        }
    }

    /// Makes the stored pairs exactly `pairs`: pairs already there are kept with their alignments
    /// (score and evidence refreshed), others removed with theirs, new ones added, in one transaction.
    /// - Parameters:
    ///   - pairs: the complete new set of pairs.
    ///   - time: the time to record as `paired_at` (ISO 8601).
    /// - Throws: `StoreError` when the database cannot be written; nothing changes then.
    public func replacePairs(with pairs: [NewDocumentPair], at time: String) throws(StoreError) -> PairChanges {
        do {
            return try writer.write { db in
                var changes = PairChanges()
                var existing: [String: Int64] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT id, en_article_id, hi_article_id FROM document_pair") {
                    existing["\(row["en_article_id"] as Int64)-\(row["hi_article_id"] as Int64)"] = row["id"]
                }
                var wanted = Set<String>()
                for pair in pairs { wanted.insert("\(pair.englishArticleID)-\(pair.hindiArticleID)") }
                for (key, id) in existing where !wanted.contains(key) {
                    try db.execute(sql: "DELETE FROM document_pair WHERE id = ?", arguments: [id])
                    changes.removed += 1
                }
                for pair in pairs {
                    if let id = existing["\(pair.englishArticleID)-\(pair.hindiArticleID)"] {
                        try db.execute(sql: "UPDATE document_pair SET score = ?, evidence = ? WHERE id = ?",
                                       arguments: [pair.score, pair.evidenceJSON, id])
                        changes.kept += 1
                    } else {
                        try db.execute(sql: """
                            INSERT INTO document_pair (en_article_id, hi_article_id, score, evidence, paired_at)
                            VALUES (?, ?, ?, ?, ?)
                            """, arguments: [pair.englishArticleID, pair.hindiArticleID, pair.score, pair.evidenceJSON, time])
                        changes.added += 1
                    }
                }
                return changes
            }
        } catch {
            throw StoreError(.write, message: "cannot store the document pairs", underlying: error)
        }
    }

    /// The stored pairs, best score first.
    /// - Throws: `StoreError` when the database cannot be read.
    public func pairs() throws(StoreError) -> [PairListing] {
        do {
            return try writer.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT p.id, e.external_id AS en, h.external_id AS hi, p.score, p.evidence, p.aligned_at
                    FROM document_pair p JOIN article e ON e.id = p.en_article_id JOIN article h ON h.id = p.hi_article_id
                    ORDER BY p.score DESC, e.external_id
                    """).map {
                    PairListing(id: $0["id"], englishExternalID: $0["en"], hindiExternalID: $0["hi"], score: $0["score"],
                                evidenceJSON: $0["evidence"], alignedAt: $0["aligned_at"])
                }
            }
        } catch {
            throw StoreError(.read, message: "cannot read the document pairs", underlying: error)
        }
    }

    /// Pairs not aligned yet, with both articles' sentences.
    /// - Parameter all: return every pair, aligned or not (to realign with new settings).
    /// - Throws: `StoreError` when the database cannot be read.
    public func pairsToAlign(all: Bool = false) throws(StoreError) -> [(pairID: Int64, english: [String], hindi: [String])] {
        do {
            return try writer.read { db in
                let ids = try Row.fetchAll(db, sql: """
                    SELECT id, en_article_id, hi_article_id FROM document_pair \(all ? "" : "WHERE aligned_at IS NULL") ORDER BY id
                    """)
                let sentences = try db.cachedStatement(sql: "SELECT text FROM sentence WHERE article_id = ? ORDER BY position")
                return try ids.map { row in
                    (row["id"], try String.fetchAll(sentences, arguments: [row["en_article_id"]]),
                     try String.fetchAll(sentences, arguments: [row["hi_article_id"]]))
                }
            }
        } catch {
            throw StoreError(.read, message: "cannot read the pairs to align", underlying: error)
        }
    }

    /// Replaces the segments of one pair and marks it aligned, in one transaction.
    /// - Throws: `StoreError` when the database cannot be written; the pair keeps its old segments then.
    public func saveAlignment(pairID: Int64, segments: [NewAlignedSegment], at time: String) throws(StoreError) {
        do {
            try writer.write { db in
                try db.execute(sql: "DELETE FROM aligned_segment WHERE pair_id = ?", arguments: [pairID])
                let insert = try db.cachedStatement(sql: """
                    INSERT INTO aligned_segment (pair_id, position, en_positions, hi_positions, en_text, hi_text, score, bead_type)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for (position, segment) in segments.enumerated() {
                    try insert.execute(arguments: [
                        pairID, position, segment.englishPositions.map(String.init).joined(separator: ","),
                        segment.hindiPositions.map(String.init).joined(separator: ","), segment.englishText,
                        segment.hindiText, segment.score, segment.beadType,
                    ])
                }
                try db.execute(sql: "UPDATE document_pair SET aligned_at = ? WHERE id = ?", arguments: [time, pairID])
            }
        } catch {
            throw StoreError(.write, message: "cannot store the alignment of pair \(pairID)", underlying: error)
        }
    }

    /// How many segments are stored, and how many of them are not null beads.
    /// - Throws: `StoreError` when the database cannot be read.
    public func segmentCounts() throws(StoreError) -> (all: Int, aligned: Int) {
        do {
            return try writer.read { db in
                let all = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM aligned_segment") ?? 0
                let aligned = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM aligned_segment WHERE en_positions != '' AND hi_positions != ''") ?? 0
                return (all, aligned)
            }
        } catch {
            throw StoreError(.read, message: "cannot count the aligned segments", underlying: error)
        }
    }
}
