/// A word's romanisation as the rules write it, with the places where English usage varies
/// marked as choices: ी as i or ee (Dipak, Deepak), a final ी as i or y (Reddy), व as v or w,
/// a schwa kept or dropped, श as sh or s (Srinagar), ज as j or z (Zakir).
///
/// Each choice lists its options, the rules' own first (hand cost 0), and belongs to groups
/// (most specific first) under which `SpellingCosts` may have learned which option English
/// prefers. Without learned costs the result is exactly the rules' output.
struct RomanizationChoices {
    /// A run of fixed text, or a choice.
    struct Segment {
        let groups: [String]
        let options: [(text: String, hand: Double)]
    }

    private(set) var segments: [Segment] = []
    /// Each unit's signature (see `Romanizer.signatures`), for the context of choices.
    var context: [String] = []

    /// Appends text the rules do not doubt.
    mutating func append(_ text: String) {
        guard !text.isEmpty else { return }
        segments.append(Segment(groups: [], options: [(text, 0)]))
    }

    /// Appends a choice: `options[0]` is what the rules write.
    mutating func choose(_ groups: [String], _ options: [(text: String, hand: Double)]) {
        segments.append(Segment(groups: groups, options: options))
    }

    /// Appends a choice made at unit `index`, with the units around it as more specific groups:
    /// one unit either side, then two, before the groups given.
    mutating func choose(_ groups: [String], _ options: [(text: String, hand: Double)], at index: Int) {
        func unit(_ offset: Int) -> String {
            let position = index + offset
            return context.indices.contains(position) ? context[position] : (position < 0 ? "^" : "$")
        }
        let base = groups[groups.count - 1]
        let narrow = "\(base)|\(unit(-1))_\(unit(1))"
        let wide = "\(base)|\(unit(-2))\(unit(-1))_\(unit(1))\(unit(2))"
        segments.append(Segment(groups: [wide, narrow] + groups, options: options))
    }

    mutating func append(contentsOf other: RomanizationChoices) {
        segments += other.segments
    }

    /// The text with every choice made by `costs` (the rules' option where nothing was learned).
    func text(costs: SpellingCosts) -> String {
        var text = ""
        for segment in segments {
            guard segment.options.count > 1, !costs.costs.isEmpty else {
                text += segment.options[0].text
                continue
            }
            var best = segment.options[0].text, bestCost = Double.infinity
            for option in segment.options {
                var cost = option.hand
                for group in segment.groups {
                    if let learned = costs.costs[group + ">" + option.text] {
                        cost = learned
                        break
                    }
                }
                if cost < bestCost { (best, bestCost) = (option.text, cost) }
            }
            text += best
        }
        return text
    }

    /// Every way of making the choices that writes `target` (lower case), as the option taken
    /// at each choice; at most `limit` ways.
    func matches(_ target: [UInt8], limit: Int = 32) -> [[(segment: Int, option: Int)]] {
        var found: [[(segment: Int, option: Int)]] = []
        var path: [(segment: Int, option: Int)] = []
        func walk(_ segmentIndex: Int, _ position: Int) {
            guard found.count < limit else { return }
            if segmentIndex == segments.count {
                if position == target.count { found.append(path) }
                return
            }
            for (optionIndex, option) in segments[segmentIndex].options.enumerated() {
                let bytes = Array(option.text.lowercased().utf8)
                guard position + bytes.count <= target.count,
                      target[position..<(position + bytes.count)].elementsEqual(bytes) else { continue }
                let isChoice = segments[segmentIndex].options.count > 1
                if isChoice { path.append((segmentIndex, optionIndex)) }
                walk(segmentIndex + 1, position + bytes.count)
                if isChoice { path.removeLast() }
            }
        }
        walk(0, 0)
        return found
    }
}
