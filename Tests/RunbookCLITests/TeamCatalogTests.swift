import Foundation
import Testing

/// Tests of a team's own patterns next to the built-in ones.
@Suite struct TeamCatalogTests {
    /// Returns a team folder with a copy of the seed pattern whose English title is changed.
    private func overridingCatalog() throws -> URL {
        let folder = try BinaryRunner.temporaryFolder()
        let source = BinaryRunner.packageRoot.appendingPathComponent("Sources/RunbookCatalog/Patterns")
        for language in ["en", "ja"] {
            let name = "\(seedID).\(language).md"
            var text = String(decoding: try Data(contentsOf: source.appendingPathComponent(name)), as: UTF8.self)
            if language == "en" {
                text = text.replacingOccurrences(of: "# CloudWatch alarm cannot notify", with: "# OUR TEAM: CloudWatch alarm cannot notify")
            }
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test func teamPatternReplacesBuiltInInMatch() throws {
        let team = try overridingCatalog()
        defer { try? FileManager.default.removeItem(at: team) }
        let paste = try BinaryRunner.sample("kms-alarm-action-failed.en.txt")

        let result = try BinaryRunner.run(["match", "--catalog", team.path], input: paste)

        #expect(result.status == 0)
        #expect(result.output.hasPrefix("OUR TEAM: CloudWatch alarm cannot notify"))
        #expect(result.output.contains("\(team.path)/\(seedID).en.md:"))
    }

    @Test func teamPatternAppearsInList() throws {
        let team = try overridingCatalog()
        defer { try? FileManager.default.removeItem(at: team) }

        let result = try BinaryRunner.run(["list", "--catalog", team.path, "--service", "kms"])

        #expect(result.status == 0)
        #expect(result.output.contains("\(seedID)  [high] cloudwatch,sns,kms  OUR TEAM: CloudWatch alarm cannot notify"))
    }

    @Test func lintNotesOverrideWithoutFailing() throws {
        let team = try overridingCatalog()
        defer { try? FileManager.default.removeItem(at: team) }

        let english = try BinaryRunner.run(["lint", "--catalog", team.path])
        let japanese = try BinaryRunner.run(["lint", "--catalog", team.path], environment: japaneseEnvironment)

        #expect(english.status == 0)
        #expect(english.output.hasPrefix("note: \(team.path)/\(seedID).en.md replaces the pattern '\(seedID)' of Sources/RunbookCatalog/Patterns/\(seedID).en.md.\n"))
        #expect(english.output.hasSuffix("No problems found in 56 patterns.\n"))
        #expect(japanese.output.hasPrefix("注記: \(team.path)/\(seedID).en.md が Sources/RunbookCatalog/Patterns/\(seedID).en.md のパターン '\(seedID)' を置き換えています。\n"))
    }

    @Test func environmentVariableAddsFolders() throws {
        let team = try overridingCatalog()
        defer { try? FileManager.default.removeItem(at: team) }
        let paste = try BinaryRunner.sample("kms-alarm-action-failed.en.txt")

        let result = try BinaryRunner.run(["match"], environment: ["LANG": "C", "RUNBOOK_CATALOG": "/nonexistent-first:\(team.path)"], input: paste)
        let valid = try BinaryRunner.run(["match"], environment: ["LANG": "C", "RUNBOOK_CATALOG": team.path], input: paste)

        #expect(result.status == 2)
        #expect(result.errors.hasPrefix("Catalog folder not found: /nonexistent-first."))
        #expect(valid.status == 0)
        #expect(valid.output.hasPrefix("OUR TEAM:"))
    }

    @Test func noBuiltinLeavesOnlyTeamPatterns() throws {
        let team = try overridingCatalog()
        defer { try? FileManager.default.removeItem(at: team) }

        let result = try BinaryRunner.run(["lint", "--catalog", team.path, "--no-builtin"])

        #expect(result.output.contains("[unresolved-pattern-link]"), "the seed's links point to built-in patterns that are left out")
        #expect(!result.output.contains("replaces the pattern"))
    }

    @Test func buildUsesTeamPatterns() throws {
        let team = try overridingCatalog()
        let output = try BinaryRunner.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: team)
            try? FileManager.default.removeItem(at: output)
        }

        let result = try BinaryRunner.run(["build", "--catalog", team.path, "--out", output.path])

        #expect(result.status == 0)
        let runbook = String(decoding: try Data(contentsOf: output.appendingPathComponent("runbooks/en/\(seedID).md")), as: UTF8.self)
        let index = String(decoding: try Data(contentsOf: output.appendingPathComponent("site/en/index.html")), as: UTF8.self)
        #expect(runbook.hasPrefix("# OUR TEAM: CloudWatch alarm cannot notify"))
        #expect(index.contains("OUR TEAM: CloudWatch alarm cannot notify"))
        #expect(index.contains("56 patterns"))
    }
}
