import Testing
import SangamTranslit

@Suite("PhoneticKey")
struct PhoneticKeyTests {
    /// Pairs that must share a key: the English spelling's keys contain the Hindi spelling's key.
    @Test("English and Hindi spellings of one name meet", arguments: [
        ("Narendra", "नरेंद्र"), ("Narendra", "नरेन्द्र"), ("Narender", "नरेंद्र"),
        ("Gourangalal", "गौरांगलाल"), ("Youngbin", "योंगबिन"), ("Yoon", "यून"),
        ("Singh", "सिंह"), ("Krishna", "कृष्ण"), ("Germany", "जर्मनी"),
        ("Modi", "मोदी"), ("Kejriwal", "केजरीवाल"), ("Lakshmi", "लक्ष्मी"), ("Gyan", "ज्ञान"),
        ("Thackeray", "ठाकरे"), ("Banerjee", "बनर्जी"), ("Mukherjee", "मुखर्जी"), ("Reddy", "रेड्डी"),
        ("Delhi", "दिल्ली"), ("Sinha", "सिन्हा"), ("Lucknow", "लखनऊ"), ("Chandigarh", "चंडीगढ़"),
        ("Arvind", "अरविंद"), ("Indira", "इंदिरा"), ("Uttar", "उत्तर"), ("Pradesh", "प्रदेश"),
        ("Madhya", "मध्य"), ("Kananaskis", "कनानास्किस"), ("Vadodara", "वडोदरा"), ("Zakir", "ज़ाकिर"),
        ("Phadnavis", "फडणवीस"), ("Chennai", "चेन्नई"), ("Varanasi", "वाराणसी"), ("Shah", "शाह"),
        ("Jaishankar", "जयशंकर"), ("Naidu", "नायडू"), ("Rao", "राव"), ("Mumbai", "मुंबई"),
        ("Hampi", "हम्पी"), ("Ambani", "अंबानी"), ("Jaiswal", "जायसवाल"), ("Yamuna", "यमुना"),
        // Initials and acronyms by the Hindi names of their letters; pronounceable ones as words.
        ("C.", "सी."), ("BJP", "बीजेपी"), ("RSS", "आरएसएस"), ("U.", "यू."), ("ISRO", "इसरो"),
        // English spellings that sound otherwise.
        ("Unity", "यूनिटी"), ("Ukraine", "यूक्रेन"), ("Himalayas", "हिमालय"), ("Industries", "इंडस्ट्रीज"),
        ("National", "नेशनल"), ("Christopher", "क्रिस्टोफर"), ("Johnson", "जॉनसन"), ("Scholz", "शोल्ज"),
        ("Xi", "शी"), ("Djokovic", "जोकोविच"), ("Dravid", "द्रविड़"), ("Swayamsevak", "स्वयंसेवक"),
        ("Hrithik", "ऋतिक"), ("Gyeongju", "ग्योंगजू"), ("Scindia", "सिंधिया"),
    ])
    func spellingsMeet(english: String, hindi: String) {
        let hindiKeys = PhoneticKey.keys(for: hindi)
        #expect(hindiKeys.count == 1, "a Devanagari word gives one key")
        #expect(PhoneticKey.keys(for: english).contains(hindiKeys[0]),
                "\(english) → \(PhoneticKey.keys(for: english)), \(hindi) → \(hindiKeys)")
    }

    @Test("different names do not meet", arguments: [
        ("Modi", "मोहन"), ("Singh", "सेन"), ("Krishna", "कृपा"), ("Delhi", "दोहा"), ("Seoul", "सूरत"),
    ])
    func differentNamesDiffer(english: String, hindi: String) {
        #expect(!PhoneticKey.keys(for: english).contains(PhoneticKey.keys(for: hindi)[0]))
    }

    @Test("one spelling's keys: skeleton, initial vowel, collapsed runs, bounded variants")
    func shapes() {
        #expect(PhoneticKey.keys(for: "नरेंद्र") == ["NRNDR"])
        #expect(PhoneticKey.keys(for: "अरविंद") == ["ARND"])  // व inside a word is a glide: dropped
        #expect(PhoneticKey.keys(for: "Singh") == ["SNH", "SNG"])
        #expect(PhoneticKey.keys(for: "Germany") == ["GRMN", "JRMN"])
        #expect(PhoneticKey.keys(for: "Abdullah") == ["ABDLH", "ABDL"])  // अब्दुल्ला has no ह
        #expect(PhoneticKey.keys(for: "Ghghghghghghgh").count <= PhoneticKey.maximumVariants)
        #expect(PhoneticKey.keys(for: "2025").isEmpty)
        #expect(PhoneticKey.keys(for: "").isEmpty)
    }

    @Test("names are keyed word by word")
    func names() {
        #expect(PhoneticKey.keys(forName: "Narendra Modi") == [["NRNDR"], ["MD"]])
        #expect(PhoneticKey.keys(forName: "नरेंद्र मोदी") == [["NRNDR"], ["MD"]])
        #expect(PhoneticKey.keys(forName: "Lee Jae-myung").count == 3)
    }
}
