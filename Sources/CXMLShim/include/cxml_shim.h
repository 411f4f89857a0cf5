// CXMLShim: the part of libxml2 that Sangam uses (its HTML parser and tree), behind plain C types.
//
// libxml2's own headers are included only in cxml_shim.c, so that Swift sees neither `xmlNode`
// nor `xmlChar` and callers do not depend on libxml2's struct layouts.
//
// Conventions: text crosses as NUL-terminated UTF-8 (`char`). A document owns all its nodes and
// the strings they return as `const char *`; those stay valid until `cxml_document_free`. Strings
// returned as `char *` are the caller's and must be released with `cxml_string_free`. Nodes are
// read-only; a document may be read from one thread at a time.

#ifndef CXML_SHIM_H
#define CXML_SHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A parsed HTML document. Opaque.
typedef struct CXMLDocument CXMLDocument;

/// A node of a parsed document. Opaque; owned by its document.
typedef struct CXMLNode CXMLNode;

/// What a node is.
enum {
    /// A doctype, processing instruction, entity reference or anything else Sangam ignores.
    CXML_NODE_OTHER = 0,
    /// An element (`<p>`, `<meta>`).
    CXML_NODE_ELEMENT = 1,
    /// Character data, with entities already decoded (`&amp;` is `&`, `&nbsp;` is U+00A0).
    CXML_NODE_TEXT = 2,
    /// A CDATA section.
    CXML_NODE_CDATA = 3,
    /// A comment (`<!-- … -->`).
    CXML_NODE_COMMENT = 4,
};

// MARK: Documents

/// Parses an HTML document from UTF-8 bytes, the way browsers forgive: unclosed and misnested
/// tags are repaired, missing `<html>`/`<head>`/`<body>` are implied, and errors are neither
/// printed nor fatal. A `<meta charset>` in the page is ignored (the bytes are UTF-8 by
/// contract), no network access is made, and white-space-only text is kept (it separates words
/// between inline elements).
/// - Parameters:
///   - utf8: the page's bytes; need not be NUL-terminated; copied, so they may be freed at once.
///   - length: the number of bytes, at most INT32_MAX.
/// - Returns: the document, to be released with `cxml_document_free`; NULL when libxml2 cannot
///   build a document at all (no memory, a length out of range).
CXMLDocument *cxml_html_parse(const uint8_t *utf8, int64_t length);

/// Releases a document with all its nodes and the `const char *` strings they returned.
/// NULL is allowed.
void cxml_document_free(CXMLDocument *document);

/// The document's root element (normally `<html>`), or NULL for an empty document.
const CXMLNode *cxml_document_root(const CXMLDocument *document);

// MARK: Navigation

/// The first child of `node` (element, text, comment, …), or NULL.
const CXMLNode *cxml_node_first_child(const CXMLNode *node);

/// The next sibling of `node`, or NULL.
const CXMLNode *cxml_node_next_sibling(const CXMLNode *node);

// MARK: Reading nodes

/// What `node` is: one of the CXML_NODE_ constants.
int32_t cxml_node_kind(const CXMLNode *node);

/// The tag name of an element, lowercase as the HTML parser folds it (`p`, `meta`); NULL for
/// any other node. Owned by the document.
const char *cxml_element_name(const CXMLNode *node);

/// The value of the attribute `name` of an element, entities decoded, or NULL when the element
/// has no such attribute (or `node` is not an element). The HTML parser lowercases attribute
/// names, so pass `name` in lowercase.
/// - Returns: a new string, to be released with `cxml_string_free`.
char *cxml_element_attribute(const CXMLNode *node, const char *name);

/// The content of a text, CDATA or comment node; NULL for any other node. Owned by the
/// document.
const char *cxml_node_text(const CXMLNode *node);

/// Releases a string returned by `cxml_element_attribute`. NULL is allowed.
void cxml_string_free(char *string);

#ifdef __cplusplus
}
#endif

#endif
