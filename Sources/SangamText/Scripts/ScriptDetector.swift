/// Finds which scripts a text is written in: runs, per-segment shares and a language guess.
public struct ScriptDetector: Sendable {
    /// Creates a detector.
    public init() {}

    /// The script shares of `text`, white space not counted.
    /// - Parameter text: a segment, a paragraph or a whole article.
    public func profile(of text: String) -> ScriptProfile {
        var text = text
        return text.withUTF8 { bytes in
            var profile = ScriptProfile()
            var index = 0
            while index < bytes.count {
                // Decoding by hand: iterating `unicodeScalars` cost more than the counting.
                let (value, length) = UTF8Scalar.decode(bytes, at: index)
                index += length
                let scalar = Unicode.Scalar(value)!
                if !Self.isWhitespace(scalar) { profile.count(Script(of: scalar)) }
            }
            return profile
        }
    }

    /// The script runs of `text`, in order; common characters join a neighbouring run.
    /// - Parameter text: any text.
    /// - Returns: runs covering the whole text; empty for empty text.
    public func runs(in text: String) -> [ScriptRun] {
        var runs: [ScriptRun] = []
        var start = text.unicodeScalars.startIndex
        var current: Script = .common
        var index = start
        for scalar in text.unicodeScalars {
            let script = Script(of: scalar)
            if script != .common && script != current {
                if current == .common {
                    current = script  // leading common characters join the first real run
                } else {
                    runs.append(ScriptRun(script: current, range: start..<index))
                    start = index
                    current = script
                }
            }
            index = text.unicodeScalars.index(after: index)
        }
        if start < text.endIndex {
            runs.append(ScriptRun(script: current, range: start..<text.endIndex))
        }
        return runs
    }

    /// A guess at the language of a whole text: Hindi when Devanagari letters are the majority
    /// of Latin + Devanagari letters, English when Latin letters are, nil when it has neither
    /// (or they tie).
    /// - Parameter text: at least a sentence; a paragraph or more is more reliable.
    public func guessLanguage(of text: String) -> Language? {
        let profile = profile(of: text)
        if profile.devanagari > profile.latin { return .hindi }
        if profile.latin > profile.devanagari { return .english }
        return nil
    }

    /// White space, decided without the standard library's property tables for the characters
    /// news text is made of (the tables cost more than the rest of `profile`).
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: true
        case 0x21..<0x85, 0x0900...0x097F: false
        default: scalar.properties.isWhitespace
        }
    }
}
