
/// A key under which the English and Hindi spellings of one name meet:
/// Narendra ≈ नरेंद्र ≈ नरेन्द्र ≈ Narender, Gourangalal ≈ गौरांगलाल, Youngbin ≈ योंगबिन,
/// Singh ≈ सिंह, Krishna ≈ कृष्ण, Germany ≈ जर्मनी.
///
/// ## Design
/// The key is a word's consonant skeleton over a coarse alphabet that both scripts map onto:
///
/// | key | Devanagari | Latin |
/// |---|---|---|
/// | `K` | क ख क़ ख़ | k, kh, q, ck, c (not before e/i/y) |
/// | `G` | ग घ ग़ | g, gh (g before e/i/y also as `J`) |
/// | `C` | च छ | ch, chh |
/// | `J` | ज झ ज़ | j, jh, z |
/// | `T` | ट ठ त थ | t, th |
/// | `D` | ड ढ द ध | d, dh |
/// | `N` | ङ ञ ण न, anusvara, chandrabindu | n, m before b or p |
/// | `P` | प फ फ़ | p, ph, f |
/// | `B` | ब भ | b, bh |
/// | `M` | म | m |
/// | `Y` | य at the start of a word | y at the start of a word |
/// | `R` | र, ऋ and ृ, ड़ ढ़ | r |
/// | `L` | ल ळ | l |
/// | `V` | व at the start of a word | v, w at the start of a word |
/// | `S` | श ष स | s, sh, c before e/i/y |
/// | `H` | ह, visarga | h where it is not part of a digraph |
/// | `A` | a vowel that begins the word | a vowel that begins the word |
///
/// Why this shape:
/// - **Vowels are dropped** (except a word-initial one, kept as `A`): English spells Hindi
///   vowels inconsistently (Gourangalal for गौरांगलाल, Narender for नरेंद्र, ee/i, oo/u), and
///   Hindi's inherent vowel is written on neither side when schwa deletion applies.
/// - **Aspiration and retroflexion are merged**: English writes ठ and ट, थ and त alike.
/// - **Nasals merge**: न्द and ंद (नरेन्द्र, नरेंद्र) both give `ND`.
/// - **Runs of one letter collapse** (ll, dd, ल्ल), after vowels are dropped.
/// - **English is ambiguous where Hindi is not**, so a Latin word gives a few keys: `ng` is a
///   nasal alone, `ngh` a nasal and ह (Singh, सिंह), or either is nasal plus g (Youngbin,
///   योंगबिन); a final h may be silent (Abdullah, अब्दुल्ला); g before e/i/y is `G` or
///   `J` (Germany, जर्मनी); `gy` may be ज्ञ (Gyan, ज्ञान); an `h` after a consonant may be silent
///   (Delhi, दिल्ली) or ह (Sinha, सिन्हा); ch may be k (Christopher); a final s may be a plural
///   English adds (Himalayas, हिमालय) or a z (Industries, इंडस्ट्रीज); ti before a vowel may be
///   श (National, नेशनल); an initial u may be यू (Unity); a final d may be ड़ (Dravid, द्रविड़).
/// - **Initials and acronyms** are keyed as Hindi writes them, by the names of their letters:
///   C. as सी. (`S`), BJP as बीजेपी (`BJP`), RSS as आरएसएस (`ARS`); capitals that read as a
///   word (ISRO, इसरो) also get the word's key.
///
/// A Devanagari word gives exactly one key.
///
/// Keys are for finding candidates, not for deciding: many words share a key (Krishna and
/// कृष्णन both give `KRSN`, Singh and सिन्हा `SNH`; selectivity is measured by the evaluation),
/// and ranking uses transliteration similarity on top.
public enum PhoneticKey {
    /// The most keys a Latin word expands to; ambiguities beyond it are resolved to the first reading.
    public static let maximumVariants = 8

    /// The keys of one word in either script: one for Devanagari, one or a few for Latin.
    /// - Parameter word: a single word (no spaces); other scripts give no key.
    /// - Returns: the distinct keys, most likely reading first; empty when the word has no letters
    ///   of either script.
    public static func keys(for word: String) -> [String] {
        var utf8 = word
        return utf8.withUTF8 { bytes in
            if let known = cache.value(for: bytes) { return known }
            let keys = uncachedKeys(for: word)
            cache.remember(bytes, keys)
            return keys
        }
    }

    /// Keys already computed, by word: name lists and news repeat their words (a million names
    /// are made of a few thousand), and a word's keys depend on nothing else.
    private static let cache = WordCache<[String]>()

    private static func uncachedKeys(for word: String) -> [String] {
        let hasDevanagari = word.unicodeScalars.contains { (0x0900...0x097F).contains($0.value) || (0xA8E0...0xA8FF).contains($0.value) }
        if hasDevanagari { return devanagariKey(word).map { [$0] } ?? [] }
        return acronymKeys(word) ?? latinKeys(word)
    }

    /// Initials and acronyms as Hindi writes them, by the names of their letters (C. → सी.,
    /// BJP → बीजेपी, RSS → आरएसएस); capitals that read as a word (ISRO, इसरो) keep that key too.
    static func acronymKeys(_ word: String) -> [String]? {
        // Quick byte checks first: most words are not capitals.
        let bytes = Array(word.utf8)
        guard let first = bytes.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first) else { return nil }
        let isCapital = { (byte: UInt8) in (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
        let isLower = { (byte: UInt8) in (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }
        guard !bytes.contains(where: isLower) else { return nil }
        let letters = String(decoding: bytes.filter(isCapital), as: UTF8.self)
        guard letters.count == 1 || bytes.allSatisfy({ isCapital($0) || $0 == UInt8(ascii: ".") }) else { return nil }
        guard let spelled = devanagariKey(letters.compactMap { LetterNames.hindi(for: $0) }.joined()) else { return nil }
        let asWord = letters.count >= 3 && DevanagariSpeller.isPronounceable(Array(letters.lowercased().utf8))
        var keys = asWord ? latinKeys(letters) : []
        if !keys.contains(spelled) { keys.insert(spelled, at: asWord ? keys.count : 0) }
        return keys
    }

    /// The keys of each word of a line, words split at spaces and tabs only (a hyphenated word
    /// is one word): what `sangam translit --key` prints. Split by byte, which is much faster
    /// than `Character`'s Unicode white-space test on a million words.
    public static func keys(forWordsOf line: String) -> [[String]] {
        line.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 }).map { keys(for: String(Substring($0))) }
    }

    /// The keys of each word of a name, in order: `Narendra Modi` → [[NRNDR], [MD]].
    public static func keys(forName name: String) -> [[String]] {
        // Split by scalar, not by Character: grapheme breaking cost more than the keys.
        name.unicodeScalars.split(whereSeparator: { $0 == "-" || $0 == "." || $0.isWhiteSpace })
            .map { keys(for: String(Substring($0))) }
            .filter { !$0.isEmpty }
    }

    // MARK: Devanagari

    /// The key of a Devanagari word.
    static func devanagariKey(_ word: String) -> String? {
        var key: [Character] = []
        let scalars = Array(word.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let value = scalar.value
            let nukta = index + 1 < scalars.count && scalars[index + 1].value == 0x093C
            if index == 0, isIndependentVowel(value) {
                key.append("A")
                continue
            }
            guard var letter = devanagariLetter(value, nukta: nukta) else { continue }
            // म् before a labial is the same nasal as an anusvara there (हम्पी, हंपी; Hampi).
            if value == 0x092E, index + 2 < scalars.count, scalars[index + 1].value == 0x094D,
               (0x092A...0x092D).contains(scalars[index + 2].value) {
                letter = "N"
            }
            // य and व inside a word are often glides English writes as vowels (जयशंकर
            // Jaishankar, राव Rao, नायडू Naidu): only a word-initial one counts.
            if (letter == "Y" || letter == "V") && !key.isEmpty { continue }
            key.append(letter)
        }
        return key.isEmpty ? nil : collapse(key)
    }

    private static func isIndependentVowel(_ value: UInt32) -> Bool {
        (0x0904...0x0914).contains(value) && value != 0x090B  // ऋ is a consonant-like R
    }

    /// The key letter of one Devanagari scalar; nil for vowels, signs and anything else.
    private static func devanagariLetter(_ value: UInt32, nukta: Bool) -> Character? {
        switch value {
        case 0x0915, 0x0916, 0x0958, 0x0959: "K"  // क ख क़ ख़
        case 0x0917, 0x0918, 0x095A: "G"  // ग घ ग़
        case 0x091A, 0x091B: "C"  // च छ
        case 0x091C, 0x091D, 0x095B: "J"  // ज झ ज़
        case 0x091F, 0x0920, 0x0924, 0x0925: "T"  // ट ठ त थ
        case 0x0921, 0x0922: nukta ? "R" : "D"  // ड ढ, and ड़ ढ़ which sound as r
        case 0x095C, 0x095D: "R"  // ड़ ढ़ precomposed
        case 0x0926, 0x0927: "D"  // द ध
        case 0x0919, 0x091E, 0x0923, 0x0928, 0x0929, 0x0901, 0x0902: "N"  // nasals, anusvara, chandrabindu
        case 0x092A, 0x092B, 0x095E: "P"  // प फ फ़
        case 0x092C, 0x092D: "B"  // ब भ
        case 0x092E: "M"
        case 0x092F, 0x095F: "Y"
        case 0x0930, 0x0931, 0x090B, 0x0943, 0x0944: "R"  // र ऱ ऋ ृ ॄ
        case 0x0932, 0x0933, 0x0934: "L"
        case 0x0935: "V"
        case 0x0936, 0x0937, 0x0938: "S"  // श ष स
        case 0x0939, 0x0903: "H"  // ह, visarga
        default: nil
        }
    }

    // MARK: Latin

    /// The keys of a Latin word, most likely reading first.
    static func latinKeys(_ word: String) -> [String] {
        let letters = word.utf8.compactMap { byte -> Unicode.Scalar? in
            let lower = byte | 0x20
            return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower) && byte < 0x80 ? Unicode.Scalar(lower) : nil
        }
        guard !letters.isEmpty else { return [] }
        // Each position yields alternative readings; the keys are their combinations.
        var readings: [[String]] = []
        var index = 0
        func at(_ offset: Int) -> Unicode.Scalar? {
            index + offset < letters.count ? letters[index + offset] : nil
        }
        func isVowel(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return false }
            return "aeiou".unicodeScalars.contains(scalar)
        }
        if letters[0] == "u", letters.count > 2, !isVowel(letters[1]) {
            // Unity यूनिटी, Ukraine यूक्रेन: an English initial u may be "yu".
            readings.append(["A", "Y"])
            index = 1
        } else if isVowel(letters[0]) {
            readings.append(["A"])
            index = 1
        } else if letters[0] == "x" {
            readings.append(["S", "KS"])  // Xi शी
            index = 1
        } else if letters[0] == "d", letters.count > 1, letters[1] == "j" {
            readings.append(["J"])  // Djokovic जोकोविच
            index = 2
        } else if letters[0] == "y" {
            readings.append(["Y"])
            index = 1
        } else if letters[0] == "w" || letters[0] == "v" {
            readings.append(["V"])
            index = 1
        }
        while index < letters.count {
            let letter = letters[index], next = at(1)
            var step = 1
            var options: [String]
            switch letter {
            case "a", "e", "i", "o", "u":
                options = [""]
            case "y", "w":
                // Only a word-initial glide counts, as on the Devanagari side (Yamuna, Wardha);
                // elsewhere y and w are vowels or glides Hindi may or may not write.
                options = [""]
            case "c":
                if next == "h" {
                    step = at(2) == "h" ? 3 : 2
                    options = ["C", "K"]  // ch is also k in Christopher, Anchorage
                } else if next == "e" || next == "i", index > 0, letters[index - 1] == "s" {
                    options = [""]  // Scindia: the s already gave S
                } else if next == "k" {
                    step = 2
                    options = ["K"]
                } else if next == nil {
                    options = ["K", "C"]  // Slavic -ic: Djokovic जोकोविच
                } else {
                    options = next == "e" || next == "i" || next == "y" ? ["S"] : ["K"]
                }
            case "g":
                if next == "h" {
                    step = 2
                    options = ["G"]
                } else if next == "y" {
                    step = 2
                    // Gyan may be ज्ञान; the y of ग्य is a glide, not keyed; a final -gy is जी
                    // (Technology टेक्नोलॉजी, Energy एनर्जी).
                    options = index + 2 == letters.count ? ["G", "J"] : ["G", "JN"]
                } else {
                    options = next == "e" || next == "i" ? ["G", "J"] : ["G"]
                }
            case "n":
                if next == "g", !isVowel(at(2)) {
                    // A velar nasal before a consonant or at the end: Singh (सिंह, with its ह),
                    // Youngbin (योंगबिन, with its ग).
                    if at(2) == "h" {
                        step = 3
                        options = ["NH", "NG"]
                    } else {
                        step = 2
                        options = ["N", "NG"]
                    }
                } else {
                    options = ["N"]
                }
            case "s":
                if next == "h" { step = 2 }
                if next == "c", at(2) == "h" { step = 3 }  // Scholz
                // A final s may be a plural English adds (Himalayas, हिमालय) or a z sound
                // (Industries, इंडस्ट्रीज).
                let final = index + step == letters.count || (index + step + 1 == letters.count && at(step) == "e")
                options = final && index > 1 ? ["S", "", "J"] : ["S"]
            case "k", "q":
                if next == "h" { step = 2 }
                options = ["K"]
            case "t" where next == "i" && (at(2) == "a" || at(2) == "o" || at(2) == "u"):
                options = ["T", "S"]  // National नेशनल, Mauritius मॉरीशस
            case "d" where next == nil && index > 0 && isVowel(letters[index - 1]):
                options = ["D", "R"]  // a final ड़: Dravid द्रविड़, Chandrachud चंद्रचूड़
            case "t", "d", "p", "b", "j":
                if next == "h" { step = 2 }
                options = [latinLetter(letter)]
            case "x":
                options = ["KS"]
            case "h":
                // After a consonant an h we did not read as a digraph may be silent (Delhi), and
                // so may a final h (Abdullah, अब्दुल्ला; but Shah, शाह).
                // So may one between a vowel and a consonant (Johnson जॉनसन), and an initial one
                // before r (Hrithik ऋतिक).
                let afterConsonant = index > 0 && !isVowel(letters[index - 1])
                let beforeConsonant = next.map { !isVowel($0) } ?? false
                options = afterConsonant || next == nil || beforeConsonant ? ["H", ""] : ["H"]
            case "v":
                options = [""]  // as w: only word-initial (below), since व inside a word is dropped
            case "m":
                // Before a labial, m is mostly the anusvara Hindi writes (Mumbai मुंबई, Ambani
                // अंबानी), but a full म where a compound joins (Rambir रामबीर). Before s or h it
                // may be an anusvara too (Swayamsevak स्वयंसेवक).
                options = next == "b" || next == "p" ? ["N", "M"] : (next == "s" || next == "h" ? ["M", "N"] : ["M"])
            default:
                options = [latinLetter(letter)]
            }
            readings.append(options)
            index += step
        }
        return combine(readings)
    }

    private static func latinLetter(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "f": "P"
        case "z": "J"
        case "w", "v": "V"
        default: String(scalar).uppercased()
        }
    }

    /// Every combination of readings, in order of preference, collapsed, distinct, at most
    /// `maximumVariants`.
    private static func combine(_ readings: [[String]]) -> [String] {
        var keys = [""]
        for options in readings {
            var extended: [String] = []
            for key in keys {
                for option in options where extended.count < maximumVariants {
                    extended.append(key + option)
                }
            }
            keys = extended
        }
        var seen = Set<String>()
        return keys.map { collapse(Array($0)) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// Runs of the same letter as one (ll, dd, ल्ल, and NN from न्न or ंन).
    private static func collapse(_ letters: [Character]) -> String {
        var result: [Character] = []
        for letter in letters where result.last != letter { result.append(letter) }
        return String(result)
    }
}
