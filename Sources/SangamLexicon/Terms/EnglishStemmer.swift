/// Reduces an English word (already lower-case) to a stem under which its inflections meet:
/// `killed`, `kills`, `killing` → `kill`; `announced`, `announces` → `announc`; `said` → `say`.
///
/// A light suffix stripper, not a linguistic analyser: it needs only to be *consistent*, since
/// the glossary's headwords and the text's words pass through the same function. Irregular verb
/// forms that news uses often are listed.
public enum EnglishStemmer {
    /// The stem of `word`.
    /// - Parameter word: one lower-case word.
    public static func stem(_ word: Substring) -> Substring {
        if let base = irregular[word] { return base }
        var word = word
        if word.hasSuffix("'s") || word.hasSuffix("’s") { word = word.dropLast(2) }
        let count = word.utf8.count
        guard count > 3 else { return word }
        if word.hasSuffix("ies"), count > 4 { return word.dropLast(3) + "y" }
        if word.hasSuffix("ied"), count > 4 { return word.dropLast(3) + "y" }
        if word.hasSuffix("sses") { return word.dropLast(2) }
        if word.hasSuffix("ing"), count > 5 { return trimmed(word.dropLast(3)) }
        if word.hasSuffix("ed"), count > 4 { return trimmed(word.dropLast(2)) }
        if word.hasSuffix("es"), count > 4, let before = word.dropLast(2).last, "sxzh".contains(before) {
            return word.dropLast(2)
        }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
            return trimmed(word.dropLast())
        }
        return trimmed(word)
    }

    /// Drops a final silent e and undoubles a final consonant (`stopp` → `stop`), so that
    /// `announce` and `announc(ed)`, `stop` and `stopp(ed)` meet.
    private static func trimmed(_ stem: Substring) -> Substring {
        var stem = stem
        if stem.hasSuffix("e"), stem.utf8.count > 3 { stem = stem.dropLast() }
        let bytes = Array(stem.utf8)
        if bytes.count > 3, bytes[bytes.count - 1] == bytes[bytes.count - 2],
           !"aeiouls".utf8.contains(bytes[bytes.count - 1]) {
            stem = stem.dropLast()
        }
        return stem
    }

    /// Irregular forms that news writes often, to their base (itself stemmed as a base would be).
    private static let irregular: [Substring: Substring] = {
        let pairs: [(String, String)] = [
            ("said", "say"), ("says", "say"), ("met", "meet"), ("told", "tell"), ("won", "win"),
            ("lost", "lose"), ("began", "begin"), ("begun", "begin"), ("took", "take"), ("taken", "take"),
            ("gave", "give"), ("given", "give"), ("held", "hold"), ("left", "leave"), ("fell", "fall"),
            ("fallen", "fall"), ("rose", "rise"), ("risen", "rise"), ("made", "make"), ("came", "come"),
            ("went", "go"), ("gone", "go"), ("sent", "send"), ("spent", "spend"), ("brought", "bring"),
            ("bought", "buy"), ("sought", "seek"), ("fought", "fight"), ("caught", "catch"),
            ("taught", "teach"), ("thought", "think"), ("kept", "keep"), ("led", "lead"), ("ran", "run"),
            ("saw", "see"), ("seen", "see"), ("shot", "shoot"), ("stood", "stand"), ("struck", "strike"),
            ("spoke", "speak"), ("spoken", "speak"), ("broke", "break"), ("broken", "break"),
            ("chose", "choose"), ("chosen", "choose"), ("drove", "drive"), ("driven", "drive"),
            ("wrote", "write"), ("written", "write"), ("knew", "know"), ("known", "know"),
            ("grew", "grow"), ("grown", "grow"), ("drew", "draw"), ("drawn", "draw"), ("flew", "fly"),
            ("flown", "fly"), ("threw", "throw"), ("thrown", "throw"), ("sold", "sell"), ("built", "build"),
            ("paid", "pay"), ("laid", "lay"), ("found", "find"), ("felt", "feel"), ("dealt", "deal"),
            ("meant", "mean"), ("became", "become"), ("hit", "hit"), ("cut", "cut"), ("set", "set"),
            ("put", "put"), ("hurt", "hurt"), ("men", "man"), ("women", "woman"), ("children", "child"),
            ("people", "people"), ("news", "news"), ("was", "be"), ("were", "be"), ("is", "be"),
            ("are", "be"), ("been", "be"), ("has", "have"), ("had", "have"), ("did", "do"), ("done", "do"),
            ("wounded", "wound"), ("bled", "bleed"), ("fed", "feed"), ("fled", "flee"), ("slid", "slide"),
            ("sank", "sink"), ("sunk", "sink"), ("swore", "swear"), ("sworn", "swear"), ("woke", "wake"),
            ("ate", "eat"), ("eaten", "eat"), ("forgave", "forgive"), ("froze", "freeze"), ("lay", "lay"),
        ]
        var table: [Substring: Substring] = [:]
        for (form, base) in pairs {
            // The base goes through the regular rules, as the glossary's headword will.
            table[Substring(form)] = form == base ? Substring(base) : nil
        }
        for (form, base) in pairs where form != base {
            table[Substring(form)] = regularStem(Substring(base))
        }
        return table
    }()

    /// The stem by the suffix rules alone (for the bases of irregular forms).
    private static func regularStem(_ word: Substring) -> Substring {
        let count = word.utf8.count
        guard count > 3 else { return word }
        return trimmed(word)
    }
}
