import Foundation
public import SangamAlign
public import SangamStore
import SangamNames

/// Totals of a mining run.
public struct MiningSummary: Sendable, Equatable {
    /// Pairs mined in this run.
    public var pairs = 0
    /// Names found (a name in two segments counts twice; those of titles, datelines and agencies
    /// count too).
    public var mentions = 0

    /// Nothing mined yet.
    public init() {}
}

/// The entity stage: finds the names each aligned segment writes in both languages
/// (``EntityMiner``) and stores them as entities with their forms and mentions, one transaction
/// per batch of pairs. A rerun mines only pairs aligned since; a pair realigned loses its old mentions with
/// its old segments and is mined again.
public struct MiningStage {
    private let store: CorpusStore
    private let miner: EntityMiner

    /// Pairs mined in parallel before their results are written.
    private let batchSize = 256

    /// Creates the stage.
    /// - Parameters:
    ///   - store: the store.
    ///   - miner: what finds names in a segment.
    public init(store: CorpusStore, miner: EntityMiner) {
        self.store = store
        self.miner = miner
    }

    /// Mines the pairs that need it.
    /// - Parameter progress: called after each batch with pairs done and pairs in all.
    /// - Returns: the totals.
    /// - Throws: `StoreError`; pairs stored before stay mined.
    public func run(progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }) throws -> MiningSummary {
        let pairs = try store.pairIDsToMine()
        var summary = MiningSummary()
        let time = ISO8601DateFormatter().string(from: Date())
        // A batch is mined (on every core) while the one before is stored and the next is read:
        // reading and writing are the stage's serial part.
        var mining: (batch: [Int64], mentions: BackgroundWork<[[NameMention]]>)?
        func save() throws {
            guard let (batch, work) = mining else { return }
            let mentions = work.wait()
            try store.saveMentions(Array(zip(batch, mentions)).map { (pair: $0.0, mentions: $0.1) }, at: time)
            summary.pairs += batch.count
            summary.mentions += mentions.map(\.count).reduce(0, +)
            progress(summary.pairs, pairs.count)
        }
        var start = 0
        while start < pairs.count {
            let batch = Array(pairs[start..<min(start + batchSize, pairs.count)])
            let work = try store.pairsToMine(batch), miner = self.miner
            let mined = BackgroundWork { work.concurrentMap { Self.mentions(in: $0, miner: miner) } }
            try save()
            mining = (batch, mined)
            start += batch.count
        }
        try save()
        return summary
    }

    /// The names of a pair: those of its segments (and of English sentences left unaligned,
    /// against the Hindi around them), of its titles, and its dateline places and agencies
    /// (places and organisations by where they stand).
    static func mentions(in pair: PairForMining, miner: EntityMiner) -> [NameMention] {
        var found: [NameMention] = []
        func add(_ name: MinedName, segment: Int64?) {
            // Each side in its own script: an agency a Hindi article gives in Latin (IANS) is no
            // Hindi spelling.
            guard let english = miner.analysed(name.english), let hindi = miner.analysed(name.hindi),
                  english.script == .latin, hindi.script == .devanagari else { return }
            found.append(NameMention(segment: segment, name: NameInput(english: english.formInput, hindi: hindi.formInput, type: name.type),
                                     confidence: name.confidence))
        }
        for segment in pair.segments {
            for name in miner.names(english: segment.englishText, hindi: segment.hindiText) { add(name, segment: segment.id) }
        }
        // An English sentence left unaligned may still name someone the Hindi names next to it
        // (chief coach P.R. Sreejesh, मुख्य कोच पी. आर. श्रीजेश); such a match counts for less.
        for segment in pair.unlinkedEnglish {
            for var name in miner.names(english: segment.englishText, hindi: segment.hindiText) {
                name.confidence *= 0.9
                add(name, segment: segment.id)
            }
        }
        if let titles = pair.titles {
            for name in miner.names(english: titles.english, hindi: titles.hindi) { add(name, segment: nil) }
        }
        // Datelines and agencies must match as any name does (keys and romanisation): paired
        // articles may differ in them (IANS and भाषा), and a wrong pair would merge two entities.
        for (names, type) in [(pair.datelines, "place"), (pair.agencies, "organisation")] {
            guard let names else { continue }
            for var name in miner.names(english: names.english, hindi: names.hindi) where name.english == names.english {
                name.type = type
                add(name, segment: nil)
            }
        }
        return found
    }
}

extension AnalyzedName {
    /// The form as the store keeps it, indexed under ``indexKeys``.
    var formInput: NameFormInput {
        NameFormInput(language: script.language, text: text, matchForm: matchForm, roman: roman, keys: indexKeys)
    }
}
