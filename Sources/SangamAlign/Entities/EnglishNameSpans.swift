/// The candidate names of an English sentence: runs of capitalised words and acronyms, with
/// titles, sentence-opening words, months and weekdays taken off.
struct EnglishNameSpan: Equatable {
    /// The words of the name.
    var words: [String]
    /// What the words around it say of its type: a title before it makes a person, an
    /// organisation word at its end an organisation.
    var type: String?
    /// A longer name these spans make with the words between them (Ministry of Statistics and
    /// Programme Implementation), to try before them; empty for a span of its own.
    var pieces: [EnglishNameSpan] = []
    /// Where the span stands in the sentence, in tokens, and whether punctuation ends it.
    var tokens: ClosedRange<Int> = 0...0
    var endsInPunctuation = false
    /// The lower-case word right after the name, when nothing separates them (Sohola beel,
    /// Delhi police): Hindi may write it as part of the name.
    var following: String?

    var text: String { words.joined(separator: " ") }
}

enum EnglishNameSpans {
    /// The spans of `sentence`, in order.
    static func spans(in sentence: String) -> [EnglishNameSpan] {
        var spans: [EnglishNameSpan] = []
        var current: [String] = []
        var currentOpensSentence = false
        var atSentenceStart = true
        var first = 0, last = 0

        let tokens = sentence.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{00A0}" })
        func close() {
            if var span = finish(current, opensSentence: currentOpensSentence) {
                span.tokens = first...last
                span.endsInPunctuation = tokens[last].last.map { !$0.isLetter && !$0.isNumber } ?? false
                spans.append(span)
            }
            current.removeAll()
        }

        for (index, raw) in tokens.enumerated() {
            let leading = raw.prefix(while: { openers.contains($0) })
            var word = raw.dropFirst(leading.count)
            var trailing = ""
            while let last = word.last, closers.contains(last) {
                trailing = String(last) + trailing
                word = word.dropLast()
            }
            var possessive = false
            for suffix in ["'s", "’s"] where word.hasSuffix(suffix) {
                word = word.dropLast(2)
                possessive = true
            }
            // BJP-led, Delhi-based: the name is before the hyphen, and ends there.
            if let hyphen = word.lastIndex(of: "-"), Self.hyphenSuffixes.contains(String(word[word.index(after: hyphen)...])) {
                word = word[..<hyphen]
                possessive = true
            }
            // An initial keeps its full stop, and a name goes on after it (L. Murugan, P.R. Sreejesh).
            var initials = false
            if trailing.hasPrefix("."), isInitials(word) {
                word = raw.dropFirst(leading.count).prefix(word.count + 1)
                trailing.removeFirst()
                initials = true
            }
            let startsSentence = atSentenceStart
            let isAbbreviation = initials || abbreviations.contains(String(word))
            atSentenceStart = trailing.contains(where: { $0 == "." || $0 == "!" || $0 == "?" || $0 == ":" }) && !isAbbreviation
            // An opening quote or bracket starts a new name.
            if !leading.isEmpty { close() }
            if isNameWord(word) && !calendar.contains(word.lowercased()) {
                if current.isEmpty {
                    currentOpensSentence = startsSentence
                    first = index
                }
                current.append(String(word))
                last = index
            } else if word == "of", !current.isEmpty, trailing.isEmpty, index + 1 < tokens.count,
                      isNameWord(tokens[index + 1].drop(while: { openers.contains($0) })) {
                current.append("of")
                continue
            } else {
                let before = spans.count
                close()
                if spans.count > before, !spans[before].endsInPunctuation, leading.isEmpty,
                   word.count > 2, word.allSatisfy({ $0.isLetter && $0.isLowercase }) {
                    spans[before].following = String(word)
                }
                continue
            }
            if possessive || (!trailing.isEmpty && !(trailing == "." && isAbbreviation)) {
                close()
            }
        }
        close()
        return joined(spans, tokens: tokens)
    }

    /// Spans that one connecting word joins into an organisation's or a place's name (Centre for
    /// Research in Nanotechnology and Science, Kaziranga National Park and Tiger Reserve) are
    /// given as one span with its pieces, to try first; "India and South Korea" stays two.
    private static func joined(_ spans: [EnglishNameSpan], tokens: [Substring]) -> [EnglishNameSpan] {
        var result: [EnglishNameSpan] = []
        var index = 0
        while index < spans.count {
            var group = [spans[index]]
            while let previous = group.last, !previous.endsInPunctuation, index + group.count < spans.count {
                let next = spans[index + group.count]
                guard next.tokens.lowerBound == previous.tokens.upperBound + 2,
                      connectors.contains(String(tokens[previous.tokens.upperBound + 1])) else { break }
                group.append(next)
            }
            index += group.count
            let words = group.map(\.words).enumerated().flatMap { offset, words in
                offset == 0 ? words : [String(tokens[group[offset - 1].tokens.upperBound + 1])] + words
            }
            let head = words.first?.lowercased() ?? "", tail = words.last?.lowercased() ?? ""
            let isNamed = organisationHeads.contains(head) || organisationWords.contains(tail)
                || group.dropLast().contains { placeWords.contains($0.words.last?.lowercased() ?? "") }
            guard group.count > 1, isNamed else {
                result += group
                continue
            }
            var combined = EnglishNameSpan(words: words, type: organisationWords.contains(tail) || organisationHeads.contains(head) ? "organisation" : nil)
            combined.pieces = group
            combined.tokens = group[0].tokens.lowerBound...group[group.count - 1].tokens.upperBound
            result.append(combined)
        }
        return result
    }

    /// Words that join two parts of one name.
    static let connectors: Set<String> = ["and", "for", "in", "&"]
    /// Words that begin an organisation's name (lower case): Ministry of …, Centre for ….
    static let organisationHeads: Set<String> = [
        "ministry", "department", "centre", "center", "society", "institute", "council", "commission", "board",
        "bank", "association", "federation", "foundation", "academy", "university", "college", "school", "museum",
        "office", "bureau", "directorate", "organisation", "organization", "agency", "authority", "corporation",
    ]

    /// The span of `words` without what is not the name: a sentence-opening common word, titles
    /// and honorifics up to the last of them (noting a person), a dangling "of". Nil when nothing
    /// of a name is left.
    private static func finish(_ words: [String], opensSentence: Bool) -> EnglishNameSpan? {
        var words = words
        if opensSentence, let first = words.first, StopWordsForNames.isOpener(first.lowercased()) {
            words.removeFirst()
        }
        var person = false
        let last = words.last?.lowercased() ?? ""
        // Mayor Radhakrishnan Stadium, President's Estate: a title inside a place's or an
        // organisation's name is part of it.
        if organisationWords.contains(last) || placeWords.contains(last) {
        } else if let head = words.dropLast().lastIndex(where: { titleHeads.contains($0.lowercased()) || honorifics.contains($0.lowercased()) }) {
            words.removeFirst(head + 1)
            person = true
        } else if words.count == 1, let only = words.first, titleHeads.contains(only.lowercased()) || honorifics.contains(only.lowercased()) {
            return nil
        }
        // A title alone (Prime Minister, Attorney General) is no name.
        if let last = words.last, titleHeads.contains(last.lowercased()) { return nil }
        while let first = words.first, first == "of" { words.removeFirst() }
        while let last = words.last, last == "of" { words.removeLast() }
        guard !words.isEmpty else { return nil }
        var type: String? = person ? "person" : nil
        if let last = words.last?.lowercased(), organisationWords.contains(last) { type = "organisation" }
        if words.count == 1, let only = words.first, only.count >= 2, only.allSatisfy({ $0.isUppercase || $0 == "." }) {
            type = type ?? "organisation"
        }
        return EnglishNameSpan(words: words, type: type)
    }

    /// Capital letters each followed by a full stop but the last: `L`, `P.R`, `C.P`.
    static func isInitials(_ word: Substring) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.allSatisfy { $0.count == 1 && $0.first!.isUppercase }
    }

    /// A word that may be part of a name: it starts with a capital letter.
    static func isNameWord(_ word: Substring) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    static let openers: Set<Character> = ["\"", "'", "(", "[", "‘", "“", "«"]
    static let closers: Set<Character> = ["\"", "'", ")", "]", "’", "”", "»", ",", ".", ";", ":", "!", "?"]
    /// Abbreviations whose full stop does not end a sentence or a name.
    static let abbreviations: Set<String> = ["Mr", "Mrs", "Ms", "Dr", "Prof", "Lt", "Col", "Gen", "Capt", "Maj", "Sgt", "St", "Jr", "Sr",
                                             "Gov", "Sen", "Rep", "Hon", "Shri", "Smt", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept",
                                             "Sep", "Oct", "Nov", "Dec", "No", "Co", "Inc", "Ltd", "Bros"]
    /// The last word of a title written before a name (lower case): `Prime Minister`,
    /// `Lok Sabha Speaker`, `Army Chief Gen`. Everything up to the last of them is the title.
    static let titleHeads: Set<String> = [
        "minister", "president", "ambassador", "governor", "secretary", "speaker", "justice", "judge", "chairman",
        "chairperson", "director", "commissioner", "inspector", "superintendent", "officer", "captain", "coach",
        "skipper", "leader", "king", "queen", "prince", "princess", "senator", "mayor", "spokesperson", "spokesman",
        "magistrate", "collector", "professor", "principal", "vice-chancellor", "ceo", "mp", "mla", "envoy",
        "consul", "adviser", "advisor", "marshal", "admiral", "commander", "brigadier", "colonel", "general",
        "sergeant", "constable", "sub-inspector", "chief", "founder", "chancellor", "emir", "sultan", "pope",
        "lt", "col", "gen", "capt", "maj", "sgt", "gov", "sen", "rep", "hon", "prof", "premier", "legislator", "administrator", "minister-in-charge", "president-elect",
    ]
    /// Honorifics (lower case).
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "dr", "shri", "smt", "sri", "sir", "dame", "lord", "lady", "sheikh", "mr.", "dr."]
    /// Months and weekdays, whole and short (lower case): capitalised, but not names.
    static let calendar: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
    /// What English joins to a name with a hyphen: BJP-led, Delhi-based.
    static let hyphenSuffixes: Set<String> = [
        "led", "based", "born", "ruled", "run", "owned", "backed", "bound", "style", "level", "wide", "like",
        "made", "specific", "centric", "funded", "controlled", "headquartered", "origin", "registered",
    ]
    /// Words that end a place's name (lower case).
    static let placeWords: Set<String> = [
        "stadium", "park", "road", "marg", "nagar", "chowk", "bridge", "airport", "station", "port", "estate",
        "palace", "fort", "temple", "lake", "river", "island", "islands", "district", "expressway", "highway",
    ]
    /// Words that end an organisation's name (lower case).
    static let organisationWords: Set<String> = [
        "ministry", "department", "party", "bank", "university", "institute", "corporation", "commission", "council",
        "board", "limited", "ltd", "organisation", "organization", "agency", "association", "court", "academy",
        "college", "committee", "company", "authority", "force", "army", "police", "federation", "foundation",
        "trust", "society", "group", "league", "union", "congress", "assembly", "parliament", "administration",
        "school", "hospital", "railways", "airlines", "bureau", "centre", "center", "fund", "service",
    ]
}

/// English words that open sentences but are not names (lower case): the stop words, and
/// common words of news that a sentence may start with.
enum StopWordsForNames {
    static func isOpener(_ lower: String) -> Bool {
        openers.contains(lower)
    }

    private static let openers: Set<String> = [
        "the", "a", "an", "on", "in", "at", "by", "for", "from", "to", "with", "of", "as", "after", "before", "during",
        "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "this", "that", "these",
        "those", "there", "here", "but", "and", "or", "so", "yet", "if", "when", "while", "where", "why", "how",
        "what", "which", "who", "whom", "however", "meanwhile", "also", "according", "officials", "police", "sources",
        "earlier", "later", "today", "yesterday", "tomorrow", "last", "next", "both", "all", "some", "many", "most",
        "several", "each", "every", "no", "not", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "over", "under", "about", "around", "nearly", "more", "than", "since", "until", "till",
        "speaking", "addressing", "talking", "read", "watch", "latest", "news", "photo", "video", "file",
        "residents", "people", "students", "farmers", "experts", "analysts", "scientists", "doctors", "voters",
        "counting", "polling", "voting", "results", "data", "figures", "reports", "report", "rain", "heavy",
        "despite", "amid", "following", "under", "against", "between", "among", "besides", "unlike", "like",
        "such", "other", "another", "only", "even", "just", "still", "already", "now", "then", "thus", "hence",
        "is", "was", "are", "were", "will", "would", "can", "could", "should", "may", "might", "must", "has", "have", "had",
    ]
}
