import Foundation
import Testing

@Suite struct LintAndBuildTests {
    private func copyBuiltInCatalog(to folder: URL) throws -> URL {
        let source = BinaryRunner.packageRoot.appendingPathComponent("Sources/RunbookCatalog/Patterns")
        let target = folder.appendingPathComponent("catalog")
        try FileManager.default.copyItem(at: source, to: target)
        return target
    }

    private func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        let enumerator = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
        for case let url as URL in enumerator where !url.hasDirectoryPath {
            files[String(url.standardizedFileURL.path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
        return files
    }

    @Test func builtInCatalogLintsClean() throws {
        let result = try BinaryRunner.run(["lint"])

        #expect(result.status == 0)
        #expect(result.output == "No problems found in 56 patterns.\n")
    }

    @Test func lintReportsEveryProblemWithLines() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalog = try copyBuiltInCatalog(to: folder)
        let english = catalog.appendingPathComponent("\(seedID).en.md")
        var text = String(decoding: try Data(contentsOf: english), as: UTF8.self)
        text = text.replacingOccurrences(of: "severity: high", with: "severty: high")
        text = text.replacingOccurrences(of: "## Verify", with: "## Verification")
        try Data(text.utf8).write(to: english)

        let result = try BinaryRunner.run(["lint", "--catalog", catalog.path, "--no-builtin"])

        let path = "\(catalog.path)/\(seedID).en.md"
        #expect(result.status == 1)
        #expect(result.output.contains("\(path):4: unknown front-matter key 'severty'; did you mean 'severity'? [unknown-key]"))
        #expect(!result.output.contains("[missing-key]"), "the misspelt key is reported once, not also as missing")
        #expect(result.output.contains(": unknown section 'Verification';"))
        #expect(result.output.contains("missing section '## Verify' (or '## 確認') [missing-section]"))
        #expect(result.output.hasSuffix(" problems found.\n"))
    }

    @Test func lintInJapanese() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalog = try copyBuiltInCatalog(to: folder)
        try FileManager.default.removeItem(at: catalog.appendingPathComponent("\(seedID).ja.md"))

        let result = try BinaryRunner.run(["lint", "--catalog", catalog.path, "--no-builtin"], environment: japaneseEnvironment)

        #expect(result.status == 1)
        #expect(result.output.contains("\(seedID).ja.md がありません。各パターンには ID.en.md と ID.ja.md の両方が必要です [missing-language-file]"))
        #expect(result.output.hasSuffix("1 件の問題が見つかりました。\n"))
    }

    @Test func lintMissingCatalogIsUsageError() throws {
        let result = try BinaryRunner.run(["lint", "--catalog", "/nonexistent/catalog"])

        #expect(result.status == 2)
        #expect(result.errors.hasPrefix("Catalog folder not found: /nonexistent/catalog."))
    }

    @Test func buildTwiceGivesIdenticalBytes() throws {
        let first = try BinaryRunner.temporaryFolder()
        let second = try BinaryRunner.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }

        let catalog = try BinaryRunner.seedOnlyCatalog()
        defer { try? FileManager.default.removeItem(at: catalog) }
        let firstRun = try BinaryRunner.run(["build", "--catalog", catalog.path, "--no-builtin", "--out", first.path])
        let secondRun = try BinaryRunner.run(["build", "--catalog", catalog.path, "--no-builtin", "--out", second.path])

        #expect(firstRun.status == 0)
        #expect(secondRun.status == 0)
        let firstFiles = try contents(of: first)
        let secondFiles = try contents(of: second)
        #expect(firstFiles == secondFiles)
        #expect(firstFiles.keys.sorted() == [
            "runbooks/en/\(seedID).md",
            "runbooks/ja/\(seedID).md",
            "site/404.html",
            "site/assets/matcher-index.js",
            "site/assets/matcher.js",
            "site/assets/search-index.js",
            "site/assets/site.js",
            "site/assets/style.css",
            "site/en/\(seedID).html",
            "site/en/\(seedID).md",
            "site/en/index.html",
            "site/en/search.html",
            "site/en/services/cloudwatch.html",
            "site/en/services/kms.html",
            "site/en/services/sns.html",
            "site/en/tags/alarm.html",
            "site/en/tags/encryption.html",
            "site/en/tags/key-policy.html",
            "site/en/tags/notification.html",
            "site/index.html",
            "site/ja/\(seedID).html",
            "site/ja/\(seedID).md",
            "site/ja/index.html",
            "site/ja/search.html",
            "site/ja/services/cloudwatch.html",
            "site/ja/services/kms.html",
            "site/ja/services/sns.html",
            "site/ja/tags/alarm.html",
            "site/ja/tags/encryption.html",
            "site/ja/tags/key-policy.html",
            "site/ja/tags/notification.html",
        ])
    }

    @Test func buildCheckDetectsStaleRunbooks() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try BinaryRunner.run(["build", "--out", folder.path]).status == 0)

        let fresh = try BinaryRunner.run(["build", "--check", "--out", folder.path])
        try Data("edited by hand\n".utf8).write(to: folder.appendingPathComponent("runbooks/ja/\(seedID).md"))
        let stale = try BinaryRunner.run(["build", "--check", "--out", folder.path])

        #expect(fresh.status == 0)
        #expect(stale.status == 1)
        #expect(stale.errors.contains("  ja/\(seedID).md\n"))
    }

    @Test func committedRunbooksAreCurrent() throws {
        let result = try BinaryRunner.run(["build", "--check", "--out", BinaryRunner.packageRoot.path])

        #expect(result.status == 0, "\(result.errors)")
    }

    @Test func brokenCatalogLeavesOldOutput() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalog = try copyBuiltInCatalog(to: folder)
        let output = folder.appendingPathComponent("out")
        #expect(try BinaryRunner.run(["build", "--catalog", catalog.path, "--no-builtin", "--out", output.path]).status == 0)
        let before = try contents(of: output)

        let english = catalog.appendingPathComponent("\(seedID).en.md")
        let text = String(decoding: try Data(contentsOf: english), as: UTF8.self).replacingOccurrences(of: "## Cause", with: "## Causes")
        try Data(text.utf8).write(to: english)
        let result = try BinaryRunner.run(["build", "--catalog", catalog.path, "--no-builtin", "--out", output.path])

        #expect(result.status == 1)
        #expect(result.errors.contains("unknown section 'Causes'"))
        #expect(try contents(of: output) == before)
    }

    @Test func buildLeavesMatcherChecksToLint() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalog = try copyBuiltInCatalog(to: folder)
        let english = catalog.appendingPathComponent("\(seedID).en.md")
        let text = String(decoding: try Data(contentsOf: english), as: UTF8.self)
            .replacingOccurrences(of: "Failed to execute action arn:aws:sns:us-east-1:111122223333:ops-alerts. Received error:", with: "Lunch order placed for table four:")
        try Data(text.utf8).write(to: english)

        let lint = try BinaryRunner.run(["lint", "--catalog", catalog.path, "--no-builtin"])
        let build = try BinaryRunner.run(["build", "--catalog", catalog.path, "--no-builtin", "--out", folder.appendingPathComponent("out").path])

        #expect(lint.status == 1)
        #expect(lint.output.contains("[example-does-not-match]"))
        #expect(build.status == 0, "\(build.errors)")
    }

    @Test func buildWithBaseURLWritesSitemap() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalog = try BinaryRunner.seedOnlyCatalog()
        defer { try? FileManager.default.removeItem(at: catalog) }

        let result = try BinaryRunner.run(["build", "--catalog", catalog.path, "--no-builtin", "--out", folder.path, "--base-url", "https://docs.example.com/ops"])
        let sitemap = String(decoding: try Data(contentsOf: folder.appendingPathComponent("site/sitemap.xml")), as: UTF8.self)

        #expect(result.status == 0, "\(result.errors)")
        #expect(sitemap.contains("<loc>https://docs.example.com/ops/ja/\(seedID).html</loc>"))
    }

    @Test func badBaseURLIsUsageErrorInJapanese() throws {
        let result = try BinaryRunner.run(["build", "--base-url", "docs.example.com"], environment: japaneseEnvironment)

        #expect(result.status == 2)
        #expect(result.errors.hasPrefix("--base-url の値 'docs.example.com' は無効です。"))
    }

    @Test func outputPathThatIsAFileIsNamed() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("notes.txt")
        try Data("keep me\n".utf8).write(to: file)

        let result = try BinaryRunner.run(["build", "--out", file.path])

        #expect(result.status == 1)
        #expect(result.errors == "Build failed while writing \(file.path): Not a directory. The previous output was left unchanged.\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me\n")
    }

    @Test func checkWithoutRunbooksSaysSo() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }

        let result = try BinaryRunner.run(["build", "--check", "--out", folder.path], environment: japaneseEnvironment)

        #expect(result.status == 1)
        #expect(result.errors == "\(folder.path)/runbooks/ がまだないため、新しいビルド結果と比べられません。\n'runbook build --out \(folder.path)' を実行し、結果をコミットしてください。\n")
    }
}
