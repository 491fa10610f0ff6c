import CCmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place in the project that calls libcmark's C API.
///
/// Every cmark pointer is created and freed inside a single function here, and only Swift values
/// leave this file: strings are copied out of cmark's memory before it is released.
public enum Cmark {
    /// The version of the libcmark the program is linked against, such as "0.30.2".
    public static var version: String {
        String(cString: cmark_version_string())
    }

    /// Parses `markdown` into a ``MarkdownDocument``. With `.joinCJKLines`, soft breaks between
    /// Japanese lines are left out, as in ``renderHTML(_:options:)``.
    public static func parse(_ markdown: String, options: MarkdownOptions = []) -> MarkdownDocument {
        withDocument(markdown, options: options) { root in
            if options.contains(.joinCJKLines) {
                removeSoftBreaksBetweenCJK(below: root)
            }
            return buildDocument(from: root)
        }
    }

    /// Renders `markdown` to an HTML fragment. Without `.unsafe` in `options`, raw HTML and
    /// dangerous link destinations do not reach the output.
    public static func renderHTML(_ markdown: String, options: MarkdownOptions = []) -> String {
        withDocument(markdown, options: options) { root in
            if options.contains(.joinCJKLines) {
                removeSoftBreaksBetweenCJK(below: root)
            }
            guard let html = cmark_render_html(root, options.subtracting(.joinCJKLines).rawValue) else {
                return ""
            }
            defer { free(html) }
            return String(cString: html)
        }
    }

    private static func withDocument<Result>(
        _ markdown: String,
        options: MarkdownOptions,
        _ body: (OpaquePointer) -> Result
    ) -> Result {
        let parser = cmark_parser_new(options.subtracting(.joinCJKLines).rawValue)
        defer { cmark_parser_free(parser) }

        var source = markdown
        source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { characters in
                cmark_parser_feed(parser, characters.baseAddress, characters.count)
            }
        }

        // cmark_parser_finish returns NULL only when allocation failed, and cmark aborts on a
        // failed allocation before that can happen, so this path is unreachable in practice.
        guard let root = cmark_parser_finish(parser) else {
            preconditionFailure("cmark_parser_finish returned no document")
        }
        defer { cmark_node_free(root) }
        return body(root)
    }

    /// Unlinks and frees every soft break whose neighbours are text ending and starting with a
    /// CJK character. The breaks are collected first, because changing the tree while cmark's
    /// iterator walks it is not allowed.
    private static func removeSoftBreaksBetweenCJK(below root: OpaquePointer) {
        var breaks: [OpaquePointer] = []
        let iterator = cmark_iter_new(root)
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_SOFTBREAK,
                  let previous = cmark_node_previous(node), let next = cmark_node_next(node),
                  let before = copy(cmark_node_get_literal(previous)).unicodeScalars.last,
                  let after = copy(cmark_node_get_literal(next)).unicodeScalars.first,
                  isCJK(before) && isCJK(after) || isCJKPunctuation(before)
            else {
                continue
            }
            breaks.append(node)
        }
        cmark_iter_free(iterator)

        for node in breaks {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// Returns whether `scalar` is Japanese or Chinese punctuation such as 、 and 。, after which
    /// no space follows even before Latin text.
    static func isCJKPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        (0x3000...0x303F).contains(scalar.value) || (0xFF01...0xFF0F).contains(scalar.value)
            || (0xFF1A...0xFF20).contains(scalar.value) || (0xFF5B...0xFF60).contains(scalar.value)
    }

    /// Returns whether `scalar` is a Han, kana or CJK punctuation character, between which
    /// Japanese and Chinese text has no spaces.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x303F,  // CJK symbols and punctuation, such as 、 and 。
             0x3040...0x30FF,  // Hiragana and katakana
             0x3400...0x4DBF,  // CJK unified ideographs extension A
             0x4E00...0x9FFF,  // CJK unified ideographs
             0xF900...0xFAFF,  // CJK compatibility ideographs
             0xFF01...0xFF60,  // Full-width forms, such as （ and ）
             0x20000...0x3FFFF:  // CJK extensions B and later
            return true
        default:
            return false
        }
    }

    /// Copies the tree below `root` into Swift values with cmark's iterator and an explicit
    /// stack of open containers, so that nesting depth costs heap, not call stack.
    private static func buildDocument(from root: OpaquePointer) -> MarkdownDocument {
        var document = MarkdownDocument(nodes: [])
        var openContainers: [Int] = []

        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }

        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE {
                break
            }
            guard let pointer = cmark_iter_get_node(iterator) else {
                continue
            }

            if event == CMARK_EVENT_EXIT {
                openContainers.removeLast()
                continue
            }

            let index = document.nodes.count
            document.nodes.append(makeNode(pointer))
            if let parent = openContainers.last {
                document.nodes[parent].children.append(index)
            }
            if isContainer(pointer) {
                openContainers.append(index)
            }
        }
        return document
    }

    /// Returns whether cmark's iterator reports an exit event for the node. It does so for
    /// every node that can have children.
    private static func isContainer(_ node: OpaquePointer) -> Bool {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK,
            CMARK_NODE_TEXT, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE,
            CMARK_NODE_HTML_INLINE:
            return false
        default:
            return true
        }
    }

    private static func makeNode(_ node: OpaquePointer) -> MarkdownNode {
        MarkdownNode(
            kind: kind(of: node),
            literal: copy(cmark_node_get_literal(node)),
            startLine: Int(cmark_node_get_start_line(node)),
            endLine: Int(cmark_node_get_end_line(node)),
            children: []
        )
    }

    private static func kind(of node: OpaquePointer) -> MarkdownNodeKind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT:
            return .document
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote
        case CMARK_NODE_LIST:
            return .list(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                tight: cmark_node_get_list_tight(node) != 0
            )
        case CMARK_NODE_ITEM:
            return .item
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(info: copy(cmark_node_get_fence_info(node)))
        case CMARK_NODE_HTML_BLOCK:
            return .htmlBlock
        case CMARK_NODE_PARAGRAPH:
            return .paragraph
        case CMARK_NODE_HEADING:
            return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak
        case CMARK_NODE_TEXT:
            return .text
        case CMARK_NODE_SOFTBREAK:
            return .softBreak
        case CMARK_NODE_LINEBREAK:
            return .lineBreak
        case CMARK_NODE_CODE:
            return .code
        case CMARK_NODE_HTML_INLINE:
            return .htmlInline
        case CMARK_NODE_EMPH:
            return .emphasis
        case CMARK_NODE_STRONG:
            return .strong
        case CMARK_NODE_LINK:
            return .link(destination: copy(cmark_node_get_url(node)), title: copy(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            return .image(source: copy(cmark_node_get_url(node)), title: copy(cmark_node_get_title(node)))
        default:
            return .custom
        }
    }

    private static func copy(_ string: UnsafePointer<CChar>?) -> String {
        guard let string else {
            return ""
        }
        return String(cString: string)
    }
}
