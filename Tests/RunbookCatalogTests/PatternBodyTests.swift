import Testing
import RunbookCatalog

/// Assembles the two fixture files and returns their pattern. Records a test failure when the
/// files produce any diagnostic.
private func cleanPattern(
    english: PatternFixture = PatternFixture(.english),
    japanese: PatternFixture = PatternFixture(.japanese),
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> Pattern {
    let catalog = CatalogAssembler.assemble(patternFiles(english: english, japanese: japanese))
    #expect(catalog.diagnostics.isEmpty, sourceLocation: sourceLocation)
    return try #require(catalog.pattern(withID: PatternFixture.id), sourceLocation: sourceLocation)
}

@Suite("Section headings")
struct SectionHeadingTests {
    @Test func bothLanguagesGiveSameSections() throws {
        let pattern = try cleanPattern()

        let english = try #require(pattern.documents[.english])
        let japanese = try #require(pattern.documents[.japanese])
        #expect(Set(english.sections.keys) == fixtureSections)
        #expect(Set(japanese.sections.keys) == fixtureSections)
    }

    @Test func sectionLocationsAreHeadingLines() throws {
        let pattern = try cleanPattern()
        let japanese = try #require(pattern.documents[.japanese])

        #expect(japanese.sections[.signatures]?.location.line == FixtureLine.signatures)
        #expect(japanese.sections[.fix]?.location.line == FixtureLine.fix)
        #expect(japanese.sections[.references]?.location.line == FixtureLine.references)
        #expect(japanese.sections[.references]?.location.path == PatternFixture(.japanese).path)
    }

    @Test func headingsMatchIgnoringCase() throws {
        let english = PatternFixture(.english)
            .replacingLine(FixtureLine.signatures, with: "## SIGNATURES")
            .replacingLine(FixtureLine.nearMisses, with: "## near MISSES")
            .replacingLine(FixtureLine.references, with: "## references")

        let pattern = try cleanPattern(english: english)

        let document = try #require(pattern.documents[.english])
        #expect(Set(document.sections.keys) == fixtureSections)
    }

    @Test func headingLanguagesMixInOneFile() throws {
        let english = PatternFixture(.english)
            .replacingLine(FixtureLine.cause, with: "## 原因")
            .replacingLine(FixtureLine.examples, with: "## 例")

        let pattern = try cleanPattern(english: english)

        let document = try #require(pattern.documents[.english])
        #expect(Set(document.sections.keys) == fixtureSections)
    }

    @Test(arguments: [
        ("Signatures", SectionKind.signatures), ("シグネチャ", .signatures),
        ("Cause", .cause), ("原因", .cause),
        ("Fix", .fix), ("対処", .fix),
        ("Verify", .verify), ("確認", .verify),
        ("Checklist", .checklist), ("チェックリスト", .checklist),
        ("Examples", .examples), ("例", .examples),
        ("Near misses", .nearMisses), ("類似エラー", .nearMisses),
        ("References", .references), ("参考", .references),
        ("NEAR MISSES", .nearMisses), ("  fix  ", .fix),
    ])
    func headingNamesSection(heading: String, expected: SectionKind) {
        #expect(SectionKind(heading: heading) == expected)
    }

    @Test(arguments: ["Background", "Fixes", "Near-misses", "例え", ""])
    func otherHeadingNamesNoSection(heading: String) {
        #expect(SectionKind(heading: heading) == nil)
    }

    @Test func impactAndNearMissesOptional() {
        let optional = SectionKind.allCases.filter { !$0.isRequired }

        #expect(optional == [.impact, .nearMisses])
    }

    @Test func absentNearMissesAccepted() throws {
        let english = PatternFixture(.english).removingLines(FixtureLine.nearMisses...(FixtureLine.references - 1))

        let pattern = try cleanPattern(english: english)

        let document = try #require(pattern.documents[.english])
        #expect(document.sections[.nearMisses] == nil)
        #expect(document.nearMisses.isEmpty)
    }
}

@Suite("Code samples")
struct CodeSampleTests {
    @Test func signatureTextAndLine() throws {
        let pattern = try cleanPattern()
        let document = try #require(pattern.documents[.english])

        #expect(document.signatures == [
            CodeSample(text: fixtureSignature, location: SourceLocation(path: document.path, line: FixtureLine.signatureText)),
        ])
    }

    @Test func exampleKeepsInnerNewlines() throws {
        let pattern = try cleanPattern()
        let document = try #require(pattern.documents[.japanese])

        let example = try #require(document.examples.first)
        #expect(example.text == fixtureExample)
        #expect(!example.text.hasSuffix("\n"))
        #expect(example.location.line == FixtureLine.exampleText)
    }

    @Test func nearMissTextAndLine() throws {
        let pattern = try cleanPattern()
        let document = try #require(pattern.documents[.english])

        #expect(document.nearMisses.map(\.text) == [fixtureNearMiss])
        #expect(document.nearMisses.map(\.location.line) == [FixtureLine.nearMissText])
    }

    @Test func tildeFenceCounts() throws {
        let english = PatternFixture(.english)
            .replacingLine(FixtureLine.signatureText - 1, with: "~~~text")
            .replacingLine(FixtureLine.signatureText + 1, with: "~~~")

        let pattern = try cleanPattern(english: english)

        let document = try #require(pattern.documents[.english])
        #expect(document.signatures.map(\.text) == [fixtureSignature])
        #expect(document.signatures.map(\.location.line) == [FixtureLine.signatureText])
    }

    @Test func proseBetweenSignaturesIgnored() throws {
        let english = PatternFixture(.english).insertingLines(
            ["", "The CLI prints:", "", "```", "Invalid parameter: {name}", "```"],
            at: FixtureLine.signatureText + 2
        )

        let pattern = try cleanPattern(english: english)

        let document = try #require(pattern.documents[.english])
        #expect(document.signatures.map(\.text) == [fixtureSignature, "Invalid parameter: {name}"])
        #expect(document.signatures.map(\.location.line) == [FixtureLine.signatureText, FixtureLine.signatureText + 6])
    }

    @Test func signaturesPooledWithoutRepeats() throws {
        let japaneseOnly = "購読 {subscription} は確認待ちです"
        let japanese = PatternFixture(.japanese).insertingLines(
            ["", "```", japaneseOnly, "```"],
            at: FixtureLine.signatureText + 2
        )

        let pattern = try cleanPattern(japanese: japanese)

        #expect(pattern.signatures.count == 2)
        #expect(Set(pattern.signatures.map(\.text)) == [fixtureSignature, japaneseOnly])
        #expect(pattern.examples.map(\.text) == [fixtureExample])
        #expect(pattern.nearMisses.map(\.text) == [fixtureNearMiss])
    }
}

@Suite("Section content")
struct SectionContentTests {
    @Test func titleIsHeadingText() throws {
        let pattern = try cleanPattern()

        #expect(pattern.documents[.english]?.title == "SNS e-mail subscription is still pending")
        #expect(pattern.documents[.japanese]?.title == "SNS のメール購読が確認待ちのまま")
    }

    @Test func summaryIsTextBeforeFirstSection() throws {
        let pattern = try cleanPattern()

        #expect(pattern.documents[.english]?.summary == "Alarm mail never arrives because nobody confirmed the subscription.")
    }

    @Test func summaryKeepsSeveralParagraphs() throws {
        let english = PatternFixture(.english).insertingLines(["", "Second *paragraph*."], at: FixtureLine.summary + 1)

        let pattern = try cleanPattern(english: english)

        #expect(pattern.documents[.english]?.summary == """
            Alarm mail never arrives because nobody confirmed the subscription.

            Second *paragraph*.
            """)
    }

    @Test func summaryEmptyWithoutParagraphs() throws {
        let english = PatternFixture(.english).removingLines(FixtureLine.summary...(FixtureLine.summary + 1))

        let pattern = try cleanPattern(english: english)

        #expect(pattern.documents[.english]?.summary == "")
    }

    @Test func fixKeepsFencedJSONVerbatim() throws {
        let pattern = try cleanPattern()
        let document = try #require(pattern.documents[.english])

        #expect(document.markdown(of: .fix) == """
            Subscribe again and confirm within 48 hours:

            ```json
            {"Protocol": "email", "Endpoint": "ops@example.com"}
            ```
            """)
    }

    @Test func checklistKeepsTaskMarkers() throws {
        let pattern = try cleanPattern()
        let document = try #require(pattern.documents[.japanese])

        #expect(document.markdown(of: .checklist) == "- [ ] アドレスの綴りが正しい。")
    }

    @Test func subheadingStaysInSection() throws {
        let english = PatternFixture(.english).insertingLines(
            ["", "### With the CLI", "", "Run `aws sns subscribe`."],
            at: FixtureLine.verify - 1
        )

        let pattern = try cleanPattern(english: english)

        let fix = try #require(pattern.documents[.english]?.markdown(of: .fix))
        #expect(fix.hasSuffix("```\n\n### With the CLI\n\nRun `aws sns subscribe`."))
        #expect(pattern.documents[.english]?.markdown(of: .verify) == "The subscription list shows an ARN instead of `PendingConfirmation`.")
    }

    @Test func referencesGiveTitleAndURL() throws {
        let pattern = try cleanPattern()

        #expect(pattern.documents[.english]?.references == [
            Reference(title: "Amazon SNS e-mail subscriptions", url: fixtureReferenceURL),
        ])
        #expect(pattern.documents[.japanese]?.references.map(\.title) == ["Amazon SNS のメール購読"])
    }
}

/// The sections the fixture files contain: all but the optional Impact section.
private let fixtureSections = Set(SectionKind.allCases).subtracting([.impact])
