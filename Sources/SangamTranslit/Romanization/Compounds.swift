/// The second halves of Hindi compound names and titles, where schwa deletion must restart:
/// without the split, राज्यसभा would lose the wrong a (Rajyasbha) and रामप्रसाद keep one too
/// many (Ramaprasad).
enum Compounds {
    /// Endings that begin a new word inside a compound, as written (NFC, nukta decomposed).
    static let endings: [String] = [
        "सभा", "नगर", "मंत्री", "पुर", "पुरा", "पुरम", "गढ़", "गंज", "बाद", "प्रसाद", "प्रकाश",
        "प्रताप", "प्रदेश", "परिषद", "मंडल", "भवन", "सेना", "पति", "नाथ", "दास", "चंद्र", "कुमार", "प्रीत", "वती", "मती",
    ].map(\.decomposedNukta)

    private static let endingWords: [DevanagariWord] = endings.map { DevanagariWord($0.unicodeScalars) }

    /// The last unit of every ending: a word ending otherwise is not split.
    private static let lastUnits = endingWords.compactMap(\.units.last)

    /// `word` split before known endings (from the right), each time leaving at least two units
    /// (letters or signs) before the ending; otherwise the word whole.
    static func split(_ word: DevanagariWord) -> [DevanagariWord] {
        guard let last = word.units.last, lastUnits.contains(last) else { return [word] }
        for ending in endingWords where ending.units.count + 2 <= word.units.count {
            let cut = word.units.count - ending.units.count
            guard Array(word.units[cut...]) == ending.units else { continue }
            // The half before must end on a letter, not inside a conjunct.
            guard word.vowel(at: cut - 1) != DevanagariWord.Vowel.virama else { continue }
            let head = DevanagariWord(units: Array(word.units[..<cut]))
            return split(head) + [ending]
        }
        return [word]
    }
}
