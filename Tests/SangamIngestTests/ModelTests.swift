import Testing
@testable import SangamIngest
import SangamText

@Suite("Article model")
struct ModelTests {
    @Test("SHA-256 matches the standard test vectors", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256(input: String, expected: String) {
        var hasher = SHA256()
        hasher.update(Array(input.utf8))
        #expect(hasher.finalize().map { String(format2hex: $0) }.joined() == expected)
    }

    @Test("hashing in pieces of any size gives the digest of the whole")
    func sha256InPieces() {
        let message = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var whole = SHA256()
        whole.update(message)
        let expected = whole.finalize()
        for piece in [1, 7, 63, 64, 65, 200] {
            var hasher = SHA256()
            for start in stride(from: 0, to: message.count, by: piece) {
                hasher.update(Array(message[start..<min(start + piece, message.count)]))
            }
            #expect(hasher.finalize() == expected, "pieces of \(piece)")
        }
    }

    @Test("content hash: same article same hash; any visible change a new hash")
    func contentHash() {
        let article = Article(externalID: "a", language: .english, title: "T", paragraphs: ["One.", "Two."])
        var changed = article
        changed.paragraphs[1] = "Two!"
        var retitled = article
        retitled.title = "T2"
        #expect(article.contentHash == Article(externalID: "a", language: .english, title: "T", paragraphs: ["One.", "Two."]).contentHash)
        #expect(Set([article.contentHash, changed.contentHash, retitled.contentHash]).count == 3)
        #expect(article.contentHash.count == 64)
    }

    @Test("ISO 8601 publication times", arguments: [
        ("2025-12-07", "2025-12-07", Int64(1_765_045_800)),
        ("2025-12-07T10:15:00+05:30", "2025-12-07T10:15:00+05:30", 1_765_082_700),
        ("2025-12-07T04:45:00Z", "2025-12-07T04:45:00+00:00", 1_765_082_700),
        ("2025-12-07T10:15:30.250+05:30", "2025-12-07T10:15:30+05:30", 1_765_082_730),
        ("2025-12-07 10:15", "2025-12-07T10:15:00+05:30", 1_765_082_700),
        ("2024-02-29T23:59:00-04:00", "2024-02-29T23:59:00-04:00", 1_709_265_540),
    ])
    func iso8601(input: String, output: String, epoch: Int64) throws {
        let time = try #require(PublicationTime(iso8601: input))
        #expect(time.iso8601 == output)
        #expect(time.epochSeconds == epoch)
    }

    @Test("not ISO 8601", arguments: ["7 Dec 2025", "2025-13-01", "2025-12-07T25:00", "2025-12-07T10:15+5", "2025-12-07Tx", ""])
    func notISO8601(input: String) {
        #expect(PublicationTime(iso8601: input) == nil)
    }
}

extension String {
    init(format2hex byte: UInt8) {
        let hex = String(byte, radix: 16)
        self = byte < 16 ? "0" + hex : hex
    }
}
