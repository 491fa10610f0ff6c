import RunbookCatalog
import Testing

@testable import RunbookMatcher

/// One signature, one paste and the result the aligner must return.
struct AlignmentCase: Sendable, CustomTestStringConvertible {
    var name: String
    var signature: String
    var paste: String
    var confidence: Confidence
    var score: Double
    var missing: [String] = []
    var contradicted: [String] = []

    var testDescription: String {
        name
    }
}

/// The aligner through ``MatchIndex``, with one signature whose tokens all weigh the same, so that
/// each score is a plain share of tokens.
struct SignatureAlignerTests {
    static let phonetic = "alpha bravo charlie delta echo foxtrot golf hotel"
    static let withPlaceholder = "alpha bravo {value} charlie delta"

    static let cases: [AlignmentCase] = [
        AlignmentCase(name: "whole signature", signature: phonetic, paste: phonetic, confidence: .exact, score: 1),
        AlignmentCase(
            name: "text around the signature", signature: phonetic,
            paste: "12:00 log: Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel (retrying)", confidence: .exact, score: 1
        ),
        AlignmentCase(
            name: "noise inside the signature", signature: phonetic,
            paste: "alpha bravo charlie extra delta echo foxtrot golf hotel", confidence: .likely, score: 1
        ),
        AlignmentCase(
            name: "one token replaced", signature: phonetic,
            paste: "alpha bravo charlie zulu echo foxtrot golf hotel", confidence: .weak, score: 0.75, contradicted: ["delta"]
        ),
        AlignmentCase(
            name: "two tokens replaced by one", signature: phonetic,
            paste: "alpha bravo zulu echo foxtrot golf hotel", confidence: .weak, score: 0.5, contradicted: ["charlie", "delta"]
        ),
        AlignmentCase(
            name: "tail cut at three quarters", signature: phonetic,
            paste: "alpha bravo charlie delta echo foxtrot", confidence: .likely, score: 0.75, missing: ["golf", "hotel"]
        ),
        AlignmentCase(
            name: "head cut at three quarters", signature: phonetic,
            paste: "charlie delta echo foxtrot golf hotel", confidence: .likely, score: 0.75, missing: ["alpha", "bravo"]
        ),
        AlignmentCase(
            name: "token left out", signature: phonetic,
            paste: "alpha bravo charlie echo foxtrot golf hotel", confidence: .likely, score: 0.875, missing: ["delta"]
        ),
        AlignmentCase(
            name: "tail missing before next line", signature: phonetic,
            paste: "alpha bravo charlie delta echo\nthen other words", confidence: .weak, score: 0.625, missing: ["foxtrot", "golf", "hotel"]
        ),
        AlignmentCase(
            name: "paste cut inside signature tail", signature: phonetic,
            paste: "alpha bravo charlie delta", confidence: .likely, score: 0.5, missing: ["echo", "foxtrot", "golf", "hotel"]
        ),
        AlignmentCase(
            name: "paste starting inside signature", signature: phonetic,
            paste: "echo foxtrot golf hotel", confidence: .likely, score: 0.5, missing: ["alpha", "bravo", "charlie", "delta"]
        ),

        AlignmentCase(
            name: "word split by a line wrap", signature: phonetic,
            paste: "alpha bravo char\nlie delta echo foxtrot golf hotel", confidence: .exact, score: 1
        ),
        AlignmentCase(
            name: "word split into three pieces", signature: phonetic,
            paste: "alpha bravo charlie delta e\nch\no foxtrot golf hotel", confidence: .exact, score: 1
        ),
        AlignmentCase(
            name: "word split by a hyphen", signature: phonetic,
            paste: "alpha bravo charlie delta echo fox-trot golf hotel", confidence: .exact, score: 1
        ),
        AlignmentCase(
            name: "split pieces that spell another word", signature: phonetic,
            paste: "alpha bravo char lee delta echo foxtrot golf hotel", confidence: .weak, score: 0.75, contradicted: ["charlie"]
        ),
        AlignmentCase(
            name: "placeholder filled", signature: withPlaceholder,
            paste: "alpha bravo any text: at all, 42 charlie delta", confidence: .exact, score: 1
        ),
        AlignmentCase(
            name: "placeholder empty", signature: withPlaceholder,
            paste: "alpha bravo charlie delta", confidence: .exact, score: 1
        ),
        AlignmentCase(
            name: "token after a placeholder absent", signature: withPlaceholder,
            paste: "alpha bravo something delta", confidence: .likely, score: 0.75, missing: ["charlie"]
        ),
    ]

    @Test("classifies the paste", arguments: cases)
    func classifiesPaste(testCase: AlignmentCase) throws {
        let index = Self.index(testCase.signature)

        let result = try #require(index.results(for: testCase.paste).first)

        #expect(result.confidence == testCase.confidence)
        #expect(abs(result.score - testCase.score) < 1e-9)
        #expect(result.missingTokens == testCase.missing)
        #expect(result.contradictedTokens == testCase.contradicted)
    }

    @Test("drops results below weak", arguments: [
        ("tail cut to three eighths", "alpha bravo charlie"),
        ("cut paste below half", "noise words before alpha bravo charlie"),
        ("other text where the tail belongs", "alpha bravo charlie delta echo then other words"),
        ("signature reversed", "hotel golf foxtrot echo delta charlie bravo alpha"),
        ("unrelated text", "the quick brown fox"),
        ("empty paste", ""),
    ])
    func dropsResultsBelowWeak(name: String, paste: String) {
        let index = Self.index(Self.phonetic)

        #expect(index.results(for: paste).isEmpty, "\(name)")
    }

    @Test("found tokens follow signature order")
    func foundTokensFollowSignatureOrder() throws {
        let index = Self.index(Self.phonetic)

        let result = try #require(index.results(for: "alpha bravo charlie delta echo foxtrot").first)

        #expect(result.foundTokens == ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"])
    }

    @Test("score at weak threshold is kept")
    func scoreAtWeakThresholdIsKept() throws {
        let index = Self.index("alpha bravo charlie delta echo foxtrot golf hotel india juliet")

        let result = try #require(index.results(for: "alpha bravo charlie delta").first)
        #expect(result.confidence == .weak)
    }

    static func index(_ signatures: String...) -> MatchIndex {
        let compiled = signatures.enumerated().map { offset, text in
            CompiledSignature(
                patternID: "pattern-\(offset)",
                sample: CodeSample(text: text, location: SourceLocation(path: "pattern-\(offset).en.md", line: 1))
            )
        }
        return MatchIndex(signatures: compiled)
    }
}

@Suite struct ContradictionRuleTests {
    @Test func sameLineTailIsContradicted() throws {
        let index = SignatureAlignerTests.index("The security token included in the request is expired")

        let result = try #require(index.results(for: "The security token included in the request is invalid").first)

        #expect(result.confidence == .weak)
        #expect(result.contradictions == [Contradiction(expected: "expired", found: "invalid")])
    }

    @Test func wordBeforePlaceholderIsContradicted() throws {
        let index = SignatureAlignerTests.index("is not authorized to perform: SNS:{action} on resource: {arn}")

        let result = try #require(index.results(for: "User: x is not authorized to perform: logs:PutLogEvents on resource: y").first)

        #expect(result.confidence == .weak)
        #expect(result.contradictedTokens == ["sns"])
    }

    @Test func placeholderValueIsNotContradiction() throws {
        let index = SignatureAlignerTests.index("Failed to execute action {topic}. Received error: boom")

        let result = try #require(index.results(for: "Failed to execute action ops-alerts. error: boom").first)

        #expect(result.contradictedTokens.isEmpty)
        #expect(result.missingTokens == ["received"])
    }

    @Test func oneRareWordIsNotLikely() throws {
        let index = SignatureAlignerTests.index("Lambda throttling", "An unrelated signature with many other words", "Another unrelated signature text")

        let result = try #require(index.results(for: "An error occurred (Throttling) when calling the DescribeStacks operation").first)

        #expect(result.confidence == .weak)
    }
}
