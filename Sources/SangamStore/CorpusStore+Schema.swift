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
        // Names across scripts. An entity has forms (one spelling each, in English or Hindi,
        // unique by matching form across the store: duplicates merge), is indexed under the
        // phonetic keys of its forms and searchable by text (FTS5, with the tokenizer that keeps
        // Devanagari words whole; without positions or sizes, which prefix queries do not need
        // and which made a large import twice as slow; filled by `NameWriter` at the end of its
        // transaction, not by a trigger: FTS5 flushes its pending terms at every statement savepoint, and a
        // trigger made each insert ten times slower), and keeps where it came from: name lists and the corpus. A
        // mention ties a form pair to the aligned segment it was mined from (or to the pair, for
        // titles and datelines); mentions go with their segments and pairs, triggers keep each form's mention count, and a pair whose segments
        // change is mined again.
        migrator.registerMigration("v4: entities, name keys and mentions") { db in
            try db.execute(sql: """
                CREATE TABLE entity (
                    id INTEGER PRIMARY KEY,
                    type TEXT CHECK (type IN ('person', 'place', 'organisation')),
                    list TEXT  -- the name list that made it, if one did; later lists in entity_source
                );
                CREATE TABLE entity_form (
                    id INTEGER PRIMARY KEY,
                    entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    language TEXT NOT NULL CHECK (language IN ('en', 'hi')),
                    text TEXT NOT NULL,        -- NFC
                    match_form TEXT NOT NULL,
                    roman TEXT NOT NULL,       -- folded Latin, for similarity
                    listed INTEGER NOT NULL DEFAULT 0,    -- a name list gave it
                    mentions INTEGER NOT NULL DEFAULT 0,  -- mentions mined: segments, titles, datelines
                    UNIQUE (language, match_form)
                );
                CREATE INDEX entity_form_by_entity ON entity_form(entity_id);
                CREATE TABLE entity_key (
                    key INTEGER NOT NULL,  -- a 64-bit hash of the key text (NameKey.hash)
                    form_id INTEGER NOT NULL REFERENCES entity_form(id) ON DELETE CASCADE,
                    PRIMARY KEY (key, form_id)
                ) WITHOUT ROWID;
                CREATE TABLE entity_source (
                    entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    source TEXT NOT NULL,  -- a name list's file name (lists after the one that made it)
                    PRIMARY KEY (entity_id, source)
                ) WITHOUT ROWID;
                CREATE TABLE entity_mention (
                    id INTEGER PRIMARY KEY,
                    pair_id INTEGER NOT NULL REFERENCES document_pair(id) ON DELETE CASCADE,
                    -- NULL for a name of the pair's titles, datelines or agencies
                    segment_id INTEGER REFERENCES aligned_segment(id) ON DELETE CASCADE,
                    en_form_id INTEGER NOT NULL REFERENCES entity_form(id) ON DELETE CASCADE,
                    hi_form_id INTEGER NOT NULL REFERENCES entity_form(id) ON DELETE CASCADE,
                    confidence REAL NOT NULL DEFAULT 1 CHECK (confidence BETWEEN 0 AND 1)
                );
                CREATE UNIQUE INDEX entity_mention_once ON entity_mention(pair_id, IFNULL(segment_id, 0), en_form_id, hi_form_id);
                CREATE INDEX entity_mention_by_segment ON entity_mention(segment_id);
                CREATE INDEX entity_mention_by_en_form ON entity_mention(en_form_id);
                CREATE INDEX entity_mention_by_hi_form ON entity_mention(hi_form_id);
                CREATE TABLE entity_mined_pair (
                    pair_id INTEGER PRIMARY KEY REFERENCES document_pair(id) ON DELETE CASCADE,
                    mined_at TEXT NOT NULL
                );
                CREATE VIRTUAL TABLE entity_form_search USING fts5(
                    match_form, roman, content = 'entity_form', content_rowid = 'id',
                    tokenize = "unicode61 categories 'L* N* Co M*'", detail = none, columnsize = 0
                );
                CREATE TRIGGER entity_form_unindexed AFTER DELETE ON entity_form BEGIN
                    INSERT INTO entity_form_search(entity_form_search, rowid, match_form, roman)
                    VALUES ('delete', OLD.id, OLD.match_form, OLD.roman);
                END;
                CREATE TRIGGER entity_mention_counted AFTER INSERT ON entity_mention BEGIN
                    UPDATE entity_form SET mentions = mentions + 1 WHERE id IN (NEW.en_form_id, NEW.hi_form_id);
                END;
                CREATE TRIGGER entity_mention_uncounted AFTER DELETE ON entity_mention BEGIN
                    UPDATE entity_form SET mentions = mentions - 1 WHERE id IN (OLD.en_form_id, OLD.hi_form_id);
                END;
                CREATE TRIGGER aligned_segment_added_unmines AFTER INSERT ON aligned_segment BEGIN
                    DELETE FROM entity_mined_pair WHERE pair_id = NEW.pair_id;
                END;
                CREATE TRIGGER aligned_segment_removed_unmines AFTER DELETE ON aligned_segment BEGIN
                    DELETE FROM entity_mined_pair WHERE pair_id = OLD.pair_id;
                END;
                """)
        }
        return migrator
    }
}
