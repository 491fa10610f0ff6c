import Testing
@testable import RunbookCatalog

@Suite struct JSONValidatorTests {
    @Test(arguments: [
        #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["kms:Decrypt", "kms:GenerateDataKey*"], "Resource": "*"}]}"#,
        "[]",
        "{}",
        "  \n{\"a\": [1, -2.5e+3, 0, true, false, null]}\n",
        #""\u00e9\n\"quoted\"""#,
        "{\"日本語\": \"キー\"}",
    ])
    func validTextAccepted(text: String) throws {
        try JSONValidator.validate(text)
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9, "a string key"),
        ("[1, 2,]", 1, 7, "a value"),
        ("{'a': 1}", 1, 2, "a string key"),
        ("{\"a\": 1} extra", 1, 10, "end of input"),
        ("{\n  \"a\": 01\n}", 2, 9, "',' or '}'"),
        ("{\n  \"a\" 1\n}", 2, 7, "':'"),
        ("// comment\n{}", 1, 1, "a value"),
        ("{\"a\": \"tab\there\"}", 1, 11, "no control character inside a string"),
        ("\"\\x\"", 1, 3, "a valid escape such as \\n or \\u0041"),
        ("{\"a\": tru}", 1, 10, "'true'"),
        ("", 1, 1, "a value"),
        ("{\"Resource\": \"arn:aws:sns:REGION:ACCOUNT_ID:TOPIC\"", 1, 51, "',' or '}'"),
        ("[1 2]", 1, 4, "',' or ']'"),
    ])
    func invalidTextReportsPosition(text: String, line: Int, column: Int, expected: String) {
        #expect(throws: JSONValidator.SyntaxError(line: line, column: column, expected: expected)) {
            try JSONValidator.validate(text)
        }
    }

    @Test func deepNestingIsRejectedNotCrashed() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)

        #expect(throws: JSONValidator.SyntaxError.self) {
            try JSONValidator.validate(text)
        }
    }
}
