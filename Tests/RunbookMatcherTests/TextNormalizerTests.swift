import Testing

@testable import RunbookMatcher

struct TextNormalizerTests {
    @Test("normalizes transport damage", arguments: [
        ("full-width Latin and digits", "ＡＢＣ１２３", "abc123"),
        ("full-width punctuation", "（Ｓｅｒｖｉｃｅ：ＡＷＳＫＭＳ；）", "(service:awskms;)"),
        ("half-width katakana", "ｱｸｼｮﾝ", "アクション"),
        ("half-width katakana with sound marks", "ｴﾗｰ ﾃﾞｰﾀ", "エラー データ"),
        ("half-width ideographic full stop", "失敗しました｡", "失敗しました。"),
        ("curly double quotes", "“null”", "\"null\""),
        ("curly single quotes", "‘null’", "'null'"),
        ("corner brackets", "「null」", "\"null\""),
        ("dashes", "a\u{2010}b\u{2011}c\u{2012}d\u{2013}e\u{2014}f\u{2015}g\u{2212}h\u{FE63}i", "a-b-c-d-e-f-g-h-i"),
        ("newlines and tabs", "Failed\tto\n\nexecute\r\naction", "failed to\nexecute\naction"),
        ("leading and trailing whitespace", "  \n Proxy: null \n ", "proxy: null"),
        ("ideographic space", "エラー\u{3000}発生", "エラー 発生"),
        ("no-break space", "Request\u{00A0}ID", "request id"),
        ("mixed case", "AccessDeniedException", "accessdeniedexception"),
        ("empty", "", ""),
        ("whitespace only", " \n\t\u{3000}\r\n ", ""),
    ])
    func normalizesTransportDamage(name: String, input: String, expected: String) {
        #expect(TextNormalizer.normalize(input) == expected, "\(name)")
    }

    @Test("keeps ASCII punctuation")
    func keepsASCIIPunctuation() {
        let text = #"{"error":"null (Service: AWSKMS; Request ID: 1;Proxy: null)"}"#

        #expect(TextNormalizer.normalize(text) == #"{"error":"null (service: awskms; request id: 1;proxy: null)"}"#)
    }
}
