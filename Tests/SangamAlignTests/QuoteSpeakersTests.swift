@testable import SangamAlign
import Testing

@Suite("QuoteSpeakers: a quotation's speaker shared by its sentences")
struct QuoteSpeakersTests {
    let speaker = Anchor(.name, 7), description = Anchor(.concept, 8), body = Anchor(.number, 9)

    func sentence(_ part: QuotationPart, length: Int = 100, anchors: [Anchor] = [], speakers: [Anchor] = [],
                  speakerLength: Int = 0, leans: Bool = false) -> AnalyzedSentence {
        AnalyzedSentence(length: length, anchors: (anchors + speakers).sorted(), isBoilerplate: false, isDevanagari: false,
                         continuesPrevious: leans, quotation: part, speakerAnchors: speakers.sorted(), speakerLength: speakerLength)
    }

    @Test("from the sentence that opens a quotation to the one that closes it; lengths spread, their sum kept")
    func openingToClosing() {
        let sentences = [
            sentence(.none, anchors: [body]),
            sentence(.opening, length: 150, speakers: [speaker, description], speakerLength: 60),
            sentence(.none, length: 40),
            sentence(.closing, length: 50),
        ]
        let shared = QuoteSpeakers.shared(sentences)
        #expect(shared[0] == sentences[0])
        for member in 1...3 { #expect(Set(shared[member].anchors).isSuperset(of: [speaker, description])) }
        // 60 characters of attribution over 90, 40 and 50 of quotation.
        #expect(shared[1...3].map(\.length) == [90 + 30, 40 + 13, 50 + 17])
        #expect(shared.map(\.length).reduce(0, +) == sentences.map(\.length).reduce(0, +))
    }

    @Test("an attributed sentence with the sentences of quotation alone after it")
    func attributedThenQuoted() {
        let sentences = [sentence(.attributed, speakers: [speaker], speakerLength: 30), sentence(.quotedOnly), sentence(.quotedOnly),
                         sentence(.none)]
        let shared = QuoteSpeakers.shared(sentences)
        #expect(shared[1].anchors.contains(speaker) && shared[2].anchors.contains(speaker))
        #expect(shared[3] == sentences[3])
    }

    @Test("nothing shared for a quotation never closed, one too long, or a lone quoted sentence")
    func unchanged() {
        let unclosed = [sentence(.opening, speakers: [speaker], speakerLength: 20), sentence(.none), sentence(.none)]
        #expect(QuoteSpeakers.shared(unclosed) == unclosed)
        let tooLong = [sentence(.opening, speakers: [speaker], speakerLength: 20)] + Array(repeating: sentence(.none), count: 3)
            + [sentence(.closing)]
        #expect(QuoteSpeakers.shared(tooLong) == tooLong)
        let lone = [sentence(.none, anchors: [body]), sentence(.quotedOnly)]
        #expect(QuoteSpeakers.shared(lone) == lone)
    }

    @Test("a pronoun for the speaker (उन्होंने कहा, \"…): the sentence before names them, and its anchors are shared")
    func pronounSpeaker() {
        let named = sentence(.none, anchors: [speaker, description])
        let sentences = [named, sentence(.opening, speakers: [Anchor(.concept, 3)], speakerLength: 15, leans: true), sentence(.closing)]
        let shared = QuoteSpeakers.shared(sentences)
        #expect(shared[0] == named)
        #expect(Set(shared[1].anchors).isSuperset(of: [speaker, description]))
        #expect(Set(shared[2].anchors).isSuperset(of: [speaker, description]))
    }
}
