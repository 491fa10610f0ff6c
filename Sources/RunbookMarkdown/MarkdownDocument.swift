/// A parsed CommonMark document as plain Swift values.
///
/// Nodes live in one flat array and refer to their children by index, so that building, walking
/// and freeing a deeply nested document never recurse. A tree of nested values would be released
/// recursively and could overflow the stack on input such as 100,000 nested quotes.
public struct MarkdownDocument: Sendable, Equatable {
    /// The nodes in document order. The root document node has index 0.
    public internal(set) var nodes: [MarkdownNode]

    /// A document with no nodes, for values that are filled in later.
    public static let empty = MarkdownDocument(nodes: [])

    /// The index of the root document node.
    public var root: Int { 0 }

    /// Returns the indexes of the direct children of `index`, in document order.
    public func children(of index: Int) -> [Int] {
        nodes[index].children
    }

    /// Returns the indexes of every node below `index` in document order, without recursion.
    public func descendants(of index: Int) -> [Int] {
        var result: [Int] = []
        var stack = Array(nodes[index].children.reversed())

        while let next = stack.popLast() {
            result.append(next)
            stack.append(contentsOf: nodes[next].children.reversed())
        }
        return result
    }

    /// Returns the text a reader sees in `index`: text and code literals, with line breaks as
    /// spaces and markup removed.
    public func plainText(of index: Int) -> String {
        var text = ""
        for descendant in [index] + descendants(of: index) {
            let node = nodes[descendant]
            switch node.kind {
            case .text, .code:
                text += node.literal
            case .softBreak, .lineBreak:
                text += " "
            default:
                break
            }
        }
        return text
    }
}

/// One node of a ``MarkdownDocument``.
public struct MarkdownNode: Sendable, Equatable {
    public var kind: MarkdownNodeKind

    /// The literal text of text, code, code block and HTML nodes; empty for other kinds.
    public var literal: String

    /// The first and last source line of the node, counted from 1 in the parsed text.
    /// cmark reports 0 for inline nodes whose position it does not track.
    public var startLine: Int
    public var endLine: Int

    public var children: [Int]
}

/// The kind of a ``MarkdownNode``, with the attributes that belong to it.
public enum MarkdownNodeKind: Sendable, Equatable {
    case document
    case blockQuote
    case list(ordered: Bool, start: Int, tight: Bool)
    case item
    case codeBlock(info: String)
    case htmlBlock
    case paragraph
    case heading(level: Int)
    case thematicBreak
    case text
    case softBreak
    case lineBreak
    case code
    case htmlInline
    case emphasis
    case strong
    case link(destination: String, title: String)
    case image(source: String, title: String)
    /// Custom nodes never come out of the parser; the case keeps the mapping total.
    case custom
}
