import Testing
import SangamText

@Suite("DateReader")
struct DateReaderTests {
    let reader = DateReader()

    @Test("whole-string dates in English and Hindi news forms", arguments: [
        ("December 06, 2025 3:53 PM", NewsDate(year: 2025, month: 12, day: 6, hour: 15, minute: 53)),
        ("Dec 6", NewsDate(month: 12, day: 6)),
        ("Dec. 6", NewsDate(month: 12, day: 6)),
        ("6 December 2025", NewsDate(year: 2025, month: 12, day: 6)),
        ("November 22", NewsDate(month: 11, day: 22)),
        ("June 18th", NewsDate(month: 6, day: 18)),
        ("December 2025", NewsDate(year: 2025, month: 12)),
        ("2025-12-06", NewsDate(year: 2025, month: 12, day: 6)),
        ("6 दिसंबर 2025", NewsDate(year: 2025, month: 12, day: 6)),
        ("06 दिसंबर, 2025 03:53 PM", NewsDate(year: 2025, month: 12, day: 6, hour: 15, minute: 53)),
        ("०६ दिसम्बर २०२५", NewsDate(year: 2025, month: 12, day: 6)),
        ("22 नवम्बर", NewsDate(month: 11, day: 22)),
        ("18 जून", NewsDate(month: 6, day: 18)),
        ("3 फ़रवरी 2026", NewsDate(year: 2026, month: 2, day: 3)),
        ("12 December 2025 12:05 a.m.", NewsDate(year: 2025, month: 12, day: 12, hour: 0, minute: 5)),
    ])
    func wholeDate(text: String, expected: NewsDate) {
        #expect(reader.date(from: text) == expected)
    }

    @Test("not dates", arguments: ["may 5", "Dec 32", "32 दिसंबर", "December", "6 apples", "3:53 PM", ""])
    func notDates(text: String) {
        #expect(reader.date(from: text) == nil)
    }

    @Test("dates inside running text, with the text they came from")
    func datesInText() {
        let english = reader.dates(in: "Seoul, Dec 6 (IANS) ... On November 22, PM Modi met Lee; they had met on June 18.")
        #expect(english.map(\.text) == ["Dec 6", "November 22", "June 18"])
        let hindi = reader.dates(in: "सियोल, 6 दिसंबर (आईएएनएस)। 22 नवंबर को मोदी और ली मिले थे।")
        #expect(hindi.map(\.date) == [NewsDate(month: 12, day: 6), NewsDate(month: 11, day: 22)])
    }

    @Test("ISO description leaves out what the text did not give")
    func description() {
        #expect(NewsDate(year: 2025, month: 12, day: 6, hour: 15, minute: 53).description == "2025-12-06T15:53")
        #expect(NewsDate(month: 12, day: 6).description == "--12-06")
        #expect(NewsDate(year: 2025, month: 12).description == "2025-12")
    }
}
