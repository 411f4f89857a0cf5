import SangamText

/// Reduces an English word (already lower-case) to a stem under which its inflections meet:
/// `killed`, `kills`, `killing` → `kill`; `announced`, `announces` → `announc`; `said` → `say`.
///
/// A light suffix stripper, not a linguistic analyser: it needs only to be *consistent*, since
/// the glossary's headwords and the text's words pass through the same function. Irregular verb
/// forms that news uses often are listed. Works on bytes: it runs on every word the aligner reads.
public enum EnglishStemmer {
    /// The stem of `word`.
    /// - Parameter word: one lower-case word.
    public static func stem(_ word: Substring) -> String {
        var word = word
        return word.withUTF8 { bytes in
            let (keep, append) = stem(bytes)
            return String(decoding: Array(bytes[..<keep]) + append, as: UTF8.self)
        }
    }

    /// The stem of a lower-case word's bytes: keep this many bytes, then append these.
    static func stem(_ word: UnsafeBufferPointer<UInt8>) -> (keep: Int, append: [UInt8]) {
        if let base = irregular[WordHash(word).value] { return (0, base) }
        return regularStem(word)
    }

    /// The stem by the suffix rules alone. The suffixes are compared byte by byte, written out:
    /// this runs for every English word the aligner reads.
    static func regularStem(_ word: UnsafeBufferPointer<UInt8>) -> (keep: Int, append: [UInt8]) {
        var count = word.count
        // Possessive 's (the matching form has already made ’ an ').
        if count > 2, word[count - 2] == UInt8(ascii: "'"), word[count - 1] == UInt8(ascii: "s") { count -= 2 }
        guard count > 3 else { return (count, []) }
        let (third, second, last) = (word[count - 3], word[count - 2], word[count - 1])
        let (e, i, s) = (UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "s"))
        // -ies, -ied → y
        if count > 4, third == i, second == e, last == s || last == UInt8(ascii: "d") { return (count - 3, y) }
        // -sses → ss
        if word[count - 4] == s, third == s, second == e, last == s { return (count - 2, []) }
        // -ing
        if count > 5, third == i, second == UInt8(ascii: "n"), last == UInt8(ascii: "g") { return (trimmed(word, count - 3), []) }
        // -ed
        if count > 4, second == e, last == UInt8(ascii: "d") { return (trimmed(word, count - 2), []) }
        // -es after s, x, z or h
        if count > 4, second == e, last == s {
            switch third {
            case s, UInt8(ascii: "x"), UInt8(ascii: "z"), UInt8(ascii: "h"): return (count - 2, [])
            default: break
            }
        }
        // -s, but not -ss, -us, -is
        if last == s, second != s, second != UInt8(ascii: "u"), second != i { return (trimmed(word, count - 1), []) }
        return (trimmed(word, count), [])
    }

    /// The `y` that -ies and -ied end in, made once.
    private static let y: [UInt8] = [UInt8(ascii: "y")]

    /// Drops a final silent e and undoubles a final consonant (`stopp` → `stop`), so that
    /// `announce` and `announc(ed)`, `stop` and `stopp(ed)` meet.
    private static func trimmed(_ word: UnsafeBufferPointer<UInt8>, _ count: Int) -> Int {
        var count = count
        if count > 3, word[count - 1] == UInt8(ascii: "e") { count -= 1 }
        if count > 3, word[count - 1] == word[count - 2] {
            switch word[count - 1] {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
                 UInt8(ascii: "l"), UInt8(ascii: "s"):
                break
            default:
                count -= 1
            }
        }
        return count
    }

    /// Irregular forms that news writes often, by the hash of the form, to their base's stem
    /// (a `StemTable`: `Dictionary`'s seeded hashing cost about 1 % of alignment).
    private static let irregular: StemTable<[UInt8]> = {
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
            ("meant", "mean"), ("became", "become"), ("men", "man"), ("women", "woman"), ("children", "child"),
            ("was", "be"), ("were", "be"), ("is", "be"), ("are", "be"), ("been", "be"), ("has", "have"),
            ("had", "have"), ("did", "do"), ("done", "do"), ("bled", "bleed"), ("fed", "feed"), ("fled", "flee"),
            ("slid", "slide"), ("sank", "sink"), ("sunk", "sink"), ("swore", "swear"), ("sworn", "swear"),
            ("woke", "wake"), ("ate", "eat"), ("eaten", "eat"), ("forgave", "forgive"), ("froze", "freeze"),
        ]
        var table = StemTable<[UInt8]>()
        for (form, base) in pairs {
            // The base goes through the regular rules, as the glossary's headword will.
            var base = base
            table.set(base.withUTF8 { bytes in
                let (keep, append) = regularStem(bytes)
                return Array(bytes[..<keep]) + append
            }, for: WordHash(form.utf8).value)
        }
        return table
    }()
}
