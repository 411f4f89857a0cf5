import Foundation

/// Real files the tests read: the shared seed page, the project's Corpus, temporary files.
enum TestFiles {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var seedPage: String {
        packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds/ians-en-2025-12-06-india-korea-space.txt").path
    }

    static func corpus(_ relative: String) -> String {
        packageRoot.appendingPathComponent("Corpus/\(relative)").path
    }

    /// A new empty directory under the system's temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sangam-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `data` to `name` in a new temporary directory and returns the path.
    static func write(_ data: Data, named name: String = "input.txt") throws -> String {
        let url = try temporaryDirectory().appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    static func write(_ text: String, named name: String = "input.txt") throws -> String {
        try write(Data(text.utf8), named: name)
    }
}
