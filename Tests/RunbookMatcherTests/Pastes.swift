import Foundation
import RunbookCatalog
import RunbookMatcher
import Testing

/// The seed pattern of the built-in catalog, alone or with the whole catalog, for tests of
/// the matcher.
enum BuiltIn {
    static let patternID = "cloudwatch-alarm-sns-kms-access-denied"

    /// Returns an index of the seed pattern alone, so that tests of how the matcher treats its
    /// signatures do not depend on the rest of the catalog.
    static func index() throws -> MatchIndex {
        let stamps = try CatalogLoader.fileStamps(directory: nil).filter { $0.path.contains("/\(patternID).") }
        return MatchIndex(catalog: CatalogLoader.load(stamps))
    }

    /// Returns an index of the whole built-in catalog.
    static func fullIndex() throws -> MatchIndex {
        MatchIndex(catalog: try CatalogLoader.loadBuiltIn())
    }
}

/// A paste for a table-driven test, named in the test report by `name`.
struct Paste: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String

    /// The confidence the paste must get, for pastes that must match.
    var expected: Confidence

    init(_ name: String, _ text: String, expected: Confidence = .exact) {
        self.name = name
        self.text = text
        self.expected = expected
    }

    var testDescription: String {
        name
    }
}

/// The seed pastes in the package's `examples` folder.
enum SeedPaste {
    static let englishFileName = "kms-alarm-action-failed.en.txt"
    static let japaneseFileName = "kms-alarm-action-failed.ja.txt"

    /// Reads `name` from the `examples` folder at the package root, found from this file's path.
    static func text(named name: String) throws -> String {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
        let url = packageRoot.appendingPathComponent("examples").appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8)
    }
}

/// Transport damage and surrounding text that the matcher must see through.
enum MatchingPastes {
    static let englishTruncated = Paste("en: tail cut after Request ID", #"""
        Failed to execute action arn:aws:sns:us-east-1:111122223333:ops-alerts. Received error: "null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID:
        """#, expected: .likely)

    static let japaneseTruncated = Paste("ja: tail cut after Request ID", #"""
        アクション arn:aws:sns:ap-northeast-1:123456789012:alarm-notify の実行に失敗しました。エラーが発生しました: “null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID:
        """#, expected: .likely)

    static let english: [Paste] = [
        Paste("en: other account, region, topic, request id", #"""
            Failed to execute action arn:aws:sns:eu-central-1:999900001111:payments-pager. Received error: "null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d; Proxy: null)"
            """#),
        Paste("en: curly quotes", #"""
            Failed to execute action arn:aws:sns:us-east-1:111122223333:ops-alerts. Received error: “null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 7d9e0c1b-2a3f-4b5c-9d8e-1f2a3b4c5d6e; Proxy: null)”
            """#),
        Paste("en: log lines before and after", #"""
            2026-12-05T09:14:02.118Z INFO  alarm-watch polling alarm cpu-high in us-east-1
            2026-12-05T09:14:02.407Z WARN  alarm-watch Failed to execute action arn:aws:sns:us-east-1:111122223333:ops-alerts. Received error: "null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 5e8a2c1f-7b3d-4e9a-a6c2-8d1f0b4e7a35; Proxy: null)"
            2026-12-05T09:14:02.409Z INFO  alarm-watch state changed from OK to ALARM, 1 action failed
            2026-12-05T09:14:03.001Z INFO  alarm-watch sleeping 60s
            """#),
        Paste("en: rewrapped at spaces over four lines", #"""
            Failed to execute action
            arn:aws:sns:us-east-1:111122223333:ops-alerts. Received error: "null (Service:
            AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request
            ID: 7d9e0c1b-2a3f-4b5c-9d8e-1f2a3b4c5d6e; Proxy: null)"
            """#),
        Paste(
            "en: CRLF line ends and tabs",
            "Failed to execute action\tarn:aws:sns:us-east-1:111122223333:ops-alerts.\r\nReceived error: \"null (Service: AWSKMS;\r\n\tStatus Code: 400; Error Code: AccessDeniedException;\r\nRequest ID: 7d9e0c1b-2a3f-4b5c-9d8e-1f2a3b4c5d6e; Proxy: null)\"\r\n"
        ),
        Paste("en: word split by a hard wrap", #"""
            Failed to execute action arn:aws:sns:us-east-1:111122223333:ops-alerts. Received error: "null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedEx
            ception; Request ID: 7d9e0c1b-2a3f-4b5c-9d8e-1f2a3b4c5d6e; Proxy: null)"
            """#),
        Paste("en: full-width Latin", fullWidth(#"""
            Failed to execute action arn:aws:sns:us-east-1:111122223333:ops-alerts. Received error: "null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 7d9e0c1b-2a3f-4b5c-9d8e-1f2a3b4c5d6e; Proxy: null)"
            """#)),
        Paste("en: describe-alarm-history JSON", #"""
            {
                "AlarmHistoryItems": [
                    {
                        "AlarmName": "queue-depth-high",
                        "AlarmType": "MetricAlarm",
                        "Timestamp": "2026-12-04T07:31:09.217000+00:00",
                        "HistoryItemType": "Action",
                        "HistoryData": "{\"actionState\":\"Failed\",\"stateUpdateTimestamp\":1796455869217,\"notificationResource\":\"arn:aws:sns:eu-west-2:864200001357:queue-alerts\",\"publishedMessage\":null,\"error\":\"null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 2c7e9a4b-6d1f-4a3e-b8c5-0e9d7f2a6b41; Proxy: null)\"}",
                        "HistorySummary": "Failed to execute action arn:aws:sns:eu-west-2:864200001357:queue-alerts. Received error: \"null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 2c7e9a4b-6d1f-4a3e-b8c5-0e9d7f2a6b41; Proxy: null)\""
                    }
                ]
            }
            """#),
        Paste("en: CLI prompt line before", #"""
            $ aws cloudwatch describe-alarm-history --alarm-name cpu-high --history-item-type Action --query 'AlarmHistoryItems[].HistorySummary' --output text
            Failed to execute action arn:aws:sns:us-east-1:111122223333:ops-alerts. Received error: "null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 7d9e0c1b-2a3f-4b5c-9d8e-1f2a3b4c5d6e; Proxy: null)"
            """#),
        englishTruncated,
    ]

    static let japanese: [Paste] = [
        Paste("ja: other account, region, topic, request id", #"""
            アクション arn:aws:sns:ap-northeast-3:246801357924:ops-pager の実行に失敗しました。エラーが発生しました: “null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: b7e3c1d9-5a2f-4e8b-9c6d-1f0a3e5b7c92; Proxy: null)”
            """#),
        Paste("ja: straight quotes", #"""
            アクション arn:aws:sns:ap-northeast-1:123456789012:alarm-notify の実行に失敗しました。エラーが発生しました: "null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 4f6c1a2e-9b7d-4c1e-8a53-0d2e6b7f9c10;Proxy: null)"
            """#),
        Paste("ja: log lines before and after", #"""
            [2026-12-05 18:20:11 JST] アラーム監視: rds-cpu-high (ap-northeast-1) を確認中
            [2026-12-05 18:20:12 JST] アラーム監視: アクション arn:aws:sns:ap-northeast-1:319753186420:rds-alerts の実行に失敗しました。エラーが発生しました: "null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 9f3b7d1e-2c6a-4f8e-b0d4-7a5c3e1f9b26; Proxy: null)"
            [2026-12-05 18:20:12 JST] アラーム監視: 失敗したアクションは 1 件
            [2026-12-05 18:20:13 JST] アラーム監視: 60 秒待機
            """#),
        Paste("ja: rewrapped at spaces over four lines", #"""
            アクション arn:aws:sns:ap-northeast-1:123456789012:alarm-notify
            の実行に失敗しました。エラーが発生しました: “null (Service: AWSKMS; Status
            Code: 400; Error Code: AccessDeniedException; Request ID:
            4f6c1a2e-9b7d-4c1e-8a53-0d2e6b7f9c10;Proxy: null)”
            """#),
        Paste("ja: word split by a hard wrap", #"""
            アクション arn:aws:sns:ap-northeast-1:123456789012:alarm-notify の実行に失敗しました。エラーが発生しました: “null (Service: AWSKMS; Status Code: 400; Error Code: AccessDe
            niedException; Request ID: 4f6c1a2e-9b7d-4c1e-8a53-0d2e6b7f9c10;Proxy: null)”
            """#),
        Paste("ja: full-width Latin", fullWidth(#"""
            アクション arn:aws:sns:ap-northeast-1:123456789012:alarm-notify の実行に失敗しました。エラーが発生しました: “null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 4f6c1a2e-9b7d-4c1e-8a53-0d2e6b7f9c10;Proxy: null)”
            """#)),
        Paste("ja: half-width katakana", #"""
            ｱｸｼｮﾝ arn:aws:sns:ap-northeast-1:123456789012:alarm-notify の実行に失敗しました｡ｴﾗｰが発生しました: “null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 4f6c1a2e-9b7d-4c1e-8a53-0d2e6b7f9c10;Proxy: null)”
            """#),
        Paste("ja: CLI prompt line before", #"""
            [ec2-user@bastion ~]$ cat アラーム履歴.txt
            アクション arn:aws:sns:ap-northeast-1:123456789012:alarm-notify の実行に失敗しました。エラーが発生しました: “null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 4f6c1a2e-9b7d-4c1e-8a53-0d2e6b7f9c10;Proxy: null)”
            """#),
        japaneseTruncated,
    ]

    /// Returns `text` with every printable ASCII character in its full-width form (U+FF01 to
    /// U+FF5E) and every space as an ideographic space, as a Japanese input method types them.
    static func fullWidth(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x21...0x7E:
                scalars.append(Unicode.Scalar(scalar.value + 0xFEE0) ?? scalar)
            case 0x20:
                scalars.append("\u{3000}")
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}

/// Pastes that the built-in pattern must not claim.
enum NonMatchingPastes {
    static let englishThrottling = #"""
        Failed to execute action arn:aws:sns:us-west-2:246813579024:api-oncall. Received error: "null (Service: AWSKMS; Status Code: 400; Error Code: ThrottlingException; Request ID: c4e8a2f6-0b9d-4d3c-8e7a-5f1b3d9c2e60; Proxy: null)"
        """#

    static let japaneseThrottling = #"""
        アクション arn:aws:sns:ap-northeast-1:975318642097:oncall-sms の実行に失敗しました。エラーが発生しました: "null (Service: AWSKMS; Status Code: 400; Error Code: ThrottlingException; Request ID: 1d5f9b3e-7a2c-4e6b-8f0d-3c9a7e5b1d42; Proxy: null)"
        """#

    static let all: [Paste] = [
        Paste("Kubernetes OOMKilled event", #"""
            $ kubectl get events -n batch --field-selector reason=OOMKilling
            LAST SEEN   TYPE      REASON       OBJECT                                          MESSAGE
            2m          Warning   OOMKilling   node/ip-10-0-7-88.us-west-2.compute.internal   Memory cgroup out of memory: Killed process 4411 (python3) total-vm:3145728kB, anon-rss:1572864kB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:3120kB oom_score_adj:992
            $ kubectl describe pod report-worker-6b7f9d8c4-zt5rp -n batch | grep -A 3 'Last State'
                Last State:     Terminated
                  Reason:       OOMKilled
                  Exit Code:    137
            """#),
        Paste("en: ThrottlingException in the same wrapper", englishThrottling),
        Paste("ja: ThrottlingException in the same wrapper", japaneseThrottling),
        Paste("SNS:Publish denied by the topic policy", #"""
            Failed to execute action arn:aws:sns:eu-west-1:444455556666:payments-oncall. Received error: "Resource: arn:aws:cloudwatch:eu-west-1:444455556666:alarm:payments-5xx is not authorized to perform: SNS:Publish on resource: arn:aws:sns:eu-west-1:444455556666:payments-oncall"
            """#),
        Paste("empty string", ""),
        Paste("whitespace only", " \n\t\u{3000}\r\n  "),
        Paste("unrelated Japanese timeout", "接続がタイムアウトしました"),
        Paste("unrelated Japanese error with the console wrapper", "エラーが発生しました: データベースへの接続がタイムアウトしました (30 秒)"),
        Paste("random bytes", binaryLikeText(byteCount: 4096, seed: 0x5EED)),
    ]

    /// Returns `byteCount` pseudo-random bytes decoded as UTF-8 with replacement characters, as a
    /// terminal shows a binary file. The same seed gives the same text on every run.
    static func binaryLikeText(byteCount: Int, seed: UInt64) -> String {
        var state = seed
        var bytes: [UInt8] = []
        bytes.reserveCapacity(byteCount)
        for _ in 0..<byteCount {
            // A 64-bit linear congruential generator with Knuth's MMIX constants.
            state = state &* 6364136223846793005 &+ 1442695040888963407
            bytes.append(UInt8(truncatingIfNeeded: state >> 56))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
