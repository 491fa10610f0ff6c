import Testing
@testable import RunbookCatalog

/// Assembles both fixture files after the same edit, so that the front matter still agrees
/// between languages, and returns the pattern's metadata with the catalog's diagnostics.
private func metadata(
    after edit: (PatternFixture) -> PatternFixture
) -> (metadata: PatternMetadata?, diagnostics: [Diagnostic]) {
    let catalog = CatalogAssembler.assemble(patternFiles(
        english: edit(PatternFixture(.english)),
        japanese: edit(PatternFixture(.japanese))
    ))
    return (catalog.pattern(withID: PatternFixture.id)?.metadata, catalog.diagnostics)
}

@Suite("Front matter")
struct FrontMatterTests {
    @Test func fixtureMetadataRead() throws {
        let result = metadata { $0 }

        let read = try #require(result.metadata)
        #expect(read == PatternMetadata(
            id: PatternFixture.id,
            services: ["sns", "cloudwatch"],
            severity: .medium,
            tags: ["email", "subscription"],
            owner: "platform-team",
            reviewed: "2026-11-20"
        ))
    }

    @Test func blockListRead() throws {
        let result = metadata {
            $0.replacingLine(FixtureLine.services, with: "services:", "  - sns", "  - cloudwatch", "  - kms")
        }

        #expect(result.diagnostics.isEmpty)
        let read = try #require(result.metadata)
        #expect(read.services == ["sns", "cloudwatch", "kms"])
    }

    @Test func blockListItemsFollowScalarRules() {
        let result = metadata {
            $0.replacingLine(FixtureLine.tags, with: "tags:", "  - \"on call\"", "  - 'it''s'", "  - plain # kept")
        }

        // The items are read by the scalar rules, and then refused as tags, which must be
        // kebab-case; the refusal names each item as it was read.
        let values = result.diagnostics.map(\.problem).prefix(3)
        #expect(Array(values) == [.invalidTagName(value: "on call"), .invalidTagName(value: "it's"), .invalidTagName(value: "plain # kept")])
    }

    @Test func flowListWithQuotedCommas() {
        let result = metadata {
            $0.replacingLine(FixtureLine.tags, with: #"tags: [email, "on call, daytime", 'a, b']"#)
        }

        let values = result.diagnostics.map(\.problem).prefix(2)
        #expect(Array(values) == [.invalidTagName(value: "on call, daytime"), .invalidTagName(value: "a, b")])
    }

    @Test func emptyTagsAllowed() throws {
        let result = metadata { $0.replacingLine(FixtureLine.tags, with: "tags: []") }

        #expect(result.diagnostics.isEmpty)
        let read = try #require(result.metadata)
        #expect(read.tags.isEmpty)
    }

    @Test func absentTagsAllowed() throws {
        let result = metadata { $0.removingLines(FixtureLine.tags...FixtureLine.tags) }

        #expect(result.diagnostics.isEmpty)
        let read = try #require(result.metadata)
        #expect(read.tags.isEmpty)
    }

    @Test func scalarServiceIsOneItemList() throws {
        let result = metadata { $0.replacingLine(FixtureLine.services, with: "services: sns") }

        #expect(result.diagnostics.isEmpty)
        let read = try #require(result.metadata)
        #expect(read.services == ["sns"])
    }

    @Test func doubleQuotedEscapesRead() throws {
        let result = metadata { $0.replacingLine(FixtureLine.owner, with: #"owner: "SRE \"on call\" \\ nights""#) }

        #expect(result.diagnostics.isEmpty)
        let read = try #require(result.metadata)
        #expect(read.owner == #"SRE "on call" \ nights"#)
    }

    @Test func singleQuotedDoubledQuoteRead() throws {
        let result = metadata { $0.replacingLine(FixtureLine.owner, with: "owner: 'SRE ''on call'''") }

        #expect(result.diagnostics.isEmpty)
        let read = try #require(result.metadata)
        #expect(read.owner == "SRE 'on call'")
    }

    @Test func hashInPlainValueKept() throws {
        let result = metadata { $0.replacingLine(FixtureLine.owner, with: "owner: team #1") }

        #expect(result.diagnostics.isEmpty)
        let read = try #require(result.metadata)
        #expect(read.owner == "team #1")
    }

    @Test func commentsAndBlankLinesSkipped() throws {
        let result = metadata {
            $0.insertingLines(["# Reviewed by the SRE team.", "", "   # An indented comment.", "   "], at: FixtureLine.tags)
        }

        #expect(result.diagnostics.isEmpty)
        let read = try #require(result.metadata)
        #expect(read.tags == ["email", "subscription"])
        #expect(read.owner == "platform-team")
    }

    @Test func crlfFileHasNoDiagnostics() throws {
        let files = [PatternFixture(.english), PatternFixture(.japanese)].map { fixture in
            PatternFile(path: fixture.path, text: fixture.lines.map { $0 + "\r\n" }.joined())
        }

        let catalog = CatalogAssembler.assemble(files)

        #expect(catalog.diagnostics.isEmpty)
        let pattern = try #require(catalog.pattern(withID: PatternFixture.id))
        #expect(pattern.metadata.owner == "platform-team")
        #expect(pattern.documents[.english]?.title == "SNS e-mail subscription is still pending")
        #expect(pattern.documents[.english]?.signatures.map(\.text) == [fixtureSignature])
    }

    @Test func crlfFileKeepsLineNumbers() {
        let english = PatternFixture(.english)
            .replacingLine(FixtureLine.severity, with: "severity: urgent")
            .replacingLine(FixtureLine.referenceLink, with: "- Amazon SNS documentation")
        let file = PatternFile(path: english.path, text: english.lines.map { $0 + "\r\n" }.joined())

        let catalog = CatalogAssembler.assemble([file, PatternFixture(.japanese).file])

        #expect(catalog.diagnostics.map(\.location.line) == [FixtureLine.severity, FixtureLine.references])
    }

    @Test(arguments: [
        ("plain value", "plain value"),
        ("value # not a comment", "value # not a comment"),
        (#""a \"b\" \\ c""#, #"a "b" \ c"#),
        (#""""#, ""),
        ("'it''s'", "it's"),
        ("''", ""),
    ])
    func scalarParsed(text: String, expected: String) {
        #expect(FrontMatterParser.parseScalar(text) == expected)
    }

    @Test(arguments: [
        #""unterminated"#,
        #""bad \n escape""#,
        #""closed" then text"#,
        "'unterminated",
        "'",
    ])
    func malformedScalarRejected(text: String) {
        #expect(FrontMatterParser.parseScalar(text) == nil)
    }

    @Test(arguments: [
        ("[]", FrontMatterValue.list([])),
        ("[a]", .list(["a"])),
        ("[ a , b ]", .list(["a", "b"])),
        (#"["x, y", z]"#, .list(["x, y", "z"])),
        ("plain", .scalar("plain")),
    ])
    func valueParsed(text: String, expected: FrontMatterValue) {
        #expect(FrontMatterParser.parseValue(text) == expected)
    }

    @Test(arguments: ["[a, b", "[a, , b]", #"["open, b]"#])
    func malformedFlowListRejected(text: String) {
        #expect(FrontMatterParser.parseValue(text) == nil)
    }
}
