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
        let batch = AtomicFileBatch()
        try batch.write("kept\n", to: root + "/kept.tsv")
        #expect(throws: FileWriteError.self) { try batch.write("lost\n", to: root + "/missing/lost.tsv") }
        do {
            try batch.write("lost\n", to: root + "/missing/lost.tsv")
        } catch {
            #expect(error.path == root + "/missing/lost.tsv")
            #expect(error.description.contains("nothing was written there"))
        }
        #expect(batch.commit().isEmpty)
        #expect(try entries(root) == ["kept.tsv"])
    }

    @Test("files of a batch dropped without a commit are removed; the destination is untouched")
    func droppedBatchLeavesNothing() throws {
        let root = try directory()
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
