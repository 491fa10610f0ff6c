import Foundation
import Testing

@Suite struct CacheTests {
    private func teamCatalog(in folder: URL) throws -> URL {
        let source = BinaryRunner.packageRoot.appendingPathComponent("Sources/RunbookCatalog/Patterns")
        let catalog = folder.appendingPathComponent("catalog")
        try FileManager.default.copyItem(at: source, to: catalog)
        return catalog
    }

    private func cacheFiles(in folder: URL) throws -> [String] {
        let runbook = folder.appendingPathComponent("cache/runbook")
        return (try? FileManager.default.contentsOfDirectory(atPath: runbook.path)) ?? []
    }

    @Test func cacheIsWrittenReusedAndInvalidated() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalog = try teamCatalog(in: folder)
        let environment = ["LANG": "C", "XDG_CACHE_HOME": folder.appendingPathComponent("cache").path]
        let paste = try BinaryRunner.sample("kms-alarm-action-failed.en.txt")

        let first = try BinaryRunner.run(["match", "--catalog", catalog.path, "--no-builtin"], environment: environment, input: paste)
        let files = try cacheFiles(in: folder)
        let second = try BinaryRunner.run(["match", "--catalog", catalog.path, "--no-builtin"], environment: environment, input: paste)

        #expect(first.status == 0)
        #expect(files.count == 1)
        #expect(files.first?.hasSuffix(".index") == true)
        #expect(second.output == first.output)

        let english = catalog.appendingPathComponent("\(seedID).en.md")
        var text = String(decoding: try Data(contentsOf: english), as: UTF8.self)
        text = text.replacingOccurrences(of: "Error Code: AccessDeniedException; Request ID: {request_id}; Proxy: null)\"\n```\n\nThe Japanese",
                                          with: "Error Code: AccessDeniedException; Request ID: {request_id}; Proxy: null)\"\n```\n\n```text\nA brand new signature for cache tests\n```\n\nThe Japanese")
        try Data(text.utf8).write(to: english)
        let afterEdit = try BinaryRunner.run(["match", "--catalog", catalog.path, "--no-builtin"], environment: environment, input: "A brand new signature for cache tests")

        #expect(afterEdit.status == 0, "the edited file must invalidate the cache: \(afterEdit.output)")
    }

    @Test func damagedCacheIsIgnored() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalog = try teamCatalog(in: folder)
        let environment = ["LANG": "C", "XDG_CACHE_HOME": folder.appendingPathComponent("cache").path]
        let paste = try BinaryRunner.sample("kms-alarm-action-failed.en.txt")
        _ = try BinaryRunner.run(["match", "--catalog", catalog.path, "--no-builtin"], environment: environment, input: paste)
        let name = try #require(try cacheFiles(in: folder).first)
        try Data("RBCI garbage".utf8).write(to: folder.appendingPathComponent("cache/runbook/\(name)"))

        let result = try BinaryRunner.run(["match", "--catalog", catalog.path, "--no-builtin"], environment: environment, input: paste)

        #expect(result.status == 0)
        #expect(result.output.contains(seedID))
    }
}
