import Foundation
import Testing
@testable import RunbookMarkdown

@Suite("MarkdownDocument")
struct MarkdownDocumentTests {
    @Test func plainTextJoinsTextAndCode() {
        let document = Cmark.parse("Run `make test` *now*, **please**.\n")
        let paragraph = document.children(of: document.root)[0]

        #expect(document.plainText(of: paragraph) == "Run make test now, please.")
    }

    @Test func plainTextTurnsSoftBreakIntoSpace() {
        let document = Cmark.parse("first line\nsecond line\n")
        let paragraph = document.children(of: document.root)[0]

        #expect(document.plainText(of: paragraph) == "first line second line")
    }

    @Test func parseWithJoinCJKLinesDropsSoftBreaksBetweenJapaneseLines() {
        let document = Cmark.parse("通知が届かない。\nアラーム履歴を見る。\nSNS を確認\nthen English\n", options: .joinCJKLines)
        let paragraph = document.children(of: document.root)[0]

        #expect(document.plainText(of: paragraph) == "通知が届かない。アラーム履歴を見る。SNS を確認 then English")
    }

    @Test func plainTextTurnsHardBreakIntoSpace() {
        let document = Cmark.parse("first  \nsecond\n")
        let paragraph = document.children(of: document.root)[0]

        #expect(document.plainText(of: paragraph) == "first second")
    }

    @Test func plainTextOfTextNodeIsLiteral() throws {
        let document = Cmark.parse("# Hello\n")
        let heading = document.children(of: document.root)[0]
        let text = try #require(document.children(of: heading).first)

        #expect(document.plainText(of: text) == "Hello")
    }

    @Test func descendantsFollowDocumentOrder() {
        let document = Cmark.parse("- a\n- b\n")

        let kinds = document.descendants(of: document.root).map { document.nodes[$0].kind }

        #expect(kinds == [
            .list(ordered: false, start: 0, tight: true),
            .item, .paragraph, .text,
            .item, .paragraph, .text,
        ])
    }

    @Test func descendantsExcludeStartNode() {
        let document = Cmark.parse("> quoted\n")
        let quote = document.children(of: document.root)[0]

        let descendants = document.descendants(of: quote)

        #expect(!descendants.contains(quote))
        #expect(descendants.count == 2)
    }
}

/// The input sets the nesting depth, so each level must cost heap, not call stack. At these
/// depths, code that recurses once per level overflows a thread's stack and crashes the run.
@Suite("Deep nesting")
struct DeepNestingTests {
    @Test func parseSurvivesNestedBlockQuotes() throws {
        let depth = 100_000
        let markdown = String(repeating: ">", count: depth) + " deep\n"

        let document = Cmark.parse(markdown)
        let kinds = document.nodes.map(\.kind)

        #expect(kinds.filter { $0 == .blockQuote }.count == depth)
        #expect(maximumDepth(of: document) == depth + 2)
        #expect(document.descendants(of: document.root).count == document.nodes.count - 1)

        let last = try #require(document.nodes.last)
        #expect(last.literal == "deep")
    }

    @Test func parseSurvivesNestedListItems() {
        let depth = 50_000
        let markdown = String(repeating: "- ", count: depth) + "deep\n"

        let document = Cmark.parse(markdown)
        let kinds = document.nodes.map(\.kind)

        #expect(kinds.filter { $0 == .item }.count == depth)
        #expect(kinds.filter { $0 == .list(ordered: false, start: 0, tight: true) }.count == depth)
        #expect(document.descendants(of: document.root).count == document.nodes.count - 1)
        #expect(document.plainText(of: document.root) == "deep")
    }

    @Test func parseSurvivesNestedEmphasis() {
        let pairs = 25_000
        let opening = String(repeating: "*a **a ", count: pairs)
        let closing = String(repeating: " a** a*", count: pairs)

        let document = Cmark.parse(opening + "deep" + closing + "\n")
        let kinds = document.nodes.map(\.kind)

        #expect(kinds.filter { $0 == .emphasis }.count == pairs)
        #expect(kinds.filter { $0 == .strong }.count == pairs)
        #expect(maximumDepth(of: document) == 2 * pairs + 2)
    }

    @Test func droppingDeepDocumentDoesNotOverflow() {
        var document: MarkdownDocument? = Cmark.parse(String(repeating: ">", count: 100_000) + " deep\n")
        #expect(document?.nodes.count == 100_003)

        document = nil

        #expect(document == nil)
    }

    @Test func renderSurvivesNestedBlockQuotes() {
        let depth = 100_000
        let html = Cmark.renderHTML(String(repeating: ">", count: depth) + " deep\n")

        #expect(html.components(separatedBy: "<blockquote>").count - 1 == depth)
        #expect(html.contains("<p>deep</p>"))
    }
}

/// Returns the number of edges on the longest path from the root, walking with an explicit stack.
private func maximumDepth(of document: MarkdownDocument) -> Int {
    var deepest = 0
    var stack = [(index: document.root, depth: 0)]

    while let (index, depth) = stack.popLast() {
        deepest = max(deepest, depth)
        for child in document.children(of: index) {
            stack.append((child, depth + 1))
        }
    }
    return deepest
}
