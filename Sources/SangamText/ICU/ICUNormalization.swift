internal import CICUShim

/// The ICU normalisation forms Sangam uses, applied to UTF-8 directly.
enum ICUNormalizationForm {
    case nfc
    case nfkcCasefold

    var code: Int32 {
        switch self {
        case .nfc: Int32(CICU_FORM_NFC)
        case .nfkcCasefold: Int32(CICU_FORM_NFKC_CASEFOLD)
        }
    }

    /// Whether `utf8` is already in this form.
    func isNormalized(_ utf8: UnsafeBufferPointer<UInt8>) throws(ICUError) -> Bool {
        var status: Int32 = 0
        let answer = cicu_is_normalized_utf8(code, utf8.baseAddress, Int32(utf8.count), &status)
        try ICUError.check(status, "checking text for \(self)")
        return answer == 1
    }

    /// `utf8` in this form, as UTF-8 bytes.
    func normalize(_ utf8: UnsafeBufferPointer<UInt8>) throws(ICUError) -> [UInt8] {
        // NFC rarely grows text; NFKC can (ligatures, U+FDFA): one retry covers any growth.
        var capacity = utf8.count + utf8.count / 8 + 16
        while true {
            var status: Int32 = 0
            var needed = 0
            let result = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                needed = Int(cicu_normalize_utf8(code, utf8.baseAddress, Int32(utf8.count),
                                                 buffer.baseAddress, Int32(capacity), &status))
                count = status <= 0 ? needed : 0
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
        let probe: [UInt8] = [0x41]
        _ = try probe.withUnsafeBufferPointer { (buffer) throws(ICUError) in try isNormalized(buffer) }
    }
}
