import Foundation
import Testing

@Suite struct RedactCommandTests {
    private let paste = """
    $ aws sts get-caller-identity
    An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::123456789012:user/alice is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::210987654321:role/deploy
    aws_access_key_id = AKIAIOSFODNN7EXAMPLE
    aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    アクション arn:aws:sns:ap-northeast-1:123456789012:alarm-notify の実行に失敗しました。Request ID: 4f6c1a2e-9b7d-4c1e-8a53-0d2e6b7f9c10
    """

    @Test func redactMasksSecretsAndKeepsTheRest() throws {
        let result = try BinaryRunner.run(["redact"], input: paste)

        #expect(result.status == 0)
        #expect(!result.output.contains("123456789012"))
        #expect(!result.output.contains("210987654321"))
        #expect(!result.output.contains("AKIAIOSFODNN7EXAMPLE"))
        #expect(!result.output.contains("wJalrXUtnFEMI"))
        #expect(!result.output.contains("4f6c1a2e"))
        #expect(result.output.contains("is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::<account>:role/deploy"))
        #expect(result.output.contains("の実行に失敗しました。"))
        #expect(result.output.split(separator: "\n").count == paste.split(separator: "\n").count)
    }

    @Test func matchRedactAddsMaskedPaste() throws {
        let sample = try BinaryRunner.sample("kms-alarm-action-failed.en.txt")

        let text = try BinaryRunner.run(["match", "--redact"], input: sample)
        let json = try BinaryRunner.run(["match", "--redact", "--json"], input: sample)

        #expect(text.status == 0)
        #expect(text.output.contains("\nRedacted paste, for a ticket or a chat:\nFailed to execute action arn:aws:sns:us-east-1:<account>:ops-alerts."))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let redacted = try #require(object["redacted"] as? String)
        #expect(redacted.contains("Request ID: <request-id>"))
        #expect(!redacted.contains("111122223333"))
    }

    @Test func emptyPasteIsUsageError() throws {
        let result = try BinaryRunner.run(["redact"], environment: japaneseEnvironment, input: " \n")

        #expect(result.status == 2)
        #expect(result.errors == "貼り付けが空です。エラー文を貼り付けるか、エラー文を保存したファイルを指定してください。\n")
    }
}
