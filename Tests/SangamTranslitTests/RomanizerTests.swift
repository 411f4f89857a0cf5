import Foundation
import Testing
@testable import SangamTranslit

/// One row per rule of `Romanizer`, on the rules alone (no exceptions file), so that a row fails
/// when its rule breaks rather than being rescued by a listed spelling.
@Suite("Romanisation: Devanagari → Latin as English writes Hindi names")
struct RomanizerTests {
    let romanizer = try! Romanizer()

    @Test("The issue's examples", arguments: [
        ("नरेंद्र मोदी", "Narendra Modi"), ("अरविंद केजरीवाल", "Arvind Kejriwal"),
        ("उत्तर प्रदेश", "Uttar Pradesh"), ("ज्ञान", "Gyan"), ("लक्ष्मी", "Lakshmi"),
        ("गौरांगलाल दास", "Gauranglal Das"),
    ])
    func issueExamples(hindi: String, latin: String) {
        #expect(romanizer.romanize(hindi) == latin)
    }

    @Test("Schwa deletion: final a silent, kept after a conjunct ending in a sonorant, medial VC_CV from the right",
          arguments: [
        ("शाह", "Shah"),            // final a silent
        ("न", "Na"),                // a word of one consonant keeps it
        ("मध्य", "Madhya"),         // conjunct ending in य
        ("कृष्ण", "Krishna"),       // conjunct ending in ण
        ("पद्म", "Padma"),          // conjunct ending in म
        ("पार्थ", "Parth"),         // conjunct ending in a stop loses it
        ("भट्ट", "Bhatt"),
        ("कमला", "Kamla"),          // V C _ C V
        ("नमक", "Namak"),           // the first syllable keeps its a
        ("कमलनाथ", "Kamalnath"),    // deciding from the right: ल loses it, so म keeps it
        ("संत", "Sant"),            // an a carrying a nasal is pronounced
        ("भारतीय", "Bhartiya"),     // final य after ी keeps its a
        ("मंत्रालय", "Mantralaya"), // -ालय keeps both
    ])
    func schwaDeletion(hindi: String, latin: String) {
        #expect(romanizer.romanize(hindi) == latin)
    }

    @Test("Compounds restart schwa deletion", arguments: [
        ("राज्यसभा", "Rajyasabha"), ("लोकसभा", "Loksabha"), ("रामप्रसाद", "Ramprasad"),
        ("अहमदनगर", "Ahmadnagar"), ("मुख्यमंत्री", "Mukhyamantri"), ("जसप्रीत", "Jasprit"),
    ])
    func compounds(hindi: String, latin: String) {
        #expect(romanizer.romanize(hindi) == latin)
    }

    @Test("Anusvara by the following consonant; chandrabindu as n", arguments: [
        ("मुंबई", "Mumbai"), ("संभल", "Sambhal"), ("संजय", "Sanjay"), ("गंगा", "Ganga"), ("चाँद", "Chand"),
    ])
    func nasals(hindi: String, latin: String) {
        #expect(romanizer.romanize(hindi) == latin)
    }

    @Test("Letters as English spells them", arguments: [
        ("ज़मीन", "Zamin"),          // nukta: ज़ → z
        ("फ़ैसला", "Faisla"),         // फ़ → f
        ("\u{095B}मीन", "Zamin"),     // precomposed ज़ reads the same
        ("रफी", "Rafi"),              // फ → f, as English writes it in names
        ("शिव", "Shiv"), ("विष्णु", "Vishnu"),  // श and ष → sh
        ("चंदा", "Chanda"), ("छाया", "Chhaya"), // च → ch, छ → chh
        ("इच्छा", "Ichha"),           // च्छ → chh
        ("ऋषि", "Rishi"),             // ऋ → ri
        ("द्रविड़", "Dravir"),         // ड़ → r
        ("दुःख", "Duhkh"),            // visarga → h
    ])
    func letters(hindi: String, latin: String) {
        #expect(romanizer.romanize(hindi) == latin)
    }

    @Test("व is w after a consonant and before ा or in -वत, v elsewhere", arguments: [
        ("अश्विनी", "Ashwini"), ("केजरीवाल", "Kejriwal"), ("रावत", "Rawat"), ("सावंत", "Sawant"),
        ("विजय", "Vijay"), ("यादव", "Yadav"), ("नवीन", "Navin"), ("सर्वपल्ली", "Sarvapalli"),
        ("मायावती", "Mayawati"),
    ])
    func va(hindi: String, latin: String) {
        #expect(romanizer.romanize(hindi) == latin)
    }

    @Test("Glides: य as i between a and a consonant, dropped between i and ा", arguments: [
        ("जयशंकर", "Jaishankar"), ("नायडू", "Naidu"), ("राय", "Rai"), ("सोनिया", "Sonia"),
        ("लुधियाना", "Ludhiana"), ("प्रियंका", "Priyanka"),
    ])
    func glides(hindi: String, latin: String) {
        #expect(romanizer.romanize(hindi) == latin)
    }

    @Test("English conventions: ैं before a consonant is a; final ोर is ore; Punjabi -inder", arguments: [
        ("नगालैंड", "Nagaland"), ("किशोर", "Kishore"), ("बोस", "Bose"),
        ("अमरिंदर", "Amrinder"), ("हरिंदर", "Harinder"), ("सुखविंदर", "Sukhvinder"), ("बंदर", "Bandar"),
    ])
    func loanVowels(hindi: String, latin: String) {
        #expect(romanizer.romanize(hindi) == latin)
    }

    @Test("Acronyms from letter names; initials before a full stop; one letter repeated is a name", arguments: [
        ("बीजेपी", "BJP"), ("आईएएस", "IAS"), ("सी. पी. राधाकृष्णन", "C. P. Radhakrishnan"),
        ("सीसी", "Sisi"), ("जी", "Ji"),
    ])
    func acronyms(hindi: String, latin: String) {
        #expect(romanizer.romanize(hindi) == latin)
    }

    @Test("A letter name before a full stop is an initial even when a listed word shares it")
    func initialOverListedWord() throws {
        let listed = try Romanizer(exceptions: RomanizationExceptions(pairs: [("डी", "de")]))
        #expect(listed.romanize("डी. वाई. चंद्रचूड़") == "D. Y. Chandrachur")
        #expect(listed.romanize("रियो डी जेनेरियो") == "Riyo de Jeneriyo")
    }

    @Test("Joiners inside a word are ignored, outside Devanagari kept; avagraha, ॰ and ॐ")
    func signs() throws {
        let listed = try Romanizer(exceptions: RomanizationExceptions(pairs: [("दिल्ली", "Delhi")]))
        #expect(listed.romanize("दिल्\u{200D}ली") == "Delhi")
        #expect(romanizer.romanize("a\u{200D}b 👨\u{200D}👩") == "a\u{200D}b 👨\u{200D}👩")
        #expect(romanizer.romanize("सोऽहम्") == "Soham")
        #expect(romanizer.romanize("डॉ॰ ॐ") == "Do. Om")
    }

    @Test("Independent vowels read as their signs")
    func independentVowels() {
        #expect(romanizer.romanize("अ आ इ ई उ ऊ ऋ ए ऐ ओ औ ऑ ऌ ॠ") == "A A I I U U Ri E Ai O Au O Li Ri")
        #expect(romanizer.romanize("ऐश्वर्या") == "Aishwarya")
    }

    @Test("Other characters: digits to ASCII, danda to a full stop, Latin kept")
    func otherCharacters() {
        #expect(romanizer.romanize("मोदी ने २०२५ में कहा। OK") == "Modi Ne 2025 Men Kaha. OK")
        #expect(romanizer.romanize("") == "")
    }

    @Test("The exceptions file wins over the rules, in both directions")
    func exceptions() throws {
        let listed = RomanizationExceptions(pairs: [("दिल्ली", "Delhi"), ("ठाकरे", "Thackeray")])
        let withList = try Romanizer(exceptions: listed)
        #expect(romanizer.romanize("नई दिल्ली") == "Nai Dilli")
        #expect(withList.romanize("नई दिल्ली") == "Nai Delhi")
        #expect(withList.romanize("उद्धव ठाकरे") == "Uddhav Thackeray")
        #expect(DevanagariSpeller(exceptions: listed).candidates(forWord: "delhi", limit: 1).first?.text == "दिल्ली")
    }

    @Test("The bundled exceptions file loads and names Delhi, Lucknow, Thackeray and Banerjee")
    func bundledExceptions() throws {
        let bundled = try RomanizationExceptions.standard()
        #expect(bundled.count > 100)
        let withList = try Romanizer(exceptions: bundled)
        #expect(withList.romanize("दिल्ली लखनऊ ठाकरे बनर्जी") == "Delhi Lucknow Thackeray Banerjee")
    }

    @Test("The glossary's place names are spellings where both words share a key, not where one translates the other")
    func glossaryPlaces() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("glossary-\(UUID().uuidString).tsv").path
        try """
            # english<TAB>hindi forms<TAB>kind
            Germany\tजर्मनी\tcountry
            India\tभारत|हिंदुस्तान\tcountry
            San Francisco\tसैन फ्रांसिस्को\tcity
            Jammu and Kashmir\tजम्मू और कश्मीर|जम्मू-कश्मीर\tstate
            Statue of Liberty\tस्टैच्यू ऑफ लिबर्टी\tplace
            election\tचुनाव\tnoun
            Pope\tपोप\ttitle

            """.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let places = try RomanizationExceptions(glossaryPlacesAt: path)
        let withPlaces = try Romanizer(exceptions: places)
        #expect(withPlaces.romanize("जर्मनी और सैन फ्रांसिस्को") == "Germany Aur San Francisco")
        #expect(withPlaces.romanize("भरत भारत") == "Bharat Bharat")  // India translates भारत
        #expect(places.latin(for: "और") == nil)  // and translates और
        #expect(places.latin(for: "कश्मीर") == "Kashmir")
        #expect(places.latin(for: "लिबर्टी") == "Liberty")
        #expect(places.latin(for: "पोप") == nil)  // a title, not a place
        #expect(places.latin(for: "चुनाव") == nil)
        #expect(DevanagariSpeller(exceptions: places).candidates(forWord: "Germany", limit: 1).first?.text == "जर्मनी")
    }

    @Test("ISO 15919 through ICU keeps every vowel and diacritic")
    func iso15919() throws {
        let iso = try ISO15919()
        #expect(iso.romanize("मोदी") == "mōdī")
        #expect(iso.romanize("कृष्ण") == "kr̥ṣṇa")
    }
}
