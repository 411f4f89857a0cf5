/// What on a news page is chrome rather than article: navigation, headers and footers,
/// share and social buttons, related-story lists, advertisements, comment threads, scripts.
/// Decided by element name, ARIA role and `class`/`id`, never by the text itself (the text
/// rules live in ``NewsBoilerplate``).
enum HTMLChrome {
    /// Elements that never hold article text.
    static let elements: Set<String> = [
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "select",
        "textarea", "figure", "figcaption", "iframe", "object", "embed", "svg", "canvas", "video", "audio",
        "dialog", "menu",
    ]

    /// ARIA landmarks of the same kinds as `nav`, `header`, `footer` and `aside`.
    static let roles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search"]

    /// Words whose presence anywhere in an element's `class` or `id` (without case) marks it
    /// as chrome: `related-stories`, `social-share`, `mainMenu`, `also-read-box`.
    static let classWords = [
        "related", "share", "social", "comment", "nav", "menu", "breadcrumb", "advert", "promo", "newsletter",
        "subscribe", "trending", "latest", "recommended", "also-read", "alsoread",
    ]

    /// Class tokens that name the story's taxonomy, not the element's role: WordPress puts
    /// `category-social` or `tag-latest` on the `<article>` itself.
    private static let taxonomyPrefixes = ["category-", "tag-"]

    /// Whether `element` and everything inside it is chrome. `<html>` and `<body>` never are:
    /// themes hang state classes such as `nav-open` on them.
    /// - Parameters:
    ///   - element: an element node.
    ///   - name: its tag name, already read.
    static func isChrome(_ element: HTMLNode, named name: String) -> Bool {
        if elements.contains(name) { return true }
        if name == "html" || name == "body" { return false }
        if element.attribute("hidden") != nil { return true }
        if let role = element.attribute("role")?.lowercased(), roles.contains(role) { return true }
        if let classes = element.attribute("class") {
            let tokens = classes.lowercased().split(whereSeparator: \.isWhitespace).filter { token in
                !taxonomyPrefixes.contains { token.hasPrefix($0) }
            }
            if tokens.contains(where: { token in classWords.contains { token.contains($0) } }) { return true }
        }
        if let id = element.attribute("id")?.lowercased(), classWords.contains(where: { id.contains($0) }) {
            return true
        }
        return false
    }
}
