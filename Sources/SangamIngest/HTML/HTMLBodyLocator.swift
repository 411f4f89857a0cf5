/// Finds the element that holds a page's article and reads its paragraphs, leaving out the
/// chrome around and inside it (see ``HTMLChrome``).
///
/// The container, in order of preference:
/// 1. an `<article>` (the one with the most paragraph text, when there are several), narrowed
///    to an `itemprop="articleBody"` inside it when there is one, which leaves out bylines;
/// 2. an element with `itemprop="articleBody"`;
/// 3. the element whose direct `<p>` children hold the most text, for pages without either.
///
/// The first of these that yields any text wins.
struct HTMLBodyLocator {
    /// The elements whose text becomes a block: paragraphs and subheads. `<h1>` is the
    /// headline, read as metadata.
    static let blockElements: Set<String> = ["p", "h2", "h3"]

    private var articles: [HTMLNode] = []
    /// `itemprop="articleBody"` elements, each with the index in `articles` of the article
    /// that encloses it.
    private var articleBodies: [(node: HTMLNode, article: Int?)] = []
    private var densest: (node: HTMLNode, length: Int)?

    /// Surveys `document` for candidate containers.
    init(surveying document: HTMLDocument) {
        if let root = document.root { survey(root, enclosingArticle: nil) }
    }

    /// The article's blocks in document order, white space collapsed, none empty; empty when
    /// no candidate holds any text.
    var blocks: [String] {
        if let best = Self.richest(articles.indices.map { (index: $0, blocks: Self.blocks(in: articles[$0])) }) {
            let inner = articleBodies.filter { $0.article == best.index }.map { Self.blocks(in: $0.node) }
            if let narrowed = inner.max(by: { Self.length(of: $0) < Self.length(of: $1) }), !narrowed.isEmpty {
                return narrowed
            }
            return best.blocks
        }
        if let best = Self.richest(articleBodies.indices.map { (index: $0, blocks: Self.blocks(in: articleBodies[$0].node)) }) {
            return best.blocks
        }
        return densest.map { Self.blocks(in: $0.node) } ?? []
    }

    /// Walks the page outside chrome, collecting `<article>`s, article bodies and the element
    /// with the most direct paragraph text. Recursive: libxml2 caps the depth at 256.
    private mutating func survey(_ node: HTMLNode, enclosingArticle: Int?) {
        guard node.kind == .element, let name = node.name, !HTMLChrome.isChrome(node, named: name) else { return }
        var article = enclosingArticle
        if name == "article" {
            articles.append(node)
            article = articles.count - 1
        }
        if let itemprop = node.attribute("itemprop")?.lowercased(),
           itemprop.split(whereSeparator: \.isWhitespace).contains("articlebody") {
            articleBodies.append((node, article))
        }
        var directParagraphText = 0
        for child in node.children {
            if child.kind == .element, child.name == "p", !HTMLChrome.isChrome(child, named: "p") {
                directParagraphText += child.flattenedText.unicodeScalars.count
            }
            survey(child, enclosingArticle: article)
        }
        if directParagraphText > (densest?.length ?? 0) { densest = (node, directParagraphText) }
    }

    /// The non-empty texts of the block elements under `container`, in document order.
    static func blocks(in container: HTMLNode) -> [String] {
        var blocks: [String] = []
        container.walk { node in
            guard node.kind == .element, let name = node.name, !HTMLChrome.isChrome(node, named: name) else {
                return .skipChildren
            }
            guard blockElements.contains(name) else { return .descend }
            let text = node.flattenedText
            if !text.isEmpty { blocks.append(text) }
            return .skipChildren
        }
        return blocks
    }

    /// The candidate with the most text, the first on a tie; nil when none has any.
    private static func richest(_ candidates: [(index: Int, blocks: [String])]) -> (index: Int, blocks: [String])? {
        var best: (index: Int, blocks: [String])?
        var bestLength = 0
        for candidate in candidates {
            let length = length(of: candidate.blocks)
            if length > bestLength {
                best = candidate
                bestLength = length
            }
        }
        return best
    }

    private static func length(of blocks: [String]) -> Int {
        blocks.reduce(0) { $0 + $1.unicodeScalars.count }
    }
}
