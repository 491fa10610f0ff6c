import Testing
@testable import RunbookCatalog

@Suite struct CodeBlockRulesTests {
    @Test func byteOrderMarkIsIgnored() {
        let english = PatternFixture(.english)
        let withMark = PatternFile(path: english.path, data: [0xEF, 0xBB, 0xBF] + Array(english.text.utf8))

        let catalog = CatalogAssembler.assemble([withMark, PatternFixture(.japanese).file])

        #expect(catalog.diagnostics.isEmpty)
        #expect(catalog.patterns.count == 1)
    }

    @Test func indentedBlockIsNotSignature() throws {
        let english = PatternFixture(.english)
            .removingLines((FixtureLine.signatureText - 1)...(FixtureLine.signatureText + 1))
            .insertingLines(["", "    indented signature", ""], at: FixtureLine.signatureText - 1)

        let catalog = CatalogAssembler.assemble([english.file, PatternFixture(.japanese).file])

        #expect(catalog.diagnostics.map(\.problem) == [.missingCodeBlock(.signatures)])
        #expect(catalog.diagnostics.map(\.location.line) == [FixtureLine.signatures])
        let pattern = try #require(catalog.patterns.first)
        #expect(!pattern.signatures.contains { $0.text == "indented signature" })
    }

    @Test func emptyFencedBlockIsReported() throws {
        let english = PatternFixture(.english).removingLines(FixtureLine.signatureText...FixtureLine.signatureText)

        let catalog = CatalogAssembler.assemble([english.file, PatternFixture(.japanese).file])

        #expect(catalog.diagnostics.map(\.problem) == [.emptyCodeBlock(.signatures)])
        #expect(catalog.diagnostics.map(\.location.line) == [FixtureLine.signatureText])
        let pattern = try #require(catalog.patterns.first)
        #expect(!pattern.signatures.contains { $0.text.isEmpty })
    }
}
