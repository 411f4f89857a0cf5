import ArgumentParser
import SangamExport

/// The filters and language tags shared by `sangam export` and `sangam run`.
struct ExportOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Drop segments scoring below this (0–1).", valueName: "score"))
    var minScore: Double = 0

    @Option(help: ArgumentHelp("Drop segments whose longer side has more than this many times the characters of the shorter.", valueName: "ratio"))
    var maxLengthRatio: Double?

    @Flag(help: "Drop segments whose English side is mostly Devanagari or whose Hindi side is mostly Latin.")
    var scriptCheck = false

    @Flag(help: "Drop repeated segments: exact repeats, and repeats in matching form (case, nukta, digits, quotes folded).")
    var dedupe = false

    @Option(help: ArgumentHelp("Keep segments published on or after this date.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("Keep segments published on or before this date.", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(help: ArgumentHelp("Language tags to write: en,hi or en-IN,hi-IN (or any two BCP 47 tags).", valueName: "en,hi"))
    var langTags: String = "en,hi"

    func validate() throws {
        guard (0...1).contains(minScore) else { throw ValidationError("--min-score must be between 0 and 1.") }
        if let maxLengthRatio, maxLengthRatio < 1 { throw ValidationError("--max-length-ratio must be at least 1.") }
        for date in [since, until].compactMap({ $0 }) where !Self.isDate(date) {
            throw ValidationError("'\(date)' is not a date: use YYYY-MM-DD.")
        }
        _ = try tags()
    }

    var filterOptions: ExportFilter.Options {
        var options = ExportFilter.Options()
        options.minimumScore = minScore
        options.maximumLengthRatio = maxLengthRatio
        options.scriptCheck = scriptCheck
        options.dedupe = dedupe
        options.since = since
        options.until = until
        return options
    }

    func tags() throws -> LanguageTags {
        let parts = langTags.split(separator: ",").map(String.init)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }) else {
            throw ValidationError("--lang-tags takes two tags separated by a comma, such as en,hi or en-IN,hi-IN.")
        }
        return LanguageTags(english: parts[0], hindi: parts[1])
    }

    private static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
            && parts.allSatisfy { $0.allSatisfy(\.isASCII) && Int($0) != nil }
    }
}

/// One line on what the filters did: `kept 245 of 260 segments (removed: 10 below score 0.3, …)`.
func filterSummary(_ report: ExportFilter.Report, _ options: ExportFilter.Options) -> String {
    var removed: [String] = []
    if report.lowScore > 0 { removed.append("\(report.lowScore) below score \(options.minimumScore)") }
    if report.lengthRatio > 0 { removed.append("\(report.lengthRatio) over length ratio \(options.maximumLengthRatio ?? 0)") }
    if report.wrongScript > 0 { removed.append("\(report.wrongScript) in the wrong script") }
    if report.outsideDates > 0 { removed.append("\(report.outsideDates) outside the dates") }
    if report.exactDuplicates > 0 { removed.append("\(report.exactDuplicates) exact duplicates") }
    if report.nearDuplicates > 0 { removed.append("\(report.nearDuplicates) near duplicates") }
    return "kept \(report.kept) of \(plural(report.read, "segment"))" + (removed.isEmpty ? "" : " (removed: " + removed.joined(separator: ", ") + ")")
}
