internal import CZlibShim
import Foundation
import SangamText

/// Reads the FreeDict English–Hindi dictionary in dictd format, as Debian's
/// `dict-freedict-eng-hin` installs it: `freedict-eng-hin.index` (headword, offset and length in
/// dictd's base64) and `freedict-eng-hin.dict.dz` (gzip). The dictionary is GPL and is read
/// where it is installed, never copied into Sangam.
///
/// An article looks like `kill /kˈɪl/ <V>` then numbered senses (`1. मारना`) each followed by an
/// English example in quotes. Each sense becomes Hindi forms: notes in braces dropped, `~`
/// joining words read as a space, a leading postposition (`से~भेंट~करना`) and a trailing light verb
/// (`सेवा करना`) dropped so that the content word is what matches. Senses with Latin letters
/// (stray examples) are skipped. FreeDict's own notes call its quality "low": the aligner
/// weighs it below the glossary.
public enum FreeDictReader {
    /// Where Debian installs the dictionary.
    public static let installedIndexPath = "/usr/share/dictd/freedict-eng-hin.index"
    /// Where Debian installs the dictionary's compressed text.
    public static let installedDataPath = "/usr/share/dictd/freedict-eng-hin.dict.dz"

    /// Whether the Debian package's files are present and readable.
    public static var isInstalled: Bool {
        FileManager.default.isReadableFile(atPath: installedIndexPath)
            && FileManager.default.isReadableFile(atPath: installedDataPath)
    }

    /// The entries of a dictd dictionary.
    /// - Parameters:
    ///   - indexPath: the `.index` file.
    ///   - dataPath: the `.dict.dz` (gzip) or `.dict` (plain) file.
    /// - Throws: `TextInputError` when a file cannot be read or is not UTF-8; `DictionaryError`
    ///   naming the index line when an entry points outside the data.
    public static func entries(indexPath: String = installedIndexPath,
                               dataPath: String = installedDataPath) throws -> [LexiconEntry] {
        let data = try decompressed(try contents(of: dataPath), path: dataPath)
        var entries: [LexiconEntry] = []
        var lineNumber = 0
        try UTF8LineReader(path: indexPath).forEachLine { line in
            lineNumber += 1
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3, !fields[0].hasPrefix("00database"), !fields[0].hasPrefix("00-database") else { return }
            guard let offset = base64Number(fields[1]), let length = base64Number(fields[2]),
                  offset >= 0, length >= 0, offset <= data.count, length <= data.count - offset else {
                throw DictionaryError(path: indexPath, line: lineNumber, reason: "offset or length outside \(dataPath)")
            }
            let article = String(decoding: data[offset..<(offset + length)], as: UTF8.self)
            if let entry = entry(headword: String(fields[0]), article: article) { entries.append(entry) }
        }
        return entries
    }

    /// One dictd article's entry, or nil when it has no usable Hindi sense.
    /// - Parameters:
    ///   - headword: the index's headword.
    ///   - article: the article's text (head line, numbered senses, quoted examples).
    public static func entry(headword: String, article: String) -> LexiconEntry? {
        // Scalar and byte views throughout: Character-level splitting and comparison cost more than
        // the rest of loading the dictionary together.
        let lines = article.utf8.split(separator: UInt8(ascii: "\n"))
        guard let head = lines.first else { return nil }
        var forms: [String] = []
        for line in lines.dropFirst() {
            let text = line.drop { $0 == UInt8(ascii: " ") }
            guard let dot = text.firstIndex(of: UInt8(ascii: ".")), dot != text.startIndex,
                  text[..<dot].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { continue }
            for form in senseForms(String(decoding: text[text.index(after: dot)...], as: UTF8.self)) where !forms.contains(form) {
                forms.append(form)
            }
        }
        guard !forms.isEmpty else { return nil }
        return LexiconEntry(english: headword, hindi: forms, kind: kind(ofHead: String(decoding: head, as: UTF8.self)), source: .freedict)
    }

    /// The Hindi forms of one sense (`से~भेंट~करना` → `भेंट`; `राज़ीनामा` → itself).
    static func senseForms(_ sense: String) -> [String] {
        var text = String.UnicodeScalarView()
        var depth = 0
        var hasDevanagari = false
        for scalar in sense.unicodeScalars {
            switch scalar {
            case "{", "(": depth += 1
            case "}", ")": depth = max(0, depth - 1)
            case _ where depth > 0: continue
            case "~": text.append(" ")
            case "a"..."z", "A"..."Z": return []  // a stray English example, not a translation
            default:
                hasDevanagari = hasDevanagari || (0x0900...0x097F).contains(scalar.value)
                text.append(scalar)
            }
        }
        guard hasDevanagari else { return [] }
        return text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "/" }).compactMap { piece in
            var words = piece.split(separator: " ").map { String(String.UnicodeScalarView($0)) }
            guard !words.isEmpty, piece.contains(where: { (0x0900...0x097F).contains($0.value) }) else { return nil }
            if words.count > 1, leadingPostpositions.contains(words[0]) { words.removeFirst() }
            if words.count > 1, let last = words.last, lightVerbs.contains(last) { words.removeLast() }
            return words.joined(separator: " ")
        }
    }

    private static let leadingPostpositions: Set<String> = ["से", "को", "का", "की", "के", "में", "पर", "ने"]
    private static let lightVerbs: Set<String> = ["करना", "होना", "देना", "लेना", "रखना", "पाना", "जाना", "लगना"]

    /// `<V>` → verb, `<N>` → noun, and so on.
    private static func kind(ofHead head: String) -> String? {
        guard let open = head.lastIndex(of: "<"), let close = head.lastIndex(of: ">"), open < close else { return nil }
        switch head[head.index(after: open)..<close] {
        case "V": return "verb"
        case "N": return "noun"
        case "Adj": return "adjective"
        case "Adv": return "adverb"
        case let other: return String(other).lowercased()
        }
    }

    /// A number in dictd's base64 (`A`–`Z`, `a`–`z`, `0`–`9`, `+`, `/`, most significant first),
    /// or nil for anything else.
    public static func base64Number(_ text: Substring) -> Int? {
        var value = 0
        for byte in text.utf8 {
            let digit: Int
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): digit = Int(byte - UInt8(ascii: "A"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): digit = Int(byte - UInt8(ascii: "a")) + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte - UInt8(ascii: "0")) + 52
            case UInt8(ascii: "+"): digit = 62
            case UInt8(ascii: "/"): digit = 63
            default: return nil
            }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 64)
            guard !overflow, shifted <= Int.max - digit else { return nil }
            value = shifted + digit
        }
        return text.isEmpty ? nil : value
    }

    private static func contents(of path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TextInputError(.unreadable, path: path, reason: "no such file or not readable")
        }
        return [UInt8](data)
    }

    private static func decompressed(_ bytes: [UInt8], path: String) throws -> [UInt8] {
        guard bytes.count >= 2, bytes[0] == 0x1F, bytes[1] == 0x8B else { return bytes }
        var output: UnsafeMutablePointer<UInt8>?
        var length = 0
        let status = bytes.withUnsafeBufferPointer { czlib_gunzip($0.baseAddress, $0.count, &output, &length) }
        guard status == 0, let output else {
            throw TextInputError(.unreadable, path: path, reason: "not a readable gzip file (zlib error \(status))")
        }
        defer { czlib_free(output) }
        return Array(UnsafeBufferPointer(start: output, count: length))
    }
}
