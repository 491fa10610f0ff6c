import Foundation
import Testing

@Suite struct UsageTests {
    @Test func unknownOptionExitsTwoWithSuggestion() throws {
        let english = try BinaryRunner.run(["match", "--jsn"], environment: englishEnvironment)
        let japanese = try BinaryRunner.run(["match", "--jsn"], environment: japaneseEnvironment)

        #expect(english.status == 2)
        #expect(english.errors == """
        Unknown option '--jsn' for 'match'. Did you mean '--json'?
        Run 'runbook help match' for its options.

        """)
        #expect(japanese.status == 2)
        #expect(japanese.errors.hasPrefix("'match' のオプション '--jsn' は不明です。'--json' のことですか?"))
    }

    @Test(arguments: ["show", "new"])
    func missingIDPointsToItsOwnCommand(command: String) throws {
        let english = try BinaryRunner.run([command], environment: englishEnvironment)
        let japanese = try BinaryRunner.run([command], environment: japaneseEnvironment)

        #expect(english.status == 2)
        #expect(english.errors == "Missing argument ID.\nRun 'runbook help \(command)' for its options.\n")
        #expect(japanese.status == 2)
        #expect(japanese.errors == "引数 ID がありません。\nオプションは 'runbook help \(command)' で確認できます。\n")
    }

    @Test func unknownCommandExitsTwo() throws {
        let result = try BinaryRunner.run(["mtach"])

        #expect(result.status == 2)
        #expect(result.errors == "Unknown command 'mtach'. Did you mean 'match'?\nRun 'runbook --help' for the list of commands and options.\n")
    }

    @Test func helpFollowsLanguage() throws {
        let english = try BinaryRunner.run(["--help"], environment: englishEnvironment)
        let japanese = try BinaryRunner.run(["--help"], environment: japaneseEnvironment)

        #expect(english.status == 0)
        #expect(english.output.contains("EXIT CODES:"))
        #expect(english.output.contains("  2  usage error or unreadable input"))
        #expect(japanese.status == 0)
        #expect(japanese.output.contains("終了コード:"))
        #expect(japanese.output.contains("  2  使い方の誤り、または入力を読めない"))
    }

    @Test(arguments: ["match", "build", "lint"])
    func commandHelpListsOptions(command: String) throws {
        let result = try BinaryRunner.run([command, "--help"])

        #expect(result.status == 0)
        #expect(result.output.hasPrefix("USAGE:\n  runbook \(command)"))
        #expect(result.output.contains("--catalog DIR"))
    }

    @Test func versionNamesLibcmark() throws {
        let result = try BinaryRunner.run(["--version"])

        #expect(result.status == 0)
        #expect(result.output.hasPrefix("runbook 0."))
        #expect(result.output.contains("(libcmark 0."))
    }
}

@Suite struct HintTests {
    @Test func stalenessHintKeepsOptions() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }

        let result = try BinaryRunner.run(["build", "--check", "--out", folder.path])

        #expect(result.status == 1)
        #expect(result.errors.hasSuffix("Run 'runbook build --out \(folder.path)' and commit the result.\n"))
    }

    @Test func contradictionNamedForClosestPattern() throws {
        let paste = (try BinaryRunner.sample("kms-alarm-action-failed.en.txt")).replacingOccurrences(of: "AccessDeniedException", with: "ThrottlingException")
        let catalog = try BinaryRunner.seedOnlyCatalog()
        defer { try? FileManager.default.removeItem(at: catalog) }

        let result = try BinaryRunner.run(["match", "--catalog", catalog.path, "--no-builtin"], input: paste)

        #expect(result.status == 1)
        #expect(result.output.hasSuffix("""
        The closest pattern, \(seedID), does not fit: the paste has "throttlingexception" where its signature has "accessdeniedexception".

        """))
    }

    @Test func signatureLocationFollowsLanguage() throws {
        let paste = try BinaryRunner.sample("kms-alarm-action-failed.en.txt")

        let japanese = try BinaryRunner.run(["match"], environment: japaneseEnvironment, input: paste)
        let english = try BinaryRunner.run(["match"], environment: englishEnvironment, input: paste)

        #expect(japanese.output.contains("\(seedID).ja.md:"))
        #expect(english.output.contains("\(seedID).en.md:"))
    }
}
