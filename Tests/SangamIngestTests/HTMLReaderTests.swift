import Foundation
import Testing
@testable import SangamIngest
import SangamText

@Suite("HTMLReader")
struct HTMLReaderTests {
    let reader = try! HTMLReader()
    let normalizer = try! Normalizer()

    /// A fixture page under `Fixtures/html/`, with its file name as the path.
    func fixture(_ name: String) throws -> SourceDocument {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/html/\(name)", withExtension: nil))
        return SourceDocument(path: name, text: try String(contentsOf: url, encoding: .utf8))
    }

    /// Reads a fixture that holds exactly one article.
    func article(in name: String) throws -> (article: Article, problems: [IngestProblem]) {
        let result = try reader.read(fixture(name))
        #expect(result.articles.count == 1)
        return (try #require(result.articles.first), result.problems)
    }

    /// Reads a page written inline.
    func read(_ html: String, path: String = "inline.html") throws(IngestProblem) -> ReadResult {
        try reader.read(SourceDocument(path: path, text: html))
    }

    /// The code of the problem reading `document` throws, or nil when it throws none.
    func thrownCode(reading document: SourceDocument) -> IngestProblem.Code? {
        do {
            _ = try reader.read(document)
            return nil
        } catch {
            #expect(error.severity == .error)
            #expect(error.path == document.path)
            return error.code
        }
    }

    /// The code of the problem reading the inline page `html` throws, or nil.
    func thrownCode(reading html: String) -> IngestProblem.Code? {
        thrownCode(reading: SourceDocument(path: "inline.html", text: html))
    }

    // MARK: Fixture pages

    @Test("an English news page: Open Graph metadata, the story's paragraphs, none of the chrome")
    func englishPage() throws {
        let (article, problems) = try article(in: "en-coimbatore-metro.html")
        #expect(problems.isEmpty)
        #expect(article.language == .english)
        #expect(article.title == "Tamil Nadu approves second phase of Coimbatore metro, first trains by 2029")
        #expect(article.published?.iso8601 == "2025-12-09T17:05:00+05:30")
        #expect(article.externalID == "https://www.deccanledger.example.in/india/tamil-nadu-coimbatore-metro-phase-two-1208831")
        #expect(article.url == article.externalID)
        #expect(article.source == "The Deccan Ledger")
        #expect(article.datelinePlace == "Chennai")
        #expect(article.agency == "IANS")
        #expect(article.paragraphs == [
            "The Tamil Nadu Cabinet on Tuesday approved the second phase of the Coimbatore Metro Rail project, a 34.8-km network of two corridors that officials expect to carry its first passengers by the end of 2029.",
            // an HTML comment inside the paragraph is gone; <br> is a space
            "The first corridor will run from Ukkadam to Neelambur along Avinashi Road, while the second will link Sathyamangalam Road with the city's railway junction, the Chief Minister's office said in a statement.",
            "Cost and funding",
            // &#8377; and &nbsp; decoded, the no-break space collapsed
            "The project is estimated to cost ₹10,740 crore, to be shared between the state, the Centre and multilateral lenders. Land acquisition for 18 stations will begin in March.",
            "“We want the metro and the bus to feel like one network,” a senior official of the Housing & Urban Development department said, adding that a common mobility card would let commuters pay for both with a single tap.",
            "Coimbatore, the state's second-largest city, has seen its population grow by nearly a fifth in the last decade, adding pressure on roads already crowded with two-wheelers.",
        ])
        let body = article.body
        for chrome in ["Home", "हिंदी", "LIVE:", "By IANS", "(File image)", "Share on", "Comments", "adSlots", "Advertisement",
                       "Read more", "Also read", "Bengaluru", "editor:", "--IANS", "ssp/arm/", "Found this useful",
                       "nightmare", "Most Read", "Related Stories", "Madurai", "Morning Ledger", "All rights reserved"] {
            #expect(!body.contains(chrome), "\(chrome) leaked into the body")
        }
    }

    @Test("a Hindi news page: canonical link as id, Hindi dateline and trailer, text in NFC")
    func hindiPage() throws {
        let (article, problems) = try article(in: "hi-coimbatore-metro.html")
        #expect(problems.isEmpty)
        #expect(article.language == .hindi)
        #expect(article.title == "तमिलनाडु ने कोयंबटूर मेट्रो के दूसरे चरण को मंज़ूरी दी, 2029 तक चलेगी पहली ट्रेन")
        #expect(article.published?.iso8601 == "2025-12-09T18:20:00+05:30")
        #expect(article.externalID == "https://hindi.deccanledger.example.in/desh/coimbatore-metro-dusra-charan-1208840")
        #expect(article.source == "दक्कन लेजर")
        #expect(article.datelinePlace == "चेन्नई")
        #expect(article.agency == "आईएएनएस")
        #expect(article.paragraphs.count == 6)
        #expect(article.paragraphs.first == "तमिलनाडु मंत्रिमंडल ने मंगलवार को कोयंबटूर मेट्रो रेल परियोजना के दूसरे चरण को मंज़ूरी दे दी। 34.8 किलोमीटर लंबे इस नेटवर्क में दो कॉरिडोर होंगे और अधिकारियों को उम्मीद है कि 2029 के अंत तक इस पर पहली यात्री ट्रेन चलेगी।")
        #expect(article.paragraphs[2] == "लागत और धन")
        #expect(article.paragraphs.last == "कोयंबटूर राज्य का दूसरा सबसे बड़ा शहर है और पिछले एक दशक में इसकी आबादी लगभग पांचवां हिस्सा बढ़ी है।")
        // The page writes ज़ as the single code point U+095B; NFC stores it as ज + nukta.
        for text in [article.title ?? "", article.paragraphs[0]] {
            #expect(!text.unicodeScalars.contains("\u{095B}"))
            #expect(text.unicodeScalars.elementsEqual(normalizer.nfc(text).unicodeScalars))
            #expect(Array(text.utf8).firstRange(of: Array("\u{091C}\u{093C}".utf8)) != nil)
        }
        let body = article.body
        for chrome in ["होम", "English", "फेसबुक", "शेयर", "09 दिसंबर 2025", "googletag", "फोटो", "यह भी पढ़ें", "बेंगलुरु",
                       "इनपुट", "--आईएएनएस", "ssp/arm/", "ताज़ा खबरें", "मदुरै", "सर्वाधिकार"] {
            #expect(!body.contains(chrome), "\(chrome) leaked into the body")
        }
    }

    @Test("a malformed page: unclosed and misnested tags, no <html lang>, a wrong <meta charset>, no date")
    func malformedPage() throws {
        let (article, problems) = try article(in: "hi-malformed-cold-wave.html")
        // Detected from the body: the windows-1252 charset claim is ignored, the text stays Devanagari.
        #expect(article.language == .hindi)
        #expect(article.externalID == "hi/hi-malformed-cold-wave")
        #expect(article.url == nil)
        #expect(article.title == "लखनऊ में शीतलहर, कक्षा आठ तक के स्कूलों का समय बदला")
        #expect(article.published == nil)
        #expect(article.datelinePlace == "लखनऊ")
        #expect(article.agency == "भाषा")
        #expect(article.paragraphs == [
            "लखनऊ में शीतलहर के चलते जिला प्रशासन ने कक्षा आठ तक के स्कूलों का समय बदल दिया है।",
            "नए आदेश के अनुसार स्कूल अब सुबह दस बजे से दोपहर तीन बजे तक खुलेंगे। आदेश शनिवार तक लागू रहेगा।",
            "मौसम विभाग ने अगले तीन दिन घने कोहरे की चेतावनी दी है और लोगों से सावधानी बरतने को कहा है।",
            "जिलाधिकारी ने कहा कि बच्चों की सेहत सबसे पहले है और आदेश न मानने वाले स्कूलों पर कार्रवाई होगी।",
        ])
        #expect(problems.map(\.code) == [.degraded])
        #expect(problems.first?.severity == .warning)
        #expect(problems.first?.path == "hi-malformed-cold-wave.html")
        for chrome in ["होम", "शेयर", "मौसम: 9°C", "ट्रेंडिंग"] {
            #expect(!article.body.contains(chrome), "\(chrome) leaked into the body")
        }
    }

    @Test("a page with only chrome (a 404 page) has no body")
    func pageWithoutArticle() throws {
        let document = try fixture("en-page-not-found.html")
        #expect(thrownCode(reading: document) == .noBody)
    }

    // MARK: Errors and warnings

    @Test("a blank page is empty")
    func blankPage() {
        #expect(thrownCode(reading: "") == .empty)
        #expect(thrownCode(reading: " \n\t ") == .empty)
    }

    @Test("markup without any paragraph has no body")
    func noParagraphs() {
        #expect(thrownCode(reading: "<html lang=\"en\"><body><div><span>Menu</span></div></body></html>") == .noBody)
        #expect(thrownCode(reading: "<html lang=\"en\"><body><nav><p>Home India World</p></nav></body></html>") == .noBody)
    }

    @Test("neither a declared language nor Latin or Devanagari text is an unknown language")
    func unknownLanguage() {
        let tamil = "<html lang=\"ta\"><body><article><p>சென்னை மெட்ரோ ரயில் திட்டத்தின் இரண்டாம் கட்டம்.</p></article></body></html>"
        #expect(thrownCode(reading: tamil) == .unknownLanguage)
        let undeclared = "<html><body><article><p>2025 — 10,740 ₹</p></article></body></html>"
        #expect(thrownCode(reading: undeclared) == .unknownLanguage)
    }

    @Test("no publication time, or one that is not ISO 8601: the article still goes in, with a warning",
          arguments: ["", "<meta property=\"article:published_time\" content=\"9 December 2025\">"])
    func missingPublicationTime(meta: String) throws {
        let result = try read("<html lang=\"en\"><head>\(meta)</head><body><article><p>Text.</p></article></body></html>")
        #expect(result.articles.first?.published == nil)
        #expect(result.problems.map(\.code) == [.degraded])
        #expect(result.problems.first?.severity == .warning)
    }

    // MARK: Metadata

    @Test("language tags", arguments: [
        ("en", Language.english), ("en-IN", .english), ("EN-in", .english), ("en_US", .english),
        ("hi", .hindi), ("hi-IN", .hindi), ("HI", .hindi),
    ])
    func languageTag(tag: String, language: Language) throws {
        // Digits only: the body cannot decide, so the tag must.
        let result = try read("<html lang=\"\(tag)\"><body><article><p>2025</p></article></body></html>", path: "x/page.html")
        #expect(result.articles.first?.language == language)
        #expect(result.articles.first?.externalID == "\(language.rawValue)/page")
    }

    @Test("og:locale stands in for a missing <html lang>")
    func openGraphLocale() throws {
        let result = try read("<html><head><meta property=\"og:locale\" content=\"hi_IN\"></head><body><article><p>2025</p></article></body></html>")
        #expect(result.articles.first?.language == .hindi)
    }

    @Test("a page that declares English but is written in Devanagari is read as Hindi, with a warning")
    func wrongDeclaredLanguage() throws {
        let result = try read("""
            <html lang="en"><head><meta property="article:published_time" content="2025-12-08"></head>
            <body><article><p>लखनऊ में शीतलहर के चलते स्कूलों का समय बदल दिया गया है।</p></article></body></html>
            """)
        #expect(result.articles.first?.language == .hindi)
        #expect(result.articles.first?.published?.iso8601 == "2025-12-08")
        #expect(result.problems.map(\.code) == [.degraded])
    }

    @Test("without og:title the <title> is the headline, the site's name cut off")
    func titleElement() throws {
        let result = try read("""
            <html lang="en"><head><title>  Rain alert for 14 districts |
            The Deccan Ledger </title><meta property="og:site_name" content="The Deccan Ledger"></head>
            <body><article><p>Text.</p></article></body></html>
            """)
        #expect(result.articles.first?.title == "Rain alert for 14 districts")
    }

    @Test("a relative canonical link names nothing: the id falls back to the file name")
    func relativeCanonical() throws {
        let result = try read("""
            <html lang="en"><head><link rel="canonical" href="/india/rain-alert"></head>
            <body><article><p>Text.</p></article></body></html>
            """, path: "saved/rain-alert.html")
        #expect(result.articles.first?.externalID == "en/rain-alert")
        #expect(result.articles.first?.url == nil)
    }

    // MARK: Finding the body

    @Test("without <article>, an itemprop=articleBody element holds the body")
    func articleBodyItemprop() throws {
        let result = try read("""
            <html lang="en"><body>
            <div class="intro"><p>A teaser paragraph that is long enough to look like body text to a simple counter.</p></div>
            <div itemprop="articleBody"><p>First.</p><p>Second.</p></div>
            </body></html>
            """)
        #expect(result.articles.first?.paragraphs == ["First.", "Second."])
    }

    @Test("without <article> or articleBody, the element with the most paragraph text holds the body")
    func densestParagraphs() throws {
        let result = try read("""
            <html lang="en"><body>
            <div class="widget"><p>Weather: 31°C</p></div>
            <div class="story"><p>The first paragraph of the story.</p><p>The second paragraph of the story.</p></div>
            <div class="widget"><p>Markets: Sensex up 300</p></div>
            </body></html>
            """)
        #expect(result.articles.first?.paragraphs == ["The first paragraph of the story.", "The second paragraph of the story."])
    }

    @Test("chrome inside the article is dropped by element, role and class or id", arguments: [
        "<aside><p>CHROME</p></aside>", "<div role=\"navigation\"><p>CHROME</p></div>", "<p hidden>CHROME</p>",
        "<div class=\"RelatedPosts\"><p>CHROME</p></div>", "<div id=\"mainMenu\"><p>CHROME</p></div>",
        "<ul class=\"also-read\"><li><p>CHROME</p></li></ul>", "<p>Text <span class=\"share-count\">CHROME</span></p>",
        "<p>Text <noscript>CHROME</noscript></p>", "<div class=\"newsletter-box\"><p>CHROME</p></div>",
    ])
    func chromeInsideArticle(chrome: String) throws {
        let result = try read("<html lang=\"en\"><body><article><p>Story.</p>\(chrome)</article></body></html>")
        #expect(!(result.articles.first?.body.contains("CHROME") ?? true))
    }

    @Test("a story's own taxonomy classes (category-social) do not make the article chrome")
    func taxonomyClasses() throws {
        let result = try read("""
            <html lang="en"><body><article class="post category-social tag-latest"><p>Story.</p></article></body></html>
            """)
        #expect(result.articles.first?.paragraphs == ["Story."])
    }

    @Test("deeply nested markup neither crashes nor loses a paragraph within libxml2's depth limit",
          arguments: [200, 100_000])
    func deepNesting(depth: Int) throws {
        let html = "<html lang=\"en\"><body><article>" + String(repeating: "<div>", count: depth) + "<p>Deep.</p>"
            + String(repeating: "</div>", count: depth) + "</article></body></html>"
        let result = try? read(html)
        if depth < 250 { #expect(result?.articles.first?.paragraphs == ["Deep."]) }
    }

    // MARK: The libxml2 wrapper

    @Test("the parser lowercases names, reads bare and entity-laden attributes, and keeps comments apart")
    func parsedTree() throws {
        let document = try #require(HTMLDocument(parsing: "<P CLASS='a &amp; b' Hidden>x<!-- note -->y</P>"))
        var paragraph: HTMLNode?
        var comments: [String] = []
        document.root?.walk { node in
            if node.name == "p" { paragraph = node }
            if node.kind == .comment, let text = node.text { comments.append(text) }
            return .descend
        }
        let p = try #require(paragraph)
        #expect(p.attribute("class") == "a & b")
        #expect(p.attribute("hidden") == "")
        #expect(p.attribute("id") == nil)
        #expect(p.flattenedText == "xy")
        #expect(comments == [" note "])
        #expect(document.root?.name == "html")
    }
}
