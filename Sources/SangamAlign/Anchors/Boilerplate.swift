/// Lines that news sites and wires add around a story and that have no counterpart in the other
/// language: `Also read: …`, `(इनपुट: भाषा)`, `--IANS`, `यह भी पढ़ें: …`, desk codes such as
/// `scor/sd/`. The aligner leaves them unaligned rather than gluing them to a neighbour.
public enum Boilerplate {
    /// Whether `line` is wire or site boilerplate.
    /// - Parameter line: one sentence or line, NFC.
    public static func isBoilerplate(_ line: String) -> Bool {
        let text = line.trimmingCharacters(in: " \t")
        guard !text.isEmpty else { return true }
        let lower = text.lowercased()
        if prefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        if lower.hasPrefix("--") || lower.hasPrefix("—") || lower.hasPrefix("–") {
            return text.count < 40
        }
        if (lower.hasPrefix("(") && lower.hasSuffix(")")) && inputNotes.contains(where: { lower.contains($0) }) { return true }
        // A desk code: a few short lower-case Latin runs separated by slashes (`scor/sd/`).
        if text.count <= 24, text.contains("/"), text.allSatisfy({ $0 == "/" || ($0.isASCII && $0.isLetter) }) { return true }
        return false
    }

    private static let prefixes = [
        "also read", "read also", "read more", "read:", "also see", "also watch", "watch:", "watch video",
        "click here", "follow us", "subscribe", "download the app", "for more news", "(with inputs from",
        "with inputs from", "यह भी पढ़ें", "ये भी पढ़ें", "इसे भी पढ़ें", "पढ़ें:", "और पढ़ें", "यह भी देखें",
        "देखें वीडियो", "वीडियो देखें", "हमें फॉलो करें", "(इनपुट", "इनपुट:", "(एजेंसी इनपुट", "(भाषा इनपुट",
        "(disclaimer", "disclaimer:", "अस्वीकरण",
    ]

    private static let inputNotes = ["इनपुट", "input", "एजेंसी", "agency", "भाषा", "आईएएनएस", "ians", "pti", "पीटीआई"]
}

extension String {
    func trimmingCharacters(in set: String) -> Substring {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return text
    }
}
