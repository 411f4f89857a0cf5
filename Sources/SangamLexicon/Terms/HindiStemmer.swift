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
    public static func stem(_ word: Substring) -> Substring {
        let scalars = word.unicodeScalars
        let count = scalars.count
        for suffix in suffixes where suffix.count + 2 <= count {
            if hasSuffix(scalars, suffix) {
                let end = scalars.index(scalars.endIndex, offsetBy: -suffix.count)
                return Substring(scalars[..<end])
            }
        }
        return word
    }

    private static func hasSuffix(_ scalars: Substring.UnicodeScalarView, _ suffix: [Unicode.Scalar]) -> Bool {
        var index = scalars.endIndex
        for scalar in suffix.reversed() {
            index = scalars.index(before: index)
            if scalars[index] != scalar { return false }
        }
        return true
    }

    /// Inflectional suffixes of nouns, adjectives and verbs, longest first (in matching form:
    /// chandrabindu already folded to anusvara).
    private static let suffixes: [[Unicode.Scalar]] = [
        "ाएंगी", "ाएंगे", "ाऊंगी", "ाऊंगा", "ाइयां", "ाइयों", "ुंगी", "ुंगा", "ूंगी", "ूंगा",
        "ेंगी", "ेंगे", "एंगी", "एंगे", "ियां", "ियों", "ताएं", "ाएं", "ाओं", "ुओं", "ूओं",
        "ाकर", "ों", "ें", "ाओ", "ाए", "ाई", "ाना", "ाने", "ाती", "ाता", "ाते", "ती", "ता", "ते",
        "ने", "ना", "नी", "िया", "ीं", "ां", "ो", "े", "ू", "ी", "ि", "ा",
    ].map { Array(($0 as String).unicodeScalars) }.sorted { $0.count > $1.count }
}
