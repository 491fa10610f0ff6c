import Foundation
import Testing

@Suite struct EvalCommandTests {
    private func write(_ lines: [String]) throws -> URL {
        let folder = try BinaryRunner.temporaryFolder()
        let file = folder.appendingPathComponent("cases.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        return file
    }

    @Test func projectSetMeetsTargets() throws {
        let path = BinaryRunner.packageRoot.appendingPathComponent("Tests/Evaluation/cases.jsonl").path

        let result = try BinaryRunner.run(["eval", path, "--fail-under", "95"])

        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.hasPrefix("Top-1 accuracy on cases with a pattern: "))
    }

    @Test func missesAreListedWithLines() throws {
        let file = try write([
            #"{"text": "Container app was OOMKilled", "id": "cloudwatch-alarm-sns-kms-access-denied"}"#,
            "",
            #"{"text": "\#(try BinaryRunner.sample("kms-alarm-action-failed.en.txt").trimmingCharacters(in: .newlines).replacingOccurrences(of: "\"", with: "\\\""))", "id": null, "note": "mislabelled on purpose"}"#,
        ])
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }

        let result = try BinaryRunner.run(["eval", file.path, "--fail-under", "95"])

        #expect(result.status == 1)
        #expect(result.output == """
        Top-1 accuracy on cases with a pattern: 0/1 (0.0%)
        Abstained on cases with no pattern: 0/1 (0.0%)
        Misses:
          \(file.path):1: expected cloudwatch-alarm-sns-kms-access-denied, got no match
          \(file.path):3: expected no match, got cloudwatch-alarm-sns-kms-access-denied

        """)
        #expect(result.errors == "At least one figure is below 95.0%.\n")
    }

    @Test func invalidLineIsUsageError() throws {
        let file = try write([#"{"text": "a", "id": null}"#, #"{"id": "x"}"#])
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }

        let english = try BinaryRunner.run(["eval", file.path])
        let japanese = try BinaryRunner.run(["eval", file.path], environment: japaneseEnvironment)

        #expect(english.status == 2)
        #expect(english.errors == "\(file.path):2: missing \"text\"; give the paste as a string\n")
        #expect(japanese.errors == "\(file.path):2: \"text\" がありません。貼り付けを文字列で書いてください\n")
    }

    @Test func missingFileArgumentIsUsageError() throws {
        let result = try BinaryRunner.run(["eval"])

        #expect(result.status == 2)
        #expect(result.errors.hasPrefix("Missing argument FILE.jsonl."))
    }
}
