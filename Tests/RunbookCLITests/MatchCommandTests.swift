import Foundation
import Testing

@Suite struct MatchCommandTests {
    @Test func japanesePasteInJapanese() throws {
        let path = BinaryRunner.packageRoot.appendingPathComponent("examples/kms-alarm-action-failed.ja.txt").path

        let result = try BinaryRunner.run(["match", path], environment: japaneseEnvironment)

        #expect(result.status == 0)
        #expect(result.output.hasPrefix("CloudWatch アラームから"))
        #expect(result.output.contains("\(seedID) (完全一致、スコア 1.00)"))
        #expect(result.output.contains("理由: "))
        #expect(result.output.contains("## 原因"))
        #expect(result.output.contains("## 対処"))
        #expect(result.output.contains("## チェックリスト"))
        #expect(result.errors.isEmpty)
    }

    @Test func japanesePasteInEnglish() throws {
        let path = BinaryRunner.packageRoot.appendingPathComponent("examples/kms-alarm-action-failed.ja.txt").path

        let result = try BinaryRunner.run(["match", path], environment: englishEnvironment)

        #expect(result.status == 0)
        #expect(result.output.hasPrefix("CloudWatch alarm cannot notify"))
        #expect(result.output.contains("\(seedID) (exact, score 1.00)"))
        #expect(result.output.contains("Why: every part of the signature"))
        #expect(result.output.contains("## Cause"))
        #expect(result.output.contains("## Fix"))
        #expect(result.output.contains("## Checklist"))
    }

    @Test func langOptionOverridesLocale() throws {
        let paste = try BinaryRunner.sample("kms-alarm-action-failed.en.txt")

        let result = try BinaryRunner.run(["match", "--lang", "ja"], environment: englishEnvironment, input: paste)

        #expect(result.status == 0)
        #expect(result.output.contains("完全一致"))
    }

    @Test func pasteFromStandardInput() throws {
        let paste = "2026-12-04 10:00:00 ERROR " + (try BinaryRunner.sample("kms-alarm-action-failed.en.txt")) + "2026-12-04 10:00:01 INFO retry\n"

        let result = try BinaryRunner.run(["match"], input: paste)

        #expect(result.status == 0)
        #expect(result.output.contains(seedID))
    }

    @Test func unrelatedErrorDoesNotMatch() throws {
        let paste = "Warning  OOMKilling  kubelet  Memory cgroup out of memory: Killed process 4242 (java). Container app was OOMKilled (exit code 137)\n"

        let english = try BinaryRunner.run(["match"], environment: englishEnvironment, input: paste)
        let japanese = try BinaryRunner.run(["match"], environment: japaneseEnvironment, input: paste)

        #expect(english.status == 1)
        #expect(english.output == "No known failure pattern fits this error.\n")
        #expect(japanese.status == 1)
        #expect(japanese.output == "このエラーに当てはまる既知の障害パターンはありません。\n")
    }

    @Test func jsonOutputShape() throws {
        let paste = try BinaryRunner.sample("kms-alarm-action-failed.ja.txt")

        let result = try BinaryRunner.run(["match", "--json"], environment: japaneseEnvironment, input: paste)

        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(Array(object.keys) == ["matches"])
        let matches = try #require(object["matches"] as? [[String: Any]])
        #expect(matches.count == 1)
        let first = try #require(matches.first)
        #expect(Set(first.keys) == ["id", "title", "language", "confidence", "score", "signature"])
        #expect(first["id"] as? String == seedID)
        #expect(first["language"] as? String == "ja")
        #expect(first["confidence"] as? String == "exact")
        #expect(first["score"] as? Double == 1)
        #expect((first["title"] as? String)?.hasPrefix("CloudWatch アラーム") == true)
        let signature = try #require(first["signature"] as? [String: Any])
        #expect(Set(signature.keys) == ["text", "path", "line"])
        #expect((signature["text"] as? String)?.hasPrefix("アクション {topic_arn} の実行に失敗しました") == true)
        #expect((signature["line"] as? Int ?? 0) > 1)
    }

    @Test func jsonWithoutMatchIsEmptyList() throws {
        let result = try BinaryRunner.run(["match", "--json"], input: "OOMKilled\n")

        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect((object["matches"] as? [Any])?.isEmpty == true)
    }

    @Test func missingPasteFileIsUsageError() throws {
        let english = try BinaryRunner.run(["match", "/nonexistent/paste.txt"], environment: englishEnvironment)
        let japanese = try BinaryRunner.run(["match", "/nonexistent/paste.txt"], environment: japaneseEnvironment)

        #expect(english.status == 2)
        #expect(english.errors.hasPrefix("File not found: /nonexistent/paste.txt."))
        #expect(english.output.isEmpty)
        #expect(japanese.status == 2)
        #expect(japanese.errors.hasPrefix("ファイルが見つかりません: /nonexistent/paste.txt。"))
    }

    @Test func whitespacePasteIsUsageError() throws {
        let result = try BinaryRunner.run(["match"], input: "  \n\t\n")

        #expect(result.status == 2)
        #expect(result.errors == "The paste is empty. Paste the error text, or give a file that holds it.\n")
    }

    @Test func invalidUTF8PasteStillMatches() throws {
        var bytes = Array(try BinaryRunner.sample("kms-alarm-action-failed.en.txt").utf8)
        bytes.insert(contentsOf: [0xFF, 0xFE, 0x00], at: 0)
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("paste.bin")
        try Data(bytes).write(to: path)

        let result = try BinaryRunner.run(["match", path.path])

        #expect(result.status == 0)
        #expect(result.output.contains(seedID))
    }
}
