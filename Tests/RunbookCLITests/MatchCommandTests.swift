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
        #expect(Set(object.keys) == ["matches", "alternatives"])
        #expect((object["alternatives"] as? [Any])?.isEmpty == true)
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

/// `match` against a team catalog with a second pattern, for several errors in one paste.
@Suite struct MultipleErrorTests {
    private static let secondPattern = """
    ---
    id: lambda-task-timed-out
    services: [lambda]
    severity: medium
    owner: platform-team
    reviewed: 2026-12-04
    ---

    # LANGUAGE_TITLE

    ## Signatures

    ```text
    Task timed out after {seconds} seconds
    ```

    ## Cause

    The handler ran longer than the function timeout.

    ## Fix

    Raise the timeout or make the handler faster.

    ## Verify

    Invoke the function again.

    ## Checklist

    - [ ] Duration metric

    ## Examples

    ```text
    2026-12-04T10:00:00.000Z 1a2b3c4d-0000-4000-8000-000000000000 Task timed out after 3.00 seconds
    ```

    ## References

    - [Lambda function timeout](https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html)

    """

    private func teamCatalog() throws -> URL {
        let folder = try BinaryRunner.seedOnlyCatalog()
        for (language, title) in [("en", "Lambda task timed out"), ("ja", "Lambda のタスクがタイムアウトした")] {
            let text = Self.secondPattern.replacingOccurrences(of: "LANGUAGE_TITLE", with: title)
            try Data(text.utf8).write(to: folder.appendingPathComponent("lambda-task-timed-out.\(language).md"))
        }
        return folder
    }

    @Test func twoErrorsGiveTwoResultsInPasteOrder() throws {
        let catalog = try teamCatalog()
        defer { try? FileManager.default.removeItem(at: catalog) }
        let paste = "START RequestId: 1a2b\n2026-12-04T10:00:03Z Task timed out after 3.00 seconds\n"
            + (try BinaryRunner.sample("kms-alarm-action-failed.en.txt"))

        let text = try BinaryRunner.run(["match", "--catalog", catalog.path, "--no-builtin"], input: paste)
        let json = try BinaryRunner.run(["match", "--json", "--catalog", catalog.path, "--no-builtin"], input: paste)

        #expect(text.status == 0)
        #expect(text.output.hasPrefix("The paste contains 2 known errors; each follows in paste order.\n[1/2]\nLambda task timed out\n"))
        #expect(text.output.contains("\n[2/2]\nCloudWatch alarm cannot notify"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let ids = (object["matches"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids == ["lambda-task-timed-out", seedID])
    }

    @Test func bothConsoleLanguagesGiveOneResult() throws {
        let paste = (try BinaryRunner.sample("kms-alarm-action-failed.ja.txt")) + (try BinaryRunner.sample("kms-alarm-action-failed.en.txt"))

        let result = try BinaryRunner.run(["match", "--json"], input: paste)

        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect((object["matches"] as? [Any])?.count == 1)
    }

    @Test func topListsOtherCandidates() throws {
        let catalog = try teamCatalog()
        defer { try? FileManager.default.removeItem(at: catalog) }
        let paste = try BinaryRunner.sample("kms-alarm-action-failed.en.txt") + "\nTask ran out of time after 3 seconds, retrying\n"

        let result = try BinaryRunner.run(["match", "--top", "2", "--catalog", catalog.path, "--no-builtin"], input: paste)

        #expect(result.status == 0)
        #expect(result.output.contains("\nOther candidates:\n2. lambda-task-timed-out: Lambda task timed out (weak, score "))
    }
}

@Suite struct ExplainTests {
    private let throttled = """
    Failed to execute action arn:aws:sns:us-east-1:111122223333:ops-alerts. Received error: "null (Service: AWSKMS; Status Code: 400; Error Code: ThrottlingException; Request ID: 7d9e0c1b-2a3f-4b5c-9d8e-1f2a3b4c5d6e; Proxy: null)"
    """

    @Test func explainNamesContradictionInBothLanguages() throws {
        let catalog = try BinaryRunner.seedOnlyCatalog()
        defer { try? FileManager.default.removeItem(at: catalog) }
        let english = try BinaryRunner.run(["match", "--explain", "--catalog", catalog.path, "--no-builtin"], environment: englishEnvironment, input: throttled)
        let japanese = try BinaryRunner.run(["match", "--explain", "--catalog", catalog.path, "--no-builtin"], environment: japaneseEnvironment, input: throttled)

        #expect(english.status == 1)
        #expect(english.output.contains("Signature: \(catalog.path)/\(seedID).en.md:"))
        #expect(english.output.contains("  found 18 of 19 parts: failed to execute action"))
        #expect(english.output.contains(#"  the paste has "throttlingexception" where the signature has "accessdeniedexception""#))
        #expect(japanese.status == 1)
        #expect(japanese.output.contains("  シグネチャの「accessdeniedexception」の位置に、貼り付けでは「throttlingexception」があります"))
    }

    @Test func throttledPasteFindsThrottlingPattern() throws {
        let result = try BinaryRunner.run(["match"], input: throttled)

        #expect(result.status == 0)
        #expect(result.output.contains("aws-api-rate-exceeded-throttling ("))
    }

    @Test func explainShowsMissingPartsOfMatch() throws {
        let cut = "Failed to execute action arn:aws:sns:us-east-1:111122223333:ops-alerts. Received error: \"null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 7d9e"

        let result = try BinaryRunner.run(["match", "--explain"], input: cut)

        #expect(result.status == 0)
        #expect(result.output.contains("(likely, score "))
        #expect(result.output.contains("  Not found in the paste: proxy null"))
    }

    @Test func noiseInsideSignatureIsTheReason() throws {
        let noisy = try BinaryRunner.sample("kms-alarm-action-failed.en.txt").replacingOccurrences(of: "Received error:", with: "Received an error:")

        let result = try BinaryRunner.run(["match"], environment: englishEnvironment, input: noisy)

        #expect(result.status == 0)
        #expect(result.output.contains("(likely, score 1.00)"))
        #expect(result.output.contains("was found in order, with other text between some parts."))
    }

    @Test func weakPasteWithExplainDoesNotAskForExplain() throws {
        let weak = "アクション arn:aws:sns:ap-northeast-1:123456789012:alerts の実行に失敗しました: \"null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 1234)\""

        let plain = try BinaryRunner.run(["match"], environment: englishEnvironment, input: weak)
        let explained = try BinaryRunner.run(["match", "--explain"], environment: englishEnvironment, input: weak)
        let japanese = try BinaryRunner.run(["match", "--explain"], environment: japaneseEnvironment, input: weak)

        #expect(plain.status == 1)
        #expect(plain.output.contains("is not a trusted match (score 0.70). Add --explain to see why."))
        #expect(explained.status == 1)
        #expect(explained.output.contains("is not a trusted match (score 0.70). The parts found and missing follow."))
        #expect(japanese.output.contains("は信頼できる一致ではありません (スコア 0.70)。見つかった部分と見つからない部分を次に示します。"))
    }

    @Test func explainJSONHasFoundMissingAndContradictions() throws {
        let catalog = try BinaryRunner.seedOnlyCatalog()
        defer { try? FileManager.default.removeItem(at: catalog) }
        let result = try BinaryRunner.run(["match", "--json", "--explain", "--top", "2", "--catalog", catalog.path, "--no-builtin"], input: throttled)

        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect((object["matches"] as? [Any])?.isEmpty == true)
        let alternative = try #require((object["alternatives"] as? [[String: Any]])?.first)
        #expect(alternative["confidence"] as? String == "weak")
        let explanation = try #require(alternative["explanation"] as? [String: Any])
        #expect((explanation["found"] as? [String])?.count == 18)
        #expect((explanation["missing"] as? [String]) == [])
        let contradictions = try #require(explanation["contradictions"] as? [[String: String]])
        #expect(contradictions == [["expected": "accessdeniedexception", "found": "throttlingexception"]])
    }

    @Test func jsonHasNoExplanationWithoutFlag() throws {
        let result = try BinaryRunner.run(["match", "--json"], input: try BinaryRunner.sample("kms-alarm-action-failed.en.txt"))

        #expect(!result.output.contains("\"explanation\""))
    }
}

@Suite struct LargePasteTests {
    @Test func pasteOverLimitIsCutWithWarning() throws {
        let error = try BinaryRunner.sample("kms-alarm-action-failed.en.txt")
        let filler = String(repeating: "2026-12-04T10:00:00Z INFO heartbeat ok\n", count: 80_000)

        let result = try BinaryRunner.run(["match"], input: error + filler)

        #expect(result.status == 0)
        #expect(result.output.contains(seedID))
        #expect(result.errors.hasPrefix("warning: the paste has \((error + filler).utf8.count) bytes; only the first 2097152 are matched."))
    }

    @Test func megabyteLineMatches() throws {
        let line = String(repeating: "x", count: 1_048_576) + " " + (try BinaryRunner.sample("kms-alarm-action-failed.en.txt"))

        let result = try BinaryRunner.run(["match"], input: line)

        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
    }
}
