internal import CICUShim

/// The writing systems Sangam tells apart.
public enum Script: String, Sendable, Codable, CaseIterable {
    /// Latin letters (English, romanised names).
    case latin
    /// Devanagari letters and signs (Hindi). Devanagari digits and dandas count as common.
    case devanagari
    /// Characters every script shares: ASCII digits, punctuation, spaces, symbols, and
    /// combining marks that inherit the script of the letter before them.
    case common
    /// Any other script (Urdu in Arabic letters, Bengali, Han, …).
    case other

    /// The script of one Unicode scalar, by ICU's Script property.
    /// - Parameter scalar: a Unicode scalar value.
    /// - Returns: the scalar's script as Sangam counts it.
    public init(of scalar: Unicode.Scalar) {
        let value = scalar.value
        // The two scripts of nearly every character Sangam sees, without a call into ICU.
        switch value {
        case 0x41...0x5A, 0x61...0x7A: self = .latin; return
        case 0x00...0x7F: self = .common; return
        case 0x0900...0x0963, 0x0970...0x097F: self = .devanagari; return
        // Danda and double danda are shared by the Indic scripts; digits are digits in either
        // script (२०२५ is as numeric as 2025), so both count as common.
        case 0x0964...0x096F: self = .common; return
        default: break
        }
        switch cicu_script_of(value) {
        case 0, 1: self = .common  // Zyyy Common, Zinh Inherited
        case 10: self = .devanagari
        case 25: self = .latin
        default: self = .other
        }
    }
}
