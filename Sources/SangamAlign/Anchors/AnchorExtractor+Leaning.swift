import SangamText

extension AnchorExtractor {
    /// Whether `text` opens with a word that points back to the sentence before, or reports
    /// where what came before was learnt. On bytes, by hashes: this runs for every sentence.
    static func continuesPrevious(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var start = 0
            // Opening quotes and brackets: ", “ (E2 80 9C), (.
            while start < bytes.count {
                if bytes[start] == UInt8(ascii: "\"") || bytes[start] == UInt8(ascii: "(") {
                    start += 1
                } else if start + 2 < bytes.count, bytes[start] == 0xE2, bytes[start + 1] == 0x80, bytes[start + 2] == 0x9C {
                    start += 3
                } else {
                    break
                }
            }
            // A word's bytes up to the next space, without a comma or danda (E0 A5 A4) at its end;
            // words are hashed with their ASCII lower-cased.
            func word(from position: Int) -> (bytes: UnsafeBufferPointer<UInt8>, end: Int) {
                var end = position
                while end < bytes.count, bytes[end] != 0x20 { end += 1 }
                var last = end
                while true {
                    if last > position, bytes[last - 1] == UInt8(ascii: ",") {
                        last -= 1
                    } else if last - 3 >= position, bytes[last - 3] == 0xE0, bytes[last - 2] == 0xA5, bytes[last - 1] == 0xA4 {
                        last -= 3
                    } else {
                        break
                    }
                }
                return (UnsafeBufferPointer(rebasing: bytes[position..<last]), end)
            }
            let first = word(from: start)
            var hash = WordHash(first.bytes.lazy.map(\.asciiLowercased))
            if PointingBack.words.contains(hash.value) { return true }
            if first.end + 1 < bytes.count {
                hash.add(CollectionOfOne(0x20))
                hash.add(word(from: first.end + 1).bytes.lazy.map(\.asciiLowercased))
                if PointingBack.pairs.contains(hash.value) { return true }
            }
            return PointingBack.sourceFormulas.contains { UTF8Text.contains($0, in: bytes) }
        }
    }
}

/// The openings by which a sentence leans on the one before, as hashes of their UTF-8.
enum PointingBack {
    /// Pronouns and demonstratives, and connectives that go on from what was said.
    static let words = hashes([
        "इसी", "इस", "इसे", "इससे", "इसमें", "इसका", "इसकी", "इसके", "इसपर", "यह", "ये", "वह", "वे", "उन्होंने",
        "उनके", "उनका", "उनकी", "उसने", "उसके", "उसकी", "वहीं", "हालांकि", "लेकिन", "जबकि", "इन",
        "it", "this", "that", "these", "those", "he", "she", "they", "his", "her", "their", "its",
        "however", "but", "also", "meanwhile",
    ])

    /// Two-word openings whose first word alone says nothing.
    static let pairs = hashes(["साथ ही"])

    /// Formulas by which a Hindi sentence gives the source of what came before it.
    static let sourceFormulas = ["यह जानकारी", "इसकी जानकारी"].map { Array($0.utf8) }

    private static func hashes(_ words: [String]) -> Set<UInt64> {
        Set(words.map { WordHash($0.utf8).value })
    }
}
