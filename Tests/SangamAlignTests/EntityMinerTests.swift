import SangamAlign
import SangamLexicon
import SangamNames
import Testing

@Suite("Entity mining from aligned segments")
struct EntityMinerTests {
    static let miner = EntityMiner(analyzer: try! NameAnalyzer.standard(), lexicon: try! Lexicon.standard(sources: [.glossary]))

    func names(_ english: String, _ hindi: String) -> [String] {
        Self.miner.names(english: english, hindi: hindi).map { "\($0.english) = \($0.hindi)" }
    }

    @Test("Names spelled in both scripts, titles taken off; a title makes a person")
    func spelled() {
        let found = Self.miner.names(
            english: "Union Home Minister Amit Shah met Chief Minister Nitish Kumar in Patna on Friday.",
            hindi: "केंद्रीय गृह मंत्री अमित शाह ने शुक्रवार को पटना में मुख्यमंत्री नीतीश कुमार से मुलाकात की।")
        #expect(found.map(\.english) == ["Amit Shah", "Nitish Kumar", "Patna"])
        #expect(found.map(\.hindi) == ["अमित शाह", "नीतीश कुमार", "पटना"])
        #expect(found[0].type == "person" && found[1].type == "person")
        #expect(found.allSatisfy { (0.5...1).contains($0.confidence) })
    }

    @Test("Initials keep their full stops; BJP-led is BJP; a title alone is no name")
    func shapes() {
        #expect(names("Union Minister L. Murugan said the BJP-led alliance would win.",
                      "केंद्रीय मंत्री एल. मुरुगन ने कहा कि बीजेपी के नेतृत्व वाला गठबंधन जीतेगा।")
                == ["L. Murugan = एल. मुरुगन", "BJP = बीजेपी"])
        #expect(names("The Prime Minister spoke.", "प्रधानमंत्री ने भाषण दिया।").isEmpty)
    }

    @Test("Names Hindi translates: from the glossary whole, or part by part in any order")
    func translated() {
        #expect(names("India and South Korea signed the pact.", "भारत और दक्षिण कोरिया ने समझौते पर हस्ताक्षर किए।")
                == ["India = भारत", "South Korea = दक्षिण कोरिया"])
        #expect(names("The Monetary Policy Committee met on Wednesday.", "मौद्रिक नीति समिति की बैठक बुधवार को हुई।")
                == ["Monetary Policy Committee = मौद्रिक नीति समिति"])
        #expect(names("A report by the Ministry of Statistics and Programme Implementation came out.",
                      "सांख्यिकी एवं कार्यक्रम कार्यान्वयन मंत्रालय की रिपोर्ट जारी हुई।")
                == ["Ministry of Statistics and Programme Implementation = सांख्यिकी एवं कार्यक्रम कार्यान्वयन मंत्रालय"])
    }

    @Test("A lower-case word Hindi spells with the name gives a longer name too; a translated one does not")
    func followingWord() {
        #expect(names("Ducks gathered at the Sohola beel this winter.", "इस सर्दी सोहोला बील में बत्तखें जुटीं।")
                == ["Sohola = सोहोला", "Sohola beel = सोहोला बील"])
        #expect(names("The Modi government announced it.", "मोदी सरकार ने इसकी घोषणा की।") == ["Modi = मोदी"])
    }

    @Test("A name the other side does not write is not mined, nor two different agencies paired")
    func absent() {
        #expect(names("Rahul Gandhi visited Wayanad.", "कांग्रेस नेता ने शनिवार को दौरा किया।").isEmpty)
        #expect(names("IANS", "भाषा").isEmpty)
        #expect(names("IANS", "आईएएनएस") == ["IANS = आईएएनएस"])
        #expect(names("New Delhi", "नई दिल्ली") == ["New Delhi = नई दिल्ली"])
    }
}
