import Testing
@testable import SangamTranslit
import SangamText

@Suite("Latin → Devanagari: ranked Hindi spellings of English names")
struct DevanagariSpellerTests {
    let speller = DevanagariSpeller()

    @Test("The usual spelling comes first", arguments: [
        ("Narendra", "नरेंद्र"), ("Amit", "अमित"), ("Shah", "शाह"), ("Mumbai", "मुंबई"),
        ("Pradesh", "प्रदेश"), ("Sharma", "शर्मा"), ("Singh", "सिंह"), ("Gyan", "ज्ञान"),
        ("Lakshmi", "लक्ष्मी"), ("Ram", "राम"),
    ])
    func topOne(latin: String, hindi: String) {
        #expect(speller.candidates(forWord: latin, limit: 5).first?.text == hindi)
    }

    @Test("The right spelling is among the five best", arguments: [
        ("Kejriwal", "केजरीवाल"), ("Youngbin", "योंगबिन"), ("Krishna", "कृष्ण"), ("Yadav", "यादव"),
        ("Sanjay", "संजय"), ("Jaishankar", "जयशंकर"), ("Vidya", "विद्या"), ("Nadda", "नड्डा"),
    ])
    func topFive(latin: String, hindi: String) {
        #expect(speller.candidates(forWord: latin, limit: 5).map(\.text).contains(hindi))
    }

    @Test("Capitals: a word when pronounceable, letters otherwise; initials as letter names", arguments: [
        ("ISRO", "इसरो"), ("BJP", "बीजेपी"), ("DRDO", "डीआरडीओ"), ("UN", "यूएन"),
    ])
    func acronyms(latin: String, hindi: String) {
        #expect(speller.candidates(forWord: latin, limit: 3).first?.text == hindi)
    }

    @Test("With the learned costs and lists too, capitals that cannot be read as a word are spelled out first",
          arguments: ["BSF", "CRPF", "NDA", "BJP", "UPSC"])
    func acronymsWithEverything(latin: String) throws {
        let found = try Transliteration.standard().candidates(for: latin, to: .devanagari, limit: 5)
        #expect(found.first?.text == latin.compactMap { LetterNames.hindi(for: $0) }.joined())
    }

    @Test("No spelling starts with a sign (ं, a vowel sign, a virama)", arguments: ["NDA", "Ngozi", "Nkosi", "Mbappe", "Nduka"])
    func noLeadingSign(latin: String) throws {
        let found = try Transliteration.standard().candidates(for: latin, to: .devanagari, limit: 10)
        #expect(!found.isEmpty)
        for candidate in found {
            let first = try #require(candidate.text.unicodeScalars.first)
            #expect(!first.isCombiningMark, "\(candidate.text)")
        }
    }

    @Test("Spellings that read back as the English one come first (Tata: ताता, तता, तटा, not तात)")
    func roundTrip() throws {
        let model = LetterModel(words: try NameList.trainingPairs().map(\.hindi))
        let costs = try SpellingCosts.standard()
        let romanizer = try Romanizer()
        func readsBack(_ candidate: DevanagariSpeller.Candidate) -> Bool {
            DevanagariSpeller.roundTripKey(romanizer.romanize(candidate.text)) == "tata"
        }
        let plain = DevanagariSpeller(costs: costs, letterModel: model)
        let checked = DevanagariSpeller(costs: costs, letterModel: model, roundTrip: romanizer)
        #expect(!plain.candidates(forWord: "Tata", limit: 3).allSatisfy(readsBack))
        #expect(checked.candidates(forWord: "Tata", limit: 3).allSatisfy(readsBack))
    }

    @Test("The read-back key folds what English spellings of one name differ in", arguments: [
        ("Sanjeev", "Sanjiv"), ("Kapoor", "Kapur"), ("Farooq", "Faruk"), ("Wasim", "Vasim"), ("Zakir", "Jakir"),
        ("Fadnavis", "Phadnavis"), ("Chouhan", "Chauhan"), ("Aadmi", "Admi"), ("Dixit", "Diksit"),
    ])
    func roundTripKey(one: String, other: String) {
        #expect(DevanagariSpeller.roundTripKey(one) == DevanagariSpeller.roundTripKey(other))
        #expect(DevanagariSpeller.roundTripKey(one) != DevanagariSpeller.roundTripKey(one + "a"))
    }

    @Test("Whole lines: every Latin word spelled, the rest kept; initials before a full stop")
    func lines() {
        #expect(speller.spell("Amit Shah, 2025") == "अमित शाह, 2025")
        #expect(speller.spell("C. P. Radhakrishnan").hasPrefix("सी. पी. "))
        #expect(speller.spell("") == "")
    }

    @Test("Scores are in (0, 1], best first, and sum to one")
    func scores() {
        let found = speller.candidates(forWord: "Kananaskis", limit: 5)
        #expect(found.count == 5)
        #expect(zip(found, found.dropFirst()).allSatisfy { $0.score >= $1.score })
        #expect(abs(found.map(\.score).reduce(0, +) - 1) < 1e-9)
        #expect(Set(found.map(\.text)).count == 5)
    }

    @Test("Readability rule for capitals", arguments: [
        ("isro", true), ("nasa", true), ("sebi", true), ("bjp", false), ("drdo", false), ("iit", false), ("cbi", false),
    ])
    func pronounceable(letters: String, expected: Bool) {
        #expect(DevanagariSpeller.isPronounceable(Array(letters.utf8)) == expected)
    }

    @Test("A listed spelling comes first even where the search prefers another")
    func listedFirst() {
        let listed = RomanizationExceptions(pairs: [(hindi: "नरेन्द्र", latin: "Narendra")])
        let found = DevanagariSpeller(exceptions: listed).candidates(forWord: "Narendra", limit: 3).map(\.text)
        #expect(found.first == "नरेन्द्र")
        #expect(found.contains("नरेंद्र"))
    }

    @Test("A spelling with the nukta of a borrowed sound comes after the same spelling without it, as news writes it",
          arguments: ["Zomato", "Faizabad", "Brazil", "Qatar"])
    func plainBeforeNukta(latin: String) {
        let found = speller.candidates(forWord: latin, limit: 10).map(\.text)
        for (rank, text) in found.enumerated() where text.unicodeScalars.contains("\u{093C}") {
            guard let plain = DevanagariSpeller.withoutBorrowedNukta(text) else { continue }
            #expect(found[..<rank].contains(plain), "\(text) at \(rank) in \(found)")
        }
        #expect(DevanagariSpeller.withoutBorrowedNukta("सड\u{093C}क") == nil)  // ड़ is a letter of its own
    }

    @Test("Edge cases: diacritics folded, an over-long run of letters kept, e after o as य")
    func edges() {
        #expect(speller.spell("Café") == speller.spell("Cafe"))  // é read as e, not left in the output
        let long = String(repeating: "a", count: 100)
        #expect(speller.spell(long) == long)
        #expect(speller.candidates(forWord: "Goel", limit: 5).map(\.text).contains("गोयल"))
    }
}
