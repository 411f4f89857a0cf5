/// The two languages Sangam aligns.
public enum Language: String, Sendable, Codable, CaseIterable {
    case english = "en"
    case hindi = "hi"

    /// The ICU locale whose break rules and data Sangam asks for.
    public var icuLocale: String { rawValue }

    /// The script the language is normally written in.
    public var script: Script {
        switch self {
        case .english: .latin
        case .hindi: .devanagari
        }
    }
}
