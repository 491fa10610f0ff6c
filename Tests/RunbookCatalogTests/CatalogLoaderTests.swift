import Foundation
import Testing
import RunbookCatalog

/// A fresh folder below the system's temporary folder, removed when the test ends.
private struct TemporaryFolder: ~Copyable {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("runbook-catalog-tests-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `text` to `relativePath`, creating the folders on the way.
    func write(_ text: String, to relativePath: String) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func write(_ fixture: PatternFixture) throws {
        try write(fixture.text, to: fixture.path)
    }
}

@Suite("CatalogLoader")
struct CatalogLoaderTests {
    @Test func patternsInSubfoldersLoaded() throws {
        let folder = try TemporaryFolder()
        try folder.write(PatternFixture(.english).inFolder("sns/topics"))
        try folder.write(PatternFixture(.japanese).inFolder("sns"))

        let catalog = try CatalogLoader.load(directory: folder.path)

        #expect(catalog.diagnostics.isEmpty)
        let pattern = try #require(catalog.pattern(withID: PatternFixture.id))
        #expect(pattern.documents[.english]?.path == "\(folder.path)/sns/topics/\(PatternFixture(.english).fileName)")
        #expect(pattern.documents[.japanese]?.path == "\(folder.path)/sns/\(PatternFixture(.japanese).fileName)")
    }

    @Test func readmeFilesSkipped() throws {
        let folder = try TemporaryFolder()
        try folder.write(PatternFixture(.english))
        try folder.write(PatternFixture(.japanese))
        try folder.write("# Team catalog\n", to: "README.md")
        try folder.write("# チームのカタログ\n", to: "README.ja.md")
        try folder.write("# Notes\n", to: "sns/readme.md")

        let catalog = try CatalogLoader.load(directory: folder.path)

        #expect(catalog.diagnostics.isEmpty)
        #expect(catalog.patterns.map(\.id) == [PatternFixture.id])
    }

    @Test func hiddenFilesAndFoldersSkipped() throws {
        let folder = try TemporaryFolder()
        try folder.write(PatternFixture(.english))
        try folder.write(PatternFixture(.japanese))
        try folder.write("not a pattern\n", to: ".draft.en.md")
        try folder.write("not a pattern\n", to: ".git/other-pattern.en.md")

        let catalog = try CatalogLoader.load(directory: folder.path)

        #expect(catalog.diagnostics.isEmpty)
        #expect(catalog.patterns.map(\.id) == [PatternFixture.id])
    }

    @Test func nonMarkdownFilesSkipped() throws {
        let folder = try TemporaryFolder()
        try folder.write(PatternFixture(.english))
        try folder.write(PatternFixture(.japanese))
        try folder.write("notes\n", to: "notes.txt")
        try folder.write("notes\n", to: "sns-subscription-pending.en.md.orig")

        let catalog = try CatalogLoader.load(directory: folder.path)

        #expect(catalog.diagnostics.isEmpty)
    }

    @Test func diagnosticPathsIncludeFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write(PatternFixture(.english).inFolder("sns").replacingLine(FixtureLine.severity, with: "severity: urgent"))
        try folder.write(PatternFixture(.japanese).inFolder("sns"))
        try folder.write("# Draft\n", to: "draft.md")

        let catalog = try CatalogLoader.load(directory: folder.path + "/")

        #expect(catalog.diagnostics.map(\.location) == [
            SourceLocation(path: "\(folder.path)/draft.md", line: 1),
            SourceLocation(path: "\(folder.path)/sns/\(PatternFixture(.english).fileName)", line: FixtureLine.severity),
        ])
        #expect(catalog.diagnostics.map(\.problem) == [
            .invalidFileName(name: "draft.md"),
            .invalidSeverity(value: "urgent"),
        ])
    }

    @Test func sameIDInTwoSubfoldersReported() throws {
        let folder = try TemporaryFolder()
        try folder.write(PatternFixture(.english).inFolder("alarms"))
        try folder.write(PatternFixture(.japanese).inFolder("alarms"))
        try folder.write(PatternFixture(.english).inFolder("topics"))

        let catalog = try CatalogLoader.load(directory: folder.path)

        let firstPath = "\(folder.path)/alarms/\(PatternFixture(.english).fileName)"
        let secondPath = "\(folder.path)/topics/\(PatternFixture(.english).fileName)"
        #expect(catalog.diagnostics.map(\.problem) == [.duplicateID(id: PatternFixture.id, otherPath: firstPath)])
        #expect(catalog.diagnostics.map(\.location) == [SourceLocation(path: secondPath, line: 1)])
    }

    @Test func missingFolderThrows() throws {
        let folder = try TemporaryFolder()
        let missing = folder.path + "/no-such-folder"

        #expect(throws: CatalogLoadError.directoryNotFound(path: missing)) {
            try CatalogLoader.load(directory: missing)
        }
    }

    @Test func fileInPlaceOfFolderThrows() throws {
        let folder = try TemporaryFolder()
        try folder.write(PatternFixture(.english))
        let filePath = "\(folder.path)/\(PatternFixture(.english).fileName)"

        #expect(throws: CatalogLoadError.directoryNotFound(path: filePath)) {
            try CatalogLoader.load(directory: filePath)
        }
    }

    @Test func emptyFolderGivesEmptyCatalog() throws {
        let folder = try TemporaryFolder()

        let catalog = try CatalogLoader.load(directory: folder.path)

        #expect(catalog.patterns.isEmpty)
        #expect(catalog.diagnostics.isEmpty)
    }
}

@Suite("Built-in catalog")
struct BuiltInCatalogTests {
    static let knownID = "cloudwatch-alarm-sns-kms-access-denied"

    @Test func builtInCatalogHasNoDiagnostics() throws {
        let catalog = try CatalogLoader.loadBuiltIn()

        #expect(catalog.diagnostics.isEmpty)
    }

    @Test func builtInCatalogHasKMSPattern() throws {
        let catalog = try CatalogLoader.loadBuiltIn()

        let pattern = try #require(catalog.pattern(withID: Self.knownID))
        #expect(Set(pattern.documents.keys) == [.english, .japanese])
        #expect(pattern.documents[.english]?.path == "\(CatalogLoader.builtInSourcePath)/\(Self.knownID).en.md")
        #expect(pattern.metadata.services == ["cloudwatch", "sns", "kms"])
        #expect(pattern.signatures.count >= 2)
    }
}
