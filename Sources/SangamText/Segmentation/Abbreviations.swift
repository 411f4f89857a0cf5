/// Abbreviations after which a full stop does not end a sentence, and the conditions under
/// which it does not. ICU's sentence rules break after `Dr.`, `Dec.` and `डॉ.` whenever a
/// capital letter or a Devanagari letter follows; these lists put such sentences back together.
struct Abbreviations: Sendable {
    /// What must follow an abbreviation for it to hold its sentence together.
    enum Continuation {
        /// Anything: titles before names (`Dr.`, `Mr.`, `डॉ.`).
        case always
        /// A digit: `No. 10`, `Dec. 6`, `Rs. 500`. Before a word, `Dec.` may end a sentence.
        case digit
        /// A letter: initials (`R. G. Sharma`, `आर. जी. शर्मा`) and dotted acronyms (`U.S. President`).
        case letter
    }

    private let words: [String: Continuation]

    /// Whether a full stop after `word` leaves the sentence open, with the list of the word's
    /// own script: `Dr.` is English wherever it appears, `डॉ.` Hindi.
    static func holdsSentence(after word: Substring, before next: Unicode.Scalar) -> Bool {
        let isDevanagari = word.unicodeScalars.contains { Script(of: $0) == .devanagari }
        return (isDevanagari ? hindi : english).holdsSentence(after: word, before: next)
    }

    /// Whether a full stop after `word` (the text between the last space and the stop) leaves
    /// the sentence open, given the first character of what follows.
    func holdsSentence(after word: Substring, before next: Unicode.Scalar) -> Bool {
        guard let continuation = continuation(of: word) else { return false }
        switch continuation {
        case .always: return true
        case .digit: return next.properties.numericType != nil
        case .letter: return next.properties.isAlphabetic
        }
    }

    private func continuation(of word: Substring) -> Continuation? {
        if let known = words[String(word)] ?? words[word.lowercased()] { return known }
        // A single capital (`R.`) or a dotted acronym (`U.S`, `U.K`, `e.g`): initials.
        let scalars = word.unicodeScalars
        if scalars.count == 1, let only = scalars.first, only.properties.isUppercase { return .letter }
        // Dotted initials written without spaces, in single letters or in the list's own letter
        // names: एम.के. स्टालिन.
        if word.contains(".") {
            let parts = word.split(separator: ".")
            if parts.allSatisfy({ $0.count == 1 && $0.first!.isLetter }) || parts.allSatisfy({ words[String($0)] == .letter }) {
                return .letter
            }
        }
        return nil
    }

    /// English news abbreviations. Keys are lowercase unless case matters.
    static let english = Abbreviations(words: merge(
        (.always, ["mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "maj", "brig", "sgt",
                   "adm", "cdr", "cmdr", "gov", "sen", "rep", "hon", "rev", "st", "smt", "shri", "sh",
                   "insp", "supt", "dy", "asst", "mt", "ft", "vs", "messrs", "sr", "jr", "cpl", "pvt",
                   "i.e", "e.g", "cf", "viz", "approx"]),
        (.digit, ["no", "nos", "rs", "re", "vol", "art", "sec", "para", "ch", "fig", "pp", "p",
                  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                  "km", "kg", "ph", "tel"])
    ))

    /// Hindi abbreviations: titles (डॉ., प्रो.) and the Devanagari names of Latin letters used
    /// as initials (आर. जी. शर्मा, एम. के. गांधी).
    static let hindi = Abbreviations(words: merge(
        (.always, ["डॉ", "प्रो", "श्री", "श्रीमती", "कु", "सुश्री", "ले", "जन", "मो", "स्व", "पं", "सं", "ई.पू"]),
        (.letter, ["ए", "बी", "सी", "डी", "ई", "एफ", "जी", "एच", "आई", "जे", "के", "एल", "एम", "एन", "ओ",
                   "पी", "क्यू", "आर", "एस", "टी", "यू", "वी", "डब्ल्यू", "डब्लू", "एक्स", "वाई", "जेड",
                   "ज़ेड"])
    ))

    private static func merge(_ groups: (Continuation, [String])...) -> [String: Continuation] {
        var words: [String: Continuation] = [:]
        for (continuation, list) in groups {
            for word in list { words[word] = continuation }
        }
        return words
    }
}
