public import SangamText

/// The filters every format shares, and what each removed.
public struct ExportFilter {
    /// The filters' settings.
    public struct Options: Sendable, Equatable {
        /// Drop segments scoring below this.
        public var minimumScore = 0.0
        /// Drop segments whose longer side has more than this many times the characters of the
        /// shorter (nil: keep all).
        public var maximumLengthRatio: Double?
        /// Drop segments whose English side is mostly Devanagari or whose Hindi side is mostly Latin.
        public var scriptCheck = false
        /// Drop repeated segments: exactly equal texts, and texts equal in matching form.
        public var dedupe = false
        /// Keep only segments published on or after / on or before these dates (`YYYY-MM-DD`);
        /// segments without a date are dropped when either is set.
        public var since: String?
        public var until: String?

        /// No filtering.
        public init() {}
    }

    /// How many segments each filter removed, in the order they are applied.
    public struct Report: Sendable, Equatable {
        public var read = 0
        public var kept = 0
        public var lowScore = 0
        public var lengthRatio = 0
        public var wrongScript = 0
        public var outsideDates = 0
        public var exactDuplicates = 0
        public var nearDuplicates = 0

        public init() {}
    }

    public let options: Options
    public private(set) var report = Report()
    private let normalizer: Normalizer
    private let detector = ScriptDetector()
    private var exactSeen = Set<UInt64>()
    private var nearSeen = Set<UInt64>()

    /// Creates a filter.
    /// - Throws: `ICUError` when ICU's data is missing (the duplicate check needs it).
    public init(options: Options) throws(ICUError) {
        self.options = options
        normalizer = try Normalizer()
    }

    /// Whether `segment` passes every filter; counts it either way.
    public mutating func admits(_ segment: ExportSegment) -> Bool {
        report.read += 1
        // The texts as strings, made only for the filters that need them, and once.
        var decoded: (english: String, hindi: String)?
        func texts() -> (english: String, hindi: String) {
            if decoded == nil { decoded = (segment.english, segment.hindi) }
            return decoded!
        }
        if segment.score < options.minimumScore {
            report.lowScore += 1
            return false
        }
        if let maximum = options.maximumLengthRatio {
            let (a, b) = (UTF8Scalar.count(in: segment.englishUTF8), UTF8Scalar.count(in: segment.hindiUTF8))
            if Double(max(a, b)) > maximum * Double(max(1, min(a, b))) {
                report.lengthRatio += 1
                return false
            }
        }
        if options.scriptCheck {
            let english = detector.profile(of: texts().english)
            let hindi = detector.profile(of: texts().hindi)
            if Double(english.devanagari) > 0.5 * Double(english.letters) || Double(hindi.latin) > 0.5 * Double(hindi.letters) {
                report.wrongScript += 1
                return false
            }
        }
        if options.since != nil || options.until != nil {
            guard let date = segment.date, date >= (options.since ?? ""), date <= (options.until ?? "9999") else {
                report.outsideDates += 1
                return false
            }
        }
        if options.dedupe {
            if !exactSeen.insert(Self.hash(segment.englishUTF8, segment.hindiUTF8)).inserted {
                report.exactDuplicates += 1
                return false
            }
            let near = Self.hash(normalizer.matchingForm(texts().english).utf8, normalizer.matchingForm(texts().hindi).utf8)
            if !nearSeen.insert(near).inserted {
                report.nearDuplicates += 1
                return false
            }
        }
        report.kept += 1
        return true
    }

    /// The hash of both texts, with a byte between them that UTF-8 never holds.
    private static func hash<UTF8: Collection<UInt8>>(_ english: UTF8, _ hindi: UTF8) -> UInt64 {
        var hash = WordHash(english)
        hash.add(CollectionOfOne(0xFF))
        hash.add(hindi)
        return hash.value
    }
}
