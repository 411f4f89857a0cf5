import SangamText

/// Lines that news sites and wires add around a story and that have no counterpart in the other
/// language: `Also read: …`, `(इनपुट: भाषा)`, `--IANS`, `यह भी पढ़ें: …`, desk codes such as
/// `scor/sd/`. The aligner leaves them unaligned rather than gluing them to a neighbour.
public enum Boilerplate {
    /// Whether `line` is wire or site boilerplate.
    /// - Parameter line: one sentence or line, NFC.
    public static func isBoilerplate(_ line: String) -> Bool {
        // On bytes, without a copy: every sentence of every article passes through here.
        var line = line
        return line.withUTF8 { isBoilerplate(bytes: $0) }
    }

    private static func isBoilerplate(bytes all: UnsafeBufferPointer<UInt8>) -> Bool {
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        guard let first = all.firstIndex(where: { !isBlank($0) }), let last = all.lastIndex(where: { !isBlank($0) }) else { return true }
        let bytes = UnsafeBufferPointer(rebasing: all[first...last])
        // Prefixes and notes are compared with the line's ASCII letters lower-cased.
        func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
            guard bytes.count - offset >= pattern.count else { return false }
            for (index, byte) in pattern.enumerated() where bytes[offset + index].asciiLowercased != byte { return false }
            return true
        }
        if prefixes.contains(where: { matches($0, at: 0) }) { return true }
        if dashes.contains(where: { matches($0, at: 0) }) {
            return UTF8Scalar.count(in: bytes) < 40
        }
        if bytes[0] == UInt8(ascii: "("), bytes[bytes.count - 1] == UInt8(ascii: ")"), UTF8Scalar.count(in: bytes) < 80,
           inputNotes.contains(where: { note in bytes.indices.contains { matches(note, at: $0) } }) {
            return true
        }
        // A desk code: a few short lower-case Latin runs separated by slashes (`scor/sd/`).
        if bytes.count <= 24, bytes.contains(UInt8(ascii: "/")),
           bytes.allSatisfy({ $0 == UInt8(ascii: "/") || $0.isASCIILetter }) {
            return true
        }
        return false
    }

    private static let prefixes: [[UInt8]] = [
        "also read", "read also", "read more", "read:", "also see", "also watch", "watch:", "watch video",
        "click here", "follow us", "subscribe", "download the app", "for more news", "(with inputs from",
        "with inputs from", "यह भी पढ़ें", "ये भी पढ़ें", "इसे भी पढ़ें", "पढ़ें:", "और पढ़ें", "यह भी देखें",
        "देखें वीडियो", "वीडियो देखें", "हमें फॉलो करें", "(इनपुट", "इनपुट:", "(एजेंसी इनपुट", "(भाषा इनपुट",
        "(disclaimer", "disclaimer:", "अस्वीकरण",
    ].map { Array($0.utf8) }

    /// A signature line's start: `--IANS`, `— PTI`.
    private static let dashes: [[UInt8]] = ["--", "—", "–"].map { Array($0.utf8) }

    private static let inputNotes: [[UInt8]] = ["इनपुट", "input", "एजेंसी", "agency", "भाषा", "आईएएनएस", "ians", "pti", "पीटीआई"]
        .map { Array($0.utf8) }
}
