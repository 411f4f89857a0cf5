import SangamAlign
import Testing

@Suite("Boilerplate lines are recognised")
struct BoilerplateTests {
    @Test(arguments: ["Also read: RBI keeps rates on hold", "(इनपुट: भाषा)", "यह भी पढ़ें: मौसम का हाल", "--IANS", "scor/sd/", "(With inputs from PTI)"])
    func boilerplate(_ line: String) {
        #expect(Boilerplate.isBoilerplate(line))
    }

    @Test(arguments: ["The RBI cut the repo rate by 25 basis points.", "आरबीआई ने रेपो दर घटाई।", "Read the fine print, he said."])
    func content(_ line: String) {
        #expect(!Boilerplate.isBoilerplate(line))
    }
}
