import Foundation
import Testing
@testable import RunbookMarkdown

/// A document with two heading levels, a link with a title, a tight ordered list that starts
/// at 3 and a fenced code block with an info string.
private let sampleMarkdown = """
    # Title

    Intro with a [link](https://example.com/a "Home").

    ## Steps

    3. first
    4. second

    ```sh
    echo hi
    ```
    """

@Suite("Cmark.parse")
struct CmarkParseTests {
    @Test func parseBuildsExpectedTree() {
        let document = Cmark.parse(sampleMarkdown)

        // cmark counts the blank line after a list as part of the list and its last item.
        let expected = """
            document 1-12
              heading(1) 1-1
                text 1-1 "Title"
              paragraph 3-3
                text 3-3 "Intro with a "
                link(https://example.com/a, Home) 3-3
                  text 3-3 "link"
                text 3-3 "."
              heading(2) 5-5
                text 5-5 "Steps"
              list(ordered, start 3, tight) 7-9
                item 7-7
                  paragraph 7-7
                    text 7-7 "first"
                item 8-9
                  paragraph 8-8
                    text 8-8 "second"
              codeBlock(sh) 10-12 "echo hi\\n"
            """
        #expect(treeDump(document) == expected)
    }

    @Test func parseReportsHeadingLevels() throws {
        let document = Cmark.parse(sampleMarkdown)
        let blocks = document.children(of: document.root)

        let title = try #require(blocks.first)
        #expect(document.nodes[title].kind == .heading(level: 1))
        #expect(document.nodes[title].startLine == 1)

        let steps = blocks[2]
        #expect(document.nodes[steps].kind == .heading(level: 2))
        #expect(document.nodes[steps].startLine == 5)
    }

    @Test func parseReportsCodeBlockInfo() throws {
        let document = Cmark.parse(sampleMarkdown)
        let code = try #require(document.children(of: document.root).last)

        #expect(document.nodes[code].kind == .codeBlock(info: "sh"))
        #expect(document.nodes[code].literal == "echo hi\n")
        #expect(document.nodes[code].startLine == 10)
        #expect(document.nodes[code].endLine == 12)
    }

    @Test func parseReportsOrderedTightList() {
        let document = Cmark.parse(sampleMarkdown)
        let list = document.children(of: document.root)[3]

        #expect(document.nodes[list].kind == .list(ordered: true, start: 3, tight: true))
        #expect(document.children(of: list).count == 2)
        #expect(document.nodes[list].startLine == 7)
    }

    @Test func parseReportsLooseBulletList() {
        let document = Cmark.parse("- one\n\n- two\n")
        let list = document.children(of: document.root)[0]

        #expect(document.nodes[list].kind == .list(ordered: false, start: 0, tight: false))
    }

    @Test func parseReportsLinkDestination() throws {
        let document = Cmark.parse(sampleMarkdown)
        let link = try #require(document.descendants(of: document.root).first { index in
            if case .link = document.nodes[index].kind { return true }
            return false
        })

        #expect(document.nodes[link].kind == .link(destination: "https://example.com/a", title: "Home"))
        #expect(document.plainText(of: link) == "link")
    }

    @Test func parseOfEmptyTextHasOnlyRoot() {
        let document = Cmark.parse("")

        #expect(document.nodes.count == 1)
        #expect(document.nodes[document.root].kind == .document)
        #expect(document.children(of: document.root).isEmpty)
    }
}

@Suite("Cmark.renderHTML")
struct CmarkRenderTests {
    @Test func renderMatchesWholeOutput() {
        let html = Cmark.renderHTML(sampleMarkdown)

        let expected = """
            <h1>Title</h1>
            <p>Intro with a <a href="https://example.com/a" title="Home">link</a>.</p>
            <h2>Steps</h2>
            <ol start="3">
            <li>first</li>
            <li>second</li>
            </ol>
            <pre><code class="language-sh">echo hi
            </code></pre>

            """
        #expect(html == expected)
    }

    @Test func safeModeOmitsHTMLBlock() {
        let html = Cmark.renderHTML("<script>alert(1)</script>\n")

        #expect(!html.contains("<script"))
        #expect(html == "<!-- raw HTML omitted -->\n")
    }

    @Test func safeModeOmitsInlineHTML() {
        let html = Cmark.renderHTML("A <img src=x onerror=alert(1)> b\n")

        #expect(!html.contains("onerror"))
        #expect(html == "<p>A <!-- raw HTML omitted --> b</p>\n")
    }

    @Test func safeModeEmptiesJavaScriptLink() {
        let html = Cmark.renderHTML("[x](javascript:alert(1))\n")

        #expect(!html.contains("javascript:"))
        #expect(html == "<p><a href=\"\">x</a></p>\n")
    }

    @Test func unsafeOptionLetsRawHTMLThrough() {
        let markdown = "<script>alert(1)</script>\n\nA <img src=x onerror=alert(1)> b\n"

        let html = Cmark.renderHTML(markdown, options: .unsafe)

        #expect(html.contains("<script>alert(1)</script>"))
        #expect(html.contains("<img src=x onerror=alert(1)>"))
    }

    @Test(arguments: [
        (MarkdownOptions.sourcePosition, "a\nb\n", "<p data-sourcepos=\"1:1-2:1\">a\nb</p>\n"),
        (MarkdownOptions.hardBreaks, "a\nb\n", "<p>a<br />\nb</p>\n"),
        (MarkdownOptions.smart, "\"quoted\" -- dash\n", "<p>\u{201C}quoted\u{201D} \u{2013} dash</p>\n"),
        (MarkdownOptions(), "a\nb\n", "<p>a\nb</p>\n"),
    ])
    func renderHonorsOption(options: MarkdownOptions, markdown: String, expected: String) {
        #expect(Cmark.renderHTML(markdown, options: options) == expected)
    }
}

@Suite("Cmark.version")
struct CmarkVersionTests {
    @Test func versionStartsWithZero() {
        #expect(Cmark.version.hasPrefix("0."))
    }
}

/// Returns the whole tree as text, one node a line, indented by depth, with each node's kind,
/// line range and literal. Uses an explicit stack, like the code under test.
func treeDump(_ document: MarkdownDocument) -> String {
    var lines: [String] = []
    var stack: [(index: Int, depth: Int)] = [(document.root, 0)]

    while let (index, depth) = stack.popLast() {
        let node = document.nodes[index]
        var line = String(repeating: "  ", count: depth) + describe(node.kind)
        if node.startLine > 0 {
            line += " \(node.startLine)-\(node.endLine)"
        }
        if !node.literal.isEmpty {
            line += " \"\(node.literal.replacingOccurrences(of: "\n", with: "\\n"))\""
        }
        lines.append(line)

        for child in node.children.reversed() {
            stack.append((child, depth + 1))
        }
    }
    return lines.joined(separator: "\n")
}

private func describe(_ kind: MarkdownNodeKind) -> String {
    switch kind {
    case .heading(let level):
        "heading(\(level))"
    case .list(let ordered, let start, let tight):
        "list(\(ordered ? "ordered" : "bullet"), start \(start), \(tight ? "tight" : "loose"))"
    case .codeBlock(let info):
        "codeBlock(\(info))"
    case .link(let destination, let title):
        "link(\(destination), \(title))"
    case .image(let source, let title):
        "image(\(source), \(title))"
    default:
        "\(kind)"
    }
}
