#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Progress of one long stage on standard error: a redrawn bar with items done, rate and time
/// left when standard error is a terminal; a plain line now and then otherwise (logs stay
/// readable); nothing with `--quiet`.
final class Progress {
    private let stage: String
    private let quiet: Bool
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private let start = Date()
    private var lastDrawn = Date.distantPast
    private var lastLoggedTenth = -1
    private var drewBar = false

    init(stage: String, quiet: Bool) {
        self.stage = stage
        self.quiet = quiet
    }

    /// Reports `done` of `total` items (total nil when unknown).
    func update(_ done: Int, of total: Int?, unit: String) {
        guard !quiet else { return }
        let now = Date()
        let elapsed = now.timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        if isTerminal {
            guard now.timeIntervalSince(lastDrawn) > 0.1 || done == total else { return }
            lastDrawn = now
            var line = "\r\(stage.padding(8)) "
            if let total, total > 0 {
                let filled = Int(Double(done) / Double(total) * 30)
                line += "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled) + "] "
                line += "\(done)/\(total) \(unit)"
                if rate > 0, done < total { line += String(format: ", %.0f/s, %.0f s left", rate, Double(total - done) / rate) }
            } else {
                line += "\(done) \(unit)" + (rate > 0 ? String(format: ", %.0f/s", rate) : "")
            }
            StandardStreams.writeErrorRaw(line + "\u{1B}[K")
            drewBar = true
        } else if let total, total > 0 {
            let tenth = done * 10 / total
            guard tenth > lastLoggedTenth else { return }
            lastLoggedTenth = tenth
            StandardStreams.writeError("sangam: \(stage): \(done) of \(total) \(unit)")
        }
    }

    /// Ends the stage's display with a closing line.
    func finish(_ message: String) {
        guard !quiet else { return }
        if isTerminal && drewBar { StandardStreams.writeErrorRaw("\r\u{1B}[K") }
        StandardStreams.writeError("sangam: \(stage): \(message)")
    }
}
