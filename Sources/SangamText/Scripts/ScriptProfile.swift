/// How much of a segment is in each script, counted in Unicode scalars other than white space.
public struct ScriptProfile: Sendable, Equatable {
    /// Latin scalars.
    public var latin = 0
    /// Devanagari scalars (letters, vowel signs, Devanagari digits).
    public var devanagari = 0
    /// Digits, punctuation, symbols and marks every script shares.
    public var common = 0
    /// Scalars of any other script.
    public var other = 0

    /// Creates an empty profile.
    public init() {}

    /// All counted scalars.
    public var total: Int { latin + devanagari + common + other }

    /// Scalars that belong to a particular script (everything but common).
    public var letters: Int { latin + devanagari + other }

    /// The share of `script` among all counted scalars, in [0, 1]; 0 for an empty segment.
    /// - Parameter script: the script to measure.
    public func share(of script: Script) -> Double {
        guard total > 0 else { return 0 }
        let count = switch script {
        case .latin: latin
        case .devanagari: devanagari
        case .common: common
        case .other: other
        }
        return Double(count) / Double(total)
    }

    /// The script with the most letters; `.common` when there are none (a number, a date).
    public var dominantScript: Script {
        if letters == 0 { return .common }
        if devanagari >= latin && devanagari >= other { return .devanagari }
        return latin >= other ? .latin : .other
    }

    /// A one-word description of the segment, for filters and reports.
    public var kind: SegmentScriptKind {
        guard total > 0 else { return .empty }
        guard letters > 0 else { return .numeric }
        let dominant = dominantScript
        let dominantCount = switch dominant {
        case .latin: latin
        case .devanagari: devanagari
        default: other
        }
        // A Hindi sentence quoting "G20" or an English one naming "हिंदी" stays what it is;
        // a minority above a fifth of the letters makes the segment mixed.
        if Double(letters - dominantCount) > 0.2 * Double(letters) { return .mixed }
        return switch dominant {
        case .latin: .latin
        case .devanagari: .devanagari
        default: .other
        }
    }

    mutating func count(_ script: Script) {
        switch script {
        case .latin: latin += 1
        case .devanagari: devanagari += 1
        case .common: common += 1
        case .other: other += 1
        }
    }
}

/// What a segment is written in, as filters and reports name it.
public enum SegmentScriptKind: String, Sendable, Codable, CaseIterable {
    case latin, devanagari, mixed, numeric, other, empty
}
