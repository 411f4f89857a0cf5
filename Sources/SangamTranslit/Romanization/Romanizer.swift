public import SangamText

/// Devanagari to Latin as Indian English writes Hindi names: नरेंद्र मोदी → Narendra Modi,
/// अरविंद केजरीवाल → Arvind Kejriwal, उत्तर प्रदेश → Uttar Pradesh, ज्ञान → Gyan,
/// लक्ष्मी → Lakshmi.
///
/// The rules:
/// - **Schwa deletion** (see `SchwaDeletion`), with compounds split first so that each part
///   keeps its own a: राज्यसभा → Rajya + Sabha, रामप्रसाद → Ram + Prasad.
/// - **Letters as English spells them**: no diacritics; long and short vowels alike (ी → i,
///   ू → u); श and ष → sh, च → ch, छ → chh, ऋ → ri, ज्ञ → gy, क्ष → ksh; nukta letters by
///   their sound (ज़ → z, फ़ → f, क़ → q, ड़ → r); व → w after a consonant or before ा
///   (Ashwini, Kejriwal), v elsewhere (Vijay, Yadav).
/// - **Nasals**: anusvara is m before प फ ब भ म (मुंबई → Mumbai) and n elsewhere; so is
///   chandrabindu.
/// - **Glides**: a silent-a य after a or ा and before a consonant is i (जयशंकर → Jaishankar,
///   नायडू → Naidu), as is a final one after ा (राय → Rai).
/// - **Letters of acronyms**: a word made of the Hindi names of Latin letters is the acronym
///   (बीजेपी → BJP, आईएएस → IAS), and a letter name before a full stop is an initial
///   (सी. पी. → C. P.).
/// - **Title case** for each word.
///
/// English spells some names its own way (Delhi, Lucknow, Thackeray, Banerjee); those come
/// from `RomanizationExceptions`, not from rules.
public struct Romanizer: Sendable {
    /// Irregular spellings consulted before the rules.
    public let exceptions: RomanizationExceptions

    private let normalizer: Normalizer
    /// Words already romanised: news repeats its words, and a word's romanisation depends on
    /// nothing else.
    private let cache = WordCache<String>()

    /// Creates a romaniser.
    /// - Parameter exceptions: irregular spellings, by default none.
    /// - Throws: `ICUError` when ICU's normalisation data cannot be loaded.
    public init(exceptions: RomanizationExceptions = RomanizationExceptions()) throws(ICUError) {
        self.exceptions = exceptions
        self.normalizer = try Normalizer()
    }

    /// `text` with every Devanagari word romanised; other characters kept, Devanagari digits as
    /// ASCII digits and the danda as a full stop.
    /// - Parameter text: a line of any script.
    /// - Returns: the romanised line.
    public func romanize(_ text: String) -> String {
        var line = normalizer.nfc(text)
        return line.withUTF8 { romanize(utf8: $0) }
    }

    /// Works on the UTF-8 bytes: text outside Devanagari words is copied as it is, and each
    /// word is looked up in the cache by its bytes before it is decoded.
    private func romanize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
            guard Self.isWordScalar(scalar) else {
                if scalar < 0x80 {
                    output.append(UInt8(scalar))  // spaces and ASCII: as they are, without a String
                } else {
                    output.append(contentsOf: Self.nonLetter(Unicode.Scalar(scalar) ?? "\u{FFFD}").utf8)
                }
                index += length
                continue
            }
            // A word runs over Devanagari letters and signs, and over a joiner (ZWJ, ZWNJ) only
            // when Devanagari follows it: joiners elsewhere (in emoji) are not Sangam's to drop.
            var end = index + length
            while end < bytes.count {
                let (next, nextLength) = UTF8Scalar.decode(bytes, at: end)
                if next == 0x200C || next == 0x200D, end + nextLength < bytes.count,
                   Self.isWordScalar(UTF8Scalar.decode(bytes, at: end + nextLength).0) {
                    end += nextLength
                    continue
                }
                guard Self.isWordScalar(next) else { break }
                end += nextLength
            }
            let word = UnsafeBufferPointer(rebasing: bytes[index..<end])
            let followedByStop = end < bytes.count && bytes[end] == UInt8(ascii: ".")
            if !followedByStop, let known = cache.value(for: word) {
                output.append(contentsOf: known.utf8)
            } else {
                // Joiners change a glyph, not a spelling: दिल्‍ली with a ZWJ is दिल्ली. (Both are
                // E2 80 8C/8D in UTF-8; the lead byte E2 is not Devanagari's.)
                var text = String(decoding: word, as: UTF8.self)
                if word.contains(0xE2) {
                    text = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value != 0x200C && $0.value != 0x200D }))
                }
                let latin = uncachedWord(text, Array(text.unicodeScalars)[...], followedByStop: followedByStop)
                if !followedByStop { cache.remember(word, latin) }
                output.append(contentsOf: latin.utf8)
            }
            index = end
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Letters and signs of Devanagari words (not digits or dandas), and the joiners inside them.
    @inline(__always) private static func isWordScalar(_ value: UInt32) -> Bool {
        Devanagari.isDevanagari(value) && !(0x0966...0x096F).contains(value) && value != 0x0970 && value != 0x0950
    }

    /// One Devanagari word (NFC), title-cased.
    private func uncachedWord(_ word: String, _ scalars: ArraySlice<Unicode.Scalar>, followedByStop: Bool) -> String {
        // A letter name before a full stop is an initial even when a listed word shares it:
        // डी. is D., though रियो डी जेनेरियो lists डी as de.
        let acronym = LetterNames.acronym(scalars, allowSingle: followedByStop)
        if let initial = acronym, initial.count == 1 { return initial }
        if let spelled = exceptions.latin(for: word) { return spelled }
        if let acronym { return acronym }
        let parts = Compounds.split(DevanagariWord(scalars))
        return Self.titleCased(parts.enumerated().map { Self.rules($0.element, isCompoundTail: $0.offset > 0) }.joined())
    }

    /// The rules, lower case, for one word (or one part of a compound).
    static func rules(_ word: DevanagariWord, isCompoundTail: Bool = false) -> String {
        let units = word.units
        let pronounced = SchwaDeletion.pronouncedSchwas(in: word)
        var latin = ""
        var lastVowel = ""  // the last vowel written, for the य glide
        for (index, unit) in units.enumerated() {
            switch unit {
            case .consonant(let base, let nukta, let vowel):
                // ज्ञ is gy; the first half of च्छ is silent (the second gives chh).
                if base == Devanagari.ja, vowel == .virama, word.consonant(at: index + 1) == Devanagari.nya {
                    latin += "gy"
                    continue
                }
                if base == Devanagari.nya, index > 0, word.consonant(at: index - 1) == Devanagari.ja,
                   word.vowel(at: index - 1) == .virama {
                    // written as gy above
                } else if base == Devanagari.ca, vowel == .virama, word.consonant(at: index + 1) == Devanagari.cha {
                    // silent
                } else if base == Devanagari.ya, isSilentGlide(index, word: word, pronounced: pronounced, lastVowel: lastVowel) {
                    latin += "i"
                    lastVowel = "i"
                    continue
                } else if base == Devanagari.ya, lastVowel == "i", isDroppedGlide(index, word: word) {
                    // सोनिया Sonia, इंडिया India, लुधियाना Ludhiana: English drops the glide.
                } else {
                    var spelled = consonant(base, nukta: nukta, at: index, in: word, pronounced: pronounced)
                    if isCompoundTail, index == 0, base == Devanagari.va,
                       word.vowel(at: 0) == .sign(Devanagari.aaSign) || word.vowel(at: 0) == .inherent {
                        spelled = "w"  // मायावती Mayawati
                    }
                    latin += spelled
                }
                switch vowel {
                case .inherent:
                    let kept = pronounced[index]
                    // Punjabi -inder: the a of िंदर is written e (अमरिंदर Amarinder, सुखविंदर Sukhvinder).
                    if kept, isInder(index, in: word, pronounced: pronounced) {
                        latin += "e"
                    } else if kept { latin += "a" }
                    lastVowel = kept ? "a" : ""
                case .virama:
                    lastVowel = ""
                case .sign(let sign):
                    // ैं before a consonant is the a of English loans: नगालैंड Nagaland.
                    let beforeNasalCluster = index + 2 < units.count && units[index + 1] == .anusvara
                        && word.isConsonant(at: index + 2)
                    let spelled = sign == 0x0948 && beforeNasalCluster ? "a" : vowelSign(sign)
                    latin += spelled
                    lastVowel = spelled
                }
            case .independentVowel(let value):
                let spelled = independentVowel(value)
                latin += spelled
                lastVowel = spelled
            case .anusvara, .chandrabindu:
                let next = word.consonant(at: index + 1)
                latin += next.map(Devanagari.isLabial) == true ? "m" : "n"
            case .visarga:
                latin += "h"
            case .other(let scalar):
                latin += scalar.value == 0x093D ? "" : nonLetter(scalar)  // avagraha: सोऽहम् Soham
                lastVowel = ""
            }
        }
        // A final ोर or ोस as English spells it: किशोर Kishore, टैगोर Tagore, बोस Bose.
        if units.count >= 2, let final = word.consonant(at: units.count - 1), final == Devanagari.ra || final == 0x0938,
           word.vowel(at: units.count - 1) == .inherent, !pronounced[units.count - 1],
           word.vowel(at: units.count - 2) == .sign(0x094B) {
            latin += "e"
        }
        return latin
    }

    /// The द of a final िंदर (or ींदर), whose a English writes e.
    private static func isInder(_ index: Int, in word: DevanagariWord, pronounced: [Bool]) -> Bool {
        guard index >= 2, index + 2 == word.units.count, word.consonant(at: index) == 0x0926,
              word.consonant(at: index + 1) == Devanagari.ra, !pronounced[index + 1],
              word.units[index - 1] == .anusvara else { return false }
        return word.vowel(at: index - 2) == .sign(0x093F) || word.vowel(at: index - 2) == .sign(0x0940)
    }

    /// A य between i and ा, which English does not write (सोनिया Sonia, लुधियाना Ludhiana).
    private static func isDroppedGlide(_ index: Int, word: DevanagariWord) -> Bool {
        index > 0 && word.vowel(at: index) == .sign(Devanagari.aaSign)
    }

    /// A य whose a is silent after a or ा, before a consonant (जयशंकर, नायडू) or, after ा,
    /// at the end (राय): English writes i.
    private static func isSilentGlide(_ index: Int, word: DevanagariWord, pronounced: [Bool], lastVowel: String) -> Bool {
        guard lastVowel == "a", index > 0, word.vowel(at: index - 1) != DevanagariWord.Vowel.virama else { return false }
        let silent: Bool
        switch word.vowel(at: index) {
        case .inherent?: silent = !pronounced[index]
        case .virama?: silent = true
        default: silent = false
        }
        guard silent else { return false }
        if word.isConsonant(at: index + 1) { return true }
        let atEnd = index + 1 == word.units.count
        return atEnd && word.vowel(at: index - 1) == .sign(Devanagari.aaSign)
    }

    private static func consonant(_ base: UInt32, nukta: Bool, at index: Int, in word: DevanagariWord,
                                  pronounced: [Bool]) -> String {
        if nukta {
            switch base {
            case 0x0915: return "q"
            case 0x0916: return "kh"
            case 0x0917: return "gh"
            case 0x091C: return "z"
            case 0x091D: return "zh"
            case 0x0921: return "r"
            case 0x0922: return "rh"
            case 0x092B: return "f"
            default: break
            }
        }
        switch base {
        case 0x0915: return "k"
        case 0x0916: return "kh"
        case 0x0917: return "g"
        case 0x0918: return "gh"
        case 0x0919: return "n"
        case 0x091A: return "ch"
        case 0x091B: return "chh"
        case 0x091C: return "j"
        case 0x091D: return "jh"
        case 0x091E: return "n"
        case 0x091F: return "t"
        case 0x0920: return "th"
        case 0x0921: return "d"
        case 0x0922: return "dh"
        case 0x0923: return "n"
        case 0x0924: return "t"
        case 0x0925: return "th"
        case 0x0926: return "d"
        case 0x0927: return "dh"
        case 0x0928, 0x0929: return "n"
        case 0x092A: return "p"
        case 0x092B: return "f"  // English writes f: Rafi, Mufti, Faridabad
        case 0x092C: return "b"
        case 0x092D: return "bh"
        case 0x092E: return "m"
        case 0x092F: return "y"
        case 0x0930, 0x0931: return "r"
        case 0x0932, 0x0933, 0x0934: return "l"
        case 0x0935:
            // w after a consonant other than र (अश्विनी Ashwini, but सर्वपल्ली Sarvepalli) and
            // before ा inside a word (केजरीवाल Kejriwal), and in -वत (रावत Rawat); v elsewhere (विजय,
            // यादव, नवीन).
            guard index > 0 else { return "v" }
            if word.vowel(at: index - 1) == DevanagariWord.Vowel.virama {
                return word.consonant(at: index - 1) == Devanagari.ra ? "v" : "w"
            }
            switch word.vowel(at: index) {
            case .sign(Devanagari.aaSign)?: return "w"
            case .inherent?:
                // Before त, as in the -wat and -want of surnames (रावत Rawat, सावंत Sawant).
                var next = index + 1
                if next < word.units.count, word.units[next] == .anusvara { next += 1 }
                return pronounced[index] && word.consonant(at: next) == 0x0924 ? "w" : "v"
            default: return "v"
            }
        case 0x0936, 0x0937: return "sh"
        case 0x0938: return "s"
        case 0x0939: return "h"
        default: return ""
        }
    }

    private static func vowelSign(_ value: UInt32) -> String {
        switch value {
        case 0x093E: "a"
        case 0x093F, 0x0940: "i"
        case 0x0941, 0x0942: "u"
        case 0x0943, 0x0944: "ri"
        case 0x0945, 0x0946, 0x0947: "e"
        case 0x0948: "ai"
        case 0x0949, 0x094A, 0x094B: "o"
        case 0x094C: "au"
        case 0x0962, 0x0963: "li"
        default: ""
        }
    }

    /// An independent vowel as its sign would be written: Unicode lays out आ…औ 0x38 below
    /// their signs ा…ौ; अ (whose sign is the inherent a) and the vocalic ones are the exceptions.
    private static func independentVowel(_ value: UInt32) -> String {
        switch value {
        case 0x0905, 0x0972: "a"
        case 0x090C, 0x0961: "li"
        case 0x0960: "ri"
        case 0x0906...0x0914: vowelSign(value + 0x38)
        default: vowelSign(value)
        }
    }

    /// A character outside Devanagari words: digits become ASCII, the danda a full stop.
    static func nonLetter(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x0966...0x096F: String(Unicode.Scalar(scalar.value - 0x0966 + 0x30)!)
        case 0x0964, 0x0965, 0x0970: "."  // danda, double danda, abbreviation sign (डॉ॰)
        case 0x0950: "Om"  // ॐ
        default: String(scalar)
        }
    }

    static func titleCased(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }
}
