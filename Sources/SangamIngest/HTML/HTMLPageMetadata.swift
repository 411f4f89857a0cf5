import SangamText

/// What a news page says about itself in its markup: `<html lang>`, `<title>`, Open Graph and
/// `article:` meta tags, the canonical link. Values are as written, white space collapsed,
/// not yet NFC; empty values count as absent.
struct HTMLPageMetadata {
    /// The language tag the page declares (`en-IN`), from `<html lang>`, `xml:lang` or `og:locale`.
    var languageTag: String?
    /// The `<title>` text.
    var documentTitle: String?
    /// The first `<h1>`, for pages with neither `og:title` nor `<title>`.
    var firstHeading: String?
    /// `<meta property="og:title">`, usually the bare headline without the site's name.
    var openGraphTitle: String?
    /// `<meta property="og:url">`.
    var openGraphURL: String?
    /// `<link rel="canonical" href>`.
    var canonicalURL: String?
    /// `<meta property="article:published_time">`, or a schema.org `datePublished`.
    var publishedTime: String?
    /// `<meta property="og:site_name">`.
    var siteName: String?
    /// `<meta name="author">` or `article:author`.
    var author: String?

    /// Reads the metadata of `document`, first occurrence winning. Looks through the whole
    /// page, not only `<head>`: broken pages get their meta tags moved into the body.
    init(reading document: HTMLDocument) {
        guard let root = document.root else { return }
        languageTag = Self.value(root.attribute("lang")) ?? Self.value(root.attribute("xml:lang"))
        var meta: [String: String] = [:]
        root.walk { node in
            guard node.kind == .element, let name = node.name else { return .skipChildren }
            switch name {
            case "script", "style", "noscript", "template", "svg":
                return .skipChildren
            case "title":
                if documentTitle == nil { documentTitle = Self.value(node.flattenedText) }
                return .skipChildren
            case "h1":
                if firstHeading == nil { firstHeading = Self.value(node.flattenedText) }
                return .skipChildren
            case "meta":
                let key = node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop")
                if let key = Self.value(key)?.lowercased(), meta[key] == nil,
                   let content = Self.value(node.attribute("content")) {
                    meta[key] = content
                }
                return .skipChildren
            case "link":
                let relations = node.attribute("rel")?.lowercased().split(whereSeparator: \.isWhitespace) ?? []
                if canonicalURL == nil, relations.contains("canonical") {
                    canonicalURL = Self.value(node.attribute("href"))
                }
                return .skipChildren
            case "time":
                // `<time itemprop="datePublished" datetime="…">` in the byline.
                if node.attribute("itemprop")?.lowercased() == "datepublished", meta["datepublished"] == nil,
                   let stamp = Self.value(node.attribute("datetime")) {
                    meta["datepublished"] = stamp
                }
                return .descend
            default:
                return .descend
            }
        }
        if languageTag == nil { languageTag = meta["og:locale"] }
        openGraphTitle = meta["og:title"]
        openGraphURL = meta["og:url"]
        publishedTime = meta["article:published_time"] ?? meta["datepublished"]
        siteName = meta["og:site_name"]
        author = meta["author"] ?? meta["article:author"]
    }

    /// The language `languageTag` names, when it is English or Hindi: `en`, `en-IN`, `en_US`,
    /// `HI`, `hi-Deva-IN`.
    var declaredLanguage: Language? {
        guard let tag = languageTag else { return nil }
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() }
        switch primary {
        case "en", "eng": return .english
        case "hi", "hin": return .hindi
        default: return nil
        }
    }

    /// The page's own address, for the article's id and URL: `og:url`, else the canonical
    /// link; only absolute http(s) addresses, since a relative one names nothing on its own.
    var pageURL: String? {
        [openGraphURL, canonicalURL].compactMap { $0 }.first { url in
            let lowered = url.lowercased()
            return lowered.hasPrefix("https://") || lowered.hasPrefix("http://")
        }
    }

    /// The headline: `og:title`, else `<title>` without a trailing ` | Site name`, else the
    /// first `<h1>`.
    var headline: String? {
        if let openGraphTitle { return openGraphTitle }
        if var title = documentTitle {
            if let siteName {
                for separator in [" | ", " - ", " – ", " — ", " :: "] where title.hasSuffix(separator + siteName) {
                    title.removeLast(separator.count + siteName.count)
                    break
                }
            }
            return Self.value(title)
        }
        return firstHeading
    }

    /// `text` with white space collapsed, or nil when nothing is left.
    private static func value(_ text: String?) -> String? {
        guard let collapsed = text?.collapsingWhitespace, !collapsed.isEmpty else { return nil }
        return collapsed
    }
}
