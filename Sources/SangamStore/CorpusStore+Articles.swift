public import GRDB
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

extension CorpusStore {
    /// Saves the articles of one file in one transaction: all of them go in, or none do.
    /// - Parameters:
    ///   - articles: the file's articles with their sentences.
    ///   - path: the file they came from, kept for `show`.
    ///   - time: the ingest time, ISO 8601.
    /// - Returns: what happened to each article, in order.
    /// - Throws: `StoreError` when the database refuses the write; nothing of the file is kept.
    public func save(_ articles: [SegmentedArticle], from path: String, at time: String) throws(StoreError) -> [SaveOutcome] {
        do {
            return try writer.write { db in
                try articles.map { try Self.save($0, from: path, at: time, in: db) }
            }
        } catch {
            throw StoreError(.write, message: "cannot store the articles of \(path)", underlying: error)
        }
    }

    private static func save(_ segmented: SegmentedArticle, from path: String, at time: String,
                             in db: Database) throws -> SaveOutcome {
        let article = segmented.article
        let hash = article.contentHash
        let existing = try ArticleRecord.filter(Column("external_id") == article.externalID).fetchOne(db)
        if let existing, existing.contentHash == hash { return .unchanged }
        var record = ArticleRecord(
            id: existing?.id, externalId: article.externalID, language: article.language.rawValue,
            title: article.title, publishedAt: article.published?.iso8601, publishedEpoch: article.published?.epochSeconds,
            publishedDateOnly: article.published?.isDateOnly ?? false, datelinePlace: article.datelinePlace,
            agency: article.agency, url: article.url, source: article.source, body: article.body, contentHash: hash,
            revision: (existing?.revision ?? 0) + 1, sourcePath: path, ingestedAt: time)
        if let id = existing?.id {
            try record.update(db)
            try SentenceRecord.filter(Column("article_id") == id).deleteAll(db)
        } else {
            try record.insert(db)
        }
        guard let articleID = record.id else { return existing == nil ? .inserted : .replaced }
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
