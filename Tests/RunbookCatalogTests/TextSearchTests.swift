import Testing
import RunbookCatalog

@Suite struct TextSearchTests {
    @Test func rangesFindEveryOccurrenceWithoutOverlap() {
        let text = "<h2>a</h2>\n<h2>b</h2>aaaa"

        let headings = TextSearch.ranges(of: "<h2>", in: text[...]).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
        let pairs = TextSearch.ranges(of: "aa", in: text[...]).count

        #expect(headings == [0, 11])
        #expect(pairs == 2)
    }

    @Test func searchWorksAfterMultibyteText() throws {
        let text = "対処へ <h2>Fix</h2>"

        let range = try #require(TextSearch.firstRange(of: "<h2>", in: text[...]))

        #expect(text[range] == "<h2>")
        #expect(text[range.upperBound...] == "Fix</h2>")
    }

    @Test func partialMatchThenRealMatch() {
        let text = "<h<h2>"

        #expect(TextSearch.ranges(of: "<h2>", in: text[...]).map { text[$0] } == ["<h2>"])
        #expect(!TextSearch.contains("<h3>", in: text[...]))
        #expect(TextSearch.ranges(of: "", in: text[...]).isEmpty)
    }

    @Test func searchWithinASubstringStaysInside() {
        let text = "TODO and more TODO"
        let tail = text[text.index(text.startIndex, offsetBy: 4)...]

        #expect(TextSearch.ranges(of: "TODO", in: tail).count == 1)
    }
}
