import SangamText

/// Reduces a Hindi word in matching form (nukta folded, chandrabindu as anusvara) to a stem under
/// which its inflections meet: `किसानों`, `किसान` → `किसान`; `मारा`, `मारे`, `मारना` → `मार`;
/// `बैठकें` → `बैठक`.
///
/// A light stemmer in the manner of Ramanathan and Rao (2003): the longest listed suffix is
/// removed when at least two code points stay. Like `EnglishStemmer` it needs to be consistent
/// rather than linguistically right, since the glossary's forms and the text pass through it.
/// Short function words it could mangle (से, को) are stop words and never reach it.
public enum HindiStemmer {
    /// The stem of `word`.
    /// - Parameter word: one Devanagari word in matching form.
    public static func stem(_ word: Substring) -> String {
        var word = word
        return word.withUTF8 { String(decoding: $0[..<stem($0)], as: UTF8.self) }
    }

    /// How many bytes of a Devanagari word's UTF-8 its stem keeps.
    static func stem(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        // Devanagari scalars are three bytes each, so a stem of two scalars is at least six bytes.
        guard word.count >= 9 else { return word.count }
        // Only the suffixes that end in the word's last scalar can match: most words end in a
        // consonant, which ends none.
        for suffix in suffixesEnding[bucket(word[word.count - 2], word[word.count - 1])] where suffix.count + 6 <= word.count {
            let start = word.count - suffix.count
            var matches = true
            for offset in 0..<suffix.count where word[start + offset] != suffix[offset] {
                matches = false
                break
            }
            if matches, UTF8Scalar.count(in: word[..<start]) >= 2 { return start }
        }
        return word.count
    }

    /// Inflectional suffixes of nouns, adjectives and verbs as UTF-8, longest first (in matching
    /// form: chandrabindu already folded to anusvara).
    static let suffixes: [[UInt8]] = [
        "ाएंगी", "ाएंगे", "ाऊंगी", "ाऊंगा", "ाइयां", "ाइयों", "ुंगी", "ुंगा", "ूंगी", "ूंगा",
        "ेंगी", "ेंगे", "एंगी", "एंगे", "ियां", "ियों", "ताएं", "ाएं", "ाओं", "ुओं", "ूओं",
        "ाकर", "ों", "ें", "ाओ", "ाए", "ाई", "ाना", "ाने", "ाती", "ाता", "ाते", "ती", "ता", "ते",
        "ने", "ना", "नी", "िया", "ीं", "ां", "ो", "े", "ू", "ी", "ि", "ा",
    ].map { Array(($0 as String).utf8) }.sorted { $0.count > $1.count }

    /// The suffixes by the bucket of their last scalar, each bucket longest first.
    private static let suffixesEnding: [[[UInt8]]] = {
        var buckets = [[[UInt8]]](repeating: [], count: 128)
        for suffix in suffixes { buckets[bucket(suffix[suffix.count - 2], suffix[suffix.count - 1])].append(suffix) }
        return buckets
    }()

    /// A Devanagari scalar's bucket from its last two UTF-8 bytes (E0 A4 xx or E0 A5 xx); other
    /// scalars share buckets with them, harmlessly, since the suffixes are compared in full.
    @inline(__always) private static func bucket(_ second: UInt8, _ last: UInt8) -> Int {
        Int(second & 1) << 6 | Int(last & 0x3F)
    }
}
