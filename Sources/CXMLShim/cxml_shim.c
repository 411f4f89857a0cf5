// The only file in Sangam that includes libxml2 headers. Keep it a thin, mechanical wrapper:
// policy (which elements hold an article, what is page chrome) lives in Swift.

#include "cxml_shim.h"

#include <limits.h>
#include <pthread.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

// The opaque handles are libxml2's own structs under another name.
static inline xmlDocPtr document_of(const CXMLDocument *document) { return (xmlDocPtr)document; }
static inline xmlNodePtr node_of(const CXMLNode *node) { return (xmlNodePtr)node; }

// libxml2 2.9 wants its global state set up once before it is used from several threads.
static pthread_once_t initialization = PTHREAD_ONCE_INIT;
static void initialize_libxml(void) { xmlInitParser(); }

// MARK: Documents

CXMLDocument *cxml_html_parse(const uint8_t *utf8, int64_t length) {
    if (utf8 == NULL || length < 0 || length > INT_MAX) return NULL;
    pthread_once(&initialization, initialize_libxml);
    // Not HTML_PARSE_NOBLANKS: a space-only text node between `<b>` and `<a>` separates words.
    // HTML_PARSE_IGNORE_ENC: the bytes come from a Swift String, so they are UTF-8 whatever a
    // `<meta charset>` in the page claims.
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_IGNORE_ENC;
    // htmlReadMemory wants a non-NULL buffer even for an empty document.
    static const char empty[1] = {0};
    const char *bytes = length == 0 ? empty : (const char *)utf8;
    return (CXMLDocument *)htmlReadMemory(bytes, (int)length, NULL, "UTF-8", options);
}

void cxml_document_free(CXMLDocument *document) {
    if (document != NULL) xmlFreeDoc(document_of(document));
}

const CXMLNode *cxml_document_root(const CXMLDocument *document) {
    if (document == NULL) return NULL;
    return (const CXMLNode *)xmlDocGetRootElement(document_of(document));
}

// MARK: Navigation

const CXMLNode *cxml_node_first_child(const CXMLNode *node) {
    if (node == NULL) return NULL;
    xmlNodePtr current = node_of(node);
    // Attributes and entity declarations keep other things in `children`; only walk real trees.
    if (current->type != XML_ELEMENT_NODE && current->type != XML_DOCUMENT_NODE
        && current->type != XML_HTML_DOCUMENT_NODE) return NULL;
    return (const CXMLNode *)current->children;
}

const CXMLNode *cxml_node_next_sibling(const CXMLNode *node) {
    if (node == NULL) return NULL;
    return (const CXMLNode *)node_of(node)->next;
}

// MARK: Reading nodes

int32_t cxml_node_kind(const CXMLNode *node) {
    if (node == NULL) return CXML_NODE_OTHER;
    switch (node_of(node)->type) {
    case XML_ELEMENT_NODE: return CXML_NODE_ELEMENT;
    case XML_TEXT_NODE: return CXML_NODE_TEXT;
    case XML_CDATA_SECTION_NODE: return CXML_NODE_CDATA;
    case XML_COMMENT_NODE: return CXML_NODE_COMMENT;
    default: return CXML_NODE_OTHER;
    }
}

const char *cxml_element_name(const CXMLNode *node) {
    if (node == NULL || node_of(node)->type != XML_ELEMENT_NODE) return NULL;
    return (const char *)node_of(node)->name;
}

char *cxml_element_attribute(const CXMLNode *node, const char *name) {
    if (node == NULL || name == NULL || node_of(node)->type != XML_ELEMENT_NODE) return NULL;
    xmlNodePtr element = node_of(node);
    // Walk the attributes rather than call xmlGetProp: no DTD defaults, and names compare
    // without case, as HTML's do.
    for (xmlAttrPtr attribute = element->properties; attribute != NULL; attribute = attribute->next) {
        if (attribute->name == NULL || xmlStrcasecmp(attribute->name, (const xmlChar *)name) != 0) continue;
        xmlChar *value = xmlNodeListGetString(element->doc, attribute->children, 1);
        // A bare attribute (`<input hidden>`) has no value nodes: it is present and empty.
        return (char *)(value != NULL ? value : xmlStrdup((const xmlChar *)""));
    }
    return NULL;
}

const char *cxml_node_text(const CXMLNode *node) {
    if (node == NULL) return NULL;
    switch (node_of(node)->type) {
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
    case XML_COMMENT_NODE:
        return (const char *)node_of(node)->content;
    default:
        return NULL;
    }
}

void cxml_string_free(char *string) {
    if (string != NULL) xmlFree(string);
}
