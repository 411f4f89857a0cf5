import Foundation

extension Array where Element: Sendable {
    /// `transform` of every element, computed on every core, in order. Elements go to the cores
    /// in interleaved runs, so that a batch of cheap items (names) pays for few dispatches and a
    /// batch of costly, uneven ones (pairs to align) still spreads evenly.
    func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard !isEmpty else { return [] }
        var results = [Result?](repeating: nil, count: count)
        let iterations = Swift.min(count, 64 * ProcessInfo.processInfo.activeProcessorCount)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: iterations) { start in
                for index in stride(from: start, to: count, by: iterations) {
                    output[index] = transform(self[index])
                }
            }
        }
        return results.map { $0! }
    }
}

/// Work started on another thread now, whose result is waited for later: a pipeline stage's next
/// batch is computed while the current one is written.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    private var value: Value?

    /// Starts `work` on a global queue.
    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async(group: group) { self.value = work() }
    }

    /// The result, once the work is done.
    func wait() -> Value {
        group.wait()
        return value!
    }
}
