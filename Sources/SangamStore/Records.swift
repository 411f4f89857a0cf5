public import GRDB

/// An `article` row, as read back (ingest writes through cached statements).
public struct ArticleRecord: Decodable, Sendable, Equatable, FetchableRecord, TableRecord {
    public static let databaseTableName = "article"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    public var id: Int64?
    public var externalId: String
    public var language: String
    public var title: String?
    public var publishedAt: String?
    public var publishedEpoch: Int64?
    public var publishedDateOnly: Bool
    public var datelinePlace: String?
    public var agency: String?
    public var url: String?
    public var source: String?
    public var body: String
    public var contentHash: String
    public var revision: Int
    public var sourcePath: String?
    public var ingestedAt: String
}

/// A `sentence` row, as read back (ingest writes through cached statements).
public struct SentenceRecord: Decodable, Sendable, Equatable, FetchableRecord, TableRecord {
    public static let databaseTableName = "sentence"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase

    public var id: Int64?
    public var articleId: Int64
    public var position: Int
    public var paragraph: Int
    public var text: String
    public var matchForm: String
    public var script: String
}
