import Foundation
import Testing
import SangamText

@Suite("AtomicFileBatch")
struct AtomicFileBatchTests {
    /// A new empty directory under the system's temporary directory.
    private func directory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sangam-batch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func entries(_ directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }

    @Test("files appear, complete, only at the commit; the old file stays until then")
    func appearAtCommit() throws {
        let root = try directory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "old\n".write(toFile: root + "/b.tsv", atomically: false, encoding: .utf8)
        let batch = AtomicFileBatch(limit: 2)
        try batch.write("first\n", to: root + "/a.tsv")
        #expect(!batch.isFull)
        try batch.write("second\n", to: root + "/b.tsv")
        #expect(batch.isFull)
        #expect(!FileManager.default.fileExists(atPath: root + "/a.tsv"))
        #expect(try String(contentsOfFile: root + "/b.tsv", encoding: .utf8) == "old\n")
        #expect(batch.commit().isEmpty)
        #expect(!batch.isFull)
        #expect(try String(contentsOfFile: root + "/a.tsv", encoding: .utf8) == "first\n")
        #expect(try String(contentsOfFile: root + "/b.tsv", encoding: .utf8) == "second\n")
        #expect(try entries(root) == ["a.tsv", "b.tsv"])
    }

    @Test("a file that cannot be written fails at once, naming it; the others still commit")
    func failureNamesTheFile() throws {
        let root = try directory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let batch = AtomicFileBatch()
        try batch.write("kept\n", to: root + "/kept.tsv")
        let error = #expect(throws: FileWriteError.self) { try batch.write("lost\n", to: root + "/missing/lost.tsv") }
        #expect(error?.path == root + "/missing/lost.tsv")
        #expect(error?.description.contains("nothing was written there") == true)
        #expect(batch.commit().isEmpty)
        #expect(try entries(root) == ["kept.tsv"])
    }

    @Test("a rename that fails at the commit names its file and position; the others are published, no temporary is left")
    func renameFailure() throws {
        let root = try directory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        // A destination that is a directory with something in it cannot be renamed over.
        try FileManager.default.createDirectory(atPath: root + "/b.tsv/inside", withIntermediateDirectories: true)
        let batch = AtomicFileBatch()
        for name in ["a", "b", "c"] { try batch.write("\(name)\n", to: root + "/\(name).tsv") }
        let failures = batch.commit()
        #expect(failures.map(\.position) == [1])
        #expect(failures.first?.error.path == root + "/b.tsv")
        #expect(try String(contentsOfFile: root + "/a.tsv", encoding: .utf8) == "a\n")
        #expect(try String(contentsOfFile: root + "/c.tsv", encoding: .utf8) == "c\n")
        #expect(try entries(root) == ["a.tsv", "b.tsv", "c.tsv"])
    }

    @Test("files of a batch dropped without a commit are removed; the destination is untouched")
    func droppedBatchLeavesNothing() throws {
        let root = try directory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "old\n".write(toFile: root + "/a.tsv", atomically: false, encoding: .utf8)
        do {
            let batch = AtomicFileBatch()
            try batch.write("new\n", to: root + "/a.tsv")
            try batch.write("new\n", to: root + "/b.tsv")
            #expect(try entries(root).count == 3)
        }
        #expect(try entries(root) == ["a.tsv"])
        #expect(try String(contentsOfFile: root + "/a.tsv", encoding: .utf8) == "old\n")
    }
}
