import Testing
import SangamText

@Suite("Transliterator (ICU)")
struct TransliteratorTests {
    @Test("system transform by id, without schwa deletion (why Sangam needs its own)")
    func systemTransform() throws {
        let transform = try Transliterator(id: "Devanagari-Latin; Latin-ASCII")
        #expect(transform.apply(to: "मोदी") == "modi")
        #expect(transform.apply(to: "गौरांगलाल") == "gaurangalala")
    }

    @Test("custom rules compile and apply; the output may be longer than the input")
    func customRules() throws {
        let transform = try Transliterator(name: "Test-Sangam", rules: "क > kh ; ष > shh ;")
        #expect(transform.apply(to: "कष") == "khshh")
        let long = String(repeating: "कष", count: 5_000)
        #expect(transform.apply(to: long).count == 25_000)
    }

    @Test("unknown ids and bad rules throw ICU's error name")
    func errors() {
        #expect { try Transliterator(id: "No-Such-Transform") } throws: { error in
            (error as? ICUError)?.name == "U_INVALID_ID"
        }
        #expect { try Transliterator(name: "Broken", rules: "क > ;; > > x") } throws: { error in
            guard let error = error as? ICUError else { return false }
            return error.name.hasPrefix("U_") && error.operation.contains("Broken")
        }
    }
}
