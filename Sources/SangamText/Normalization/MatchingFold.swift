/// The folds of the matching form that come after ICU's NFKC case fold, applied in one pass
/// over UTF-16 (every character they touch is in the Basic Multilingual Plane).
enum MatchingFold {
    /// Folds `units` (already NFKC case-folded, or plain ASCII) into the matching form.
    /// - Parameters:
    ///   - units: UTF-16 text.
    ///   - lowercasingASCII: lowercase A–Z here, for input that skipped ICU's case fold.
    static func apply(to units: [UInt16], lowercasingASCII: Bool) -> String {
        var output = [UInt16]()
        output.reserveCapacity(units.count)
        var pendingSpace = false
        var index = 0
        let count = units.count
        while index < count {
            var unit = units[index]
            index += 1
            if isWhiteSpace(unit) {
                pendingSpace = !output.isEmpty
                continue
            }
            switch unit {
            case 0x41...0x5A where lowercasingASCII:
                unit += 0x20
            case Devanagari.nukta:
                // ड़ and ढ़ are letters of their own; elsewhere the nukta marks a loan sound
                // that Hindi writers often leave unmarked.
                guard let previous = output.last, previous == Devanagari.dda || previous == Devanagari.ddha else {
                    continue
                }
            case Devanagari.chandrabindu:
                unit = Devanagari.anusvara
            case Devanagari.digitZero...Devanagari.digitNine:
                unit = 0x30 + (unit - Devanagari.digitZero)
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035:
                unit = 0x27  // '
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036, 0x00AB, 0x00BB:
                unit = 0x22  // "
            case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
                unit = 0x2D  // -
            default:
                if index + 1 < count, units[index] == Devanagari.virama,
                   Devanagari.isNasal(unit, homorganicWith: units[index + 1]) {
                    unit = Devanagari.anusvara
                    index += 1  // the virama goes with the nasal
                }
            }
            if pendingSpace {
                output.append(0x20)
                pendingSpace = false
            }
            output.append(unit)
        }
        return String(decoding: output, as: UTF16.self)
    }

    /// White space after NFKC: ASCII controls and space, NEL, and the separators NFKC leaves.
    @inline(__always)
    static func isWhiteSpace(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }
}

/// Devanagari code points the folds name.
enum Devanagari {
    static let chandrabindu: UInt16 = 0x0901
    static let anusvara: UInt16 = 0x0902
    static let nukta: UInt16 = 0x093C
    static let virama: UInt16 = 0x094D
    static let dda: UInt16 = 0x0921
    static let ddha: UInt16 = 0x0922
    static let digitZero: UInt16 = 0x0966
    static let digitNine: UInt16 = 0x096F

    /// Whether `nasal` is the nasal of the class (velar, palatal, retroflex, dental, labial)
    /// that `consonant` belongs to: ङ before क–घ, ञ before च–झ, ण before ट–ढ, न before त–ध,
    /// म before प–भ. Only then may nasal + virama be written as an anusvara.
    @inline(__always)
    static func isNasal(_ nasal: UInt16, homorganicWith consonant: UInt16) -> Bool {
        switch nasal {
        case 0x0919: (0x0915...0x0918).contains(consonant)
        case 0x091E: (0x091A...0x091D).contains(consonant)
        case 0x0923: (0x091F...0x0922).contains(consonant)
        case 0x0928: (0x0924...0x0927).contains(consonant)
        case 0x092E: (0x092A...0x092D).contains(consonant)
        default: false
        }
    }
}
