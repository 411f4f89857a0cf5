import GRDB

extension CorpusStore {
    /// The schema, as named migrations that are only ever appended to: a database made by an
    /// older Sangam is brought forward, never rebuilt.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()

        // Articles and their sentences. When an article's content changes, its row keeps its
        // id, its revision goes up and its sentences are replaced; everything later stages
        // compute from sentences references them with ON DELETE CASCADE, so it goes with them
        // and is recomputed on the next run.
        migrator.registerMigration("v1: articles and sentences") { db in
            try db.create(table: "article") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("external_id", .text).notNull().unique()
                table.column("language", .text).notNull().check(sql: "language IN ('en', 'hi')")
                table.column("title", .text)
                table.column("published_at", .text)  // ISO 8601 in the article's own offset
                table.column("published_epoch", .integer)  // seconds since 1970 UTC, for time windows
                table.column("published_date_only", .boolean).notNull().defaults(to: false)
                table.column("dateline_place", .text)
                table.column("agency", .text)
                table.column("url", .text)
                table.column("source", .text)
                table.column("body", .text).notNull()  // NFC, paragraphs separated by a blank line
                table.column("content_hash", .text).notNull()
                table.column("revision", .integer).notNull().defaults(to: 1)
                table.column("source_path", .text)
                table.column("ingested_at", .text).notNull()
            }
            try db.create(index: "article_by_language_and_time", on: "article", columns: ["language", "published_epoch"])
            try db.create(table: "sentence") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("article_id", .integer).notNull().indexed().references("article", onDelete: .cascade)
                table.column("position", .integer).notNull()  // 0-based within the article
                table.column("paragraph", .integer).notNull()
                table.column("text", .text).notNull()  // NFC
                table.column("match_form", .text).notNull()
                table.column("script", .text).notNull()
                table.uniqueKey(["article_id", "position"])
            }
        }
        // The unique key (article_id, position) already serves every lookup by article; the
        // separate index v1 made only slowed each sentence insert.
        migrator.registerMigration("v2: drop the redundant sentence index") { db in
            try db.execute(sql: "DROP INDEX IF EXISTS sentence_on_article_id")
        }
        // Document pairs and their aligned segments. A pair remembers the revisions it was made
        // from; a trigger drops the pairs (and with them the segments) of an article whose content
        // changes, so the next `sangam pair` and `sangam align` redo exactly that work.
        migrator.registerMigration("v3: document pairs and aligned segments") { db in
            try db.create(table: "document_pair") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("en_article_id", .integer).notNull().unique().references("article", onDelete: .cascade)
                table.column("hi_article_id", .integer).notNull().unique().references("article", onDelete: .cascade)
                table.column("score", .double).notNull().check(sql: "score BETWEEN 0 AND 1")
                table.column("evidence", .text).notNull()  // JSON, PairEvidence
                table.column("paired_at", .text).notNull()
                table.column("aligned_at", .text)  // NULL until `sangam align` has aligned the pair
            }
            try db.create(table: "aligned_segment") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("pair_id", .integer).notNull().references("document_pair", onDelete: .cascade)
                table.column("position", .integer).notNull()  // 0-based bead number within the pair
                table.column("en_positions", .text).notNull()  // sentence positions, "3,4"; "" for none
                table.column("hi_positions", .text).notNull()
                table.column("en_text", .text).notNull()
                table.column("hi_text", .text).notNull()
                table.column("score", .double).notNull().check(sql: "score BETWEEN 0 AND 1")
                table.column("bead_type", .text).notNull()  // "1-1", "2-1", "1-0" …
                table.uniqueKey(["pair_id", "position"])
            }
            try db.execute(sql: """
                CREATE TRIGGER article_revised_drops_pairs AFTER UPDATE OF revision ON article
                WHEN NEW.revision != OLD.revision
                BEGIN
                    DELETE FROM document_pair WHERE en_article_id = NEW.id OR hi_article_id = NEW.id;
                END
                """)
        }
        return migrator
    }
}
