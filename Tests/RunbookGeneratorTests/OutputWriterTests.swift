import Foundation
import Testing
@testable import RunbookGenerator

@Suite struct OutputWriterTests {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("runbook-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func replaceSwapsOldFolderForNew() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("site")
        try OutputWriter.replace([(target, [OutputFile(path: "old.html", contents: "old")])])

        try OutputWriter.replace([(target, [OutputFile(path: "a/new.html", contents: "new")])])

        let names = try FileManager.default.contentsOfDirectory(atPath: root.path)
        #expect(names == ["site"])
        #expect(!FileManager.default.fileExists(atPath: target.appendingPathComponent("old.html").path))
        let data = try Data(contentsOf: target.appendingPathComponent("a/new.html"))
        #expect(String(decoding: data, as: UTF8.self) == "new")
    }

    @Test func failedWriteKeepsOldOutput() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site")
        let runbooks = root.appendingPathComponent("runbooks")
        try OutputWriter.replace([(site, [OutputFile(path: "index.html", contents: "old site")]), (runbooks, [OutputFile(path: "en/a.md", contents: "old")])])

        // A file and a folder of the same name cannot both be written, so the second output fails.
        let clash = [OutputFile(path: "x", contents: "file"), OutputFile(path: "x/y", contents: "inside a file")]
        #expect(throws: OutputError.self) {
            try OutputWriter.replace([(runbooks, [OutputFile(path: "en/a.md", contents: "new")]), (site, clash)])
        }

        let siteData = try Data(contentsOf: site.appendingPathComponent("index.html"))
        let runbookData = try Data(contentsOf: runbooks.appendingPathComponent("en/a.md"))
        #expect(String(decoding: siteData, as: UTF8.self) == "old site")
        #expect(String(decoding: runbookData, as: UTF8.self) == "old")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".runbook") }
        #expect(leftovers.isEmpty)
    }

    @Test func differencesListChangedMissingAndExtraFiles() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("runbooks")
        try OutputWriter.replace([(folder, [
            OutputFile(path: "en/same.md", contents: "same"),
            OutputFile(path: "en/changed.md", contents: "before"),
            OutputFile(path: "en/extra.md", contents: "extra"),
        ])])

        let expected = [
            OutputFile(path: "en/same.md", contents: "same"),
            OutputFile(path: "en/changed.md", contents: "after"),
            OutputFile(path: "ja/missing.md", contents: "missing"),
        ]

        #expect(OutputWriter.differences(between: expected, and: folder) == ["en/changed.md", "en/extra.md", "ja/missing.md"])
        #expect(OutputWriter.differences(between: expected.filter { $0.path == "en/same.md" }, and: folder) == ["en/changed.md", "en/extra.md"])
    }
}
