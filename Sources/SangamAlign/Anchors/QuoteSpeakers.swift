/// The speaker of a quotation that runs over several sentences, given to each of them.
///
/// English names the speaker after a quotation (`"I saved for six months. Where else …?" said
/// Neha Kulkarni`, or `"…," said Ankit Sood. "Our phones …"`), and a Hindi rewrite often moves
/// the attribution to the front (`नेहा कुलकर्णी ने कहा, "मैंने छह महीने … बचाए। एक ही दिन में
/// … ?"`). Sentence by sentence, the speaker's name and description then sit in the last (or
/// first) English sentence of the quotation and in the first Hindi one: they pull the alignment
/// across, and the lengths no longer match half for half, so the halves end up merged into one
/// 2-2 bead. A speaker speaks the whole quotation: every sentence of it gets the anchors of the
/// words outside the quotation, and the length of those words is spread over its sentences.
/// When the quotation gives its speaker by a pronoun (उन्होंने कहा, "…) or not at all, the
/// sentence before names the speaker, and its anchors are shared too.
enum QuoteSpeakers {
    /// How many sentences a quotation may run over for its speaker to be shared.
    static let longestQuotation = 4

    /// `sentences` with each multi-sentence quotation's speaker shared: a sentence that opens a
    /// quotation up to the one that closes it, and an attributed sentence with the sentences of
    /// nothing but quotation that follow it.
    static func shared(_ sentences: [AnalyzedSentence]) -> [AnalyzedSentence] {
        guard sentences.contains(where: { $0.quotation != .none }) else { return sentences }
        var result = sentences
        var index = 0
        while index < sentences.count {
            var end: Int?
            switch sentences[index].quotation {
            case .opening:
                end = (index + 1..<min(sentences.count, index + longestQuotation)).first { sentences[$0].quotation != .none }
                if let last = end, sentences[last].quotation != .closing { end = nil }
            case .attributed:
                var last = index
                while last + 1 < min(sentences.count, index + longestQuotation), sentences[last + 1].quotation == .quotedOnly { last += 1 }
                if last > index { end = last }
            default:
                break
            }
            guard let last = end else {
                index += 1
                continue
            }
            share(over: index...last, in: &result)
            index = last + 1
        }
        return result
    }

    /// Gives every sentence of `span` the speaker anchors of all of them, and spreads the length.
    static func share(over span: ClosedRange<Int>, in sentences: inout [AnalyzedSentence]) {
        var speakers = Set(span.flatMap { sentences[$0].speakerAnchors })
        // A speaker given by a pronoun or not at all (उन्होंने कहा, "…; …," she said; a quotation
        // with no words outside it: an opening that leans back, or no name among the words
        // outside) is the one the sentence before names and describes (पुणे की फ़िल्म छात्रा नेहा
        // कुलकर्णी …). All that sentence's anchors are shared, since the other language may put
        // the whole description in the attribution (…," said Neha Kulkarni, a film student
        // from Pune). With 'a pronoun' only (some words outside required), the development set
        // gave 0.957 strict F1 instead of 0.958.
        if span.lowerBound > 0, sentences[span.lowerBound - 1].quotation == .none,
           sentences[span.lowerBound].continuesPrevious || !speakers.contains(where: { $0.kind == .name }) {
            speakers.formUnion(sentences[span.lowerBound - 1].anchors)
        }
        spreadSpeakerLength(over: span, in: &sentences)
        for member in span {
            let missing = speakers.subtracting(sentences[member].anchors)
            guard !missing.isEmpty else { continue }
            sentences[member].anchors += missing
            AnchorExtractor.sort(&sentences[member].anchors)
        }
    }

    /// Spreads the length of the attribution over the sentences of the quotation, in proportion
    /// to their quoted text, so that the length model compares the quoted halves as if the
    /// attribution stood where the other language puts it. The total stays the same.
    static func spreadSpeakerLength(over span: ClosedRange<Int>, in sentences: inout [AnalyzedSentence]) {
        let attribution = span.reduce(0) { $0 + sentences[$1].speakerLength }
        let quoted = span.map { sentences[$0].length - sentences[$0].speakerLength }
        let totalQuoted = quoted.reduce(0, +)
        guard attribution > 0, totalQuoted > 0 else { return }
        var given = 0
        for (offset, member) in span.enumerated() {
            let share = member == span.upperBound ? attribution - given : attribution * quoted[offset] / totalQuoted
            given += share
            sentences[member].length = quoted[offset] + share
        }
    }
}
