import Testing
@testable import RunbookCatalog

@Suite struct LinksAndJSONTests {
    /// Returns a pair of the fixture with `lines` added to both files' front matter.
    private func pair(withFrontMatter lines: [String], id: String = PatternFixture.id) -> [PatternFile] {
        [PatternFixture(.english), PatternFixture(.japanese)].map { fixture in
            fixture.insertingLines(lines, at: FixtureLine.closingDashes).file
        }
    }

    @Test func unknownRelatedIDReportedAtKeyLine() {
        let catalog = CatalogAssembler.assemble(pair(withFrontMatter: ["related: [no-such-pattern]"]))

        #expect(catalog.diagnostics.map(\.problem) == [
            .unresolvedPatternLink(key: "related", id: "no-such-pattern"),
            .unresolvedPatternLink(key: "related", id: "no-such-pattern"),
        ])
        #expect(catalog.diagnostics.map(\.location.line) == [FixtureLine.closingDashes, FixtureLine.closingDashes])
    }

    @Test func selfLinkReported() {
        let catalog = CatalogAssembler.assemble(pair(withFrontMatter: ["confusable: [\(PatternFixture.id)]"]))

        #expect(catalog.diagnostics.first?.problem == .unresolvedPatternLink(key: "confusable", id: PatternFixture.id))
    }

    @Test func linksDifferingBetweenLanguagesReported() {
        let english = PatternFixture(.english).insertingLines(["related: [a-pattern]"], at: FixtureLine.closingDashes)
        let catalog = CatalogAssembler.assemble([english.file, PatternFixture(.japanese).file])

        #expect(catalog.diagnostics.map(\.problem).contains(.metadataDiffers(key: "related", value: "[]", otherPath: english.path, otherValue: "[a-pattern]")))
    }

    @Test func resolvedLinksAreKept() throws {
        let other = """
        ---
        id: other-pattern
        services: [sns]
        severity: low
        owner: team
        reviewed: 2026-12-01
        ---
        """
        let files = pair(withFrontMatter: ["related: [other-pattern]", "confusable: [other-pattern]"])
        let otherFiles = [Language.english, .japanese].map { language in
            PatternFile(path: "other-pattern.\(language.rawValue).md", text: other + "\n" + PatternFixture(language).lines.dropFirst(FixtureLine.closingDashes).joined(separator: "\n"))
        }

        let catalog = CatalogAssembler.assemble(files + otherFiles)

        #expect(catalog.diagnostics.isEmpty)
        let pattern = try #require(catalog.pattern(withID: PatternFixture.id))
        #expect(pattern.metadata.related == ["other-pattern"])
        #expect(pattern.metadata.confusable == ["other-pattern"])
    }

    @Test func linkToBrokenPatternIsNotReportedAgain() {
        // The linked pattern exists but its files have a problem. That problem is reported at
        // its file; the pattern that links to it did nothing wrong.
        let broken = """
        ---
        id: other-pattern
        services: [sns]
        severity: low
        tags: [On Call]
        owner: team
        reviewed: 2026-12-01
        ---
        """
        let files = pair(withFrontMatter: ["related: [other-pattern]"])
        let otherFiles = [Language.english, .japanese].map { language in
            PatternFile(path: "other-pattern.\(language.rawValue).md", text: broken + "\n" + PatternFixture(language).lines.dropFirst(FixtureLine.closingDashes).joined(separator: "\n"))
        }

        let catalog = CatalogAssembler.assemble(files + otherFiles)

        #expect(catalog.diagnostics.map(\.problem) == [.invalidTagName(value: "On Call"), .invalidTagName(value: "On Call")])
    }

    @Test func invalidJSONBlockReportedAtItsLine() {
        let english = PatternFixture(.english)
            .insertingLines(["", "```json", "{\"Effect\": \"Allow\",}", "```"], at: FixtureLine.fix + 2)

        let catalog = CatalogAssembler.assemble([english.file, PatternFixture(.japanese).file])

        #expect(catalog.diagnostics.map(\.problem) == [.invalidJSON(column: 20, expected: "a string key")])
        #expect(catalog.diagnostics.map(\.location.line) == [FixtureLine.fix + 4])
    }

    @Test func validJSONBlockInListAccepted() {
        let english = PatternFixture(.english)
            .insertingLines(["", "1. Add:", "", "   ```json", "   {\"Effect\": \"Allow\", \"Action\": [\"kms:Decrypt\"]}", "   ```"], at: FixtureLine.fix + 2)

        let catalog = CatalogAssembler.assemble([english.file, PatternFixture(.japanese).file])

        #expect(catalog.diagnostics.isEmpty)
    }

    @Test func impactSectionIsOptionalAndParsed() throws {
        let english = PatternFixture(.english).insertingLines(["## Impact", "", "No mail is sent.", ""], at: FixtureLine.cause)
        let japanese = PatternFixture(.japanese).insertingLines(["## 影響", "", "通知が届かない。", ""], at: FixtureLine.cause)

        let catalog = CatalogAssembler.assemble([english.file, japanese.file])

        #expect(catalog.diagnostics.isEmpty)
        let pattern = try #require(catalog.patterns.first)
        #expect(pattern.documents[.english]?.markdown(of: .impact) == "No mail is sent.")
        #expect(pattern.documents[.japanese]?.markdown(of: .impact) == "通知が届かない。")
    }
}
