import Foundation
import SangamText

/// Latin to Devanagari for names: English spellings of Indian and foreign names as Hindi news
/// writes them (Narendra → नरेंद्र, Kejriwal → केजरीवाल, Kananaskis → कनानास्किस, ISRO → इसरो,
/// BJP → बीजेपी), as ranked candidates with scores.
///
/// English spells Hindi ambiguously (t is त or ट, a is the inherent a or ा, i is ि or ी, two
/// consonants may form a conjunct or keep an unwritten a between them), so the speller searches:
/// - `LatinGraphemes` gives each English grapheme its readings, each with a cost;
/// - joining two consonants costs by their kind: a nasal before a consonant is an anusvara
///   (नरेंद्र, मुंबई), r before a consonant a reph (शर्मा), a consonant before r, y or v a
///   conjunct (प्रदेश, विद्या, स्वामी), other pairs keep an unwritten a (गडकरी, अजमेर) or join;
/// - a final a after a conjunct ending in a sonorant stays the inherent a (नरेंद्र, कृष्ण);
/// - a beam keeps the cheapest spellings; scores are their costs turned into shares that sum
///   to one over the candidates returned.
///
/// Acronyms in capitals are read as a word when they can be pronounced (ISRO इसरो, NASA नासा)
/// and letter by letter otherwise (BJP बीजेपी, DRDO डीआरडीओ); both readings are candidates.
public struct DevanagariSpeller: Sendable {
    /// One spelling with its score in (0, 1].
    public struct Candidate: Sendable, Equatable, CustomStringConvertible {
        /// The Devanagari spelling (NFC).
        public let text: String
        /// The candidate's share of the confidence among those returned.
        public let score: Double

        /// The text and the score to three decimals: `नरेंद्र 0.452`.
        public var description: String { "\(text) \(String(format: "%.3f", score))" }
    }

    /// Spellings given first whatever the search finds (Delhi → दिल्ली).
    public let exceptions: RomanizationExceptions

    /// How many partial spellings the search keeps at each letter. Widening it to 96 or 160
    /// changed top-1 on held-out training names by at most 0.2 points.
    static let beamWidth = 48
    /// How sharply costs separate scores: a candidate costing 1 more is e^-1.5 times as likely.
    static let sharpness = 1.5

    /// Costs learned from name pairs, over the hand-set ones.
    public let costs: SpellingCosts
    /// How Hindi spellings look, to rerank the search's candidates.
    public let letterModel: LetterModel
    /// The weight of the letter model's cost against the search's, chosen on a held-out tenth
    /// of the training lists (0.1 to 0.8 tried; 0.3 to 0.5 best).
    static let letterModelWeight = 0.4
    /// Words already spelled, with their candidates.
    private let cache = WordCache<[(text: String, cost: Double)]>()
    /// How many of the search's best spellings the letter model reranks.
    static let rerankDepth = beamWidth
    /// Romanises candidates back, by the rules alone, to check them against the English spelling.
    public let roundTrip: Romanizer?
    /// What a candidate costs more when it does not romanise back to the English spelling (see
    /// ``roundTripKey(_:)``): one unit of log-probability. Chosen on a held-out tenth of the
    /// training lists (0.5, 1 and 1.5 tried; 1 best for top 1 there and on names-dev).
    static let roundTripCost = 1 / sharpness
    /// How many of the best spellings are read back.
    static let roundTripDepth = 20

    /// Creates a speller.
    /// - Parameters:
    ///   - exceptions: spellings that come first whatever the search finds (the exceptions
    ///     file, known names), by default none.
    ///   - costs: learned costs, by default none (the hand-set costs alone).
    ///   - letterModel: a model of Hindi spellings to rerank with, by default none.
    ///   - roundTrip: a romaniser (rules alone) to prefer candidates that read back as the
    ///     English spelling, by default none.
    public init(exceptions: RomanizationExceptions = RomanizationExceptions(), costs: SpellingCosts = SpellingCosts(),
                letterModel: LetterModel = LetterModel(), roundTrip: Romanizer? = nil) {
        self.exceptions = exceptions
        self.costs = costs
        self.letterModel = letterModel
        self.roundTrip = roundTrip
    }

    /// The best Devanagari spelling of a line: each Latin word spelled, everything else kept.
    /// - Parameter line: a line of text.
    /// - Returns: the line with its Latin words in Devanagari.
    public func spell(_ line: String) -> String {
        candidates(for: line, limit: 1).first?.text ?? line
    }

    /// The best spellings of a whole line, best first.
    /// - Parameters:
    ///   - line: a line of text; its Latin words are spelled, everything else kept.
    ///   - limit: how many candidates at most.
    /// - Returns: at least one candidate (the line itself when it has no Latin words).
    public func candidates(for line: String, limit: Int) -> [Candidate] {
        let tokens = Self.tokens(of: line)
        let width = max(limit, 1)
        // A beam over words, by back-pointers: (cost, the previous step's index, the option).
        var steps: [[(cost: Double, previous: Int, option: Int)]] = []
        var options: [[(text: String, cost: Double)]] = []
        for (index, token) in tokens.enumerated() {
            let followedByStop = index + 1 < tokens.count && tokens[index + 1].text.hasPrefix(".")
            let spelled = token.isWord ? wordSpellings(token.text, followedByStop: followedByStop, limit: width)
                                       : [(token.text, 0)]
            options.append(spelled)
            let previous = steps.last ?? [(0, -1, -1)]
            var next: [(cost: Double, previous: Int, option: Int)] = []
            for (p, state) in previous.enumerated() {
                for (o, option) in spelled.enumerated() { next.append((state.cost + option.cost, p, o)) }
            }
            next.sort { $0.cost < $1.cost }
            steps.append(Array(next.prefix(width)))
        }
        guard let last = steps.last else { return Self.scored([("", 0)], limit: limit) }
        let lines = last.indices.map { end -> (text: String, cost: Double) in
            var parts: [String] = []
            var step = end
            for index in stride(from: steps.count - 1, through: 0, by: -1) {
                let state = steps[index][step]
                parts.append(options[index][state.option].text)
                step = state.previous
            }
            return (parts.reversed().joined(), last[end].cost)
        }
        return Self.scored(lines, limit: limit)
    }

    /// The best spellings of one Latin word, best first.
    /// - Parameters:
    ///   - word: letters only (`Kejriwal`, `ISRO`).
    ///   - limit: how many candidates at most.
    /// - Returns: the candidates; empty when the word has no Latin letters.
    public func candidates(forWord word: String, limit: Int) -> [Candidate] {
        Self.scored(wordSpellings(word, followedByStop: false, limit: limit), limit: limit)
    }

    // MARK: Words

    private func wordSpellings(_ word: String, followedByStop: Bool, limit: Int) -> [(text: String, cost: Double)] {
        let key = ByteKey(word + (followedByStop ? "." : "") + "\u{0}" + String(limit))
        if let known = cache[key] { return known }
        let found = uncachedSpellings(word, followedByStop: followedByStop, limit: limit)
        cache[key] = found
        return found
    }

    private func uncachedSpellings(_ word: String, followedByStop: Bool, limit: Int) -> [(text: String, cost: Double)] {
        let letters = Array(Self.folded(word).lowercased().utf8.filter { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) })
        // A "word" longer than any name (a run of letters with no spaces) is left as it is:
        // the search grows faster than its length.
        guard !letters.isEmpty, letters.count <= Self.longestWord else { return [(word, 0)] }
        var found: [(text: String, cost: Double)] = []

        let isCapitals = word.count >= 2 && word.allSatisfy { $0.isUppercase }
        let isInitial = letters.count == 1 && (followedByStop || word.first?.isUppercase == true)
        if isInitial || isCapitals {
            let spelledOut = word.compactMap { LetterNames.hindi(for: $0) }.joined()
            let pronounceable = isCapitals && Self.isPronounceable(letters)
            found.append((spelledOut, pronounceable ? 0.8 : 0))
            if pronounceable || !isInitial {
                let searched = reranked(Self.search(letters, limit: max(limit, Self.rerankDepth), costs: costs), of: letters)
                // Capitals that cannot be read as a word (BSF, CRPF) are spelled out first, whatever
                // the search's costs (which can be below zero) make of their letters as a word.
                let shift = pronounceable ? 0 : 1.0 - min(0, searched.map(\.cost).min() ?? 0)
                found += searched.map { ($0.text, $0.cost + shift) }
            }
        } else {
            found += reranked(Self.search(letters, limit: max(limit, Self.rerankDepth), costs: costs), of: letters)
        }
        // A listed spelling (the exceptions file, the known names) comes first whatever the
        // search thinks; the search's spellings follow it.
        if let listed = exceptions.hindi(for: word) ?? exceptions.hindi(for: String(decoding: letters, as: UTF8.self)) {
            let best = found.map(\.cost).min() ?? 0
            found.append((listed.decomposedNukta, best - 1))
        }
        var seen = Set<String>()
        var ranked: [(text: String, cost: Double)] = []
        for spelling in found.sorted(by: { $0.cost < $1.cost }) {
            let text = spelling.text.decomposedNukta
            // A word cannot start with a sign (ं for the n of NDA, a vowel sign, a virama).
            if text.unicodeScalars.first?.isCombiningMark == true { continue }
            guard seen.insert(text).inserted else { continue }
            // Hindi news mostly leaves out the nukta of borrowed sounds (ब्राजील for ब्राज़ील):
            // that spelling comes first.
            if let plain = Self.withoutBorrowedNukta(text), seen.insert(plain).inserted {
                ranked.append((plain, spelling.cost))
            }
            ranked.append((text, spelling.cost))
        }
        return Array(ranked.prefix(limit))
    }

    /// `text` (nukta decomposed) without the nukta under ज फ क ख ग, nil when it has none; the
    /// nukta of ड़ and ढ़, distinct letters, stays.
    static func withoutBorrowedNukta(_ text: String) -> String? {
        var scalars = String.UnicodeScalarView()
        var changed = false
        var previous: UInt32 = 0
        for scalar in text.unicodeScalars {
            if scalar.value == 0x093C, [0x091C, 0x092B, 0x0915, 0x0916, 0x0917].contains(previous) {
                changed = true
            } else {
                scalars.append(scalar)
            }
            previous = scalar.value
        }
        return changed ? String(scalars) : nil
    }

    /// The most letters a word may have to be spelled.
    static let longestWord = 40

    /// Latin letters with diacritics as plain ones (Café → Cafe, Élysée → Elysee).
    static func folded(_ word: String) -> String {
        guard !word.utf8.allSatisfy({ $0 < 0x80 }) else { return word }
        var scalars = String.UnicodeScalarView()
        for scalar in word.decomposedStringWithCanonicalMapping.unicodeScalars where !(0x0300...0x036F).contains(scalar.value) {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// The search's spellings of `letters` (lower-case ASCII) with the letter model's cost added
    /// and, with a round-trip romaniser, ``roundTripCost`` for each spelling that does not read
    /// back as `letters`: तात, तत and ताता for Tata read Tat, Tat and Tata, so the first two
    /// fall behind. Best first.
    private func reranked(_ spellings: [(text: String, cost: Double)], of letters: [UInt8]) -> [(text: String, cost: Double)] {
        guard let best = spellings.first else { return spellings }
        var reranked = spellings
        if !letterModel.isEmpty {
            let bestModelCost = letterModel.cost(of: best.text)
            reranked = reranked.map { ($0.text, $0.cost + Self.letterModelWeight * (letterModel.cost(of: $0.text) - bestModelCost)) }
        }
        reranked.sort { $0.cost < $1.cost }
        if let roundTrip {
            // The best few only: romanising all of them doubled the time per word, and a
            // spelling further down does not reach the top five by it.
            let key = Self.roundTripKey(String(decoding: letters, as: UTF8.self))
            for index in reranked.indices.prefix(Self.roundTripDepth)
            where Self.roundTripKey(roundTrip.romanize(reranked[index].text)) != key {
                reranked[index].cost += Self.roundTripCost
            }
            reranked.sort { $0.cost < $1.cost }
        }
        return reranked
    }

    /// A Latin spelling with the differences English spellings of one Hindi name show folded
    /// away (ee and i, oo and u, aa and a, w and v, c, ck, q and k, z and j, f and ph, x and ks),
    /// in lower case: what a candidate's romanisation must match to read back as the input.
    static func roundTripKey(_ latin: String) -> String {
        let bytes = Array(latin.lowercased().utf8)
        var key: [UInt8] = []
        key.reserveCapacity(bytes.count + 2)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            switch (byte, next) {
            case (UInt8(ascii: "e"), UInt8(ascii: "e")): key.append(UInt8(ascii: "i")); index += 2
            case (UInt8(ascii: "o"), UInt8(ascii: "o")): key.append(UInt8(ascii: "u")); index += 2
            case (UInt8(ascii: "a"), UInt8(ascii: "a")): key.append(UInt8(ascii: "a")); index += 2
            case (UInt8(ascii: "o"), UInt8(ascii: "u")): key += "au".utf8; index += 2
            case (UInt8(ascii: "c"), UInt8(ascii: "k")): key.append(UInt8(ascii: "k")); index += 2
            case (UInt8(ascii: "c"), _), (UInt8(ascii: "q"), _): key.append(UInt8(ascii: "k")); index += 1
            case (UInt8(ascii: "x"), _): key += "ks".utf8; index += 1
            case (UInt8(ascii: "w"), _): key.append(UInt8(ascii: "v")); index += 1
            case (UInt8(ascii: "z"), _): key.append(UInt8(ascii: "j")); index += 1
            case (UInt8(ascii: "f"), _): key += "ph".utf8; index += 1
            default: key.append(byte); index += 1
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// Whether capitals such as ISRO or NASA can be read as a word rather than letter by letter:
    /// at least three letters, a vowel, no doubled vowel, no three consonants in a row, and no
    /// two at the start unless the second is r or l.
    static func isPronounceable(_ letters: [UInt8]) -> Bool {
        func isVowel(_ letter: UInt8) -> Bool { "aeiou".utf8.contains(letter) }
        guard letters.count >= 3, letters.contains(where: isVowel) else { return false }
        var run = 0
        for (index, letter) in letters.enumerated() {
            if isVowel(letter) {
                if index > 0, letters[index - 1] == letter { return false }
                run = 0
            } else {
                run += 1
                if run >= 3 { return false }
            }
        }
        if !isVowel(letters[0]), !isVowel(letters[1]), letters[1] != UInt8(ascii: "r"), letters[1] != UInt8(ascii: "l") {
            return false
        }
        return true
    }

    // MARK: Search

    /// One decision on a path, for learning costs: the groups it belongs to (most specific
    /// first), the alternatives with their hand-set costs, and the one taken.
    struct Decision {
        let groups: [String]
        let alternatives: [(output: String, hand: Double)]
        let chosen: String
    }

    /// A partial spelling.
    struct State {
        var text: String
        var cost: Double
        /// The last thing written is a consonant with no vowel sign yet.
        var pendingConsonant: Unicode.Scalar?
        /// The pending consonant ends a conjunct (a virama before it).
        var pendingIsConjunct: Bool
        /// The last vowel written, when the last thing written is a vowel.
        var lastVowel: LatinGraphemes.Sound?
        /// The decisions taken, when learning; nil otherwise.
        var decisions: [Decision]?
    }

    /// The cheapest spellings of `letters` (lower-case ASCII), best first.
    static func search(_ letters: [UInt8], limit: Int, costs: SpellingCosts) -> [(text: String, cost: Double)] {
        paths(letters, costs: costs, target: nil).prefix(limit).map { ($0.text, $0.cost) }
    }

    /// Complete spellings, cheapest first, distinct by text. With a `target` (NFC, nukta
    /// decomposed), only paths that write the target are kept, with their decisions.
    static func paths(_ letters: [UInt8], costs: SpellingCosts, target: [Unicode.Scalar]?) -> [State] {
        var beams = Array(repeating: [State](), count: letters.count + 1)
        beams[0] = [State(text: "", cost: 0, pendingConsonant: nil, pendingIsConjunct: false, lastVowel: nil,
                          decisions: target == nil ? nil : [])]
        let memo = CostMemo()
        for index in 0..<letters.count {
            guard !beams[index].isEmpty else { continue }
            let states = prune(beams[index])
            let graphemes = LatinGraphemes.readings(letters, at: index)
            let splits = splitChoice(letters, at: index, graphemes: graphemes)
            for (length, readings) in graphemes {
                memo.readings.removeAll(keepingCapacity: true)
                let splitCost = splits.map { lookUp(groups: $0.groups, chosen: "\(length)", hand: 0, costs: costs) } ?? 0
                let isFinal = index + length == letters.count
                // The letters around a grapheme decide much of its reading (the a of Yadav, the
                // t of Patel).
                let groups = LatinGraphemes.contextGroups("G", letters, at: index, length: length)
                let alternatives = readings.map { (output: $0.output, hand: $0.cost) }
                for var state in states {
                    if let splits {
                        state.cost += splitCost
                        state.decisions?.append(Decision(groups: splits.groups, alternatives: splits.alternatives, chosen: "\(length)"))
                    }
                    for (readingIndex, reading) in readings.enumerated() {
                        for next in extend(state, with: reading, output: alternatives[readingIndex].output, groups: groups,
                                           among: alternatives, isFinal: isFinal, costs: costs, memo: memo) {
                            if let target, !Self.isPrefix(next.text, of: target, whole: false) { continue }
                            beams[index + length].append(next)
                        }
                    }
                }
            }
        }
        var finished = prune(beams[letters.count])
        if let target { finished = finished.filter { isPrefix($0.text, of: target, whole: true) } }
        return finished
    }

    /// Where graphemes of different lengths start at one place (sh, or s then h), which one is
    /// read is a decision of its own, in groups named by the longest (`S:sh@M|a_a>1`), with no
    /// hand-set preference: without it, each reading's cost is relative only to the other
    /// readings of its own grapheme, and a path that splits sh into स and a silent h looked as
    /// cheap as श once training had made that silent h the usual reading after s (Sharad came
    /// out सराद). Nil where only one grapheme starts.
    private static func splitChoice(_ letters: [UInt8], at index: Int, graphemes: [(length: Int, readings: [LatinGraphemes.Reading])])
        -> (groups: [String], alternatives: [(output: String, hand: Double)])? {
        guard graphemes.count > 1, let longest = graphemes.first?.length else { return nil }
        let groups = LatinGraphemes.contextGroups("S", letters, at: index, length: longest)
        return (groups, graphemes.map { (output: "\($0.length)", hand: 0) })
    }

    private static func isPrefix(_ text: String, of target: [Unicode.Scalar], whole: Bool) -> Bool {
        let scalars = Array(text.decomposedNukta.unicodeScalars)
        guard scalars.count <= target.count, !whole || scalars.count == target.count else { return false }
        // The last scalar may still become an anusvara (न → ं) when the next consonant joins.
        let checked = whole ? scalars.count : max(0, scalars.count - 1)
        return scalars[..<checked].elementsEqual(target[..<checked])
    }

    private static func prune(_ states: [State]) -> [State] {
        // The best state per written text, then the cheapest `beamWidth`.
        var best: [ByteKey: State] = [:]
        for state in states {
            let key = ByteKey(state.text)
            if best[key].map({ state.cost < $0.cost }) ?? true { best[key] = state }
        }
        return best.values.sorted { $0.cost < $1.cost || ($0.cost == $1.cost && $0.text < $1.text) }
            .prefix(beamWidth).map { $0 }
    }

    private static let virama = "\u{094D}", anusvara = "\u{0902}"

    /// Costs already looked up in one search: every state at a position asks the same groups,
    /// so each reading's cost is looked up once per position, and each join's once per search.
    private final class CostMemo {
        var readings: [String: Double] = [:]
        var joins: [UInt64: Double] = [:]
    }

    /// The cost of taking `chosen` among `alternatives` in `groups` (most specific first).
    private static func decide(_ state: inout State, groups: [String], alternatives: [(output: String, hand: Double)],
                               chosen: String, hand: Double, costs: SpellingCosts) {
        state.cost += lookUp(groups: groups, chosen: chosen, hand: hand, costs: costs)
        state.decisions?.append(Decision(groups: groups, alternatives: alternatives, chosen: chosen))
    }

    private static func lookUp(groups: [String], chosen: String, hand: Double, costs: SpellingCosts) -> Double {
        for group in groups {
            if let learned = costs.learned(group + ">" + chosen) { return learned }
        }
        return hand
    }

    /// `decide` for a grapheme's reading, from the memo when not learning.
    private static func decideReading(_ state: inout State, groups: [String], alternatives: [(output: String, hand: Double)],
                                      chosen: String, hand: Double, costs: SpellingCosts, memo: CostMemo) {
        guard state.decisions == nil, groups.count == 3 else {
            return decide(&state, groups: groups, alternatives: alternatives, chosen: chosen, hand: hand, costs: costs)
        }
        if let known = memo.readings[chosen] {
            state.cost += known
        } else {
            let cost = lookUp(groups: groups, chosen: chosen, hand: hand, costs: costs)
            memo.readings[chosen] = cost
            state.cost += cost
        }
    }

    private static func extend(_ state: State, with reading: LatinGraphemes.Reading, output: String, groups: [String],
                               among alternatives: [(output: String, hand: Double)], isFinal: Bool,
                               costs: SpellingCosts, memo: CostMemo) -> [State] {
        var results: [State] = []
        switch reading {
        case .silent:
            var next = state
            decideReading(&next, groups: groups, alternatives: alternatives, chosen: output, hand: reading.cost, costs: costs, memo: memo)
            results.append(next)
        case .consonant(let letters, _):
            guard let first = letters.unicodeScalars.first, let last = letters.unicodeScalars.last(where: isConsonantLetter) else { break }
            let fixedConjunct = letters.unicodeScalars.contains(Unicode.Scalar(0x094D)!)
            var base = state
            decideReading(&base, groups: groups, alternatives: alternatives, chosen: output, hand: reading.cost, costs: costs, memo: memo)
            base.pendingConsonant = last
            base.pendingIsConjunct = fixedConjunct
            base.lastVowel = nil
            guard let pending = state.pendingConsonant else {
                base.text += letters
                results.append(base)
                break
            }
            let joins = Join.allCases.compactMap { join in join.cost(after: pending, before: first).map { (join, $0) } }
            let learning = state.decisions != nil
            let joinAlternatives = learning ? joins.map { ("\($0.0)", $0.1) } : []
            func joinGroups() -> [String] {
                ["J:\(pending)+\(first)", "JC:\(Join.letterClass(pending))+\(Join.letterClass(first))"]
            }
            for (join, hand) in joins {
                var next = base
                switch join {
                case .conjunct: next.text += virama + letters
                case .unwrittenVowel: next.text += letters
                case .anusvara:
                    next.text.unicodeScalars.removeLast()
                    next.text += anusvara + letters
                }
                if learning {
                    decide(&next, groups: joinGroups(), alternatives: joinAlternatives, chosen: "\(join)", hand: hand, costs: costs)
                } else {
                    let key = UInt64(pending.value) << 32 | UInt64(first.value) << 8 | UInt64(join.index)
                    if let known = memo.joins[key] {
                        next.cost += known
                    } else {
                        let cost = lookUp(groups: joinGroups(), chosen: "\(join)", hand: hand, costs: costs)
                        memo.joins[key] = cost
                        next.cost += cost
                    }
                }
                next.pendingIsConjunct = join == .conjunct || fixedConjunct
                results.append(next)
            }
        case .nasal:
            guard state.lastVowel != nil else { break }
            var next = state
            next.text += anusvara
            decideReading(&next, groups: groups, alternatives: alternatives, chosen: output, hand: reading.cost, costs: costs, memo: memo)
            results.append(next)
        case .nasalized(let letters, _), .nasalThen(let letters, _):
            // An anusvara then consonants, after a vowel (Singh: the i, then ं and ह; gaon:
            // the a, then ंव); ng-h may also follow a bare consonant.
            let afterVowel = state.lastVowel != nil
            guard let last = letters.unicodeScalars.last,
                  afterVowel || (state.pendingConsonant != nil && { if case .nasalized = reading { true } else { false } }())
            else { break }
            var next = state
            next.text += anusvara + letters
            decideReading(&next, groups: groups, alternatives: alternatives, chosen: output, hand: reading.cost, costs: costs, memo: memo)
            next.pendingConsonant = last
            next.pendingIsConjunct = false
            next.lastVowel = nil
            results.append(next)
        case .vowels(let first, let second, _):
            var next = state
            next.text += (state.pendingConsonant != nil ? first.sign : first.letter) + second.letter
            decideReading(&next, groups: groups, alternatives: alternatives, chosen: output, hand: reading.cost, costs: costs, memo: memo)
            next.pendingConsonant = nil
            next.lastVowel = second
            results.append(next)
        case .vowel(let sound, _):
            if let pending = state.pendingConsonant {
                var next = state
                next.text += sound.sign
                // A final vowel depends on the consonant before it (नरेंद्र but शर्मा): its own
                // group, backed off to the grapheme's.
                var groups = groups
                var hand = reading.cost
                if isFinal {
                    groups.insert(groups[groups.count - 1] + "/" + (state.pendingIsConjunct ? "c" : "s") + String(pending), at: 0)
                    hand += finalVowelCost(sound, after: pending, conjunct: state.pendingIsConjunct)
                }
                decide(&next, groups: groups, alternatives: alternatives, chosen: output, hand: hand, costs: costs)
                next.pendingConsonant = nil
                next.lastVowel = sound
                results.append(next)
            } else if let previous = state.lastVowel {
                // A vowel after a vowel: its own letter, or a glide (India इंडिया, Goa गोवा).
                var letter = state
                letter.text += sound.letter
                decideReading(&letter, groups: groups, alternatives: alternatives, chosen: output, hand: reading.cost, costs: costs, memo: memo)
                letter.cost += 0.6
                letter.lastVowel = sound
                results.append(letter)
                if sound == .a || sound == .aa || sound == .o || sound == .u || sound == .e {
                    // The glide's a is ा (सोनिया Sonia) or, before a consonant, the inherent a
                    // (कुरियन Kurian).
                    let y = previous.isFront
                    for sign in sound == .a ? ["\u{093E}", ""] : [sound.sign] {
                        var glide = state
                        glide.text += (y ? "य" : "व") + sign
                        decideReading(&glide, groups: groups, alternatives: alternatives, chosen: output, hand: reading.cost, costs: costs, memo: memo)
                        glide.cost += (y ? 0.1 : 0.8) + (sign.isEmpty ? (isFinal ? 1.5 : 0.3) : 0)
                        if sign.isEmpty {
                            glide.pendingConsonant = y ? "य" : "व"
                            glide.pendingIsConjunct = false
                            glide.lastVowel = nil
                        } else {
                            glide.lastVowel = sound
                        }
                        results.append(glide)
                    }
                }
            } else {
                var next = state
                next.text += sound.letter
                decideReading(&next, groups: groups, alternatives: alternatives, chosen: output, hand: reading.cost, costs: costs, memo: memo)
                next.lastVowel = sound
                results.append(next)
            }
        }
        return results
    }

    /// A final a after a conjunct ending in a sonorant is the inherent a (नरेंद्र Narendra,
    /// कृष्ण Krishna, आदित्य Aditya); after anything else it is ा (शर्मा Sharma, गंगा Ganga).
    private static func finalVowelCost(_ sound: LatinGraphemes.Sound, after consonant: Unicode.Scalar,
                                       conjunct: Bool) -> Double {
        guard conjunct, sound == .a || sound == .aa else { return 0 }
        // Strongest for र and ण (नरेंद्र, चंद्र, कृष्ण), weaker for य (आदित्य but विद्या), weakest for the
        // nasals, ल and व (कृष्ण but महात्मा).
        let bonus: Double
        switch consonant.value {
        case 0x0930: bonus = 0.8
        case 0x0923: bonus = 0.6
        case 0x092F: bonus = 0.5
        case 0x0935, 0x0928, 0x092E, 0x0932: bonus = 0.3
        default: return 0
        }
        return sound == .a ? -bonus : 0.3
    }

    /// How a consonant attaches to the bare consonant before it.
    enum Join: CaseIterable, CustomStringConvertible {
        /// With a virama: प्र, र्म, न्द.
        case conjunct
        /// With the a Hindi writes but does not say: गडकरी, अजमेर.
        case unwrittenVowel
        /// The nasal becomes an anusvara: नरेंद्र, मुंबई.
        case anusvara

        /// A small number for memo keys.
        var index: Int {
            switch self {
            case .conjunct: 0
            case .unwrittenVowel: 1
            case .anusvara: 2
            }
        }

        var description: String {
            switch self {
            case .conjunct: "conjunct"
            case .unwrittenVowel: "a"
            case .anusvara: "anusvara"
            }
        }

        /// A coarse class of a consonant, for joins seen too rarely letter by letter.
        static func letterClass(_ scalar: Unicode.Scalar) -> String {
            switch scalar.value {
            case 0x0915...0x0918: "velar"
            case 0x091A...0x091D: "palatal"
            case 0x091F...0x0922: "retroflex"
            case 0x0924...0x0927: "dental"
            case 0x092A...0x092D: "labial"
            case 0x0919, 0x091E, 0x0923, 0x0928, 0x092E: "nasal"
            case 0x092F: "y"
            case 0x0930: "r"
            case 0x0932: "l"
            case 0x0935: "v"
            case 0x0936...0x0938: "sibilant"
            case 0x0939: "h"
            default: "other"
            }
        }

        /// The cost of joining `previous` to `next` this way; nil when it cannot.
        func cost(after previous: Unicode.Scalar, before next: Unicode.Scalar) -> Double? {
            let p = previous.value, n = next.value
            let previousIsNasal = p == 0x0928 || p == 0x092E || p == 0x0923
            let nextIsNasal = n == 0x0928 || n == 0x092E || n == 0x0923
            let nextIsSonorant = n == 0x092F || n == 0x0930 || n == 0x0932 || n == 0x0935 || n == 0x0939
            let nextIsStop = (0x0915...0x092D).contains(n) && !nextIsNasal || (0x0936...0x0938).contains(n)
            switch self {
            case .anusvara:
                guard previousIsNasal else { return nil }
                if nextIsStop { return p == 0x092E && !Devanagari.isLabial(n) ? 1.0 : 0 }
                return n == 0x0939 ? 0.6 : (nextIsNasal ? 1.0 : 0.8)
            case .conjunct:
                if previousIsNasal {
                    if nextIsStop { return 0.6 }
                    return nextIsNasal ? 0.6 : 0.3
                }
                if p == 0x0930 { return n == 0x0930 ? 1.5 : 0.2 }  // reph
                let sibilantOrDental = (0x0936...0x0938).contains(p) || (0x0924...0x0927).contains(p) || p == 0x091C
                switch n {
                case 0x0930:
                    // प्र त्र द्र क्र ग्र ब्र श्र: stops and sibilants; ज्र व्र य्र ल्र are rare.
                    let clustersWithR = (0x0915...0x0918).contains(p) || (0x091F...0x0927).contains(p)
                        || (0x092A...0x092D).contains(p) || p == 0x0936
                    return clustersWithR ? 0 : 0.8
                case 0x092F: return 0.2  // विद्या, मध्य
                case 0x0935: return sibilantOrDental ? 0.3 : 0.7  // स्वामी, द्विवेदी; but मेघवाल
                case 0x0932: return 0.6
                case 0x0928, 0x092E, 0x0923:
                    // ष्ण द्म त्न त्म ह्म: after sibilants, dentals and ह; ज्न and ब्न are rare.
                    let clustersWithNasal = (0x0924...0x0927).contains(p) || (0x0936...0x0939).contains(p)
                    return clustersWithNasal ? 0.3 : 0.8
                default: break
                }
                if (0x0936...0x0938).contains(p), nextIsStop { return 0.2 }  // स्त, ष्ट, श्च
                return 0.5
            case .unwrittenVowel:
                if previousIsNasal { return nextIsStop ? 1.3 : (nextIsNasal ? 0.2 : 0.4) }
                if p == 0x0930 { return 0.6 }
                switch n {
                case 0x0930: return p == 0x0938 || p == 0x091C ? 0.3 : 1.0  // इसरो, केजरीवाल
                case 0x092F: return 0.8
                case 0x0935: return 0.4
                case 0x0932: return 0.3
                case 0x0928, 0x092E, 0x0923: return 0.35
                default: break
                }
                if (0x0936...0x0938).contains(p), nextIsStop { return 0.7 }
                return nextIsSonorant ? 0.4 : 0.35
            }
        }
    }

    private static func isConsonantLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x0915...0x0939).contains(scalar.value) || (0x0958...0x095F).contains(scalar.value)
    }

    // MARK: Lines and scores

    private struct Token {
        let text: String
        let isWord: Bool
    }

    /// The line cut into runs of Latin letters (words) and everything else.
    private static func tokens(of line: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var currentIsWord = false
        for character in line {
            let isLetter = character.isLetter && character.unicodeScalars.allSatisfy { $0.value < 0x0250 }  // Latin, with diacritics
            if isLetter != currentIsWord, !current.isEmpty {
                tokens.append(Token(text: current, isWord: currentIsWord))
                current = ""
            }
            currentIsWord = isLetter
            current.append(character)
        }
        if !current.isEmpty { tokens.append(Token(text: current, isWord: currentIsWord)) }
        return tokens
    }

    private static func scored(_ spellings: [(text: String, cost: Double)], limit: Int) -> [Candidate] {
        let kept = spellings.prefix(limit)
        guard let best = kept.map(\.cost).min() else { return [] }
        let weights = kept.map { exp(-sharpness * ($0.cost - best)) }
        let total = weights.reduce(0, +)
        return zip(kept, weights).map { Candidate(text: $0.0.text.decomposedNukta, score: $0.1 / total) }
    }
}

