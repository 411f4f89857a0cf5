/// How English letters spell Hindi sounds, with a cost for each reading (0 for the usual one,
/// higher for rarer ones). `DevanagariSpeller` searches over these readings.
///
/// The costs encode how Indian English writes Hindi names, not frequencies from a corpus:
/// t and d are usually dental (Modi मोदी, Pradesh प्रदेश) but may be retroflex (Patel पटेल,
/// Nadda नड्डा); a final a is usually ा (Sharma शर्मा) but the inherent a after a conjunct
/// (Narendra नरेंद्र); i inside a word is usually ि, at the end ी (Nitin नितिन, Modi मोदी).
enum LatinGraphemes {
    /// A Hindi vowel, written as a sign after a consonant or as a letter elsewhere.
    enum Sound: Equatable {
        case a, aa, i, ii, u, uu, e, ai, o, au, openO, vocalicR

        /// The vowel sign after a consonant ("" for the inherent a).
        var sign: String {
            switch self {
            case .a: ""
            case .aa: "\u{093E}"
            case .i: "\u{093F}"
            case .ii: "\u{0940}"
            case .u: "\u{0941}"
            case .uu: "\u{0942}"
            case .e: "\u{0947}"
            case .ai: "\u{0948}"
            case .o: "\u{094B}"
            case .au: "\u{094C}"
            case .openO: "\u{0949}"
            case .vocalicR: "\u{0943}"
            }
        }

        /// The independent letter at the start of a word or after another vowel.
        var letter: String {
            switch self {
            case .a: "अ"
            case .aa: "आ"
            case .i: "इ"
            case .ii: "ई"
            case .u: "उ"
            case .uu: "ऊ"
            case .e: "ए"
            case .ai: "ऐ"
            case .o: "ओ"
            case .au: "औ"
            case .openO: "ऑ"
            case .vocalicR: "ऋ"
            }
        }

        /// A short stable name, for learned-cost keys (`aa`, `ii`, `vocalicR`).
        var name: String {
            switch self {
            case .a: "a"
            case .aa: "aa"
            case .i: "i"
            case .ii: "ii"
            case .u: "u"
            case .uu: "uu"
            case .e: "e"
            case .ai: "ai"
            case .o: "o"
            case .au: "au"
            case .openO: "openO"
            case .vocalicR: "vocalicR"
            }
        }

        /// i-like vowels, after which a following a is written with a य glide (India इंडिया).
        var isFront: Bool { self == .i || self == .ii || self == .e || self == .ai }
    }

    /// Where in the word a grapheme stands, which changes its likely readings.
    enum Position { case initial, medial, final }

    /// One reading of a grapheme.
    enum Reading {
        /// Consonant letters (one, or a fixed conjunct such as क्ष), written after the previous
        /// consonant is joined to them.
        case consonant(String, cost: Double)
        /// A vowel sound.
        case vowel(Sound, cost: Double)
        /// Two vowel sounds, the second written as its own letter (Desai देसाई, Gavai गवई).
        case vowels(Sound, Sound, cost: Double)
        /// Nothing: a silent letter (the h of Abdullah).
        case silent(cost: Double)
        /// An anusvara followed by consonant letters (Singh सिंह: ng read as ं, h as ह).
        case nasalized(String, cost: Double)
        /// An anusvara on the vowel just written (Shopian शोपियां).
        case nasal(cost: Double)
        /// An anusvara on the vowel just written, then consonant letters (gaon गांव: on as ंव).
        case nasalThen(String, cost: Double)

        /// The hand-set cost, used where the learned costs say nothing.
        var cost: Double {
            switch self {
            case .consonant(_, let cost), .vowel(_, let cost), .vowels(_, _, let cost), .silent(let cost),
                 .nasalized(_, let cost), .nasal(let cost), .nasalThen(_, let cost): cost
            }
        }

        /// What the reading writes, for learned-cost keys: `क्ष`, `V:aa`, `V:a+ii`, `-`, `ंह`.
        var output: String {
            switch self {
            case .consonant(let letters, _): letters.decomposedNukta
            case .vowel(let sound, _): "V:" + sound.name
            case .vowels(let first, let second, _): "V:" + first.name + "+" + second.name
            case .silent: "-"
            case .nasalized(let letters, _): "\u{0902}" + letters.decomposedNukta
            case .nasal: "\u{0902}"
            case .nasalThen(let letters, _): "\u{0902}~" + letters
            }
        }
    }

    /// Where the letters of a grapheme stand, as learned costs distinguish it: the word's first
    /// letter (`I`), its last (`F`), inside the last syllable (`L`, no vowel letter after), inside
    /// a word of one syllable (`S`), or elsewhere inside (`M`).
    static func positionTag(_ letters: [UInt8], at index: Int, length: Int) -> Character {
        func isVowel(_ letter: UInt8) -> Bool { "aeiouy".utf8.contains(letter) }
        if index == 0 { return "I" }
        if index + length == letters.count { return "F" }
        if letters[(index + length)...].contains(where: isVowel) { return "M" }
        return letters[..<index].contains(where: isVowel) ? "L" : "S"
    }

    /// The groups a decision about the grapheme `letters[index..<index + length]` is learned in,
    /// most specific first: `KIND:grapheme@position` with the two letters either side, with one,
    /// and alone (`^` and `$` beyond the word's ends). `kind` is `G` for its reading, `S` for
    /// which grapheme starts there.
    static func contextGroups(_ kind: String, _ letters: [UInt8], at index: Int, length: Int) -> [String] {
        let grapheme = String(decoding: letters[index..<(index + length)], as: UTF8.self)
        let group = "\(kind):\(grapheme)@\(positionTag(letters, at: index, length: length))"
        func letter(_ position: Int) -> Character {
            guard position >= 0 else { return "^" }
            guard position < letters.count else { return "$" }
            return Character(Unicode.Scalar(letters[position]))
        }
        let after = index + length
        return ["\(group)|\(letter(index - 2))\(letter(index - 1))_\(letter(after))\(letter(after + 1))",
                "\(group)|\(letter(index - 1))_\(letter(after))", group]
    }

    /// The readings of the grapheme starting at `index` of `letters` (lower-case ASCII), as
    /// (length, readings) pairs, longest grapheme first. Costs are the hand-set ones;
    /// `SpellingCosts` may replace them.
    static func readings(_ letters: [UInt8], at index: Int) -> [(length: Int, readings: [Reading])] {
        func at(_ offset: Int) -> UInt8? { index + offset < letters.count ? letters[index + offset] : nil }
        func isVowel(_ letter: UInt8?) -> Bool { letter.map { "aeiou".utf8.contains($0) } ?? false }
        let first = letters[index], second = at(1), third = at(2)
        let position: Position = index == 0 ? .initial : (index + 1 == letters.count ? .final : .medial)
        let endsAt: (Int) -> Bool = { index + $0 == letters.count }
        var result: [(Int, [Reading])] = []

        // Three-letter graphemes.
        switch (first, second, third) {
        case (u8("k"), u8("s"), u8("h")): result.append((3, [.consonant("क्ष", cost: 0), .consonant("क्श", cost: 1.5)]))
        case (u8("c"), u8("h"), u8("h")): result.append((3, [.consonant("छ", cost: 0), .consonant("च्छ", cost: 0.4)]))
        case (u8("s"), u8("h"), u8("n")): result.append((3, [.consonant("ष्ण", cost: 0), .consonant("श्न", cost: 0.8)]))
        case (u8("n"), u8("g"), u8("h")) where !isVowel(at(3)):
            // Singh सिंह far more often than Sangh संघ.
            result.append((3, [.nasalized("ह", cost: index + 3 == letters.count ? -0.3 : 0.1), .nasalized("घ", cost: 0.5)]))
        case (u8("d"), u8("d"), u8("h")): result.append((3, [.consonant("द्ध", cost: 0), .consonant("ड्ढ", cost: 1.0)]))
        case (u8("t"), u8("t"), u8("h")): result.append((3, [.consonant("त्थ", cost: 0), .consonant("ट्ठ", cost: 0.6)]))
        case (u8("c"), u8("c"), u8("h")): result.append((3, [.consonant("च्छ", cost: 0.2), .consonant("च्च", cost: 0.4)]))
        default: break
        }

        // Two-letter graphemes.
        if let second {
            var two: [Reading] = []
            switch (first, second) {
            case (u8("c"), u8("h")): two = [.consonant("च", cost: 0), .consonant("छ", cost: 1.0), .consonant("क", cost: 1.6)]
            case (u8("s"), u8("h")):
                let beforeT = third == u8("t") || third == u8("k") || third == u8("p")  // ष्ट, ष्क, ष्प
                two = [.consonant("श", cost: beforeT ? 0.4 : 0), .consonant("ष", cost: beforeT ? 0 : 0.6)]
            case (u8("t"), u8("h")): two = [.consonant("थ", cost: 0), .consonant("ठ", cost: 0.7), .consonant("त", cost: 1.2)]
            case (u8("d"), u8("h")):
                two = [.consonant("ध", cost: 0), .consonant("ढ", cost: 0.8), .consonant("ढ़", cost: 0.9), .consonant("ड्ढ", cost: 1.2)]
            case (u8("k"), u8("h")): two = [.consonant("ख", cost: 0), .consonant("ख़", cost: 0.6)]
            case (u8("g"), u8("h")): two = [.consonant("घ", cost: 0), .consonant("ग़", cost: 1.0)]
            case (u8("p"), u8("h")): two = [.consonant("फ", cost: 0), .consonant("फ़", cost: 0.6)]
            case (u8("b"), u8("h")): two = [.consonant("भ", cost: 0)]
            case (u8("j"), u8("h")): two = [.consonant("झ", cost: 0)]
            case (u8("r"), u8("h")) where !isVowel(third) || endsAt(2): two = [.consonant("ढ़", cost: 0.2)]  // Chandigarh, Garhwal
            case (u8("r"), u8("h")): two = [.consonant("ढ़", cost: 0.6)]  // Sitamarhi सीतामढ़ी
            case (u8("g"), u8("y")) where isVowel(third): two = [.consonant("ज्ञ", cost: index == 0 ? 0.1 : 0.3)]  // ज्ञान, विज्ञान
            case (u8("c"), u8("k")): two = [.consonant("क", cost: 0), .consonant("क्क", cost: 0.8)]
            case (u8("o"), u8("w")) where !isVowel(third): two = [.vowel(.au, cost: 0.4), .vowel(.o, cost: 0.6)]  // Bhowmick भौमिक
            case (u8("s"), u8("r")) where index == 0: two = [.consonant("श्र", cost: 0.1)]  // Srinagar श्रीनगर
            case (u8("s"), u8("c")) where third == u8("e") || third == u8("i"): two = [.consonant("स", cost: 0.2)]
            // Double consonants: a geminate conjunct, or English doubling a single one.
            case (u8("t"), u8("t")):
                two = [.consonant("त्त", cost: 0), .consonant("ट्ट", cost: 0.2), .consonant("त", cost: 1.0), .consonant("ट", cost: 1.0)]
            case (u8("d"), u8("d")): two = [.consonant("ड्ड", cost: 0.1), .consonant("द्द", cost: 0.3), .consonant("द", cost: 0.9)]
            case (u8("l"), u8("l")): two = [.consonant("ल्ल", cost: 0), .consonant("ल", cost: 0.8)]
            case (u8("n"), u8("n")): two = [.consonant("न्न", cost: 0), .consonant("न", cost: 1.0), .consonant("ण्ण", cost: 1.2)]
            case (u8("m"), u8("m")): two = [.consonant("म्म", cost: 0), .consonant("म", cost: 1.0)]
            case (u8("p"), u8("p")): two = [.consonant("प्प", cost: 0), .consonant("प", cost: 1.0)]
            case (u8("k"), u8("k")): two = [.consonant("क्क", cost: 0)]
            case (u8("b"), u8("b")): two = [.consonant("ब्ब", cost: 0), .consonant("ब", cost: 0.8)]
            case (u8("g"), u8("g")): two = [.consonant("ग्ग", cost: 0)]
            case (u8("j"), u8("j")): two = [.consonant("ज्ज", cost: 0)]
            case (u8("s"), u8("s")): two = [.consonant("स", cost: 0.3), .consonant("स्स", cost: 0.7)]
            case (u8("r"), u8("r")): two = [.consonant("र", cost: 0.2), .consonant("र्र", cost: 1.0)]
            case (u8("f"), u8("f")): two = [.consonant("फ़", cost: 0.2), .consonant("फ", cost: 0.4)]
            case (u8("z"), u8("z")): two = [.consonant("ज़", cost: 0)]
            case (u8("c"), u8("c")): two = [.consonant("क्क", cost: 0.3), .consonant("क्स", cost: 0.8)]
            // Vowel digraphs.
            case (u8("a"), u8("a")): two = [.vowel(.aa, cost: 0)]
            case (u8("e"), u8("e")): two = [.vowel(.ii, cost: 0), .vowel(.i, cost: 0.8)]  // Jeetendra जितेंद्र
            case (u8("i"), u8("i")): two = [.vowel(.ii, cost: 0)]
            case (u8("o"), u8("o")): two = [.vowel(.uu, cost: 0), .vowel(.u, cost: 1.0)]
            case (u8("u"), u8("u")): two = [.vowel(.uu, cost: 0)]
            case (u8("o"), u8("u")): two = [.vowel(.au, cost: 0.3), .vowel(.o, cost: 0.4), .vowel(.uu, cost: 0.7)]
            case (u8("a"), u8("u")): two = [.vowel(.au, cost: 0), .vowel(.openO, cost: 1.0)]
            case (u8("a"), u8("w")) where !isVowel(third): two = [.vowel(.openO, cost: 1.2)]
            case (u8("a"), u8("i")) where endsAt(2):
                two = [.vowel(.ai, cost: 0.4), .vowels(.a, .ii, cost: 0.25), .vowels(.aa, .ii, cost: 0.3)]
            case (u8("a"), u8("i")):
                two = [.vowel(.ai, cost: 0.3), .vowels(.aa, .i, cost: 0.7), .vowels(.aa, .ii, cost: 0.8)]
            case (u8("e"), u8("i")): two = [.vowel(.e, cost: 0.4), .vowel(.ai, cost: 0.8), .vowel(.ii, cost: 0.9)]
            case (u8("e"), u8("y")) where endsAt(2): two = [.vowel(.e, cost: 0.3), .vowel(.ii, cost: 0.4)]  // Tirkey तिर्की
            case (u8("e"), u8("y")) where !isVowel(third): two = [.vowel(.e, cost: 0.3)]
            case (u8("a"), u8("y")) where !isVowel(third) && !endsAt(2): two = [.vowel(.ai, cost: 0.5), .vowel(.e, cost: 0.9)]
            case (u8("a"), u8("y")) where endsAt(2): two = [.vowel(.e, cost: 0.9)]
            case (u8("i"), u8("e")) where !isVowel(third): two = [.vowel(.ii, cost: 0.3)]
            case (u8("e"), u8("a")): two = [.vowel(.ii, cost: 0.6)]
            case (u8("r"), u8("i")) where index > 0 && !isVowel(letters[index - 1]) || index == 0:
                // कृष्ण Krishna, पृथ्वी Prithvi, ऋषि Rishi: ri as the vowel ृ.
                let before = index > 0 ? letters[index - 1] : 0
                let usual = "khmdvg".utf8.contains(before)  // कृ हृ मृ दृ वृ गृ; but त्रि प्रि श्री
                two = [.vowel(.vocalicR, cost: index == 0 ? 0.6 : (usual ? -0.2 : 0.8))]
            case (u8("r"), u8("u")) where index > 0 && !isVowel(letters[index - 1]) || index == 0:
                two = [.vowel(.vocalicR, cost: 1.0)]  // Marathi ru: Trupti तृप्ति, Ruturaj ऋतुराज
            default: break
            }
            if !two.isEmpty { result.append((2, two)) }
        }

        // Single letters.
        var one: [Reading] = []
        let beforeFront = second == u8("e") || second == u8("i") || second == u8("y")
        switch first {
        case u8("a"):
            // English a is Hindi a or ा. In the last syllable (Kumar कुमार, Prasad प्रसाद) and in a
            // word of one syllable (Ram राम) ा is a little more likely; elsewhere the a.
            let vowelsAfter = letters[(index + 1)...].contains(where: isVowel)
            let vowelsBefore = letters[..<index].contains(where: isVowel)
            switch position {
            case .initial: one = [.vowel(.a, cost: 0), .vowel(.aa, cost: vowelsAfter ? 0.6 : 0.5)]
            case .medial where !vowelsAfter && !vowelsBefore && letters.count - index <= 3
                && !(letters.count - index == 3 && letters[index + 1] == letters[index + 2]):
                one = [.vowel(.aa, cost: 0), .vowel(.a, cost: 0.8)]
            case .medial where !vowelsAfter: one = [.vowel(.aa, cost: 0.25), .vowel(.a, cost: 0.35)]
            case .medial where !isVowel(letters[index - 1]) && (second == u8("r") || second == u8("v") || second == u8("w")):
                // Punjabi spellings write an a Hindi does not: Parkash प्रकाश, Agarwal अग्रवाल.
                one = [.vowel(.a, cost: 0), .vowel(.aa, cost: 0.45), .silent(cost: 1.4)]
            case .medial: one = [.vowel(.a, cost: 0), .vowel(.aa, cost: 0.45)]
            case .final: one = [.vowel(.aa, cost: 0), .vowel(.a, cost: 0.9)]
            }
        case u8("e") where index > 0 && letters[index - 1] == u8("o"):
            one = [.vowel(.e, cost: 0.3), .consonant("य", cost: 0.4)]  // Goel गोयल, Goenka गोयनका
        case u8("e"):
            // e may stand for the inherent a: Amarinder अमरिंदर, Rehman रहमान, Sehgal सहगल.
            let schwa = index > 0 && !isVowel(letters[index - 1]) ? (second == u8("h") || second == u8("r") ? 0.5 : 1.0) : 3.0

            one = [.vowel(.e, cost: 0), .vowel(.ai, cost: 1.4), .vowel(.i, cost: 1.5), .vowel(.a, cost: schwa)]
        case u8("i") where index > 0 && letters[index - 1] == u8("a") && !isVowel(second):
            // Jaishankar जयशंकर, Naidu नायडू, Sai साय: ai may be a and a य.
            one = [.vowel(.i, cost: 0), .vowel(.ii, cost: 0.5), .consonant("य", cost: endsAt(1) ? 0.5 : 0.1)]
        case u8("i"):
            switch position {
            case .initial: one = [.vowel(.i, cost: 0), .vowel(.ii, cost: 1.0), .vowel(.ai, cost: 1.6)]
            case .medial: one = [.vowel(.i, cost: 0), .vowel(.ii, cost: 0.5), .vowel(.ai, cost: 1.8)]
            case .final: one = [.vowel(.ii, cost: 0), .vowel(.i, cost: 1.0)]
            }
        case u8("o") where index > 0 && (letters[index - 1] == u8("a") || letters[index - 1] == u8("e")):
            // Rao राव, Deoria देवरिया: o after a or e is a व; Nandgaon नंदगांव with the nasal first.
            one = [.vowel(.o, cost: 0.3), .consonant("व", cost: 0.2)]
            if letters[index - 1] == u8("a"), second == u8("n"), third == nil || !isVowel(third) {
                result.append((2, [.nasalThen("व", cost: 0.1)]))
            }
        case u8("o"):
            // o may stand for the inherent a in Bengali and Punjabi spellings: Mondal मंडल, Tandon टंडन.
            one = [.vowel(.o, cost: 0), .vowel(.openO, cost: 1.2), .vowel(.au, cost: 1.5), .vowel(.a, cost: index > 0 ? 1.5 : 3.0)]
        case u8("u"):
            switch position {
            case .final: one = [.vowel(.uu, cost: 0), .vowel(.u, cost: 0.4)]
            default: one = [.vowel(.u, cost: 0), .vowel(.uu, cost: 0.8), .vowel(.a, cost: 0.9)]
            }
        case u8("y"):
            if index > 0, !isVowel(letters[index - 1]), second == nil || !isVowel(second) {
                // After a consonant and not before a vowel, y is a vowel: Germany जर्मनी.
                one = [.vowel(.ii, cost: 0), .consonant("य", cost: 1.0)]
            } else {
                one = [.consonant("य", cost: 0), .vowel(.ii, cost: 1.2)]
            }
        case u8("w"), u8("v"): one = [.consonant("व", cost: 0)]
        case u8("c"): one = beforeFront ? [.consonant("स", cost: 0), .consonant("क", cost: 1.5)]
                                        : [.consonant("क", cost: 0), .consonant("च", cost: 1.2), .consonant("स", cost: 1.5)]
        case u8("g"): one = beforeFront ? [.consonant("ग", cost: 0), .consonant("ज", cost: 1.0)] : [.consonant("ग", cost: 0)]
        case u8("k"): one = [.consonant("क", cost: 0)]
        case u8("q"): one = [.consonant("क", cost: 0.3), .consonant("क़", cost: 0.5)]
        case u8("x"): one = [.consonant("क्स", cost: 0), .consonant("क्ष", cost: 0.6)]  // Laxman लक्ष्मण
        case u8("z"): one = [.consonant("ज़", cost: 0), .consonant("ज", cost: 0.4)]
        case u8("f"): one = [.consonant("फ", cost: 0), .consonant("फ़", cost: 0.2)]
        case u8("j"): one = [.consonant("ज", cost: 0)]
        case u8("t") where index == 1 && letters[0] == u8("s"):
            one = [.consonant("ट", cost: 0), .consonant("त", cost: 0.3)]  // English st: स्टालिन, स्टेशन
        case u8("t"): one = [.consonant("त", cost: 0), .consonant("ट", cost: 0.5)]
        case u8("d"): one = [.consonant("द", cost: 0), .consonant("ड", cost: 0.6), .consonant("ड़", cost: 1.2)]
        case u8("n") where endsAt(1) && index > 0 && isVowel(letters[index - 1]):
            // A final n may nasalise the vowel: Shopian शोपियां, Dhillon ढिल्लों, Budaun बदायूं.
            one = [.consonant("न", cost: 0), .consonant("ण", cost: 1.3), .nasal(cost: 1.2)]
        case u8("n"): one = [.consonant("न", cost: 0), .consonant("ण", cost: 1.3)]
        case u8("p"): one = [.consonant("प", cost: 0)]
        case u8("b"): one = [.consonant("ब", cost: 0), .consonant("व", cost: 1.2)]  // Bengali b: Biplab बिप्लव
        case u8("m"): one = [.consonant("म", cost: 0)]
        case u8("r"): one = [.consonant("र", cost: 0), .consonant("ड़", cost: 1.4)]
        case u8("l"): one = [.consonant("ल", cost: 0)]
        case u8("s"): one = [.consonant("स", cost: 0), .consonant("श", cost: 1.0), .consonant("ष", cost: 1.5)]
        case u8("h") where index > 0 && "cstdkgpbjr".utf8.contains(letters[index - 1]):
            // The h of a digraph (sh, th, kh) read on its own: rare.
            one = [.consonant("ह", cost: 1.8), .silent(cost: 1.5)]
        case u8("h"):
            let afterVowel = index > 0 && isVowel(letters[index - 1])
            one = afterVowel && endsAt(1) ? [.consonant("ह", cost: 0), .silent(cost: 0.7)] : [.consonant("ह", cost: 0), .silent(cost: 1.2)]
        default: one = [.silent(cost: 0.5)]
        }
        result.append((1, one))
        return result
    }

    @inline(__always) private static func u8(_ character: Unicode.Scalar) -> UInt8 { UInt8(character.value) }
}
