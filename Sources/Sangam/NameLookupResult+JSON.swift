import SangamExport
import SangamText

extension NameLookupResult {
    /// The result as one line of JSON (no newline), keys in the documented order:
    /// `{"query": "…", "results": [{"en": "Narendra Modi", "hi": "नरेंद्र मोदी", "score": 0.97,
    /// "count": 12, "type": "person", "source": "corpus", "lists": [], "confidence": 0.93,
    /// "examples": [{"en": "…", "hi": "…"}]}]}`, with null for an unknown spelling, type or
    /// confidence.
    public var jsonLine: String {
        var output: [UInt8] = []
        func raw(_ text: String) { output.append(contentsOf: text.utf8) }
        func string(_ text: String?) {
            if let text { TextEscaping.appendJSON(text, to: &output) } else { raw("null") }
        }
        raw("{\"query\": ")
        string(query)
        raw(", \"results\": [")
        for (index, answer) in answers.enumerated() {
            if index > 0 { raw(", ") }
            raw("{\"en\": "); string(answer.english)
            raw(", \"hi\": "); string(answer.hindi)
            raw(", \"score\": " + answer.score.scoreText)
            raw(", \"count\": \(answer.count)")
            raw(", \"type\": "); string(answer.type)
            raw(", \"source\": "); string(answer.source)
            raw(", \"lists\": [")
            for (position, list) in answer.lists.enumerated() {
                if position > 0 { raw(", ") }
                string(list)
            }
            raw("], \"confidence\": " + (answer.confidence?.scoreText ?? "null"))
            raw(", \"examples\": [")
            for (position, example) in answer.examples.enumerated() {
                if position > 0 { raw(", ") }
                raw("{\"en\": "); string(example.english)
                raw(", \"hi\": "); string(example.hindi)
                raw("}")
            }
            raw("]}")
        }
        raw("]}")
        return String(decoding: output, as: UTF8.self)
    }
}
