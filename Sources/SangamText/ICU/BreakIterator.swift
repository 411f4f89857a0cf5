internal import CICUShim

/// An ICU break iterator over UTF-8, reused across texts to avoid reopening ICU's rules.
/// Not thread-safe: each thread or task uses its own.
final class BreakIterator {
    enum Kind {
        case word, sentence

        var code: Int32 {
            switch self {
            case .word: Int32(CICU_BREAK_WORD)
            case .sentence: Int32(CICU_BREAK_SENTENCE)
            }
        }
    }

    /// One stretch between two boundaries, in UTF-8 byte offsets.
    struct Segment {
        var range: Range<Int>
        /// ICU's rule status for the boundary that ends the segment.
        var ruleStatus: Int32
    }

    private let handle: OpaquePointer

    init(_ kind: Kind, locale: String) throws(ICUError) {
        var status: Int32 = 0
        let handle = cicu_break_open(kind.code, locale, &status)
        try ICUError.check(status, "opening the \(kind) break iterator for locale \(locale)")
        guard let handle else { throw ICUError(status: 7, operation: "opening the \(kind) break iterator") }
        self.handle = handle
    }

    deinit {
        cicu_break_close(handle)
    }

    /// Calls `body` with each segment of `utf8`, in order.
    /// - Parameter utf8: the text's bytes; they are not copied and must outlive the call.
    func forEachSegment(of utf8: UnsafeBufferPointer<UInt8>, _ body: (Segment) -> Void) {
        var status: Int32 = 0
        cicu_break_set_text(handle, utf8.baseAddress, Int64(utf8.count), &status)
        // Pointing an open iterator at valid memory cannot fail short of memory exhaustion.
        precondition(status <= 0, "ICU refused text: \(ICUError(status: status, operation: "setting break text"))")
        var start = 0
        while true {
            let boundary = cicu_break_next(handle)
            if boundary == Int64(CICU_BREAK_DONE) { break }
            let end = Int(boundary)
            body(Segment(range: start..<end, ruleStatus: cicu_break_rule_status(handle)))
            start = end
        }
    }
}
