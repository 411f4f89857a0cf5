/// Which inherent vowels of a Hindi word are pronounced.
///
/// Hindi writes an a after every consonant that has no other vowel sign, but often does not
/// say it: नरेंद्र is Narendra, अरविंद Arvind, कमला Kamla. The rules, in the form Indian
/// English spelling of names follows:
///
/// 1. **Word-final a is silent** (अरविंद → Arvind, शाह → Shah), except
///    - in a word of one consonant (न → na), and
///    - after a conjunct whose last consonant is a sonorant (य र ल व or a nasal) or that ends
///      in र: मध्य Madhya, नरेंद्र Narendra, कृष्ण Krishna, पद्म Padma; a conjunct ending in a
///      stop loses it (पार्थ Parth, भट्ट Bhatt).
/// 2. **A medial a is silent in V C _ C V**, deciding from the right: the consonant follows a
///    pronounced vowel (not a conjunct) and precedes a single consonant whose vowel is
///    pronounced. कमला → Kamla, केजरीवाल → Kejriwal, कमलनाथ → Kamalnath (the a of ल goes,
///    so the a of म, now before a cluster, stays).
/// 3. **The first syllable keeps its a**, and so does a consonant followed by an anusvara or
///    chandrabindu (the a carries the nasal: संत Sant).
///
/// Compounds (राज्यसभा, अहमदनगर) break rule 2 across the seam; `Romanizer` splits them before
/// asking.
enum SchwaDeletion {
    /// For each unit of `word`, whether its inherent a is pronounced (false for units that are
    /// not consonants with an inherent a).
    static func pronouncedSchwas(in word: DevanagariWord) -> [Bool] {
        let units = word.units
        var keep = units.map { unit -> Bool in
            if case .consonant(_, _, .inherent) = unit { return true }
            return false
        }
        guard let last = units.lastIndex(where: isLetter) else { return keep }

        // Rule 1, the final a.
        if word.vowel(at: last) == .inherent, last == units.count - 1 || !isNasalSign(units[last + 1]) {
            let onlyConsonant = units[..<last].allSatisfy { !isLetter($0) }
            let afterConjunct = word.vowel(at: last - 1) == .virama
            let final = word.consonant(at: last) ?? 0
            let keepsAfterConjunct = Devanagari.isSonorant(final)
            if !onlyConsonant && !(afterConjunct && keepsAfterConjunct) && !keepsFinalYa(last, word: word) {
                keep[last] = false
            }
        }

        // Rules 2 and 3, from the right.
        var index = last - 1
        while index > 0 {
            defer { index -= 1 }
            guard keep[index] else { continue }
            // -ालय keeps both its a (हिमालय Himalaya).
            if index == last - 1, keep[last], keepsFinalYa(last, word: word) { continue }
            // The a carries a nasal sign: pronounced.
            if index + 1 < units.count, isNasalSign(units[index + 1]) { continue }
            // Preceded by a pronounced vowel: a vowel unit, a consonant with a sign or a kept a,
            // or a nasal sign after one. Not by a conjunct.
            guard precededByVowel(index, word: word, keep: keep) else { continue }
            // Followed by a single consonant whose vowel is pronounced.
            let next = index + 1
            guard let nextVowel = word.vowel(at: next) else { continue }
            switch nextVowel {
            case .virama: continue
            case .inherent: guard keep[next] else { continue }
            case .sign: break
            }
            keep[index] = false
        }
        return keep
    }

    /// A final य keeps its a after ी (भारतीय Bharatiya, राष्ट्रीय Rashtriya) and in -ालय
    /// (हिमालय Himalaya, मेघालय Meghalaya, मंत्रालय Mantralaya).
    private static func keepsFinalYa(_ last: Int, word: DevanagariWord) -> Bool {
        guard word.consonant(at: last) == Devanagari.ya, last >= 1 else { return false }
        if word.vowel(at: last - 1) == .sign(0x0940) { return true }
        return last >= 2 && word.consonant(at: last - 1) == Devanagari.la && word.vowel(at: last - 1) == .inherent
            && word.vowel(at: last - 2) == .sign(Devanagari.aaSign)
    }

    private static func precededByVowel(_ index: Int, word: DevanagariWord, keep: [Bool]) -> Bool {
        var previous = index - 1
        while previous >= 0, isNasalSign(word.units[previous]) || word.units[previous] == .visarga { previous -= 1 }
        guard previous >= 0 else { return false }
        switch word.units[previous] {
        case .independentVowel: return true
        case .consonant(_, _, .sign): return true
        case .consonant(_, _, .inherent): return keep[previous]
        default: return false
        }
    }

    private static func isNasalSign(_ unit: DevanagariWord.Unit) -> Bool {
        unit == .anusvara || unit == .chandrabindu
    }

    private static func isLetter(_ unit: DevanagariWord.Unit) -> Bool {
        switch unit {
        case .consonant, .independentVowel: true
        default: false
        }
    }
}
