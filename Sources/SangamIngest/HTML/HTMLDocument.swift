import CXMLShim

/// A parsed HTML page: libxml2's forgiving HTML parser behind CXMLShim, so that a page's
/// structure is read with a real parser rather than guessed with patterns.
///
/// A class because it owns the C tree and frees it once; its nodes keep it alive. Not
/// `Sendable`: parse, read and drop a document inside one call.
final class HTMLDocument {
    private let handle: OpaquePointer

    /// Parses `text` as HTML, repairing unclosed and misnested tags the way browsers do.
    /// - Parameter text: the page; a `<meta charset>` in it is ignored, the text is already decoded.
    /// - Returns: nil when libxml2 cannot build a document at all (empty input, no memory).
    init?(parsing text: String) {
        var copy = text
        let parsed = copy.withUTF8 { bytes in
            cxml_html_parse(bytes.baseAddress, Int64(bytes.count))
        }
        guard let parsed else { return nil }
        handle = parsed
    }

    deinit {
        cxml_document_free(handle)
    }

    /// The root element, normally `<html>` (the parser implies one when the page has none).
    var root: HTMLNode? {
        cxml_document_root(handle).map { HTMLNode(document: self, handle: $0) }
    }
}
