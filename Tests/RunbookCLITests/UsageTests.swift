import Foundation
import Testing

@Suite struct UsageTests {
    @Test func unknownOptionExitsTwoWithSuggestion() throws {
        let english = try BinaryRunner.run(["match", "--jsn"], environment: englishEnvironment)
        let japanese = try BinaryRunner.run(["match", "--jsn"], environment: japaneseEnvironment)

        #expect(english.status == 2)
        #expect(english.errors == """
        Unknown option '--jsn' for 'match'. Did you mean '--json'?
        Run 'runbook --help' for the list of commands and options.

        """)
        #expect(japanese.status == 2)
        #expect(japanese.errors.hasPrefix("'match' に不明なオプション '--jsn' です。'--json' のことですか?"))
    }

    @Test func unknownCommandExitsTwo() throws {
        let result = try BinaryRunner.run(["mtach"])

        #expect(result.status == 2)
        #expect(result.errors.hasPrefix("Unknown command 'mtach'. Did you mean 'match'?"))
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
