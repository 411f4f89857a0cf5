import Foundation
import Testing
@testable import SangamText

@Suite("Normalizer")
struct NormalizerTests {
    let normalizer = try! Normalizer()

    @Test("matching form", arguments: [
        // nukta folded, except on ड़ and ढ़
        ("क़लम", "कलम"), ("ज़िला", "जिला"), ("फ़ैसला", "फैसला"), ("पढ़ाई", "पढ़ाई"), ("सड़क", "सड़क"),
        ("\u{0958}", "\u{0915}"),
        // chandrabindu → anusvara
        ("आँख", "आंख"), ("हँसी", "हंसी"),
        // nasal + virama before its own class → anusvara; other clusters stay
        ("हिन्दी", "हिंदी"), ("सम्बन्ध", "संबंध"), ("गङ्गा", "गंगा"), ("चञ्चल", "चंचल"), ("कण्ठ", "कंठ"),
        ("जन्म", "जन्म"), ("अन्न", "अन्न"), ("सम्मान", "सम्मान"), ("नरेन्द्र", "नरेंद्र"),
        // ZWJ, ZWNJ, soft hyphen and BOM removed
        ("क्\u{200D}ष", "क्ष"), ("क्\u{200C}ष", "क्ष"), ("news\u{00AD}room", "newsroom"), ("\u{FEFF}Seoul", "seoul"),
        // Devanagari digits → ASCII
        ("२०२५", "2025"), ("१,३०,०००", "1,30,000"),
        // quotes, dashes, exotic spaces, case, white space
        ("“Across the board”", "\"across the board\""), ("Ambedkar’s", "ambedkar's"), ("«oui»", "\"oui\""),
        ("India–Korea — ties", "india-korea - ties"), ("B2B\u{00A0}deal", "b2b deal"),
        ("  Seoul,\t Dec 6\u{2009}(IANS)  ", "seoul, dec 6 (ians)"), ("STRASSE Straße", "strasse strasse"),
        ("ﬁne", "fine"), ("", ""),
    ])
    func matchingForm(input: String, expected: String) {
        #expect(normalizer.matchingForm(input).unicodeScalars.elementsEqual(expected.unicodeScalars))
    }

    @Test("NFC gives identical bytes for क़ as one code point and as क + nukta")
    func nfcUnifiesNukta() {
        let precomposed = normalizer.nfc("\u{0958}")
        let decomposed = normalizer.nfc("\u{0915}\u{093C}")
        #expect(Array(precomposed.utf8) == Array(decomposed.utf8))
        #expect(Array(precomposed.utf8) == Array("\u{0915}\u{093C}".utf8))  // U+0958 is a composition exclusion
    }

    @Test("NFC composes Latin and keeps text already in NFC unchanged", arguments: [
        ("Cafe\u{0301}", "Café"), ("Seoul, Dec 6 (IANS)", "Seoul, Dec 6 (IANS)"),
        ("नरेंद्र मोदी", "नरेंद्र मोदी"), ("ऩ", "ऩ"), ("न\u{093C}", "\u{0929}"),
    ])
    func nfc(input: String, expected: String) {
        #expect(Array(normalizer.nfc(input).utf8) == Array(expected.utf8))
    }

    @Test("the quick NFC check says yes only where ICU does, on every line of Corpus/ and on the cases it must pass to ICU")
    func quickNFCCheckAgreesWithICU() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var lines = [
            "\u{0958}लम", "न\u{093C}", "र\u{093C}", "ळ\u{093C}", "क\u{094D}\u{093C}", "क\u{093C}\u{094D}ष",
            "ज़मीन", "पढ़ाई", "हिन्दी — “आँख” ₹5…", "Café", "e\u{0301}", "\u{2000}", "नमस्ते\u{00A0}दुनिया",
            "अ\u{0951}\u{0952}", "अ\u{0952}\u{0951}",
        ]
        for language in ["en", "hi"] {
            let folder = root.appendingPathComponent("Corpus/\(language)")
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                lines += try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).split(separator: "\n").map(String.init)
            }
        }
        var surely = 0
        for line in lines {
            var line = line
            let (quick, icu) = try line.withUTF8 { bytes in
                (Normalizer.isSurelyNFC(bytes), try ICUNormalizationForm.nfc.isNormalized(bytes))
            }
            #expect(!quick || icu, "\(line.unicodeScalars.map { String($0.value, radix: 16) })")
            surely += quick ? 1 : 0
        }
        // It must also be of use: most Hindi news lines pass it.
        #expect(surely > lines.count / 2)
        for line in ["क\u{093C}\u{094D}ष", "ज\u{093C}मीन", "अ\u{0952}\u{0951}"] {
            var line = line
            #expect(line.withUTF8 { Normalizer.isSurelyNFC($0) }, "\(line) is NFC and needs no ICU")
        }
    }

    @Test("matching form is idempotent on real text")
    func matchingFormIsIdempotent() throws {
        let text = "हिन्दी में सम्बन्ध “आँख” क़लम — २०२५, Ambedkar’s B2B\u{00A0}deal"
        let once = normalizer.matchingForm(text)
        #expect(normalizer.matchingForm(once) == once)
    }

    @Test("the streaming matching form gives the same bytes as the string one")
    func streamingMatchingForm() {
        for text in ["हिन्दी में सम्बन्ध “आँख”", "Plain ASCII Line", "", "  \u{00A0} "] {
            let bytes = normalizer.withMatchingForm(of: text) { Array($0) }
            #expect(bytes == Array(normalizer.matchingForm(text).utf8))
        }
    }
}
