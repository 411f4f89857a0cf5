import SangamAlign
import Testing

@Suite("Anchors: what an English and a Hindi sentence can share")
struct AnchorExtractorTests {
    let extractor = AlignmentFixtures.extractor

    func shared(_ english: String, _ hindi: String) -> Set<Anchor> {
        Set(extractor.analyze(english).anchors).intersection(extractor.analyze(hindi).anchors)
    }

    @Test("numbers meet across digits and scale words")
    func numbers() {
        let common = shared("The RBI cut the repo rate to 5.25 per cent and will buy bonds worth Rs 1 lakh crore.",
                            "आरबीआई ने रेपो दर घटाकर ५.२५ प्रतिशत कर दी और 1 लाख करोड़ रुपये के बॉन्ड खरीदेगा।")
        let labels = Set(common.filter { $0.kind == .number }.map { extractor.label(for: $0, in: "") })
        #expect(labels.contains("5.25"))
        #expect(labels.contains("1000000000000"))
    }

    @Test("names meet through their phonetic keys, translations through the glossary")
    func namesAndConcepts() {
        let english = "RBI Governor Sanjay Malhotra said inflation had eased."
        let common = shared(english, "आरबीआई गवर्नर संजय मल्होत्रा ने कहा कि महंगाई कम हुई है।")
        let labels = Set(common.map { extractor.label(for: $0, in: english) })
        #expect(labels.isSuperset(of: ["Malhotra", "Sanjay"]))
        #expect(common.contains { $0.kind == .concept && extractor.label(for: $0, in: english) == "inflation" })
        #expect(common.contains { $0.kind == .concept && extractor.label(for: $0, in: english).lowercased() == "governor" })
    }

    @Test("unrelated sentences share little")
    func unrelated() {
        let common = shared("Vidarbha beat Saurashtra by seven wickets in Rajkot.",
                            "दिल्ली में घने कोहरे से कई उड़ानें रद्द हुईं।")
        #expect(common.count <= 1)
    }

    @Test("quotations: where one opens and where one closes, in either script", arguments: [
        ("\"We will not let the rate rise,\" she said.", true, true),
        ("\"I saved for six months to come here.", true, false),
        ("Where else do you get to watch films from three continents in one day?\" said Neha Kulkarni.", false, true),
        ("He called the plan “a first step” towards a ceasefire.", true, true),
        ("उन्होंने कहा, \"यहां आने के लिए मैंने छह महीने तक पैसे बचाए।", true, false),
        ("हमने तस्वीरें तीन बार जांचीं।\"", false, true),
        ("India's exports to the US fell for the third month.", false, false),
    ])
    func quotations(text: String, opens: Bool, closes: Bool) {
        let anchors = extractor.analyze(text).anchors
        #expect(anchors.contains(.quoteOpens) == opens)
        #expect(anchors.contains(.quoteCloses) == closes)
    }

    @Test("a quotation's part, and the words outside it where the speaker is named", arguments: [
        ("\"I saved for six months to come here.", QuotationPart.opening, [String]()),
        ("Where else do you get to watch films in one day?\" said Neha Kulkarni, a film student from Pune.", .closing,
         [" said Neha Kulkarni, a film student from Pune."]),
        ("पुणे की छात्रा नेहा कुलकर्णी ने कहा, \"यहां आने के लिए मैंने छह महीने तक पैसे बचाए।", .opening,
         ["पुणे की छात्रा नेहा कुलकर्णी ने कहा, "]),
        // No space before the mark: a letter after it says it opens.
        ("उन्होंने कहा,\"यहां आने के लिए मैंने पैसे बचाए।", .opening, ["उन्होंने कहा,"]),
        ("“This is the snowfall everyone waits for,” said Ankit Sood, who runs a hotel.", .attributed,
         [" said Ankit Sood, who runs a hotel."]),
        // Two quotations around the attribution.
        ("\"We are ready,\" she said, \"and we will win.\"", .attributed, [" she said, "]),
        ("\"It was cold,\" said Ankit Sood, \"and the roads were shut.", .opening, [" said Ankit Sood, "]),
        ("\"Our phones have not stopped ringing since the morning.\"", .quotedOnly, []),
        ("हमने तस्वीरें तीन बार जांचीं।”", .closing, []),
        // Words in quotes are not speech, nor is an inch mark.
        ("यह “ऐतिहासिक” दिन है।", QuotationPart.none, []),
        ("The plant laid a 12\" pipe along the road.", QuotationPart.none, []),
        ("India's exports to the US fell for the third month.", QuotationPart.none, []),
    ])
    func quotationParts(text: String, part: QuotationPart, outside: [String]) {
        let sentence = extractor.analyze(text)
        #expect(sentence.quotation == part)
        // The speaker's anchors are those of the words outside the quotations, and their length theirs.
        var expected = outside.flatMap { extractor.analyze($0).anchors }
        expected.sort()
        #expect(sentence.speakerAnchors == expected)
        #expect(sentence.speakerLength == outside.reduce(0) { $0 + $1.unicodeScalars.count })
    }

    @Test("sentences that lean on the one before", arguments: [
        ("इसी के साथ भारत तीनों मैच जीतकर अपने ग्रुप में शीर्ष पर रहा।", true),
        ("संस्थान ने सोमवार को यह जानकारी दी।", true),
        ("उन्होंने कहा, \"हम पीछे नहीं हटेंगे।\"", true),
        ("साथ ही, राज्य सरकार ने मुआवज़े की घोषणा की।", true),
        ("However, the bill was passed by a voice vote.", true),
        ("\"It was a hard match,\" the coach said.", true),
        ("मनमीत सिंह के दो गोल की बदौलत भारत ने स्विट्ज़रलैंड को 5-0 से हराया।", false),
        ("India beat Switzerland 5-0 in their last pool match.", false),
        ("Itanagar recorded its coldest night of the season.", false),
    ])
    func leansBack(text: String, expected: Bool) {
        #expect(extractor.analyze(text).continuesPrevious == expected)
    }

    @Test("fragments and boilerplate are marked")
    func marks() {
        #expect(extractor.analyze("Money raised on the day goes to the welfare of ex-servicemen,").isFragment)
        #expect(!extractor.analyze("The fund received about Rs 96 crore last year.").isFragment)
        #expect(extractor.analyze("(इनपुट: आईएएनएस)").isBoilerplate)
        #expect(extractor.analyze("वर्ष 1949 से हर साल 7 दिसंबर को झंडा दिवस मनाया जाता है।").isDevanagari)
    }
}
