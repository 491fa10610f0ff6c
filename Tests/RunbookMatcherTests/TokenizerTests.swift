import Testing

@testable import RunbookMatcher

struct TokenizerTests {
    @Test("splits normalized text", arguments: [
        ("words and digits", "null (service: awskms; status code: 400", ["null", "service", "awskms", "status", "code", "400"]),
        ("underscore joins a word", "topic_arn", ["topic_arn"]),
        ("hyphen and colon separate", "arn:aws:sns:ap-northeast-1", ["arn", "aws", "sns", "ap", "northeast", "1"]),
        ("CJK run becomes bigrams", "失敗しました", ["失敗", "敗し", "しま", "まし", "した"]),
        ("katakana with prolonged sound mark", "エラー", ["エラ", "ラー"]),
        ("single CJK character", "a 中 b", ["a", "中", "b"]),
        ("CJK run next to a word", "アクションarn", ["アク", "クシ", "ショ", "ョン", "arn"]),
        ("punctuation ends a CJK run", "実行。エラー", ["実行", "エラ", "ラー"]),
        ("space ends a CJK run", "失敗し ました", ["失敗", "敗し", "まし", "した"]),
        ("Hangul run becomes bigrams", "오류발생", ["오류", "류발", "발생"]),
        ("punctuation only", "();:\"'{}", []),
        ("empty", "", []),
    ])
    func splitsNormalizedText(name: String, text: String, expected: [String]) {
        #expect(Tokenizer.tokens(of: text).map(\.text) == expected, "\(name)")
    }

    @Test("semicolon before Proxy separates")
    func semicolonBeforeProxySeparates() {
        let normalized = TextNormalizer.normalize("Request ID: 4f6c1a2e;Proxy: null")

        #expect(Tokenizer.tokens(of: normalized).map(\.text) == ["request", "id", "4f6c1a2e", "proxy", "null"])
    }

    @Test("marks only CJK tokens as bigrams")
    func marksOnlyCJKTokensAsBigrams() {
        let tokens = Tokenizer.tokens(of: "error エラー 400")

        #expect(tokens.map(\.isCJKBigram) == [false, true, true, false])
    }
}
