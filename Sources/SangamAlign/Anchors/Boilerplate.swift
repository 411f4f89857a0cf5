/// Lines that news sites and wires add around a story and that have no counterpart in the other
/// language: `Also read: …`, `(इनपुट: भाषा)`, `--IANS`, `यह भी पढ़ें: …`, desk codes such as
/// `scor/sd/`. The aligner leaves them unaligned rather than gluing them to a neighbour.
public enum Boilerplate {
    /// Whether `line` is wire or site boilerplate.
    /// - Parameter line: one sentence or line, NFC.
    public static func isBoilerplate(_ line: String) -> Bool {
        // On bytes, ASCII lower-cased: every sentence of every article passes through here.
        var bytes = Array(line.utf8.drop { $0 == 0x20 || $0 == 0x09 })
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        guard !bytes.isEmpty else { return true }
        for index in bytes.indices where (0x41...0x5A).contains(bytes[index]) { bytes[index] += 0x20 }
        if prefixes.contains(where: { bytes.starts(with: $0) }) { return true }
        let scalarCount = bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        if bytes.starts(with: "--".utf8) || bytes.starts(with: "—".utf8) || bytes.starts(with: "–".utf8) {
            return scalarCount < 40
        }
        if bytes.first == UInt8(ascii: "("), bytes.last == UInt8(ascii: ")"), scalarCount < 80,
           inputNotes.contains(where: { note in bytes.indices.contains { bytes[$0...].starts(with: note) } }) {
            return true
        }
        // A desk code: a few short lower-case Latin runs separated by slashes (`scor/sd/`).
        if scalarCount <= 24, bytes.contains(UInt8(ascii: "/")),
           bytes.allSatisfy({ $0 == UInt8(ascii: "/") || (0x61...0x7A).contains($0) }) {
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

    private static let inputNotes: [[UInt8]] = ["इनपुट", "input", "एजेंसी", "agency", "भाषा", "आईएएनएस", "ians", "pti", "पीटीआई"]
        .map { Array($0.utf8) }
}
