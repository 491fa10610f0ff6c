import Foundation
import RunbookCatalog
import Testing
@testable import RunbookMatcher

@Suite struct ValueMaskerTests {
    @Test(arguments: [
        ("arn:aws:sns:us-east-1:111122223333:ops-alerts", "arn aws sns {arn}"),
        ("arn:aws:iam::123456789012:role/app-role", "arn aws iam role {arn}"),
        ("arn:aws:cloudwatch:ap-northeast-1:123456789012:alarm:cpu-high", "arn aws cloudwatch alarm {arn}"),
        ("arn:aws-cn:s3:::my-bucket/key.txt", "arn aws-cn s3 {arn}"),
        ("request id: 7d9e0c1b-2a3f-4b5c-9d8e-1f2a3b4c5d6e;", "request id: {uuid} ;"),
        ("account 123456789012 in ap-northeast-1", "account {account} in {region}"),
        ("from 10.0.1.23 at 2026-12-04t10:00:01.123z", "from {ip} at {timestamp}"),
        ("mail ops@example.com", "mail {email}"),
        ("key akiaiosfodnn7example", "key {access_key}"),
        ("s3 request 4442587fb7d0a2f9", "s3 request {hex}"),
        ("status code: 400; code 403", "status code: 400; code 403"),
        ("deadbeefdeadbeef and 1234567890123456", "deadbeefdeadbeef and 1234567890123456"),
        ("アクション123456789012の実行", "アクション {account} の実行"),
        ("in cn-north-1 and cn-northwest-1", "in {region} and {region}"),
        ("arn:aws:sns:ap-northeast-1:123456789012:topic、次", "arn aws sns {arn} 、次"),
        ("xarn:aws:sns:us-east-1:123456789012:t", "xarn:aws:sns: {region} : {account} :t"),
    ])
    func masksVolatileValues(input: String, expected: String) {
        let masked = ValueMasker.mask(input).replacingOccurrences(of: "\u{E000}", with: "{").replacingOccurrences(of: "\u{E001}", with: "}")

        #expect(masked.split(separator: " ") == expected.split(separator: " "))
    }

    @Test func everyKindCompiles() {
        for kind in ValueMasker.kinds {
            #expect((try? NSRegularExpression(pattern: kind.pattern)) != nil, "\(kind.name) does not compile")
        }
    }

    @Test func maskedValueIsOneToken() {
        let tokens = Tokenizer.matchTokens(of: "Request ID: 7D9E0C1B-2A3F-4B5C-9D8E-1F2A3B4C5D6E; by arn:aws:iam::123456789012:role/x")

        #expect(tokens.map(\.text) == ["request", "id", "{uuid}", "by", "arn", "aws", "iam", "role", "{arn}"])
    }

    @Test func literalBracesInPasteStayWords() {
        let tokens = Tokenizer.matchTokens(of: #"{"Effect": "Deny"} {Account"#)

        #expect(tokens.map(\.text) == ["effect", "deny", "account"])
    }

    @Test func literalBracesInSignatureAreNotMaskedValues() {
        let signature = CompiledSignature(
            patternID: "p",
            sample: CodeSample(text: "Account {Account} has {uuid} left", location: SourceLocation(path: "p.en.md", line: 1))
        )

        #expect(signature.tokens.map(\.text) == ["account", "account", "has", "left"])
        #expect(Tokenizer.matchTokens(of: "Account 123456789012 has").map(\.text) == ["account", "{account}", "has"])
    }
}
