import GRDB
public import SangamNames
import SangamText

/// One spelling of a name to store, analysed by the caller (the store knows nothing of keys or
/// romanisation; it only keeps and indexes what it is given).
public struct NameFormInput: Sendable, Equatable {
    /// `en` or `hi`.
    public var language: String
    /// NFC.
    public var text: String
    /// The form under which duplicates merge.
    public var matchForm: String
    /// Folded Latin, for similarity.
    public var roman: String
    /// The phonetic keys to index the form under.
    public var keys: [String] { didSet { keyHashes = Self.hashes(keys) } }
    /// The keys as the store indexes them, distinct: hashed where the form is made (on the cores
    /// that analyse a name list), not by the one writer.
    private(set) var keyHashes: [Int64]

    /// Creates a form.
    public init(language: String, text: String, matchForm: String, roman: String, keys: [String]) {
        self.language = language
        self.text = text
        self.matchForm = matchForm
        self.roman = roman
        self.keys = keys
        self.keyHashes = Self.hashes(keys)
    }

    private static func hashes(_ keys: [String]) -> [Int64] {
        var hashes: [Int64] = []
        for key in keys {
            let hash = NameKey.hash(key)
            if !hashes.contains(hash) { hashes.append(hash) }
        }
        return hashes
    }
}

/// A name to store: its English and Hindi forms (at least one), and its type when known.
public struct NameInput: Sendable, Equatable {
    public var english: NameFormInput?
    public var hindi: NameFormInput?
    /// `person`, `place` or `organisation`.
    public var type: String?

    /// Creates a name.
    public init(english: NameFormInput?, hindi: NameFormInput?, type: String? = nil) {
        self.english = english
        self.hindi = hindi
        self.type = type
    }
}

/// What storing names did.
public struct NameWriteCounts: Sendable, Equatable {
    /// Names given.
    public var names = 0
    /// Entities and forms created.
    public var newEntities = 0
    public var newForms = 0
    /// Entities folded into another because a name joined their forms.
    public var mergedEntities = 0

    /// Nothing stored yet.
    public init() {}
}

/// Writes names inside one transaction (``CorpusStore/writeNames(_:)``), merging each with
/// the entity that already has one of its forms.
public final class NameWriter {
    private let db: Database
    /// Totals so far.
    public private(set) var counts = NameWriteCounts()

    private let setType: FastStatement
    private let insertEntity: FastStatement
    private let markListed: FastStatement
    private let addSource: FastStatement
    private let insertKey: FastStatement
    private let findForm: FastStatement
    private let insertForm: FastStatement
    /// The id the first spelling this writer adds gets: spellings are never deleted by a writer,
    /// so everything from it on is what it added (see ``finish()``).
    private let firstNewForm: Int64

    fileprivate init(db: Database) throws {
        self.db = db
        setType = try FastStatement(db, sql: "UPDATE entity SET type = ? WHERE id = ? AND type IS NULL")
        insertEntity = try FastStatement(db, sql: "INSERT INTO entity(type, list) VALUES (?, ?)")
        markListed = try FastStatement(db, sql: "UPDATE entity_form SET listed = 1 WHERE id = ? AND listed = 0")
        addSource = try FastStatement(db, sql: """
            INSERT OR IGNORE INTO entity_source(entity_id, source) SELECT ?1, ?2
            WHERE NOT EXISTS (SELECT 1 FROM entity WHERE id = ?1 AND list = ?2)
            """)
        insertKey = try FastStatement(db, sql: "INSERT OR IGNORE INTO entity_key(key, form_id) VALUES (?, ?)")
        findForm = try FastStatement(db, sql: "SELECT id, entity_id FROM entity_form WHERE language = ? AND match_form = ?")
        insertForm = try FastStatement(db, sql: """
            INSERT INTO entity_form(entity_id, language, text, match_form, roman, listed) VALUES (?, ?, ?, ?, ?, ?)
            """)
        firstNewForm = try Int64.fetchOne(db, sql: "SELECT IFNULL(MAX(id), 0) + 1 FROM entity_form") ?? 1
    }

    /// Stores `name`: its forms join the entity that has either of them already (two entities
    /// that each have one are merged), else a new entity.
    /// - Parameters:
    ///   - name: the name.
    ///   - source: the name list it came from, kept with the entity; nil for the corpus (whose
    ///     evidence is the mentions, not a source).
    /// - Returns: the entity and the ids of its English and Hindi forms.
    /// - Throws: the database's error.
    @discardableResult
    public func add(_ name: NameInput, source: String?) throws -> (entity: Int64, english: Int64?, hindi: Int64?) {
        guard name.english.map({ $0.language == "en" }) ?? true, name.hindi.map({ $0.language == "hi" }) ?? true,
              name.english != nil || name.hindi != nil else {
            throw DatabaseError(message: "a name's English spelling must be in Latin and its Hindi one in Devanagari: "
                                + "\(name.english?.text ?? "-") / \(name.hindi?.text ?? "-")")
        }
        counts.names += 1
        let english = try name.english.flatMap(existingForm)
        let hindi = try name.hindi.flatMap(existingForm)
        let entity: Int64
        var isNew = false
        switch (english?.entity, hindi?.entity) {
        case let (a?, b?) where a != b:
            try merge(b, into: a)
            entity = a
        case let (a?, _), let (nil, a?):
            entity = a
        case (nil, nil):
            // The list that makes an entity is kept on its row: a million new names are a
            // million rows fewer in entity_source.
            try insertEntity.run(name.type.map { .text($0) } ?? .null, source.map { .text($0) } ?? .null)
            entity = db.lastInsertedRowID
            counts.newEntities += 1
            isNew = true
        }
        if !isNew, let type = name.type { try setType.run(.text(type), .integer(entity)) }
        let listed = source != nil
        // A key both new spellings of a listed name have is stored once, with the Hindi one: the
        // entity is found under it all the same, and a listed spelling never stops counting (a
        // mined one may, so mined spellings keep their own keys). Names in two scripts share
        // most keys: on a million listed names this is 38 % fewer key rows, the import's largest
        // table.
        let sharedKeys = listed && english == nil && hindi == nil ? name.hindi?.keyHashes ?? [] : []
        let englishID = try name.english.map { form in
            try english?.form ?? insert(form, entity: entity, listed: listed,
                                        keys: sharedKeys.isEmpty ? form.keyHashes : form.keyHashes.filter { !sharedKeys.contains($0) })
        }
        let hindiID = try name.hindi.map { form in try hindi?.form ?? insert(form, entity: entity, listed: listed, keys: form.keyHashes) }
        if let source {
            for id in [english?.form, hindi?.form].compactMap({ $0 }) {
                try markListed.run(.integer(id))
            }
            if !isNew { try addSource.run(.integer(entity), .text(source)) }
        }
        if pendingKeys.count >= keyBatch { try flushKeys() }
        return (entity, englishID, hindiID)
    }

    /// Writes what the writer keeps for the end of its transaction: the keys of the spellings it
    /// added, and their rows in the text index, in one statement rather than one per spelling.
    /// Must be called before the transaction commits.
    func finish() throws {
        try flushKeys()
        try db.execute(sql: """
            INSERT INTO entity_form_search(rowid, match_form, roman)
            SELECT id, match_form, roman FROM entity_form WHERE id >= ? ORDER BY id
            """, arguments: [firstNewForm])
    }

    /// Writes the keys of the forms added so far, sorted: a batch of keys inserted in index order
    /// touches each index page once, where keys in arrival order touch a random page each (on a
    /// million names, the import's largest cost).
    private func flushKeys() throws {
        pendingKeys.sort { ($0.key, $0.form) < ($1.key, $1.form) }
        for (key, form) in pendingKeys {
            try insertKey.run(key, form)
        }
        pendingKeys.removeAll(keepingCapacity: true)
    }

    /// Keys waiting for ``flushKeys()``, and how many make a batch.
    private var pendingKeys: [(key: Int64, form: Int64)] = []
    private let keyBatch = 1 << 17

    private func existingForm(_ form: NameFormInput) throws -> (form: Int64, entity: Int64)? {
        try findForm.run(.text(form.language), .text(form.matchForm))
    }

    /// Inserts a new spelling of `entity` and queues `keys` for it (its search row is written by
    /// ``finish()``).
    private func insert(_ form: NameFormInput, entity: Int64, listed: Bool, keys: [Int64]) throws -> Int64 {
        try insertForm.run(.integer(entity), .text(form.language), .text(form.text), .text(form.matchForm), .text(form.roman),
                           .integer(listed ? 1 : 0))
        let id = db.lastInsertedRowID
        for key in keys {
            pendingKeys.append((key, id))
        }
        counts.newForms += 1
        return id
    }

    private func merge(_ other: Int64, into entity: Int64) throws {
        try db.execute(sql: "UPDATE entity_form SET entity_id = ? WHERE entity_id = ?", arguments: [entity, other])
        try db.execute(sql: """
            INSERT OR IGNORE INTO entity_source(entity_id, source)
            SELECT ?, source FROM entity_source WHERE entity_id = ? UNION SELECT ?, list FROM entity WHERE id = ? AND list IS NOT NULL
            """, arguments: [entity, other, entity, other])
        try db.execute(sql: "UPDATE entity SET type = COALESCE(type, (SELECT type FROM entity WHERE id = ?)) WHERE id = ?",
                       arguments: [other, entity])
        // Deleted here, not by cascade: the writer runs without foreign-key checks.
        try db.execute(sql: "DELETE FROM entity_source WHERE entity_id = ?", arguments: [other])
        try db.execute(sql: "DELETE FROM entity WHERE id = ?", arguments: [other])
        counts.mergedEntities += 1
    }
}

/// How the store indexes a phonetic key: a 64-bit hash of its text, which makes the index a
/// third of the size of one on the texts and its comparisons cheap. Two keys that collide only
/// bring an extra candidate, which ranking (on the spellings themselves) sets aside.
enum NameKey {
    static func hash(_ key: String) -> Int64 {
        Int64(bitPattern: WordHash(key.utf8).value)
    }
}

/// A name mined from a pair: the segment it was found in (nil for the pair's titles, datelines
/// and agencies), the name, and how sure the match of its two spellings is.
public struct NameMention: Sendable, Equatable {
    public var segment: Int64?
    public var name: NameInput
    /// In [0, 1].
    public var confidence: Double

    /// Creates a mention.
    public init(segment: Int64?, name: NameInput, confidence: Double) {
        self.segment = segment
        self.name = name
        self.confidence = confidence
    }
}

/// A stored entity with all its forms, as lookup reads it.
public struct StoredEntity: Sendable, Equatable {
    /// One stored spelling, as ranking reads it.
    public typealias Form = NameCandidate.Form

    public var id: Int64
    public var type: String?
    /// The name lists that gave it.
    public var lists: [String]
    public var forms: [Form]
    /// The mean confidence of its mentions in the corpus; nil when it has none.
    public var confidence: Double?
}

/// Reads names inside one read transaction (``CorpusStore/readNames(_:)``), through cached
/// statements: a batch of lookups pays for the transaction once.
public struct NameReader {
    fileprivate let db: Database

    /// The entity with a form of exactly this matching form in `language`, if any.
    /// - Throws: the database's error.
    public func entity(withMatchForm matchForm: String, language: String) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT entity_id FROM entity_form WHERE language = ? AND match_form = ? AND (listed OR mentions > 0)
            """), arguments: [language, matchForm])
    }

    /// Entities with a form indexed under `key`; at most `limit`.
    /// - Throws: the database's error.
    public func entities(withKey key: String, limit: Int) throws -> [Int64] {
        try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT f.entity_id FROM entity_key k JOIN entity_form f ON f.id = k.form_id
            WHERE k.key = ? AND (f.listed OR f.mentions > 0) LIMIT ?
            """), arguments: [NameKey.hash(key), limit])
    }

    /// Entities with a form whose matching form or folded Latin matches the FTS5 `query`
    /// (`"kejri"*`); at most `limit`.
    /// - Throws: the database's error (a malformed query among them).
    public func entities(matchingText query: String, limit: Int) throws -> [Int64] {
        try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT f.entity_id FROM entity_form_search s JOIN entity_form f ON f.id = s.rowid
            WHERE entity_form_search MATCH ? AND (f.listed OR f.mentions > 0) LIMIT ?
            """), arguments: [query, limit])
    }

    /// The entity `id` with its live forms (listed, or mentioned in a segment) and lists; nil when
    /// it has none.
    /// - Throws: the database's error.
    public func entity(_ id: Int64) throws -> StoredEntity? {
        let forms = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT language, text, roman, mentions, listed FROM entity_form
            WHERE entity_id = ? AND (listed OR mentions > 0) ORDER BY id
            """), arguments: [id]).map {
            StoredEntity.Form(language: $0[0], text: $0[1], roman: $0[2], mentions: $0[3], listed: $0[4])
        }
        guard !forms.isEmpty else { return nil }
        let type = try String?.fetchOne(db.cachedStatement(sql: "SELECT type FROM entity WHERE id = ?"), arguments: [id]) ?? nil
        let lists = try String.fetchAll(db.cachedStatement(sql: """
            SELECT source FROM entity_source WHERE entity_id = ? UNION SELECT list FROM entity WHERE id = ? AND list IS NOT NULL ORDER BY 1
            """), arguments: [id, id])
        let confidence = try Double?.fetchOne(db.cachedStatement(sql: """
            SELECT AVG(m.confidence) FROM entity_form f JOIN entity_mention m ON m.en_form_id = f.id WHERE f.entity_id = ?
            """), arguments: [id]) ?? nil
        return StoredEntity(id: id, type: type, lists: lists, forms: forms, confidence: confidence)
    }

    /// Up to `limit` aligned segments the entity was mined from, best scored first.
    /// - Throws: the database's error.
    public func examples(of id: Int64, limit: Int) throws -> [(english: String, hindi: String)] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT s.id, s.en_text, s.hi_text, s.score FROM entity_form f
            JOIN entity_mention m ON m.en_form_id = f.id
            JOIN aligned_segment s ON s.id = m.segment_id
            WHERE f.entity_id = ? AND s.hi_text != '' AND s.en_text != '' ORDER BY s.score DESC, s.id LIMIT ?
            """), arguments: [id, limit]).map { ($0[1], $0[2]) }
    }
}

/// A linked segment to mine names from.
public struct SegmentForMining: Sendable, Equatable {
    public var id: Int64
    public var englishText: String
    public var hindiText: String
}

/// An aligned pair to mine names from: its linked segments, and the English and Hindi titles,
/// dateline places and agencies of its articles (which ingest keeps out of the sentences).
public struct PairForMining: Sendable {
    public var id: Int64
    public var segments: [SegmentForMining]
    /// English sentences the aligner left without a Hindi side, each with the Hindi of the linked
    /// segments just before and after it as its `hindiText` (where the Hindi version may have
    /// put their content).
    public var unlinkedEnglish: [SegmentForMining]
    public var titles: (english: String, hindi: String)?
    public var datelines: (english: String, hindi: String)?
    public var agencies: (english: String, hindi: String)?
}

extension CorpusStore {
    /// Runs `body` with a ``NameWriter`` inside one transaction: everything it stores is kept
    /// together or, when `body` throws, not at all.
    /// - Throws: `StoreError` when the store cannot be written; what `body` throws, unchanged.
    public func writeNames<Result>(_ body: (NameWriter) throws -> Result) throws -> Result {
        try separatingErrors(.write, "cannot store the names", write: true, checkingForeignKeys: false) { db in
            // A large list touches index pages all over: a cache of 1 GiB (instead of the
            // store's 64 MiB) for the transaction keeps a million names' indexes in memory.
            try db.execute(sql: "PRAGMA cache_size = -1048576")
            defer { try? db.execute(sql: "PRAGMA cache_size = -65536") }
            let names = try NameWriter(db: db)
            let result = try body(names)
            try names.finish()
            return result
        }
    }

    /// Runs `body` with a ``NameReader`` inside one read transaction.
    /// - Throws: `StoreError` when the store cannot be read; what `body` throws, unchanged.
    public func readNames<Result>(_ body: (NameReader) throws -> Result) throws -> Result {
        try separatingErrors(.read, "cannot read the names", write: false) { db in try body(NameReader(db: db)) }
    }

    /// Runs `body` in a write or read transaction, telling its own errors (thrown on unchanged)
    /// from the database's (wrapped in a `StoreError` with `code` and `message`).
    ///
    /// Without `checkingForeignKeys`, SQLite does not check the references of the rows written
    /// (it cannot be told inside a transaction, so it is told before and after): for a writer
    /// whose rows only ever refer to rows it has just written or read in the same transaction,
    /// as ``NameWriter``'s do, the checks are a lookup per row that cannot fail (on a million
    /// names, one for each of some 7 million rows), and cascading deletes are its own to make.
    private func separatingErrors<Result>(_ code: StoreError.Code, _ message: String, write: Bool,
                                          checkingForeignKeys: Bool = true,
                                          _ body: (Database) throws -> Result) throws -> Result {
        var bodyError: (any Error)?
        var result: Result?
        func run(_ db: Database) throws {
            do {
                result = try body(db)
            } catch let error as DatabaseError {
                throw error
            } catch {
                bodyError = error
                throw error
            }
        }
        do {
            if write && !checkingForeignKeys {
                try writer.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA foreign_keys = OFF")
                    defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
                    try db.inTransaction { try run(db); return .commit }
                }
            } else if write {
                try writer.write(run)
            } else {
                try writer.read(run)
            }
        } catch {
            if let bodyError { throw bodyError }
            throw StoreError(code, message: message, underlying: error)
        }
        return result!
    }

    /// Entities with a live form (listed, or mentioned in the corpus), such forms, and forms mined
    /// from the corpus, counted.
    /// - Throws: `StoreError` when the store cannot be read.
    public func nameCounts() throws(StoreError) -> (entities: Int, forms: Int, minedForms: Int) {
        do {
            return try writer.read { db in
                let row = try Row.fetchOne(db, sql: """
                    SELECT (SELECT COUNT(DISTINCT entity_id) FROM entity_form WHERE listed OR mentions > 0),
                           (SELECT COUNT(*) FROM entity_form WHERE listed OR mentions > 0),
                           (SELECT COUNT(*) FROM entity_form WHERE mentions > 0)
                    """)!
                return (row[0], row[1], row[2])
            }
        } catch {
            throw StoreError(.read, message: "cannot count the names", underlying: error)
        }
    }

    /// Aligned pairs whose segments have not been mined for names since they were aligned.
    /// - Throws: `StoreError` when the store cannot be read.
    public func pairIDsToMine() throws(StoreError) -> [Int64] {
        do {
            return try writer.read { db in
                try Int64.fetchAll(db, sql: """
                    SELECT p.id FROM document_pair p WHERE p.aligned_at IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM entity_mined_pair m WHERE m.pair_id = p.id) ORDER BY p.id
                    """)
            }
        } catch {
            throw StoreError(.read, message: "cannot read the pairs to mine", underlying: error)
        }
    }

    /// What each of `pairs` gives to mine, read in one transaction: its segments that link both
    /// languages, and its articles' titles, datelines and agencies where both articles have one.
    /// - Throws: `StoreError` when the store cannot be read.
    public func pairsToMine(_ pairs: [Int64]) throws(StoreError) -> [PairForMining] {
        do {
            return try writer.read { db in
                try pairs.map { pair in
                    let all = try Row.fetchAll(db.cachedStatement(sql: """
                        SELECT id, en_text, hi_text FROM aligned_segment WHERE pair_id = ? ORDER BY position
                        """), arguments: [pair]).map { SegmentForMining(id: $0[0], englishText: $0[1], hindiText: $0[2]) }
                    let segments = all.filter { !$0.englishText.isEmpty && !$0.hindiText.isEmpty }
                    var unlinked: [SegmentForMining] = []
                    for (index, segment) in all.enumerated() where !segment.englishText.isEmpty && segment.hindiText.isEmpty {
                        let before = all[..<index].last { !$0.hindiText.isEmpty }?.hindiText
                        let after = all[(index + 1)...].first { !$0.hindiText.isEmpty }?.hindiText
                        let context = [before, after].compactMap { $0 }.joined(separator: " ")
                        if !context.isEmpty { unlinked.append(SegmentForMining(id: segment.id, englishText: segment.englishText, hindiText: context)) }
                    }
                    let row = try Row.fetchOne(db.cachedStatement(sql: """
                        SELECT e.title, h.title, e.dateline_place, h.dateline_place, e.agency, h.agency FROM document_pair p
                        JOIN article e ON e.id = p.en_article_id JOIN article h ON h.id = p.hi_article_id WHERE p.id = ?
                        """), arguments: [pair])
                    func both(_ english: Int, _ hindi: Int) -> (String, String)? {
                        guard let row, let english = row[english] as String?, let hindi = row[hindi] as String?,
                              !english.isEmpty, !hindi.isEmpty else { return nil }
                        return (english, hindi)
                    }
                    return PairForMining(id: pair, segments: segments, unlinkedEnglish: unlinked, titles: both(0, 1),
                                         datelines: both(2, 3), agencies: both(4, 5))
                }
            }
        } catch {
            throw StoreError(.read, message: "cannot read pairs \(pairs.first ?? 0)–\(pairs.last ?? 0) to mine their names", underlying: error)
        }
    }

    /// Replaces the mentions mined from each pair with the ones given (each name stored or merged
    /// as by ``NameWriter/add(_:source:)``, with the corpus as source; a nil segment for a name of
    /// the pair's titles or datelines) and marks the pairs mined, in one transaction: one per pair
    /// wrote the same pages of counts again and again.
    /// - Throws: `StoreError` when the store cannot be written.
    public func saveMentions(_ pairs: [(pair: Int64, mentions: [NameMention])], at time: String) throws(StoreError) {
        do {
            try writer.write { db in
                let names = try NameWriter(db: db)
                let mention = try db.cachedStatement(sql: """
                    INSERT OR IGNORE INTO entity_mention(pair_id, segment_id, en_form_id, hi_form_id, confidence) VALUES (?, ?, ?, ?, ?)
                    """)
                for (pair, mentions) in pairs {
                    try db.execute(sql: "DELETE FROM entity_mention WHERE pair_id = ?", arguments: [pair])
                    for found in mentions {
                        let stored = try names.add(found.name, source: nil)
                        guard let english = stored.english, let hindi = stored.hindi else { continue }
                        try mention.execute(arguments: [pair, found.segment, english, hindi, min(1, max(0, found.confidence))])
                    }
                    try db.execute(sql: "INSERT OR REPLACE INTO entity_mined_pair(pair_id, mined_at) VALUES (?, ?)", arguments: [pair, time])
                }
                try names.finish()
            }
        } catch {
            throw StoreError(.write, message: "cannot store the names mined from pairs \(pairs.first?.pair ?? 0)–\(pairs.last?.pair ?? 0)", underlying: error)
        }
    }
}
