public import SangamText

/// Writes segments to one format's file(s), streaming, and makes them visible only at `finish`.
public protocol SegmentWriter: AnyObject {
    /// Appends one segment.
    func write(_ segment: ExportSegment) throws(FileWriteError)
    /// Completes the file(s) on disk, not yet visible: where a full disk or a size limit shows.
    func prepare() throws(FileWriteError)
    /// Moves the prepared file(s) into place.
    func publish() throws(FileWriteError)
    /// Drops everything: no file is left behind, earlier files of that name stay as they were.
    func abort()
    /// The files this writer produces.
    var paths: [String] { get }
}

/// What every format writes a segment's language tags as: `en`/`hi`, or `en-IN`/`hi-IN`.
public struct LanguageTags: Sendable, Equatable {
    public var english: String
    public var hindi: String

    /// `en` and `hi`.
    public static let plain = LanguageTags(english: "en", hindi: "hi")
    /// `en-IN` and `hi-IN`.
    public static let india = LanguageTags(english: "en-IN", hindi: "hi-IN")

    public init(english: String, hindi: String) {
        self.english = english
        self.hindi = hindi
    }
}

/// The writer of `format` at `path` (for Moses, a prefix).
/// - Throws: `FileWriteError` when a file cannot be created there.
public func makeSegmentWriter(_ format: ExportFormat, path: String, tags: LanguageTags = .plain,
                              toolVersion: String) throws(FileWriteError) -> any SegmentWriter {
    switch format {
    case .tmx: try TMXWriter(path: path, tags: tags, toolVersion: toolVersion)
    case .moses: try MosesWriter(prefix: path)
    case .tsv: try TSVWriter(path: path)
    case .jsonl: try JSONLWriter(path: path, tags: tags)
    }
}

/// TMX 1.4b: a header CAT tools accept (creationtool, creationtoolversion, segtype, o-tmf,
/// adminlang, srclang, datatype), one `<tu>` per segment with its properties as `<prop type="x-…">`
/// (score, both article ids, publication date, bead type) and two `<tuv xml:lang>` with a `<seg>`.
public final class TMXWriter: SegmentWriter {
    private let file: AtomicFileWriter
    private let tags: LanguageTags
    private var buffer: [UInt8] = []
    public var paths: [String] { [file.path] }

    public init(path: String, tags: LanguageTags, toolVersion: String) throws(FileWriteError) {
        file = try AtomicFileWriter(path: path)
        self.tags = tags
        var header: [UInt8] = []
        header.append(contentsOf: """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
              <header creationtool="Sangam" creationtoolversion="
            """.utf8)
        TextEscaping.appendXML(toolVersion, to: &header)
        header.append(contentsOf: "\" segtype=\"sentence\" o-tmf=\"Sangam\" adminlang=\"".utf8)
        TextEscaping.appendXML(tags.english, to: &header)
        header.append(contentsOf: "\" srclang=\"".utf8)
        TextEscaping.appendXML(tags.english, to: &header)
        header.append(contentsOf: "\" datatype=\"plaintext\"/>\n  <body>\n".utf8)
        try file.write(header)
    }

    public func write(_ segment: ExportSegment) throws(FileWriteError) {
        buffer.removeAll(keepingCapacity: true)
        Self.append(segment, tags: tags, to: &buffer)
        try file.write(buffer)
    }

    /// `segment` as a `<tu>` element. One function over one `inout` buffer, rather than methods
    /// appending to a stored one: each access to a class's stored array is checked for
    /// exclusivity, and that cost as much as the escaping.
    private static func append(_ segment: ExportSegment, tags: LanguageTags, to buffer: inout [UInt8]) {
        func prop(_ type: String, _ value: String) {
            buffer.append(contentsOf: "      <prop type=\"\(type)\">".utf8)
            TextEscaping.appendXML(value, to: &buffer)
            buffer.append(contentsOf: "</prop>\n".utf8)
        }
        func tuv(_ language: String, _ text: [UInt8]) {
            buffer.append(contentsOf: "      <tuv xml:lang=\"".utf8)
            TextEscaping.appendXML(language, to: &buffer)
            buffer.append(contentsOf: "\"><seg>".utf8)
            TextEscaping.appendXML(text, to: &buffer)
            buffer.append(contentsOf: "</seg></tuv>\n".utf8)
        }
        buffer.append(contentsOf: "    <tu>\n".utf8)
        prop("x-score", segment.score.scoreText)
        prop("x-en-article", segment.englishArticle)
        prop("x-hi-article", segment.hindiArticle)
        if let date = segment.date { prop("x-published", date) }
        prop("x-bead", segment.beadType)
        tuv(tags.english, segment.englishUTF8)
        tuv(tags.hindi, segment.hindiUTF8)
        buffer.append(contentsOf: "    </tu>\n".utf8)
    }

    public func prepare() throws(FileWriteError) {
        try file.write("  </body>\n</tmx>\n")
        try file.prepare()
    }

    public func publish() throws(FileWriteError) { try file.publish() }

    public func abort() { file.abort() }
}

/// Moses: `PREFIX.en` and `PREFIX.hi`, one segment per line, the same number of lines,
/// untokenised NFC text with no tab or line break inside a segment.
public final class MosesWriter: SegmentWriter {
    private let english: AtomicFileWriter
    private let hindi: AtomicFileWriter
    private var buffer: [UInt8] = []
    public var paths: [String] { [english.path, hindi.path] }

    public init(prefix: String) throws(FileWriteError) {
        english = try AtomicFileWriter(path: prefix + ".en")
        do {
            hindi = try AtomicFileWriter(path: prefix + ".hi")
        } catch {
            english.abort()
            throw error
        }
    }

    public func write(_ segment: ExportSegment) throws(FileWriteError) {
        try line(segment.englishUTF8, to: english)
        try line(segment.hindiUTF8, to: hindi)
    }

    private func line(_ text: [UInt8], to file: AtomicFileWriter) throws(FileWriteError) {
        buffer.removeAll(keepingCapacity: true)
        TextEscaping.appendLine(text, to: &buffer)
        buffer.append(0x0A)
        try file.write(buffer)
    }

    public func prepare() throws(FileWriteError) {
        try english.prepare()
        try hindi.prepare()
    }

    public func publish() throws(FileWriteError) {
        try english.publish()
        try hindi.publish()
    }

    public func abort() {
        english.abort()
        hindi.abort()
    }
}

/// TSV in Bitextor's column order: `en_id<TAB>hi_id<TAB>en_text<TAB>hi_text<TAB>score`, ids
/// being `ARTICLE#SENTENCES` (`en/2025-12-05-rbi#3,4`), no header line.
public final class TSVWriter: SegmentWriter {
    private let file: AtomicFileWriter
    private var buffer: [UInt8] = []
    public var paths: [String] { [file.path] }

    public init(path: String) throws(FileWriteError) {
        file = try AtomicFileWriter(path: path)
    }

    public func write(_ segment: ExportSegment) throws(FileWriteError) {
        buffer.removeAll(keepingCapacity: true)
        Self.append(segment, to: &buffer)
        try file.write(buffer)
    }

    /// `segment` as a line (one `inout` buffer: see `TMXWriter.append`).
    private static func append(_ segment: ExportSegment, to buffer: inout [UInt8]) {
        /// An article id and sentence positions as one id: `en/2025-12-05-rbi#3,4`.
        func appendID(_ article: String, _ sentences: [Int]) {
            TextEscaping.appendLine(article, to: &buffer)
            buffer.append(UInt8(ascii: "#"))
            appendPositions(sentences, to: &buffer)
        }
        appendID(segment.englishArticle, segment.englishSentences)
        buffer.append(0x09)
        appendID(segment.hindiArticle, segment.hindiSentences)
        buffer.append(0x09)
        TextEscaping.appendLine(segment.englishUTF8, to: &buffer)
        buffer.append(0x09)
        TextEscaping.appendLine(segment.hindiUTF8, to: &buffer)
        buffer.append(0x09)
        segment.score.appendScoreText(to: &buffer)
        buffer.append(0x0A)
    }

    public func prepare() throws(FileWriteError) { try file.prepare() }
    public func publish() throws(FileWriteError) { try file.publish() }
    public func abort() { file.abort() }
}

/// `3,4` for positions [3, 4], without building strings.
func appendPositions(_ positions: [Int], to buffer: inout [UInt8]) {
    for (index, position) in positions.enumerated() {
        if index > 0 { buffer.append(UInt8(ascii: ",")) }
        // Digits from the last, then turned round in place.
        let start = buffer.count
        var value = position
        repeat {
            buffer.append(UInt8(ascii: "0") + UInt8(value % 10))
            value /= 10
        } while value > 0
        buffer[start...].reverse()
    }
}

/// JSONL: one object per segment,
/// `{"en": …, "hi": …, "en_id": …, "hi_id": …, "en_sentences": [..], "hi_sentences": [..],
/// "score": 0.935, "bead": "2-1", "date": "2025-12-05"}` (date null when unknown).
public final class JSONLWriter: SegmentWriter {
    private let file: AtomicFileWriter
    private let tags: LanguageTags
    private var buffer: [UInt8] = []
    /// The fields of the last segment's pair; nil before the first.
    private var pair: PairFields?
    public var paths: [String] { [file.path] }

    public init(path: String, tags: LanguageTags) throws(FileWriteError) {
        file = try AtomicFileWriter(path: path)
        self.tags = tags
    }

    /// Each key with its quotes and colon (and the comma before it): static text, which costs no
    /// reference counting to append, unlike arrays made once.
    private enum Key {
        static let english: StaticString = #"{"en":"#
        static let hindi: StaticString = #","hi":"#
        static let englishID: StaticString = #","en_id":"#
        static let hindiID: StaticString = #","hi_id":"#
        static let englishSentences: StaticString = #","en_sentences":["#
        static let hindiSentences: StaticString = #"],"hi_sentences":["#
        static let score: StaticString = #"],"score":"#
        static let bead: StaticString = #","bead":"#
        static let date: StaticString = #","date":"#
        static let null: StaticString = "null"
        static let languages: StaticString = #","languages":["#
    }

    /// What all the segments of a pair write alike, escaped once per pair: the two article ids,
    /// and the line's end from the date on. The store hands a pair's segments over together.
    private struct PairFields {
        var englishArticle = ""
        var hindiArticle = ""
        var date: String?
        /// `,"en_id":"…","hi_id":"…"`
        var ids: [UInt8] = []
        /// `,"date":"…","languages":["en","hi"]}` and a line break.
        var ending: [UInt8] = []

        /// Whether these are the fields of `segment`'s pair.
        func belong(to segment: ExportSegment) -> Bool {
            segment.englishArticle == englishArticle && segment.hindiArticle == hindiArticle && segment.date == date
        }

        init(of segment: ExportSegment, tags: LanguageTags) {
            (englishArticle, hindiArticle, date) = (segment.englishArticle, segment.hindiArticle, segment.date)
            ids.append(Key.englishID)
            TextEscaping.appendJSON(englishArticle, to: &ids)
            ids.append(Key.hindiID)
            TextEscaping.appendJSON(hindiArticle, to: &ids)
            ending.append(Key.date)
            if let date { TextEscaping.appendJSON(date, to: &ending) } else { ending.append(Key.null) }
            ending.append(Key.languages)
            TextEscaping.appendJSON(tags.english, to: &ending)
            ending.append(UInt8(ascii: ","))
            TextEscaping.appendJSON(tags.hindi, to: &ending)
            ending.append(contentsOf: "]}\n".utf8)
        }
    }

    public func write(_ segment: ExportSegment) throws(FileWriteError) {
        let pair = self.pair.flatMap { $0.belong(to: segment) ? $0 : nil } ?? PairFields(of: segment, tags: tags)
        self.pair = pair
        buffer.removeAll(keepingCapacity: true)
        Self.append(segment, ids: pair.ids, ending: pair.ending, to: &buffer)
        try file.write(buffer)
    }

    /// `segment` as a line (one `inout` buffer: see `TMXWriter.append`).
    private static func append(_ segment: ExportSegment, ids: [UInt8], ending: [UInt8], to buffer: inout [UInt8]) {
        buffer.append(Key.english)
        TextEscaping.appendJSON(segment.englishUTF8, to: &buffer)
        buffer.append(Key.hindi)
        TextEscaping.appendJSON(segment.hindiUTF8, to: &buffer)
        buffer.append(contentsOf: ids)
        buffer.append(Key.englishSentences)
        appendPositions(segment.englishSentences, to: &buffer)
        buffer.append(Key.hindiSentences)
        appendPositions(segment.hindiSentences, to: &buffer)
        buffer.append(Key.score)
        segment.score.appendScoreText(to: &buffer)
        buffer.append(Key.bead)
        TextEscaping.appendJSON(segment.beadType, to: &buffer)
        buffer.append(contentsOf: ending)
    }

    public func prepare() throws(FileWriteError) { try file.prepare() }
    public func publish() throws(FileWriteError) { try file.publish() }
    public func abort() { file.abort() }
}

extension [UInt8] {
    /// Appends static text's UTF-8.
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append(contentsOf: $0) }
    }
}
