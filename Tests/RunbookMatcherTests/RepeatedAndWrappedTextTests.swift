import Testing

@testable import RunbookMatcher

/// Pastes that contain a complete, unbroken copy of the signature among repeats of its words, or
/// with a hard wrap inside Japanese text. Each must still be rated exact.
struct RepeatedAndWrappedTextTests {
    static let message = #"""
        Failed to execute action arn:aws:sns:us-east-1:111122223333:ops-alerts. Received error: "null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 7d9e0c1b-2a3f-4b5c-9d8e-1f2a3b4c5d6e; Proxy: null)"
        """#

    static let laterCopies: [Paste] = [
        Paste("log line with null after the message", message + #"""

            2026-12-05T09:14:02.409Z DEBUG alarm-watch publishedMessage=null
            """#),
        Paste("ThrottlingException line after the message", message + #"""

            Failed to execute action arn:aws:sns:us-east-1:111122223333:ops-alerts. Received error: "null (Service: AWSKMS; Status Code: 400; Error Code: ThrottlingException; Request ID: 3e7b1d5f-9a2c-4e6b-8d0f-4c2a6e8b0d17; Proxy: null)"
            """#),
        Paste("HistorySummary before HistoryData", #"""
            {
                "HistoryItemType": "Action",
                "HistorySummary": "Failed to execute action arn:aws:sns:eu-west-2:864200001357:queue-alerts. Received error: \"null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 2c7e9a4b-6d1f-4a3e-b8c5-0e9d7f2a6b41; Proxy: null)\"",
                "HistoryData": "{\"actionState\":\"Failed\",\"publishedMessage\":null,\"error\":\"null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 2c7e9a4b-6d1f-4a3e-b8c5-0e9d7f2a6b41; Proxy: null)\"}"
            }
            """#),
    ]

    @Test("later copies of the last tokens keep exact", arguments: laterCopies)
    func laterCopiesKeepExact(paste: Paste) throws {
        let index = try BuiltIn.index()

        let match = try #require(index.bestMatch(for: paste.text))

        #expect(match.patternID == BuiltIn.patternID)
        #expect(match.confidence == .exact)
    }

    @Test("hard wrap inside Japanese text keeps exact")
    func hardWrapInsideJapaneseKeepsExact() throws {
        let index = try BuiltIn.index()
        let paste = #"""
            アクション arn:aws:sns:ap-northeast-1:123456789012:alarm-notify の実行に失敗しま
            した。エラーが発生しました: "null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 4f6c1a2e-9b7d-4c1e-8a53-0d2e6b7f9c10; Proxy: null)"
            """#

        let match = try #require(index.bestMatch(for: paste))

        #expect(match.patternID == BuiltIn.patternID)
        #expect(match.confidence == .exact)
        #expect(match.missingTokens.isEmpty)
    }
}
