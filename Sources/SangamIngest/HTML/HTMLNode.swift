import CXMLShim

/// A node of an ``HTMLDocument``: an element, a piece of text or a comment. Holds its document,
/// so a node never outlives the tree it points into.
struct HTMLNode {
    /// What a node is.
    enum Kind: Equatable {
        case element
        case text
        case cdata
        case comment
        /// A doctype, processing instruction or anything else that carries no page text.
        case other
    }

    /// What to do after visiting a node in ``walk(_:)``.
    enum WalkStep {
        /// Visit the node's children next.
        case descend
        /// Skip the node's children and go on with its next sibling.
        case skipChildren
    }

    private let document: HTMLDocument
    private let handle: OpaquePointer

    init(document: HTMLDocument, handle: OpaquePointer) {
        self.document = document
        self.handle = handle
    }

    /// What this node is.
    var kind: Kind {
        switch Int(cxml_node_kind(handle)) {
        case CXML_NODE_ELEMENT: .element
        case CXML_NODE_TEXT: .text
        case CXML_NODE_CDATA: .cdata
        case CXML_NODE_COMMENT: .comment
        default: .other
        }
    }

    /// The tag name of an element, lowercase (`p`, `meta`); nil for other nodes.
    var name: String? {
        cxml_element_name(handle).map { String(cString: $0) }
    }

    /// The value of an attribute of an element, entities decoded; nil when it is absent.
    /// - Parameter name: the attribute's name; compared without case, as HTML does.
    func attribute(_ name: String) -> String? {
        guard let value = cxml_element_attribute(handle, name) else { return nil }
        defer { cxml_string_free(value) }
        return String(cString: value)
    }

    /// The content of a text, CDATA or comment node; nil for elements and other nodes.
    var text: String? {
        cxml_node_text(handle).map { String(cString: $0) }
    }

    /// The node's children, in document order.
    var children: Children { Children(first: firstChild) }

    private var firstChild: HTMLNode? {
        cxml_node_first_child(handle).map { HTMLNode(document: document, handle: $0) }
    }

    private var nextSibling: HTMLNode? {
        cxml_node_next_sibling(handle).map { HTMLNode(document: document, handle: $0) }
    }

    /// Visits this node and its descendants in document order (pre-order), letting `visit`
    /// prune subtrees. Iterative, so a deeply nested broken page cannot overflow the stack.
    /// - Parameter visit: called once per node; returns whether to descend into it.
    func walk(_ visit: (HTMLNode) -> WalkStep) {
        var stack: [HTMLNode] = [self]
        while let node = stack.popLast() {
            guard visit(node) == .descend else { continue }
            let children = Array(node.children)
            stack.append(contentsOf: children.reversed())
        }
    }

    /// The children of a node, as a sequence that follows sibling links.
    struct Children: Sequence, IteratorProtocol {
        private var upcoming: HTMLNode?

        fileprivate init(first: HTMLNode?) { upcoming = first }

        mutating func next() -> HTMLNode? {
            guard let current = upcoming else { return nil }
            upcoming = current.nextSibling
            return current
        }
    }
}
