import GRDB
public import SangamIngest

/// What saving an article did.
public enum SaveOutcome: String, Sendable, Equatable {
    /// A new external id: stored.
    case inserted
    /// A known external id with new content: the old version replaced, its revision raised,
    /// what was computed from it dropped for recomputation.
    case replaced
    /// A known external id with the same content: nothing written.
    case unchanged
}

/// An article as stored, with its sentences.
public struct StoredArticle: Sendable, Equatable {
    public var record: ArticleRecord
    public var sentences: [SentenceRecord]
}

/// Counts over the whole store.
public struct CorpusStatistics: Sendable, Equatable, Codable {
    /// Per language.
    public struct LanguageCounts: Sendable, Equatable, Codable {
        public var articles: Int
        public var sentences: Int
        /// The earliest and latest publication time (ISO 8601), when any article has one.
        public var firstPublished: String?
        public var lastPublished: String?
    }

    /// Counts keyed by language code (`en`, `hi`).
    public var languages: [String: LanguageCounts]
}

/// Writes ingested articles inside one store transaction, a file at a time; given to the
/// closure of ``CorpusStore/ingestTransaction(_:)``.
public struct IngestWriter {
    fileprivate let db: Database

    /// Runs `body` as one file: if it throws, everything it stored is rolled back and the error
    /// rethrown; the transaction and the other files are unaffected.
    public func file<Result>(_ body: () throws -> Result) throws -> Result {
        var result: Result?
        try db.inSavepoint {
            result = try body()
            return .commit
        }
        return result!
    }

    /// The content hash stored for `externalID`, or nil when the store does not hold it: lets
    /// ingest skip segmenting articles that have not changed.
    public func storedContentHash(of externalID: String) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT content_hash FROM article WHERE external_id = ?"),
                            arguments: [externalID])
    }

    /// Stores one article (see ``SaveOutcome``).
    public func save(_ article: SegmentedArticle, from path: String, at time: String) throws -> SaveOutcome {
        try CorpusStore.save(article, from: path, at: time, in: db)
    }
}

extension CorpusStore {
    /// Runs `body` in one write transaction, for ingesting a batch of files; each file goes in
    /// through ``IngestWriter/file(_:)`` as a savepoint, so a failed file leaves nothing behind.
    /// - Throws: `StoreError` when the transaction cannot begin or commit (then nothing of the
    ///   batch is stored), or when `body` throws (then nothing of the batch is stored either).
    public func ingestTransaction<Result>(_ body: (IngestWriter) throws -> Result) throws(StoreError) -> Result {
        do {
            return try writer.write { db in try body(IngestWriter(db: db)) }
        } catch {
            throw StoreError(.write, message: "cannot commit the ingested articles", underlying: error)
        }
    }

    /// Saves the articles of one file in one transaction: all of them go in, or none do.
    /// - Parameters:
    ///   - articles: the file's articles with their sentences.
    ///   - path: the file they came from, kept for `show`.
    ///   - time: the ingest time, ISO 8601.
    /// - Returns: what happened to each article, in order.
    /// - Throws: `StoreError` when the database refuses the write; nothing of the file is kept.
    public func save(_ articles: [SegmentedArticle], from path: String, at time: String) throws(StoreError) -> [SaveOutcome] {
        try ingestTransaction { writer in
            try writer.file { try articles.map { try writer.save($0, from: path, at: time) } }
        }
    }

    fileprivate static func save(_ segmented: SegmentedArticle, from path: String, at time: String,
                             in db: Database) throws -> SaveOutcome {
        let article = segmented.article
        let hash = segmented.contentHash
        // Plain cached statements on this path: GRDB's Codable records cost more per article
        // than SQLite's own work, and ingest runs this for every article of a corpus.
        let existing = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT id, content_hash, revision FROM article WHERE external_id = ?"),
            arguments: [article.externalID])
        if let existing, existing["content_hash"] == hash { return .unchanged }
        let published = article.published
        let values: [(any DatabaseValueConvertible)?] = [
            article.externalID, article.language.rawValue, article.title, published?.iso8601, published?.epochSeconds,
            published?.isDateOnly ?? false, article.datelinePlace, article.agency, article.url, article.source,
            article.body, hash, path, time,
        ]
        let articleID: Int64
        if let existing {
            articleID = existing["id"]
            try db.cachedStatement(sql: """
                UPDATE article SET external_id = ?, language = ?, title = ?, published_at = ?, published_epoch = ?,
                    published_date_only = ?, dateline_place = ?, agency = ?, url = ?, source = ?, body = ?,
                    content_hash = ?, source_path = ?, ingested_at = ?, revision = revision + 1
                WHERE id = ?
                """).execute(arguments: StatementArguments(values + [articleID]))
            try db.cachedStatement(sql: "DELETE FROM sentence WHERE article_id = ?").execute(arguments: [articleID])
        } else {
            try db.cachedStatement(sql: """
                INSERT INTO article (external_id, language, title, published_at, published_epoch, published_date_only,
                    dateline_place, agency, url, source, body, content_hash, source_path, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: StatementArguments(values))
            articleID = db.lastInsertedRowID
        }
        // One cached statement for every sentence: encoding a Codable record per row cost more
        // than SQLite's own work (measured on a 20 MB article: a third of the ingest time).
        let insert = try db.cachedStatement(sql: """
            INSERT INTO sentence (article_id, position, paragraph, text, match_form, script)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (position, sentence) in segmented.sentences.enumerated() {
            try insert.execute(arguments: [articleID, position, sentence.paragraph, sentence.text,
                                           sentence.matchingForm, sentence.script.rawValue])
        }
        return existing == nil ? .inserted : .replaced
    }

    /// The article with external id `externalID` and its sentences, or nil.
    /// - Throws: `StoreError` when the database cannot be read.
    public func article(externalID: String) throws(StoreError) -> StoredArticle? {
        do {
            return try writer.read { db in
                guard let record = try ArticleRecord.filter(Column("external_id") == externalID).fetchOne(db),
                      let id = record.id else { return nil }
                let sentences = try SentenceRecord.filter(Column("article_id") == id).order(Column("position")).fetchAll(db)
                return StoredArticle(record: record, sentences: sentences)
            }
        } catch {
            throw StoreError(.read, message: "cannot read article \(externalID)", underlying: error)
        }
    }

    /// Article and sentence counts and the publication date range, per language.
    /// - Throws: `StoreError` when the database cannot be read.
    public func statistics() throws(StoreError) -> CorpusStatistics {
        do {
            return try writer.read { db in
                var languages: [String: CorpusStatistics.LanguageCounts] = [:]
                let rows = try Row.fetchAll(db, sql: """
                    SELECT language, COUNT(*) AS articles,
                           (SELECT COUNT(*) FROM sentence JOIN article a2 ON a2.id = sentence.article_id
                             WHERE a2.language = article.language) AS sentences,
                           MIN(published_epoch) AS first, MAX(published_epoch) AS last
                    FROM article GROUP BY language ORDER BY language
                    """)
                for row in rows {
                    let language: String = row["language"]
                    let first = try Self.publishedAt(epoch: row["first"], language: language, in: db)
                    let last = try Self.publishedAt(epoch: row["last"], language: language, in: db)
                    languages[language] = .init(articles: row["articles"], sentences: row["sentences"],
                                                firstPublished: first, lastPublished: last)
                }
                return CorpusStatistics(languages: languages)
            }
        } catch {
            throw StoreError(.read, message: "cannot read the store's statistics", underlying: error)
        }
    }

    private static func publishedAt(epoch: Int64?, language: String, in db: Database) throws -> String? {
        guard let epoch else { return nil }
        return try String.fetchOne(db, sql: "SELECT published_at FROM article WHERE language = ? AND published_epoch = ? LIMIT 1",
                                   arguments: [language, epoch])
    }
}
