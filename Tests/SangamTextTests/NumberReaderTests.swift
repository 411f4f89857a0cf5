import Testing
@testable import SangamText

@Suite("NumberReader")
struct NumberReaderTests {
    let reader = NumberReader()

    @Test("one number: both scripts' digits, Western and Indian grouping, decimals", arguments: [
        ("2025", 2025.0), ("२०२५", 2025), ("1,30,000", 130_000), ("१,३०,०००", 130_000), ("130,000", 130_000),
        ("12,34,56,789", 123_456_789), ("1,234,567", 1_234_567), ("5.5", 5.5), ("०.२५", 0.25), ("06", 6),
    ])
    func value(token: String, expected: Double) {
        #expect(reader.value(of: token) == expected)
    }

    @Test("not one number", arguments: ["1,2,3", "1,30,00", "12345,678", ",5", "5.", "5.5.5", "abc", ""])
    func notANumber(token: String) {
        #expect(reader.value(of: token) == nil)
    }

    @Test("numbers in text, with scale words in both languages")
    func numbersInText() {
        let english = reader.numbers(in: "About 1,30,000 voters; ₹500 crore and $5.5 bn, 1.5 lakh homes, 11 killed.")
        #expect(english.map(\.value) == [130_000, 5e9, 5.5e9, 150_000, 11])
        #expect(english.map(\.text) == ["1,30,000", "500 crore", "5.5 bn", "1.5 lakh", "11"])
        let hindi = reader.numbers(in: "लगभग १,३०,००० मतदाता, 500 करोड़ रुपये और 1.5 लाख घर, ११ लोगों की मौत।")
        #expect(hindi.map(\.value) == [130_000, 5e9, 150_000, 11])
        // A number as the text's last scalars, after letters of either script; its range is its own.
        let last = reader.numbers(in: "वर्ष २०२५")
        #expect(last.map(\.value) == [2025])
        #expect(last.map { String("वर्ष २०२५"[$0.range]) } == ["२०२५"])
        #expect(reader.numbers(in: "“Mission 2047”").map(\.value) == [2047])
    }

    @Test("every scale word, lower or capitalised, starts with a letter the quick initial check lets through")
    func scaleInitials() throws {
        for word in NumberReader.scales.keys {
            for form in [word, word.capitalized] {
                #expect(NumberReader.isScaleInitial(try #require(form.unicodeScalars.first)), "\(form)")
            }
        }
        #expect(!NumberReader.isScaleInitial("k"))
    }

    @Test("compound scales: lakh crore, हज़ार करोड़")
    func compoundScales() {
        #expect(reader.numbers(in: "bonds worth Rs 1 lakh crore").map(\.value) == [1e12])
        #expect(reader.numbers(in: "bonds worth Rs 1 lakh crore").map(\.text) == ["1 lakh crore"])
        #expect(reader.numbers(in: "1 लाख करोड़ रुपये और 20 हज़ार करोड़").map(\.value) == [1e12, 2e11])
    }

    @Test("digits inside names are not quantities; ordinals and lists are read")
    func namesOrdinalsLists() {
        #expect(reader.numbers(in: "G20 and B2B talks, P2P contacts").isEmpty)
        #expect(reader.numbers(in: "the 10th anniversary").map(\.value) == [10])
        #expect(reader.numbers(in: "groups 1,2,3").map(\.value) == [1, 2, 3])
        #expect(reader.numbers(in: "on 6.12.2025").map(\.value) == [6, 12, 2025])
    }
}
