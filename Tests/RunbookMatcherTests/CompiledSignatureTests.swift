import RunbookCatalog
import Testing

@testable import RunbookMatcher

struct CompiledSignatureTests {
    typealias Segment = CompiledSignature.Segment

    @Test("splits placeholders from literals", arguments: [
        ("placeholder between literals", "Failed {topic_arn}. Received", [Segment.literal("Failed "), .placeholder("topic_arn"), .literal(". Received")]),
        ("JSON object stays literal", #"{"actionState":"Failed"}"#, [.literal(#"{"actionState":"Failed"}"#)]),
        ("uppercase name stays literal", "{Name} failed", [.literal("{Name} failed")]),
        ("digits and underscores in a name", "{a1_b2}", [.placeholder("a1_b2")]),
        ("name starting with a digit", "{1a}", [.literal("{1a}")]),
        ("hyphen in a name", "{topic-arn}", [.literal("{topic-arn}")]),
        ("empty braces", "{}", [.literal("{}")]),
        ("unclosed brace", "{topic_arn", [.literal("{topic_arn")]),
        ("placeholder inside JSON", #"{"k":{value}}"#, [.literal(#"{"k":"#), .placeholder("value"), .literal("}")]),
        ("adjacent placeholders", "{x}{y}", [.placeholder("x"), .placeholder("y")]),
        ("empty signature", "", []),
    ])
    func splitsPlaceholdersFromLiterals(name: String, text: String, expected: [Segment]) {
        #expect(CompiledSignature.segments(of: text) == expected, "\(name)")
    }

    @Test("marks tokens after placeholders")
    func marksTokensAfterPlaceholders() {
        let signature = compile("{arn} failed to {action} received error {code}")

        #expect(signature.tokens.map(\.text) == ["failed", "to", "received", "error"])
        #expect(signature.followsPlaceholder == [true, false, true, false])
    }

    @Test("normalizes literal text")
    func normalizesLiteralText() {
        let signature = compile("Ｅｒｒｏｒ Ｃｏｄｅ： AccessDeniedException; “Proxy”")

        #expect(signature.tokens.map(\.text) == ["error", "code", "accessdeniedexception", "proxy"])
    }

    @Test("JSON braces add no placeholder")
    func jsonBracesAddNoPlaceholder() {
        let signature = compile(#"{"error":"null"}"#)

        #expect(signature.tokens.map(\.text) == ["error", "null"])
        #expect(signature.followsPlaceholder == [false, false])
    }

    @Test("Japanese signature tokens")
    func japaneseSignatureTokens() {
        let signature = compile("アクション {topic_arn} の実行に失敗しました。")

        #expect(signature.tokens.map(\.text) == ["アク", "クシ", "ショ", "ョン", "の実", "実行", "行に", "に失", "失敗", "敗し", "しま", "まし", "した"])
        #expect(signature.followsPlaceholder[4])
        #expect(signature.followsPlaceholder.filter { $0 }.count == 1)
    }

    private func compile(_ text: String) -> CompiledSignature {
        CompiledSignature(patternID: "test-pattern", sample: CodeSample(text: text, location: SourceLocation(path: "test.en.md", line: 1)))
    }
}
