import SangamAlign
import Testing

@Suite("SentenceAligner")
struct SentenceAlignerTests {
    let extractor = AlignmentFixtures.extractor
    let aligner = SentenceAligner()

    func align(_ english: [String], _ hindi: [String]) -> SentenceAlignment {
        aligner.align(english: english.map(extractor.analyze), hindi: hindi.map(extractor.analyze))
    }

    /// Every sentence of both sides in exactly one bead, in order, scores in [0, 1].
    func expectValid(_ alignment: SentenceAlignment, _ english: Int, _ hindi: Int,
                     sourceLocation: SourceLocation = #_sourceLocation) {
        var nextEnglish = 0, nextHindi = 0
        for bead in alignment.beads {
            #expect(bead.english.lowerBound == nextEnglish && bead.hindi.lowerBound == nextHindi, sourceLocation: sourceLocation)
            #expect(!(bead.english.isEmpty && bead.hindi.isEmpty), sourceLocation: sourceLocation)
            #expect((0...1).contains(bead.score), sourceLocation: sourceLocation)
            nextEnglish = bead.english.upperBound
            nextHindi = bead.hindi.upperBound
        }
        #expect(nextEnglish == english && nextHindi == hindi, sourceLocation: sourceLocation)
    }

    @Test("hand-aligned pairs: most gold beads found exactly", arguments: [
        "2025-12-05-rbi-repo-rate-cut", "2025-12-01-cyclone-ditwah-relief", "2025-11-28-q2-gdp-growth",
        "ians-20251207-002",
    ])
    func goldPairs(_ slug: String) throws {
        let english = try AlignmentFixtures.sentences(slug, "en").filter { !$0.isEmpty }
        let hindi = try AlignmentFixtures.sentences(slug, "hi").filter { !$0.isEmpty }
        let alignment = align(english, hindi)
        expectValid(alignment, english.count, hindi.count)
        let predicted = Set(alignment.beads.filter { !$0.isNull }.map(AlignmentFixtures.text))
        let gold = try AlignmentFixtures.gold(slug)
        let correct = predicted.intersection(gold).count
        #expect(Double(correct) / Double(gold.count) >= 0.85, "recall \(correct)/\(gold.count)")
        #expect(Double(correct) / Double(predicted.count) >= 0.85, "precision \(correct)/\(predicted.count)")
        #expect(alignment.warnings.isEmpty)
    }

    @Test("a sentence the Hindi adds goes with the sentence it leans on (इसी के साथ …, … ने यह जानकारी दी)",
          arguments: ["2025-12-02-junior-hockey-india-switzerland", "2025-12-08-iit-bombay-pesticide-sensor"])
    func additionLeansBack(_ slug: String) throws {
        let english = try AlignmentFixtures.sentences(slug, "en").filter { !$0.isEmpty }
        let hindi = try AlignmentFixtures.sentences(slug, "hi").filter { !$0.isEmpty }
        #expect(extractor.analyze(hindi[1]).continuesPrevious)
        let alignment = align(english, hindi)
        expectValid(alignment, english.count, hindi.count)
        // The lead with the added second Hindi sentence; the English second sentence from the third on.
        #expect(alignment.beads.first.map { [$0.english, $0.hindi] } == [0..<1, 0..<2])
        #expect(alignment.beads.dropFirst().first.map { [$0.english.lowerBound, $0.hindi.lowerBound] } == [1, 2])
    }

    @Test("a two-sentence quotation whose attribution the Hindi moves to the front aligns half for half",
          arguments: [("2025-11-25-kaziranga-bird-survey", 14, 18), ("2025-12-13-bengaluru-startup-funding", 9, 12),
                      // उन्होंने कहा, "…: the speaker named in the sentence before.
                      ("2025-11-20-iffi-goa-opens", 15, 18)])
    func movedAttribution(_ slug: String, english first: Int, hindi firstHindi: Int) throws {
        let english = try AlignmentFixtures.sentences(slug, "en").filter { !$0.isEmpty }
        let hindi = try AlignmentFixtures.sentences(slug, "hi").filter { !$0.isEmpty }
        // English names the speaker at the end of the quotation, Hindi at its start.
        #expect(extractor.analyze(english[first + 1]).quotation == .closing)
        #expect(extractor.analyze(hindi[firstHindi]).quotation == .opening)
        let alignment = align(english, hindi)
        expectValid(alignment, english.count, hindi.count)
        let beads = alignment.beads.map { [$0.english, $0.hindi] }
        #expect(beads.contains([first..<first + 1, firstHindi..<firstHindi + 1]))
        #expect(beads.contains([first + 1..<first + 2, firstHindi + 1..<firstHindi + 2]))
    }

    @Test("boilerplate lines stay unaligned instead of joining a neighbour")
    func boilerplate() throws {
        var english = try AlignmentFixtures.sentences("2025-12-05-rbi-repo-rate-cut", "en").filter { !$0.isEmpty }
        var hindi = try AlignmentFixtures.sentences("2025-12-05-rbi-repo-rate-cut", "hi").filter { !$0.isEmpty }
        english.insert("Also read: Sensex ends higher as banks rally", at: 4)
        hindi.insert("(इनपुट: आईएएनएस)", at: 6)
        hindi.append("यह भी पढ़ें: शेयर बाज़ार में तेज़ी")
        let alignment = align(english, hindi)
        expectValid(alignment, english.count, hindi.count)
        #expect(alignment.beads.contains { $0.english == 4..<5 && $0.hindi.isEmpty })
        #expect(alignment.beads.contains { $0.hindi == 6..<7 && $0.english.isEmpty })
        #expect(alignment.beads.last?.hindi == (hindi.count - 1)..<hindi.count)
        #expect(alignment.beads.last?.english.isEmpty == true)
    }

    @Test("an empty side: every sentence unaligned, and a warning")
    func emptySide() {
        let english = ["The RBI cut rates.", "Growth rose."]
        let alignment = align(english, [])
        expectValid(alignment, 2, 0)
        #expect(alignment.beads.count == 2)
        #expect(alignment.warnings.map(\.code) == [.emptySide])
        let nothing = align([], [])
        #expect(nothing.beads.isEmpty)
        #expect(nothing.warnings.map(\.code) == [.emptySide])
    }

    @Test("one line against 500: a valid alignment and a warning")
    func lopsided() {
        let hindi = (0..<500).map { "पंक्ति संख्या \($0) में कुछ शब्द हैं।" }
        let alignment = align(["Line 250 has a few words."], hindi)
        expectValid(alignment, 1, 500)
        #expect(alignment.warnings.contains { $0.code == .lopsided })
    }

    @Test("two English files, identical lines, a 100 KB line: valid alignments, with warnings")
    func strangeInput() {
        let english = (0..<12).map { "Sentence \($0 % 3) is the same as others." }
        let sameScript = align(english, english)
        expectValid(sameScript, 12, 12)
        #expect(sameScript.warnings.contains { $0.code == .sameScript })
        #expect(sameScript.warnings.contains { $0.code == .repeatedLines })
        let long = String(repeating: "बहुत लंबी पंक्ति ", count: 6_000)
        let longLine = align(["A short sentence.", "Another one."], ["छोटा वाक्य।", long])
        expectValid(longLine, 2, 2)
        #expect(longLine.warnings.contains { $0.code == .longSentence })
    }

    @Test("the band widens when the best path runs along its edge: ten sentences cut at the start, ten added at the end")
    func bandWidens() {
        let english = (0..<10).map { "Background note \($0 + 100) on the history of the river." }
            + (0..<20).map { "The council approved item \($0 + 1) on Monday." }
        let hindi = (0..<20).map { "परिषद ने सोमवार को मद \($0 + 1) को मंज़ूरी दी।" }
            + (0..<10).map { "पाठकों की प्रतिक्रिया \($0 + 500) यहां दर्ज है।" }
        let alignment = align(english, hindi)
        expectValid(alignment, 30, 30)
        // Ten sentences off the diagonal: beyond the starting band of six.
        #expect(SentenceAligner.Parameters().band < 10)
        let pairs = alignment.beads.filter { !$0.isNull }.map { [$0.english.lowerBound, $0.hindi.lowerBound] }
        #expect(pairs == (0..<20).map { [$0 + 10, $0] })
    }

    @Test("any starting band gives the alignment a search of every cell gives (none, a negative one, a narrow one)",
          arguments: ["2025-11-25-kaziranga-bird-survey", "2025-12-02-junior-hockey-india-switzerland", "ians-20251207-002"])
    func startingBand(_ slug: String) throws {
        let english = try AlignmentFixtures.sentences(slug, "en").filter { !$0.isEmpty }.map(extractor.analyze)
        let hindi = try AlignmentFixtures.sentences(slug, "hi").filter { !$0.isEmpty }.map(extractor.analyze)
        func beads(band: Int) -> [Bead] {
            var parameters = SentenceAligner.Parameters()
            parameters.band = band
            return SentenceAligner(parameters: parameters).align(english: english, hindi: hindi).beads
        }
        let everyCell = beads(band: max(english.count, hindi.count))
        for band in [-3, 0, 1, SentenceAligner.Parameters().band] {
            #expect(beads(band: band) == everyCell, "band \(band)")
        }
    }

    @Test("long documents stay within the band: 3,000 against 3,100 sentences")
    func longDocuments() {
        let english = (0..<3_000).map { "Item \($0) was approved by the committee." }
        let hindi = (0..<3_100).map { "मद \($0 % 3_000) को समिति ने मंज़ूरी दी।" }
        let alignment = align(english, hindi)
        expectValid(alignment, 3_000, 3_100)
    }
}
