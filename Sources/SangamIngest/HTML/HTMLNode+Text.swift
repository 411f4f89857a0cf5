extension HTMLNode {
    /// The text of this element as a reader sees it on one line: every descendant text joined,
    /// inline markup (`<a>`, `<b>`, `<em>`, `<span>`) flattened into the sentence, `<br>` and
    /// block boundaries as a space, page chrome inside it (a share button, an inline script)
    /// left out, runs of white space (including no-break spaces and line breaks) as one space,
    /// none at either end.
    var flattenedText: String {
        var raw = ""
        appendText(to: &raw, isTop: true)
        return raw.collapsingWhitespace
    }

    /// Appends this node's text. libxml2 caps the tree's depth (256 levels for HTML), so the
    /// recursion is bounded.
    private func appendText(to raw: inout String, isTop: Bool) {
        switch kind {
        case .text, .cdata:
            raw += text ?? ""
        case .comment, .other:
            break
        case .element:
            guard let name else { return }
            if name == "br" {
                raw += " "
                return
            }
            if !isTop && HTMLChrome.isChrome(self, named: name) { return }
            let separates = !Self.inlineElements.contains(name)
            if separates { raw += " " }
            for child in children { child.appendText(to: &raw, isTop: false) }
            if separates { raw += " " }
        }
    }

    /// Elements that sit inside a line of text rather than start a new one.
    static let inlineElements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins",
        "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
        "time", "tt", "u", "var", "wbr",
    ]
}

extension StringProtocol {
    /// The text with every run of white space as one space and none at either end.
    var collapsingWhitespace: String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}
