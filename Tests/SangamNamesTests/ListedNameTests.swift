import Testing
@testable import SangamNames

@Suite("Name list lines")
struct ListedNameTests {
    @Test("One name in either script, or a pair in either order")
    func names() throws {
        #expect(try ListedName.parse("Narendra Modi") == ListedName(english: "Narendra Modi", hindi: nil))
        #expect(try ListedName.parse("नरेंद्र मोदी") == ListedName(english: nil, hindi: "नरेंद्र मोदी"))
        #expect(try ListedName.parse("Narendra Modi\tनरेंद्र मोदी\tperson\tvariant: नरेन्द्र")
                == ListedName(english: "Narendra Modi", hindi: "नरेंद्र मोदी", type: "person"))
        #expect(try ListedName.parse("पटना\tPatna") == ListedName(english: "Patna", hindi: "पटना"))
        #expect(try ListedName.parse(" Lucknow \t  \tcity") == ListedName(english: "Lucknow", hindi: nil))
    }

    @Test("Blank lines, comments and a header are skipped")
    func skipped() throws {
        for line in ["", "# officials", "english\thindi\ttype\tnote", "\t"] {
            #expect(try ListedName.parse(Substring(line)) == nil)
        }
    }

    @Test("Lines that are not names say what is wrong")
    func problems() throws {
        #expect(throws: ListedName.Problem.sameScript) { try ListedName.parse("Delhi\tNew Delhi") }
        #expect(throws: ListedName.Problem.noLetters(column: 1)) { try ListedName.parse("12345") }
        #expect(throws: ListedName.Problem.noLetters(column: 2)) { try ListedName.parse("Patna\t—") }
        #expect(throws: ListedName.Problem.noLetters(column: 2)) { try ListedName.parse("\t123") }
        // Other scripts cannot be keyed: reported, not silently dropped.
        #expect(throws: ListedName.Problem.noLetters(column: 1)) { try ListedName.parse("Αθήνα") }
        #expect(try ListedName.parse("Erdoğan") == ListedName(english: "Erdoğan", hindi: nil))
    }
}
