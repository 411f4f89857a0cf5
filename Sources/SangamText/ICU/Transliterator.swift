internal import CICUShim

/// An ICU transform, by system id (`Devanagari-Latin`, `Any-NFC; Latin-ASCII`) or compiled
/// from custom rules. ICU's transforms are a starting point for Sangam's own romanisation, not
/// the answer (see DESIGN.md): `Devanagari-Latin` does no schwa deletion.
///
/// Not thread-safe: use one per task.
public final class Transliterator {
    private let handle: OpaquePointer

    /// Opens one of ICU's system transforms.
    /// - Parameter id: an ICU transform id such as `Devanagari-Latin` or `Any-Latin; Latin-ASCII`.
    /// - Throws: `ICUError` when ICU does not know the id.
    public convenience init(id: String) throws(ICUError) {
        try self.init(id: id, rules: nil)
    }

    /// Compiles a transform from ICU transform rules.
    /// - Parameters:
    ///   - name: a name for the new transform.
    ///   - rules: ICU transform rule text, such as `क > k ; ख > kh ;`.
    /// - Throws: `ICUError` on a syntax error; its operation names the line and offset.
    public convenience init(name: String, rules: String) throws(ICUError) {
        try self.init(id: name, rules: rules)
    }

    private init(id: String, rules: String?) throws(ICUError) {
        let idUnits = Array(id.utf16)
        let ruleUnits = rules.map { Array($0.utf16) }
        var status: Int32 = 0
        var line: Int32 = -1
        var offset: Int32 = -1
        let handle = idUnits.withUnsafeBufferPointer { idBuffer in
            if let ruleUnits {
                return ruleUnits.withUnsafeBufferPointer { ruleBuffer in
                    cicu_translit_open(idBuffer.baseAddress, Int32(idBuffer.count),
                                       ruleBuffer.baseAddress, Int32(ruleBuffer.count), &line, &offset, &status)
                }
            }
            return cicu_translit_open(idBuffer.baseAddress, Int32(idBuffer.count), nil, 0, &line, &offset, &status)
        }
        let place = rules == nil ? "opening transform \(id)" : "compiling transform \(id) (rule line \(line), offset \(offset))"
        try ICUError.check(status, place)
        guard let handle else { throw ICUError(status: 7, operation: place) }
        self.handle = handle
    }

    deinit {
        cicu_translit_close(handle)
    }

    /// `text` transformed.
    /// - Parameter text: any text.
    /// - Returns: the transform's output.
    public func apply(to text: String) -> String {
        let input = Array(text.utf16)
        var capacity = input.count * 3 + 16
        while true {
            var status: Int32 = 0
            var length = 0
            var buffer = input
            buffer.append(contentsOf: repeatElement(0, count: capacity - input.count))
            buffer.withUnsafeMutableBufferPointer { units in
                length = Int(cicu_translit_apply(handle, units.baseAddress, Int32(input.count), Int32(capacity), &status))
            }
            if status == ICUError.bufferOverflow {
                capacity = length + 16
                continue
            }
            // An open transform applied to valid UTF-16 fails only when memory runs out.
            precondition(status <= 0, "\(ICUError(status: status, operation: "transliterating"))")
            return String(decoding: buffer[..<length], as: UTF16.self)
        }
    }
}
