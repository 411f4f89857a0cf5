/// How alike two names are, compared in Latin: an English spelling against another, or against a
/// Hindi name romanised.
///
/// Both names are first *folded*: lower case, letters only, and the spelling choices English
/// makes freely for Hindi sounds made one (ee and i, oo and u, w and v, ph and f, ou and au,
/// doubled letters). What is left differs only where the names really do, and the edit distance
/// over it, as a share of the longer name, is the dissimilarity.
public enum NameSimilarity {
    /// `latin` lower-cased, with letters outside a–z dropped (accents first reduced to their base
    /// letter), words separated by one space, and English's free spelling choices made one.
    public static func fold(_ latin: String) -> String {
        var words: [[UInt8]] = []
        var word: [UInt8] = []
        for scalar in latin.unicodeScalars {
            if let letter = baseLetter(scalar) {
                word.append(letter)
            } else if scalar == " " || scalar == "-" || scalar == "\t" {
                if !word.isEmpty { words.append(foldWord(word)) }
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(foldWord(word)) }
        return String(decoding: Array(words.filter { !$0.isEmpty }.joined(separator: [0x20])), as: UTF8.self)
    }

    /// A lower-case a–z letter for `scalar`, reducing common accented Latin letters to their base.
    private static func baseLetter(_ scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        switch value {
        case 0x61...0x7A: return UInt8(value)
        case 0x41...0x5A: return UInt8(value + 0x20)
        case 0xC0...0xFF, 0x100...0x17F:
            // Latin-1 and Latin Extended-A: the base letter by name would need ICU; these cover
            // the accents of names in Indian news (José, Müller, Erdoğan, Łukasz).
            let table: [(ClosedRange<UInt32>, UInt8)] = [
                (0xC0...0xC5, 0x61), (0xE0...0xE5, 0x61), (0xC7...0xC7, 0x63), (0xE7...0xE7, 0x63),
                (0xC8...0xCB, 0x65), (0xE8...0xEB, 0x65), (0xCC...0xCF, 0x69), (0xEC...0xEF, 0x69),
                (0xD1...0xD1, 0x6E), (0xF1...0xF1, 0x6E), (0xD2...0xD6, 0x6F), (0xF2...0xF6, 0x6F),
                (0xD8...0xD8, 0x6F), (0xF8...0xF8, 0x6F), (0xD9...0xDC, 0x75), (0xF9...0xFC, 0x75),
                (0xDD...0xDD, 0x79), (0xFD...0xFD, 0x79), (0xFF...0xFF, 0x79),
                (0x100...0x105, 0x61), (0x106...0x10D, 0x63), (0x10E...0x111, 0x64), (0x112...0x11B, 0x65),
                (0x11C...0x123, 0x67), (0x124...0x127, 0x68), (0x128...0x131, 0x69), (0x134...0x135, 0x6A),
                (0x136...0x138, 0x6B), (0x139...0x142, 0x6C), (0x143...0x14B, 0x6E), (0x14C...0x151, 0x6F),
                (0x154...0x159, 0x72), (0x15A...0x161, 0x73), (0x162...0x167, 0x74), (0x168...0x173, 0x75),
                (0x174...0x175, 0x77), (0x176...0x178, 0x79), (0x179...0x17E, 0x7A),
            ]
            return table.first { $0.0.contains(value) }?.1
        default: return nil
        }
    }

    /// One word's spelling choices made one.
    private static func foldWord(_ word: [UInt8]) -> [UInt8] {
        let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i"), o = UInt8(ascii: "o")
        let u = UInt8(ascii: "u"), w = UInt8(ascii: "w"), v = UInt8(ascii: "v"), p = UInt8(ascii: "p")
        let h = UInt8(ascii: "h"), f = UInt8(ascii: "f"), q = UInt8(ascii: "q"), k = UInt8(ascii: "k")
        let c = UInt8(ascii: "c"), y = UInt8(ascii: "y")
        var output: [UInt8] = []
        output.reserveCapacity(word.count)
        var index = 0
        while index < word.count {
            let letter = word[index]
            let next: UInt8? = index + 1 < word.count ? word[index + 1] : nil
            switch (letter, next) {
            case (e, e):
                output.append(i); index += 2; continue   // Shree, Sree
            case (o, o):
                output.append(u); index += 2; continue   // Poonam, Poonawalla
            case (o, u):
                output.append(a); output.append(u); index += 2; continue  // Gourangalal, Gaurangalal
            case (p, h):
                output.append(f); index += 2; continue   // Phadnavis, Fadnavis
            case (c, k):
                output.append(k); index += 2; continue
            default:
                break
            }
            var folded = letter
            if letter == w { folded = v }
            if letter == q { folded = k }
            // A final y after a consonant is the i Hindi ends names with (Roy, Ajoy stay; Shailey).
            if letter == y, next == nil, let last = output.last, ![a, e, i, o, u].contains(last) { folded = i }
            // Doubled letters are one (Mamatta, Bannerjee, Abdullah); so are long vowels aa, ii.
            if output.last == folded { index += 1; continue }
            output.append(folded)
            index += 1
        }
        // A final h after a vowel is silent in English spellings of Hindi names (Abdullah, Shah).
        if output.count > 2, output.last == h, let before = output.dropLast().last, [a, e, i, o, u].contains(before) {
            output.removeLast()
        }
        return output
    }

    /// How alike two folded names are, in [0, 1]: 1 when they are the same.
    ///
    /// Word by word (each word of `query` against its closest word of `candidate`, the sum over the
    /// longer name's word count, so that a surname alone ranks below the full name it is part of),
    /// or as whole strings when that is closer (Rajya Sabha against Rajyasabha).
    /// - Parameters:
    ///   - query: a folded name.
    ///   - candidate: another.
    public static func similarity(_ query: String, _ candidate: String) -> Double {
        if query == candidate { return 1 }
        let queryBytes = Array(query.utf8), candidateBytes = Array(candidate.utf8)
        guard !queryBytes.isEmpty, !candidateBytes.isEmpty else { return 0 }
        let queryWords = queryBytes.split(separator: 0x20), candidateWords = candidateBytes.split(separator: 0x20)
        var sum = 0.0
        for word in queryWords {
            sum += candidateWords.map { ratio(Array(word), Array($0)) }.max() ?? 0
        }
        let wordwise = sum / Double(max(queryWords.count, candidateWords.count))
        let whole = ratio(queryBytes.filter { $0 != 0x20 }, candidateBytes.filter { $0 != 0x20 })
        return max(wordwise, whole)
    }

    /// One minus the edit distance as a share of the longer string.
    static func ratio(_ a: [UInt8], _ b: [UInt8]) -> Double {
        let longer = max(a.count, b.count)
        guard longer > 0 else { return 1 }
        return 1 - Double(editDistance(a, b)) / Double(longer)
    }

    /// Levenshtein distance over bytes, in two rows.
    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
