internal import CICUShim

/// The ICU normalisation forms Sangam uses.
enum ICUNormalizationForm {
    case nfc
    case nfkcCasefold

    var code: Int32 {
        switch self {
        case .nfc: Int32(CICU_FORM_NFC)
        case .nfkcCasefold: Int32(CICU_FORM_NFKC_CASEFOLD)
        }
    }

    /// Whether `units` are certainly in this form already (ICU's quick check).
    func isNormalized(_ units: UnsafeBufferPointer<UInt16>) throws(ICUError) -> Bool {
        var status: Int32 = 0
        let prefix = cicu_normalized_prefix_length(code, units.baseAddress, Int32(units.count), &status)
        try ICUError.check(status, "checking text for \(self)")
        return Int(prefix) == units.count
    }

    /// `units` in this form, as UTF-16.
    func normalize(_ units: UnsafeBufferPointer<UInt16>) throws(ICUError) -> [UInt16] {
        // NFC rarely grows text; NFKC can (ligatures, U+FDFA): one retry covers any growth.
        var capacity = units.count + units.count / 8 + 16
        while true {
            var status: Int32 = 0
            var needed = 0
            let result = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
                needed = Int(cicu_normalize(code, units.baseAddress, Int32(units.count),
                                            buffer.baseAddress, Int32(capacity), &status))
                count = status == 0 || status < 0 ? min(needed, capacity) : 0
            }
            if status == ICUError.bufferOverflow {
                capacity = needed
                continue
            }
            try ICUError.check(status, "normalising text to \(self)")
            return result
        }
    }

    /// Verifies that ICU's normalisation data for this form loads.
    func load() throws(ICUError) {
        let probe: [UInt16] = [0x41]
        _ = try probe.withUnsafeBufferPointer { (buffer) throws(ICUError) in try isNormalized(buffer) }
    }
}
