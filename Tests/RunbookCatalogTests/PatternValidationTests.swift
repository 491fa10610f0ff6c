import Testing
import RunbookCatalog

/// One way to break a valid pattern file, with the diagnostics it must produce.
struct BrokenFileCase: Sendable, CustomTestStringConvertible {
    var name: String
    var breakFile: @Sendable (PatternFixture) -> PatternFixture
    var expected: [(problem: Problem, line: Int)]

    var testDescription: String { name }
}

private let sectionAfterCause = ["", "Repeated text.", ""]

private let brokenFileCases: [BrokenFileCase] = [
    BrokenFileCase(
        name: "no front matter",
        breakFile: { $0.removingLines(1...FixtureLine.closingDashes) },
        expected: [(.missingFrontMatter, 1)]
    ),
    BrokenFileCase(
        name: "no closing dashes",
        breakFile: { $0.replacingLine(FixtureLine.closingDashes, with: "") },
        expected: [(.unterminatedFrontMatter, 1)]
    ),
    BrokenFileCase(
        name: "service still TODO",
        breakFile: { $0.replacingLine(FixtureLine.services, with: "services: [TODO]") },
        expected: [(.unfinishedText(text: "services: [TODO]"), FixtureLine.services)]
    ),
    BrokenFileCase(
        name: "line without colon",
        breakFile: { $0.insertingLines(["just some words"], at: FixtureLine.tags) },
        expected: [(.invalidFrontMatterLine(text: "just some words"), FixtureLine.tags)]
    ),
    BrokenFileCase(
        name: "unterminated quote",
        breakFile: { $0.replacingLine(FixtureLine.owner, with: #"owner: "platform-team"#) },
        expected: [
            (.missingKey(key: "owner"), 1),
            (.invalidFrontMatterLine(text: #"owner: "platform-team"#), FixtureLine.owner),
        ]
    ),
    BrokenFileCase(
        name: "misspelled key",
        breakFile: { $0.insertingLines(["severty: high"], at: FixtureLine.tags) },
        expected: [(.unknownKey(key: "severty", suggestion: "severity"), FixtureLine.tags)]
    ),
    BrokenFileCase(
        name: "unknown key far from all",
        breakFile: { $0.insertingLines(["colour: blue"], at: FixtureLine.tags) },
        expected: [(.unknownKey(key: "colour", suggestion: nil), FixtureLine.tags)]
    ),
    BrokenFileCase(
        name: "key given twice",
        breakFile: { $0.insertingLines(["owner: other-team"], at: FixtureLine.reviewed) },
        expected: [(.duplicateKey(key: "owner", firstLine: FixtureLine.owner), FixtureLine.reviewed)]
    ),
    BrokenFileCase(
        name: "required key absent",
        breakFile: { $0.removingLines(FixtureLine.owner...FixtureLine.owner) },
        expected: [(.missingKey(key: "owner"), 1)]
    ),
    BrokenFileCase(
        name: "id not kebab-case",
        breakFile: { $0.replacingLine(FixtureLine.id, with: "id: SNS_Pending") },
        expected: [(.invalidID(id: "SNS_Pending"), FixtureLine.id)]
    ),
    BrokenFileCase(
        name: "id names a site page",
        breakFile: { $0.replacingLine(FixtureLine.id, with: "id: search") },
        expected: [(.reservedID(id: "search"), FixtureLine.id)]
    ),
    BrokenFileCase(
        name: "id differs from file name",
        breakFile: { $0.replacingLine(FixtureLine.id, with: "id: sns-other") },
        expected: [(.idDiffersFromFileName(id: "sns-other", fileID: PatternFixture.id), FixtureLine.id)]
    ),
    BrokenFileCase(
        name: "unknown severity",
        breakFile: { $0.replacingLine(FixtureLine.severity, with: "severity: urgent") },
        expected: [(.invalidSeverity(value: "urgent"), FixtureLine.severity)]
    ),
    BrokenFileCase(
        name: "comment after severity",
        breakFile: { $0.replacingLine(FixtureLine.severity, with: "severity: medium # check later") },
        expected: [(.invalidSeverity(value: "medium # check later"), FixtureLine.severity)]
    ),
    BrokenFileCase(
        name: "day not in month",
        breakFile: { $0.replacingLine(FixtureLine.reviewed, with: "reviewed: 2026-02-30") },
        expected: [(.invalidDate(value: "2026-02-30"), FixtureLine.reviewed)]
    ),
    BrokenFileCase(
        name: "month out of range",
        breakFile: { $0.replacingLine(FixtureLine.reviewed, with: "reviewed: 2026-13-01") },
        expected: [(.invalidDate(value: "2026-13-01"), FixtureLine.reviewed)]
    ),
    BrokenFileCase(
        name: "date without zero padding",
        breakFile: { $0.replacingLine(FixtureLine.reviewed, with: "reviewed: 2026-1-05") },
        expected: [(.invalidDate(value: "2026-1-05"), FixtureLine.reviewed)]
    ),
    BrokenFileCase(
        name: "date in words",
        breakFile: { $0.replacingLine(FixtureLine.reviewed, with: "reviewed: last week") },
        expected: [(.invalidDate(value: "last week"), FixtureLine.reviewed)]
    ),
    BrokenFileCase(
        name: "service not kebab-case",
        breakFile: { $0.replacingLine(FixtureLine.services, with: "services: [sns, Cloud_Watch]") },
        expected: [(.invalidServiceName(value: "Cloud_Watch"), FixtureLine.services)]
    ),
    BrokenFileCase(
        name: "tag with a space",
        breakFile: { $0.replacingLine(FixtureLine.tags, with: "tags: [email, \"on call\"]") },
        expected: [(.invalidTagName(value: "on call"), FixtureLine.tags)]
    ),
    BrokenFileCase(
        name: "no services",
        breakFile: { $0.replacingLine(FixtureLine.services, with: "services: []") },
        expected: [(.emptyList(key: "services"), FixtureLine.services)]
    ),
    BrokenFileCase(
        name: "title as paragraph",
        breakFile: { $0.replacingLine(FixtureLine.title, with: "Just a paragraph") },
        expected: [(.missingTitle, FixtureLine.firstBodyLine)]
    ),
    BrokenFileCase(
        name: "second title",
        breakFile: { $0.replacingLine(FixtureLine.summary, with: "# Second title") },
        expected: [(.extraTitle(firstLine: FixtureLine.title), FixtureLine.summary)]
    ),
    BrokenFileCase(
        name: "English heading repeated",
        breakFile: { $0.insertingLines(["## cause"] + sectionAfterCause, at: FixtureLine.fix) },
        expected: [(.repeatedSection(.cause, firstLine: FixtureLine.cause), FixtureLine.fix)]
    ),
    BrokenFileCase(
        name: "Japanese heading repeated",
        breakFile: { $0.insertingLines(["## 原因"] + sectionAfterCause, at: FixtureLine.fix) },
        expected: [(.repeatedSection(.cause, firstLine: FixtureLine.cause), FixtureLine.fix)]
    ),
    BrokenFileCase(
        name: "Japanese heading with long vowel mark",
        breakFile: { $0.replacingLine(FixtureLine.signatures, with: "## シグネチャー") },
        expected: []
    ),
    BrokenFileCase(
        name: "heading close to a section",
        breakFile: { $0.replacingLine(FixtureLine.cause, with: "## Causes") },
        expected: [(.unknownSection(heading: "Causes", suggestion: .cause), FixtureLine.cause)]
    ),
    BrokenFileCase(
        name: "full-width space after hashes",
        breakFile: { $0.replacingLine(FixtureLine.cause, with: "##\u{3000}原因") },
        expected: []
    ),
    BrokenFileCase(
        name: "heading not a section",
        breakFile: { $0.insertingLines(["## Background"] + sectionAfterCause, at: FixtureLine.fix) },
        expected: [(.unknownSection(heading: "Background", suggestion: nil), FixtureLine.fix)]
    ),
    BrokenFileCase(
        name: "signatures only prose",
        breakFile: {
            $0.removingLines((FixtureLine.signatureText - 1)...(FixtureLine.signatureText + 1))
                .insertingLines(["Only prose here."], at: FixtureLine.signatureText - 1)
        },
        expected: [(.missingCodeBlock(.signatures), FixtureLine.signatures)]
    ),
    BrokenFileCase(
        name: "examples without block",
        breakFile: { $0.removingLines((FixtureLine.exampleText - 1)...(FixtureLine.exampleText + 2)) },
        expected: [(.missingCodeBlock(.examples), FixtureLine.examples)]
    ),
    BrokenFileCase(
        name: "near misses without block",
        breakFile: { $0.removingLines((FixtureLine.nearMissText - 1)...(FixtureLine.nearMissText + 1)) },
        expected: [(.missingCodeBlock(.nearMisses), FixtureLine.nearMisses)]
    ),
    BrokenFileCase(
        name: "references without link",
        breakFile: { $0.replacingLine(FixtureLine.referenceLink, with: "- Amazon SNS documentation") },
        expected: [(.missingReferenceLink, FixtureLine.references)]
    ),
]

@Suite("Pattern file validation")
struct PatternValidationTests {
    @Test func validPairHasNoDiagnostics() throws {
        let catalog = CatalogAssembler.assemble(patternFiles())

        #expect(catalog.diagnostics.isEmpty)
        let pattern = try #require(catalog.pattern(withID: PatternFixture.id))
        #expect(Set(pattern.documents.keys) == [.english, .japanese])
    }

    @Test(arguments: brokenFileCases, Language.allCases)
    func brokenFileReportsProblem(_ broken: BrokenFileCase, language: Language) {
        let file = broken.breakFile(PatternFixture(language))
        let other = PatternFixture(language.other)

        let catalog = CatalogAssembler.assemble([file.file, other.file])

        #expect(catalog.diagnostics.map(\.problem) == broken.expected.map(\.problem))
        #expect(catalog.diagnostics.map(\.location.line) == broken.expected.map(\.line))
        #expect(catalog.diagnostics.allSatisfy { $0.location.path == file.path })
    }

    @Test(arguments: Language.allCases)
    func brokenFileKeepsOtherLanguage(_ language: Language) throws {
        let broken = PatternFixture(language).replacingLine(FixtureLine.severity, with: "severity: urgent")

        let catalog = CatalogAssembler.assemble([broken.file, PatternFixture(language.other).file])

        let pattern = try #require(catalog.pattern(withID: PatternFixture.id))
        #expect(Array(pattern.documents.keys) == [language.other])
    }

    @Test(arguments: Language.allCases)
    func absentSectionReportedAtLastLine(_ language: Language) {
        let removed = FixtureLine.cause...(FixtureLine.fix - 1)
        let broken = PatternFixture(language).removingLines(removed)

        let catalog = CatalogAssembler.assemble([broken.file, PatternFixture(language.other).file])

        #expect(catalog.diagnostics.map(\.problem) == [.missingSection(.cause)])
        #expect(catalog.diagnostics.map(\.location.path) == [broken.path])
        #expect(catalog.diagnostics.map(\.location.line) == [FixtureLine.last - removed.count])
    }

    @Test func threeProblemsSortedByLine() {
        let english = PatternFixture(.english)
            .replacingLine(FixtureLine.severity, with: "severity: urgent")
            .replacingLine(FixtureLine.referenceLink, with: "- Amazon SNS documentation")
            .insertingLines(["", "## Background", "", "Text."], at: FixtureLine.last + 1)

        let catalog = CatalogAssembler.assemble(patternFiles(english: english))

        #expect(catalog.diagnostics.map(\.problem) == [
            .invalidSeverity(value: "urgent"),
            .missingReferenceLink,
            .unknownSection(heading: "Background", suggestion: nil),
        ])
        #expect(catalog.diagnostics.map(\.location.line) == [
            FixtureLine.severity, FixtureLine.references, FixtureLine.last + 2,
        ])
    }

    @Test func problemsInBothFilesAllReported() {
        let english = PatternFixture(.english).replacingLine(FixtureLine.severity, with: "severity: urgent")
        let japanese = PatternFixture(.japanese).replacingLine(FixtureLine.reviewed, with: "reviewed: 2026-02-30")

        let catalog = CatalogAssembler.assemble(patternFiles(english: english, japanese: japanese))

        #expect(catalog.diagnostics.map(\.location) == [
            SourceLocation(path: english.path, line: FixtureLine.severity),
            SourceLocation(path: japanese.path, line: FixtureLine.reviewed),
        ])
    }

    @Test func severalMissingKeysAllReported() {
        let english = PatternFixture(.english).removingLines(FixtureLine.services...FixtureLine.severity)

        let catalog = CatalogAssembler.assemble(patternFiles(english: english))

        #expect(catalog.diagnostics.map(\.problem.identifier) == ["missing-key", "missing-key"])
        #expect(catalog.diagnostics.contains { $0.problem == .missingKey(key: "services") })
        #expect(catalog.diagnostics.contains { $0.problem == .missingKey(key: "severity") })
        #expect(catalog.diagnostics.map(\.location.line) == [1, 1])
    }
}
