import Foundation
import Testing
import SangamIngest

@Suite("NewsReader: files, formats and bad input")
struct NewsReaderTests {
    let reader = try! NewsReader()

    func problem(loading path: String) -> IngestProblem? {
        do {
            _ = try reader.load(path)
            return nil
        } catch {
            return error
        }
    }

    @Test("formats are told by content, not by file name")
    func sniffing() {
        #expect(DocumentFormat(sniffing: "  {\"id\": \"a\"}") == .jsonl)
        #expect(DocumentFormat(sniffing: "\n<!DOCTYPE html><html>") == .html)
        #expect(DocumentFormat(sniffing: "December 06, 2025 3:53 PM हिंदी") == .page)
    }

    @Test("invalid UTF-8 names the file and the byte offset")
    func invalidUTF8() throws {
        let path = try TestFiles.write(Data("Seoul, Dec 6 (IANS) caf".utf8) + Data([0xE9]) + Data(" au lait".utf8))
        let found = try #require(problem(loading: path))
        #expect(found.code == .invalidUTF8)
        #expect(found.path == path)
        #expect(found.message.contains("byte offset 23"))
    }

    @Test("a binary file, an empty file and a missing file are refused clearly")
    func otherBadFiles() throws {
        let binary = try TestFiles.write(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]), named: "image.txt")
        #expect(problem(loading: binary)?.code == .invalidUTF8 || problem(loading: binary)?.code == .binary)
        let nul = try TestFiles.write(Data("text".utf8) + Data([0]) + Data("more".utf8))
        #expect(problem(loading: nul)?.code == .binary)
        #expect(problem(loading: nul)?.message.contains("byte offset 4") == true)
        let empty = try TestFiles.write(" \n\n \n")
        #expect(problem(loading: empty)?.code == .empty)
        #expect(problem(loading: "/no/such/file.txt")?.code == .unreadable)
    }

    @Test("directories are searched recursively, in name order, hidden entries skipped")
    func directories() throws {
        let root = try TestFiles.temporaryDirectory()
        for name in ["b.txt", "a/z.jsonl", "a/y.html", ".hidden/x.txt", ".dotfile"] {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        let (files, problems) = reader.files(under: [root.path, "/no/such/dir"])
        #expect(files.map { String($0.dropFirst(root.path.count + 1)) } == ["a/y.html", "a/z.jsonl", "b.txt"])
        #expect(problems.map(\.path) == ["/no/such/dir"])
    }

    @Test("a 20 MB article goes through")
    func hugeArticle() throws {
        let sentence = "नई दिल्ली में आज एक बड़ी बैठक हुई और कई फ़ैसले लिए गए। "
        let paragraph = String(repeating: sentence, count: 40)
        let count = 20_000_000 / paragraph.utf8.count + 1
        let text = "06 दिसंबर 2025 04:41 PM English\n\nशीर्षक\n\nनई दिल्ली, 6 दिसंबर (आईएएनएस) "
            + Array(repeating: paragraph, count: count).joined(separator: "\n\n") + "\n\n--आईएएनएस\n"
        let path = try TestFiles.write(text)
        let result = try reader.read(reader.load(path))
        #expect(result.articles.first?.paragraphs.count == count)
        #expect(result.articles.first!.body.utf8.count > 20_000_000)
    }
}
