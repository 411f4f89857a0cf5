import Foundation
import Testing
import SangamText

@Suite("UTF8LineReader")
struct UTF8LineReaderTests {
    /// Writes `bytes` to a temporary file and returns its path.
    func file(_ bytes: [UInt8]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sangam-reader-\(UUID().uuidString).txt")
        try Data(bytes).write(to: url)
        return url.path
    }

    func lines(of path: String, chunkSize: Int = 1 << 16) throws -> [String] {
        var lines: [String] = []
        try UTF8LineReader(path: path, chunkSize: chunkSize).forEachLine { lines.append($0) }
        return lines
    }

    @Test("LF and CRLF, a final line without a newline, a leading BOM, blank lines kept")
    func lineEndings() throws {
        let path = try file(Array("\u{FEFF}एक\r\ntwo\n\nतीन".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try lines(of: path) == ["एक", "two", "", "तीन"])
    }

    @Test("lines that straddle chunk boundaries, multi-byte characters cut in half")
    func chunkBoundaries() throws {
        let text = (0..<200).map { "पंक्ति \($0) नरेंद्र मोदी" }.joined(separator: "\n")
        let path = try file(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        // The last: a file smaller than the chunk, read in one call into a buffer its own size.
        for chunkSize in [1, 7, 64, 4096, 1 << 16] {
            #expect(try lines(of: path, chunkSize: chunkSize) == text.components(separatedBy: "\n"))
        }
    }

    @Test("an empty file has no lines")
    func empty() throws {
        let path = try file([])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try lines(of: path).isEmpty)
    }

    @Test("invalid UTF-8 is reported with the file and the byte offset", arguments: [
        ([0x61, 0x0A, 0x62, 0xFF, 0x63] as [UInt8], 3),       // stray byte on line 2
        ([0xE0, 0xA4, 0x95, 0xE0, 0xA4], 3),                  // truncated क at end of file
        ([0x61, 0xC0, 0xAF], 1),                              // overlong encoding of "/"
        ([0x61, 0x62, 0xED, 0xA0, 0x80], 2),                  // encoded surrogate
    ])
    func invalidUTF8(bytes: [UInt8], offset: Int) throws {
        let path = try file(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: TextInputError(.invalidUTF8, path: path, byteOffset: offset)) { try lines(of: path, chunkSize: 2) }
    }

    @Test("NUL bytes are reported with their offset")
    func nulByte() throws {
        let path = try file(Array("abc\ndefgh".utf8) + [0] + Array("ij".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: TextInputError(.nulByte, path: path, byteOffset: 9)) { try lines(of: path) }
    }

    @Test("missing files and directories are unreadable, with the reason")
    func unreadable() {
        #expect { try UTF8LineReader(path: "/no/such/file.txt") } throws: { error in
            let error = error as? TextInputError
            return error?.code == .unreadable && error?.description.contains("No such file") == true
        }
        #expect { try UTF8LineReader(path: "/tmp") } throws: { error in
            (error as? TextInputError)?.description.contains("directory") == true
        }
    }
}
