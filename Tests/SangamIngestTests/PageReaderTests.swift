import Testing
import SangamIngest
import SangamText

@Suite("PageReader")
struct PageReaderTests {
    let reader = try! NewsReader()

    func article(at path: String) throws -> Article {
        let result = try reader.read(reader.load(path))
        #expect(result.articles.count == 1)
        return try #require(result.articles.first)
    }

    @Test("the real seed page: every field the issue names, and nothing of the chrome")
    func seedPage() throws {
        let article = try article(at: TestFiles.seedPage)
        #expect(article.externalID == "en/ians-en-2025-12-06-india-korea-space")
        #expect(article.language == .english)
        #expect(article.title == "India, South Korea explore space cooperation, discuss strengthening ties")
        #expect(article.published?.iso8601 == "2025-12-06T15:53:00+05:30")
        #expect(article.published?.epochSeconds == 1_765_016_580)  // `date -d '2025-12-06T15:53:00+05:30' +%s`
        #expect(article.datelinePlace == "Seoul")
        #expect(article.agency == "IANS")
        #expect(article.paragraphs.first?.hasPrefix("Indian Ambassador to South Korea Gourangalal Das") == true)
        #expect(article.paragraphs.last?.hasSuffix("to a new level \"across the board\".") == true)
        #expect(article.paragraphs.count == 10)  // "Seoul, Dec 6 …" to "Noting that …"
        let body = article.body
        for chrome in ["हिंदी", "--IANS", "scor/sd/", "LATEST NEWS", "Ambedkar", "(File image)", "Credit:", "Biocon"] {
            #expect(!body.contains(chrome), "\(chrome) leaked into the body")
        }
    }

    @Test("the Hindi counterpart: Hindi date line with an English link, Hindi dateline and trailer")
    func hindiPage() throws {
        let article = try article(at: TestFiles.corpus("hi/2025-12-06-india-korea-space.txt"))
        #expect(article.language == .hindi)
        #expect(article.externalID == "hi/2025-12-06-india-korea-space")
        #expect(article.title == "भारत और दक्षिण कोरिया ने अंतरिक्ष सहयोग पर की बात, निजी क्षेत्र को जोड़ने पर ज़ोर")
        #expect(article.published?.iso8601 == "2025-12-06T16:41:00+05:30")
        #expect(article.datelinePlace == "सियोल")
        #expect(article.agency == "आईएएनएस")
        #expect(article.paragraphs.first?.hasPrefix("दक्षिण कोरिया में भारत के राजदूत गौरांगलाल दास") == true)
        for chrome in ["English", "--आईएएनएस", "ताज़ा खबरें", "लेटेस्ट न्यूज़", "यह भी पढ़ें", "(इनपुट"] {
            #expect(!article.body.contains(chrome), "\(chrome) leaked into the body")
        }
    }

    @Test("every Corpus page reads with a title, a date, a dateline place and an agency",
          arguments: ["en", "hi"])
    func wholeCorpus(language: String) throws {
        let (files, problems) = reader.files(under: [TestFiles.corpus(language)])
        #expect(problems.isEmpty)
        #expect(files.count >= 19)
        for path in files {
            let result = try reader.read(reader.load(path))
            #expect(result.problems.isEmpty, "\(path): \(result.problems)")
            let article = try #require(result.articles.first)
            #expect(article.language.rawValue == language, "\(path)")
            #expect(article.title != nil && article.published != nil && article.datelinePlace != nil, "\(path)")
            #expect(article.agency == (language == "en" ? "IANS" : "आईएएनएस"), "\(path)")
            #expect(article.paragraphs.count >= 6, "\(path)")
        }
    }

    @Test("Devanagari digits in the date line; a page without a date line gets a warning")
    func dates() throws {
        let devanagari = try TestFiles.write("""
            ०६ दिसंबर २०२५ ०४:४१ PM English

            शीर्षक

            शीर्षक

            नई दिल्ली, 6 दिसंबर (आईएएनएस)। पहला वाक्य। दूसरा वाक्य।

            --आईएएनएस
            """)
        #expect(try article(at: devanagari).published?.iso8601 == "2025-12-06T16:41:00+05:30")
        let undated = try TestFiles.write("A headline\n\nNew Delhi, Dec 6 (IANS) The body.\n\n--IANS\n")
        let result = try reader.read(reader.load(undated))
        #expect(result.articles.first?.published == nil)
        #expect(result.articles.first?.title == "A headline")
        #expect(result.problems.map(\.code) == [.degraded])
    }

    @Test("a page with no recognisable body is refused with a reason")
    func noBody() throws {
        let path = try TestFiles.write("December 06, 2025 3:53 PM हिंदी\n\nJust a title\n\n--IANS\n\nLATEST NEWS\n\nA headline\n")
        #expect { try reader.read(reader.load(path)) } throws: { error in
            (error as? IngestProblem)?.code == .noBody
        }
    }
}
