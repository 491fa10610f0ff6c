import Testing
import RunbookCatalog

@Suite("CatalogAssembler")
struct CatalogAssemblerTests {
    @Test func differentOwnerReportedAtKeyLine() {
        let english = PatternFixture(.english).replacingLine(FixtureLine.owner, with: "owner: other-team")
        let japanese = PatternFixture(.japanese)

        let catalog = CatalogAssembler.assemble(patternFiles(english: english, japanese: japanese))

        #expect(catalog.diagnostics.map(\.problem) == [
            .metadataDiffers(key: "owner", value: "platform-team", otherPath: english.path, otherValue: "other-team"),
        ])
        #expect(catalog.diagnostics.map(\.location) == [SourceLocation(path: japanese.path, line: FixtureLine.owner)])
    }

    @Test(arguments: [
        (FixtureLine.services, "services: [sns]", "services"),
        (FixtureLine.severity, "severity: high", "severity"),
        (FixtureLine.tags, "tags: [email]", "tags"),
        (FixtureLine.owner, "owner: other-team", "owner"),
        (FixtureLine.reviewed, "reviewed: 2026-11-21", "reviewed"),
    ])
    func differingKeyReported(line: Int, replacement: String, key: String) {
        let japanese = PatternFixture(.japanese).replacingLine(line, with: replacement)

        let catalog = CatalogAssembler.assemble(patternFiles(japanese: japanese))

        #expect(catalog.diagnostics.map(\.problem).map(\.identifier) == ["metadata-differs"])
        guard case .metadataDiffers(let reportedKey, _, let otherPath, _) = catalog.diagnostics.first?.problem else {
            return
        }
        #expect(reportedKey == key)
        #expect(otherPath == PatternFixture(.english).path)
        #expect(catalog.diagnostics.map(\.location.line) == [line])
    }

    @Test func sameIDInTwoFoldersReported() {
        let first = PatternFixture(.english).inFolder("alarms")
        let second = PatternFixture(.english).inFolder("topics")
        let japanese = PatternFixture(.japanese).inFolder("alarms")

        let catalog = CatalogAssembler.assemble([second.file, first.file, japanese.file])

        #expect(catalog.diagnostics.map(\.problem) == [.duplicateID(id: PatternFixture.id, otherPath: first.path)])
        #expect(catalog.diagnostics.map(\.location) == [SourceLocation(path: second.path, line: 1)])
    }

    @Test(arguments: Language.allCases)
    func missingLanguageFileReported(_ present: Language) {
        let file = PatternFixture(present)

        let catalog = CatalogAssembler.assemble([file.file])

        #expect(catalog.diagnostics.map(\.problem) == [
            .missingLanguageFile(id: PatternFixture.id, language: present.other),
        ])
        #expect(catalog.diagnostics.map(\.location) == [SourceLocation(path: file.path, line: 1)])
    }

    @Test(arguments: [
        "notes.md",
        "SNS_Email.en.md",
        "sns--email.en.md",
        "sns-email.fr.md",
        "sns-email.en.markdown",
        "sns-email.md",
        "sns.email.en.md",
        ".en.md",
    ])
    func badFileNameReported(_ name: String) {
        let path = "team/\(name)"

        let catalog = CatalogAssembler.assemble([PatternFile(path: path, text: PatternFixture(.english).text)])

        #expect(catalog.diagnostics.map(\.problem) == [.invalidFileName(name: name)])
        #expect(catalog.diagnostics.map(\.location) == [SourceLocation(path: path, line: 1)])
        #expect(catalog.patterns.isEmpty)
    }

    @Test func invalidUTF8Reported() {
        let english = PatternFixture(.english)
        let broken = PatternFile(path: english.path, data: Array(english.text.utf8) + [0xFF, 0xFE])

        let catalog = CatalogAssembler.assemble([broken, PatternFixture(.japanese).file])

        #expect(catalog.diagnostics.map(\.problem) == [.invalidUTF8])
        #expect(catalog.diagnostics.map(\.location) == [SourceLocation(path: english.path, line: 1)])
    }

    @Test func readFailureReportedAsUnreadable() {
        let english = PatternFixture(.english)
        let unreadable = PatternFile(path: english.path, data: [], readFailure: "permission denied")

        let catalog = CatalogAssembler.assemble([unreadable, PatternFixture(.japanese).file])

        #expect(catalog.diagnostics.map(\.problem) == [.unreadableFile(reason: "permission denied")])
        #expect(catalog.diagnostics.map(\.problem.identifier) == ["unreadable-file"])
        #expect(catalog.diagnostics.map(\.location) == [SourceLocation(path: english.path, line: 1)])
    }

    @Test func diagnosticsSortedByPathThenLine() {
        let english = PatternFixture(.english)
            .replacingLine(FixtureLine.reviewed, with: "reviewed: soon")
            .replacingLine(FixtureLine.severity, with: "severity: urgent")
        let japanese = PatternFixture(.japanese).replacingLine(FixtureLine.services, with: "services: []")

        let catalog = CatalogAssembler.assemble([japanese.file, english.file, PatternFile(path: "a.md", text: "")])

        #expect(catalog.diagnostics.map(\.location) == [
            SourceLocation(path: "a.md", line: 1),
            SourceLocation(path: english.path, line: FixtureLine.severity),
            SourceLocation(path: english.path, line: FixtureLine.reviewed),
            SourceLocation(path: japanese.path, line: FixtureLine.services),
        ])
    }

    @Test func patternsSortedByID() {
        let files = ["zeta-topic", "alpha-topic", "mid-topic"].flatMap { id in
            Language.allCases.map { language in
                let fixture = PatternFixture(language).replacingLine(FixtureLine.id, with: "id: \(id)")
                return PatternFile(path: "\(id).\(language.rawValue).md", text: fixture.text)
            }
        }

        let catalog = CatalogAssembler.assemble(files)

        #expect(catalog.diagnostics.isEmpty)
        #expect(catalog.patterns.map(\.id) == ["alpha-topic", "mid-topic", "zeta-topic"])
    }

    @Test func missingFileFallsBackToOtherLanguage() throws {
        let catalog = CatalogAssembler.assemble([PatternFixture(.english).file])
        let pattern = try #require(catalog.pattern(withID: PatternFixture.id))

        let japanese = pattern.document(in: .japanese)
        #expect(japanese.isFallback)
        #expect(japanese.document.language == .english)

        let english = pattern.document(in: .english)
        #expect(!english.isFallback)
        #expect(english.document.language == .english)
    }

    @Test func presentFileIsNotFallback() throws {
        let catalog = CatalogAssembler.assemble(patternFiles())
        let pattern = try #require(catalog.pattern(withID: PatternFixture.id))

        let japanese = pattern.document(in: .japanese)

        #expect(!japanese.isFallback)
        #expect(japanese.document.language == .japanese)
        #expect(japanese.document.title == "SNS のメール購読が確認待ちのまま")
    }

    @Test func differencesReportedBesideInvalidValues() {
        let english = PatternFixture(.english).replacingLine(FixtureLine.services, with: "services: [Lambda]")
        let japanese = PatternFixture(.japanese)
            .replacingLine(FixtureLine.severity, with: "severity: critical")
            .replacingLine(FixtureLine.tags, with: "tags: [other]")

        let catalog = CatalogAssembler.assemble(patternFiles(english: english, japanese: japanese))

        #expect(catalog.diagnostics.map(\.problem.identifier).sorted() == [
            "invalid-service-name", "metadata-differs", "metadata-differs",
        ])
    }
}
