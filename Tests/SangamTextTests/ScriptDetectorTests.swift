import Testing
import SangamText

@Suite("ScriptDetector")
struct ScriptDetectorTests {
    let detector = ScriptDetector()

    @Test("segment kind", arguments: [
        ("India, South Korea explore space cooperation", SegmentScriptKind.latin),
        ("भारत और दक्षिण कोरिया ने अंतरिक्ष सहयोग पर चर्चा की।", .devanagari),
        ("जी20 शिखर सम्मेलन में G20 देशों के नेता", .devanagari),  // one Latin token in Hindi
        ("PM Modi ने कहा कि India-Korea साझेदारी", .mixed),
        ("2025", .numeric), ("२०२५", .numeric), ("1,30,000 (5.5%)", .numeric),
        ("ملاقات ہوئی", .other), ("", .empty), ("   ", .empty),
    ])
    func kind(text: String, expected: SegmentScriptKind) {
        #expect(detector.profile(of: text).kind == expected)
    }

    @Test("shares count scalars of each script, white space excluded")
    func shares() {
        let profile = detector.profile(of: "Modi मोदी 20")
        #expect(profile.latin == 4)
        #expect(profile.devanagari == 4)  // म ो द ी
        #expect(profile.common == 2)
        #expect(profile.share(of: .latin) == 0.4)
        #expect(profile.dominantScript == .devanagari)  // a tie goes to Devanagari
    }

    @Test("runs: common characters join the neighbouring run")
    func runs() {
        let text = "(IANS) PM Modi ने कहा, G20 में"
        let runs = detector.runs(in: text)
        #expect(runs.map(\.script) == [.latin, .devanagari, .latin, .devanagari])
        #expect(runs.map { String(text[$0.range]) } == ["(IANS) PM Modi ", "ने कहा, ", "G20 ", "में"])
        #expect(detector.runs(in: "").isEmpty)
        #expect(detector.runs(in: "2025 - 26").map(\.script) == [.common])
    }

    @Test("language guess", arguments: [
        ("Seoul, Dec 6 (IANS) Indian Ambassador to South Korea Gourangalal Das met KASA.", Language?.some(.english)),
        ("सियोल, 6 दिसंबर (आईएएनएस)। दक्षिण कोरिया में भारत के राजदूत गौरांगलाल दास ने KASA से मुलाकात की।", .hindi),
        ("2025 - 2026", nil),
    ])
    func language(text: String, expected: Language?) {
        #expect(detector.guessLanguage(of: text) == expected)
    }
}
