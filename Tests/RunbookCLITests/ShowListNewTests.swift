import Foundation
import Testing
@testable import RunbookCLI

@Suite struct ShowListNewTests {
    @Test func showRendersRunbookNotMarkdown() throws {
        let english = try BinaryRunner.run(["show", seedID])
        let japanese = try BinaryRunner.run(["show", seedID], environment: japaneseEnvironment)

        #expect(english.status == 0)
        #expect(english.output.hasPrefix("CloudWatch alarm cannot notify an SNS topic"))
        #expect(english.output.contains("\nCause\n\n"))
        #expect(english.output.contains("\n  • "))
        #expect(!english.output.contains("## "))
        #expect(!english.output.contains("```"))
        #expect(!english.output.contains("\u{1B}["), "no colour when output is a pipe")
        #expect(japanese.output.contains("\n原因\n\n"))
    }

    @Test func showUnknownIDSuggestsClosest() throws {
        let result = try BinaryRunner.run(["show", "sts-expird-token"])

        #expect(result.status == 1)
        #expect(result.errors == "No pattern has the id 'sts-expird-token'. Did you mean 'sts-expired-token'?\n")
    }

    @Test func listFiltersByServiceTagAndSeverity() throws {
        let sns = try BinaryRunner.run(["list", "--service", "sns", "--severity", "high"])
        let none = try BinaryRunner.run(["list", "--tag", "no-such-tag"])
        let misspelt = try BinaryRunner.run(["list", "--service", "snss"])
        let capitals = try BinaryRunner.run(["list", "--service", "SNS", "--severity", "High"])
        let short = try BinaryRunner.run(["list", "--tag", "encrypt"])
        let together = try BinaryRunner.run(["list", "--service", "acm", "--severity", "low"])
        let invalid = try BinaryRunner.run(["list", "--severity", "urgent"])

        #expect(sns.status == 0)
        #expect(sns.output.contains("\(seedID)  [high] cloudwatch,sns,kms  CloudWatch alarm cannot notify"))
        #expect(sns.output.split(separator: "\n").allSatisfy { $0.contains("[high]") })
        #expect(sns.output.split(separator: "\n").allSatisfy { $0.contains("sns") })
        #expect(none.status == 1)
        #expect(none.errors == "No pattern has --tag 'no-such-tag'. Run 'runbook list' to see every pattern.\n")
        #expect(capitals.output == sns.output)
        #expect(short.errors == "No pattern has --tag 'encrypt'. Did you mean 'encryption'?\n")
        #expect(misspelt.status == 1)
        #expect(misspelt.errors == "No pattern has --service 'snss'. Did you mean 'sns'?\n")
        #expect(together.status == 1)
        #expect(together.errors == "No pattern fits these filters.\n")
        #expect(invalid.status == 2)
        #expect(invalid.errors.hasPrefix("Invalid severity 'urgent'."))
    }

    @Test func listOfEmptyCatalogSaysSo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("runbook-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let result = try BinaryRunner.run(["list", "--no-builtin", "--catalog", folder.path])

        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("No pattern files (ID.en.md, ID.ja.md) found in "))
    }

    @Test func noBuiltinWithoutFolderNamesTheOptions() throws {
        let list = try BinaryRunner.run(["list", "--no-builtin"], environment: englishEnvironment)
        let match = try BinaryRunner.run(["match", "--no-builtin"], environment: japaneseEnvironment, input: "x")

        #expect(list.status == 1)
        #expect(list.errors.hasPrefix("No patterns to use: --no-builtin leaves out the built-in patterns"))
        #expect(match.status == 1)
        #expect(match.errors.hasPrefix("使うパターンがありません。"))
    }

    @Test func newScaffoldIsGuidedByLint() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }

        let created = try BinaryRunner.run(["new", "sns-topic-full", "--dir", folder.path])
        let again = try BinaryRunner.run(["new", "sns-topic-full", "--dir", folder.path])
        let lint = try BinaryRunner.run(["lint", "--catalog", folder.path, "--no-builtin"])

        #expect(created.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("sns-topic-full.en.md").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("sns-topic-full.ja.md").path))
        #expect(again.status == 1)
        #expect(again.errors.hasSuffix("sns-topic-full.en.md exists already. Choose another id, or remove the file first.\n"))
        #expect(lint.status == 1)
        #expect(lint.output.contains("[unfinished-text]"))
        #expect(!lint.output.contains("[missing-section]"), "the scaffold has every section")
    }

    @Test func newRejectsInvalidID() throws {
        let result = try BinaryRunner.run(["new", "Bad_Id"], environment: japaneseEnvironment)

        #expect(result.status == 2)
        #expect(result.errors.hasPrefix("パターンの id 'Bad_Id' は無効です。"))
    }

    @Test func colourOnlyOnTerminalWithoutNoColor() {
        func render(terminal: Bool, environment: [String: String], arguments: [String]) -> String {
            let output = BufferOutput()
            let context = ProcessContext(
                arguments: arguments, environment: environment,
                standardOutputIsTerminal: terminal, terminalColumns: 60
            )
            _ = RunbookCommandLine.run(context, output: output, errors: BufferOutput())
            return output.text
        }

        let terminal = render(terminal: true, environment: ["LANG": "C"], arguments: ["show", seedID])
        let noColor = render(terminal: true, environment: ["LANG": "C", "NO_COLOR": "1"], arguments: ["show", seedID])
        let flag = render(terminal: true, environment: ["LANG": "C"], arguments: ["--no-color", "show", seedID])

        #expect(terminal.contains("\u{1B}[1m"))
        #expect(!noColor.contains("\u{1B}["))
        #expect(!flag.contains("\u{1B}["))
        #expect(noColor.split(separator: "\n").allSatisfy { TerminalRenderer(usesColor: false, width: 60).displayWidth(String($0)) <= 60 || $0.hasPrefix("    ") })
    }
}

@Suite struct MatchOnTerminalTests {
    private func match(terminal: Bool) throws -> String {
        let paste = try BinaryRunner.sample("kms-alarm-action-failed.en.txt")
        let output = BufferOutput()
        let context = ProcessContext(
            arguments: ["match"], environment: ["LANG": "C"],
            readStandardInput: { Data(paste.utf8) },
            standardOutputIsTerminal: terminal, terminalColumns: 60
        )
        _ = RunbookCommandLine.run(context, output: output, errors: BufferOutput())
        return output.text
    }

    @Test func terminalGetsRenderedSections() throws {
        let text = try match(terminal: true)

        #expect(text.contains("\u{1B}[1mCause\u{1B}[0m"))
        #expect(text.hasPrefix("\u{1B}[1mCloudWatch alarm cannot notify"))
        #expect(!text.contains("## Cause"))
        #expect(!text.contains("```"))
    }

    @Test func pipeGetsMarkdownSections() throws {
        let text = try match(terminal: false)

        #expect(text.contains("## Cause"))
        #expect(text.contains("```sh"))
    }
}

@Suite struct PastePromptTests {
    private func errors(standardInputIsTerminal: Bool, language: String) -> String {
        let errors = BufferOutput()
        let context = ProcessContext(
            arguments: ["match"], environment: ["LANG": language],
            standardInputIsTerminal: standardInputIsTerminal,
            readStandardInput: { Data("Container app was OOMKilled".utf8) }
        )
        _ = RunbookCommandLine.run(context, output: BufferOutput(), errors: errors)
        return errors.text
    }

    @Test func terminalGetsPromptPipeDoesNot() {
        #expect(errors(standardInputIsTerminal: true, language: "C") == "Paste the error text, then press Ctrl-D on a new line:\n")
        #expect(errors(standardInputIsTerminal: true, language: "ja_JP.UTF-8") == "エラー文を貼り付け、新しい行で Ctrl-D を押してください:\n")
        #expect(errors(standardInputIsTerminal: false, language: "C").isEmpty)
    }
}
