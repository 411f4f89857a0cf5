/// The Hindi names of the Latin letters (बी B, जे J, पी P), by which Hindi writes acronyms
/// read letter by letter: बीजेपी BJP, आईएएस IAS, एमके स्टालिन M. K. Stalin.
enum LetterNames {
    /// Each letter with the Hindi spellings of its name, most usual first.
    static let spellings: [(letter: Character, hindi: [String])] = [
        ("A", ["ए"]), ("B", ["बी"]), ("C", ["सी"]), ("D", ["डी"]), ("E", ["ई"]), ("F", ["एफ", "एफ़"]),
        ("G", ["जी"]), ("H", ["एच"]), ("I", ["आई"]), ("J", ["जे"]), ("K", ["के"]), ("L", ["एल"]),
        ("M", ["एम"]), ("N", ["एन"]), ("O", ["ओ"]), ("P", ["पी"]), ("Q", ["क्यू"]), ("R", ["आर"]),
        ("S", ["एस"]), ("T", ["टी"]), ("U", ["यू"]), ("V", ["वी"]), ("W", ["डब्ल्यू", "डबल्यू"]),
        ("X", ["एक्स"]), ("Y", ["वाई"]), ("Z", ["ज़ेड", "जेड"]),
    ]

    /// Letter names as scalar arrays, longest first (एक्स before ए), for the search below.
    private static let table: [(letter: Character, scalars: [Unicode.Scalar])] =
        spellings.flatMap { entry in
            entry.hindi.map { (entry.letter, Array($0.decomposedNukta.unicodeScalars)) }
        }.sorted { $0.scalars.count > $1.scalars.count }

    /// The scalars a letter name starts with: a word starting otherwise is no acronym.
    private static let firstScalars = Set(table.compactMap(\.scalars.first))

    /// The acronym a Devanagari word spells, when the whole word is a run of letter names.
    /// - Parameters:
    ///   - word: the word's scalars, NFC.
    ///   - allowSingle: whether one letter name alone counts (an initial before a full stop,
    ///     सी. → C.); otherwise at least two are needed, since जी and ए are also words; and a letter repeated (सीसी) is read as a name.
    /// - Returns: the letters in upper case, or nil.
    static func acronym(_ word: ArraySlice<Unicode.Scalar>, allowSingle: Bool) -> String? {
        guard let first = word.first, firstScalars.contains(first) else { return nil }
        let scalars = Array(word)
        // best[i]: the letters spelling scalars[..<i], when they can be spelled.
        var best: [String?] = Array(repeating: nil, count: scalars.count + 1)
        best[0] = ""
        for start in 0..<scalars.count {
            guard let prefix = best[start] else { continue }
            for entry in table where start + entry.scalars.count <= scalars.count {
                let end = start + entry.scalars.count
                if best[end] == nil, scalars[start..<end].elementsEqual(entry.scalars) {
                    best[end] = prefix + String(entry.letter)
                }
            }
        }
        guard let letters = best[scalars.count], letters.count >= (allowSingle ? 1 : 2) else { return nil }
        // One letter repeated is more likely a name (सीसी Sisi, बीबी Bibi) than an acronym.
        if letters.count >= 2, Set(letters).count == 1 { return nil }
        return letters
    }

    /// The Hindi name of a Latin letter (upper or lower case), nil for anything else.
    static func hindi(for letter: Character) -> String? {
        let upper = Character(letter.uppercased())
        return spellings.first { $0.letter == upper }?.hindi.first
    }
}

extension String {
    /// NFC spells ज़ as ज + nukta (the precomposed letters are composition exclusions); the
    /// tables are written with the precomposed letter, so decompose it the same way.
    var decomposedNukta: String {
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if (0x0958...0x095F).contains(scalar.value) {
                scalars.append(Unicode.Scalar(Devanagari.baseOfNuktaForm(scalar.value))!)
                scalars.append(Unicode.Scalar(Devanagari.nukta)!)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
