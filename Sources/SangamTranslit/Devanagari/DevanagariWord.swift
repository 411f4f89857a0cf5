/// A Devanagari word read as written units: consonants with their vowel, independent vowels
/// and the signs that follow a vowel (anusvara, chandrabindu, visarga).
///
/// Romanisation decides per unit, so this is the one place that knows how Unicode spells
/// Devanagari: nukta as a separate mark (NFC decomposes क़ into क + ़), virama for a conjunct,
/// a vowel sign after its consonant.
struct DevanagariWord {
    /// The vowel a consonant carries.
    enum Vowel: Equatable {
        /// No sign: the inherent a, which Hindi may or may not pronounce.
        case inherent
        /// A virama: the consonant joins the next one (or ends the word without a vowel).
        case virama
        /// A dependent vowel sign (matra), by scalar value.
        case sign(UInt32)
    }

    /// One written unit.
    enum Unit: Equatable {
        case consonant(UInt32, nukta: Bool, vowel: Vowel)
        case independentVowel(UInt32)
        case anusvara
        case chandrabindu
        case visarga
        /// Anything else (digits, punctuation, another script), kept as it is.
        case other(Unicode.Scalar)
    }

    var units: [Unit]

    /// Reads `scalars` (NFC) into units.
    init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        var units: [Unit] = []
        for scalar in scalars {
            let value = scalar.value
            switch value {
            case 0x0915...0x0939:
                units.append(.consonant(value, nukta: false, vowel: .inherent))
            case 0x0958...0x095F:
                units.append(.consonant(Devanagari.baseOfNuktaForm(value), nukta: true, vowel: .inherent))
            case Devanagari.nukta:
                if case .consonant(let base, _, let vowel)? = units.last {
                    units[units.count - 1] = .consonant(base, nukta: true, vowel: vowel)
                }
            case Devanagari.virama:
                if case .consonant(let base, let nukta, .inherent)? = units.last {
                    units[units.count - 1] = .consonant(base, nukta: nukta, vowel: .virama)
                }
            case 0x093A, 0x093B, 0x093E...0x094C, 0x094E, 0x094F, 0x0955...0x0957, 0x0962, 0x0963:
                if case .consonant(let base, let nukta, .inherent)? = units.last {
                    units[units.count - 1] = .consonant(base, nukta: nukta, vowel: .sign(value))
                } else {
                    // A vowel sign with no consonant (bad input or a quoted matra): read it as
                    // the vowel it stands for.
                    units.append(.independentVowel(value))
                }
            case 0x0904...0x0914, 0x0960, 0x0961, 0x0972...0x0977:
                units.append(.independentVowel(value))
            case 0x0902: units.append(.anusvara)
            case 0x0901: units.append(.chandrabindu)
            case 0x0903: units.append(.visarga)
            case 0x200C, 0x200D: continue  // ZWNJ and ZWJ change the glyph, not the sound
            default: units.append(.other(scalar))
            }
        }
        self.units = units
    }

    init(units: [Unit]) {
        self.units = units
    }

    /// Whether the unit at `index` is a consonant.
    func isConsonant(at index: Int) -> Bool {
        guard units.indices.contains(index), case .consonant = units[index] else { return false }
        return true
    }

    /// The vowel of the consonant at `index`, nil when it is not a consonant.
    func vowel(at index: Int) -> Vowel? {
        guard units.indices.contains(index), case .consonant(_, _, let vowel) = units[index] else { return nil }
        return vowel
    }

    /// The consonant letter at `index`, nil when it is not a consonant.
    func consonant(at index: Int) -> UInt32? {
        guard units.indices.contains(index), case .consonant(let base, _, _) = units[index] else { return nil }
        return base
    }
}

/// Code points and classes of the Devanagari block that transliteration needs by name.
enum Devanagari {
    static let nukta: UInt32 = 0x093C
    static let virama: UInt32 = 0x094D

    static let ka: UInt32 = 0x0915, ja: UInt32 = 0x091C, nya: UInt32 = 0x091E, ssa: UInt32 = 0x0937
    static let ya: UInt32 = 0x092F, ra: UInt32 = 0x0930, la: UInt32 = 0x0932, va: UInt32 = 0x0935
    static let ha: UInt32 = 0x0939, ca: UInt32 = 0x091A, cha: UInt32 = 0x091B
    static let na: UInt32 = 0x0928, ma: UInt32 = 0x092E, nna: UInt32 = 0x0923
    static let aaSign: UInt32 = 0x093E
    static let a: UInt32 = 0x0905, aa: UInt32 = 0x0906

    /// The consonant that a precomposed nukta letter (क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़) is built on.
    static func baseOfNuktaForm(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x0958: 0x0915
        case 0x0959: 0x0916
        case 0x095A: 0x0917
        case 0x095B: 0x091C
        case 0x095C: 0x0921
        case 0x095D: 0x0922
        case 0x095E: 0x092B
        default: 0x092F
        }
    }

    /// प फ ब भ म: before these an anusvara is an m (मुंबई Mumbai, संभल Sambhal).
    static func isLabial(_ value: UInt32) -> Bool { (0x092A...0x092E).contains(value) }

    /// Whether `value` is a Devanagari letter, sign or digit (the block, without dandas).
    static func isDevanagari(_ value: UInt32) -> Bool {
        (0x0900...0x097F).contains(value) && value != 0x0964 && value != 0x0965
    }

    /// य र ल व and the nasals: a conjunct ending in one keeps its final a (मध्य Madhya,
    /// कृष्ण Krishna, पद्म Padma, शुक्ल Shukla), unlike one ending in a stop (पार्थ Parth).
    static func isSonorant(_ value: UInt32) -> Bool {
        switch value {
        case 0x092F, 0x0930, 0x0932, 0x0935, 0x0919, 0x091E, 0x0923, 0x0928, 0x092E: true
        default: false
        }
    }
}
