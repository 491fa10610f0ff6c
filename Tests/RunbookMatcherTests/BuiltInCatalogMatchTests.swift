import RunbookCatalog
import Testing

@testable import RunbookMatcher

/// The matcher against the shipped catalog: the seed pastes, the damage a paste picks up on its
/// way from the console, and the failures that only look alike.
struct BuiltInCatalogMatchTests {
    @Test("seed paste matches exactly", arguments: [SeedPaste.englishFileName, SeedPaste.japaneseFileName])
    func seedPasteMatchesExactly(fileName: String) throws {
        let index = try BuiltIn.index()
        let paste = try SeedPaste.text(named: fileName)

        let match = try #require(index.bestMatch(for: paste))

        #expect(match.patternID == BuiltIn.patternID)
        #expect(match.confidence == .exact)
        #expect(match.score == 1.0)
        #expect(match.missingTokens.isEmpty)
        #expect(match.contradictedTokens.isEmpty)
    }

    @Test("damaged paste still matches", arguments: MatchingPastes.english + MatchingPastes.japanese)
    func damagedPasteStillMatches(paste: Paste) throws {
        let index = try BuiltIn.index()

        let match = try #require(index.bestMatch(for: paste.text))

        #expect(match.patternID == BuiltIn.patternID)
        #expect(match.confidence == paste.expected)
    }

    @Test("full-width helper converts ASCII")
    func fullWidthHelperConvertsASCII() {
        let converted = MatchingPastes.fullWidth("Error Code: AccessDeniedException")

        #expect(converted == "Ｅｒｒｏｒ\u{3000}Ｃｏｄｅ：\u{3000}ＡｃｃｅｓｓＤｅｎｉｅｄＥｘｃｅｐｔｉｏｎ")
    }

    @Test("look-alike paste does not match", arguments: NonMatchingPastes.all)
    func lookAlikePasteDoesNotMatch(paste: Paste) throws {
        let index = try BuiltIn.index()

        #expect(index.bestMatch(for: paste.text) == nil)
    }

    @Test(
        "ThrottlingException contradicts the signature",
        arguments: [NonMatchingPastes.englishThrottling, NonMatchingPastes.japaneseThrottling]
    )
    func throttlingContradictsSignature(paste: String) throws {
        let index = try BuiltIn.index()

        let result = try #require(index.results(for: paste).first)

        #expect(result.patternID == BuiltIn.patternID)
        #expect(result.confidence == .weak)
        #expect(result.contradictedTokens == ["accessdeniedexception"])
        #expect(!result.foundTokens.contains("accessdeniedexception"))
        #expect(result.missingTokens.isEmpty)
        #expect(result.score < 1.0)
    }

    @Test("truncated paste misses the tail", arguments: [MatchingPastes.englishTruncated, MatchingPastes.japaneseTruncated])
    func truncatedPasteMissesTail(paste: Paste) throws {
        let index = try BuiltIn.index()

        let match = try #require(index.bestMatch(for: paste.text))

        #expect(match.confidence == .likely)
        #expect(match.missingTokens.contains("proxy"))
        #expect(match.missingTokens == ["proxy", "null"])
        #expect(match.contradictedTokens.isEmpty)
        #expect(match.score < 1.0)
        #expect(match.score >= MatchThresholds.likely)
    }

    @Test("SNS:Publish error stays weak")
    func snsPublishErrorStaysWeak() throws {
        let index = try BuiltIn.index()
        let paste = try #require(NonMatchingPastes.all.first { $0.name.hasPrefix("SNS:Publish") })

        let results = index.results(for: paste.text)

        #expect(results.allSatisfy { $0.confidence == .weak })
    }

    @Test("built-in catalog has no diagnostics")
    func builtInCatalogHasNoDiagnostics() throws {
        let catalog = try CatalogLoader.loadBuiltIn()

        #expect(catalog.diagnostics.isEmpty)
        #expect(catalog.patterns.count == 56)
        #expect(catalog.pattern(withID: BuiltIn.patternID) != nil)
    }

    @Test("look-alikes go to their own pattern in the full catalog", arguments: [
        (NonMatchingPastes.englishThrottling, "aws-api-rate-exceeded-throttling"),
        (NonMatchingPastes.japaneseThrottling, "aws-api-rate-exceeded-throttling"),
    ])
    func lookAlikeGoesToOwnPattern(paste: String, expectedID: String) throws {
        let best = try BuiltIn.fullIndex().bestMatch(for: paste)

        #expect(best?.patternID == expectedID)
    }

    @Test("topic-policy error goes to its own pattern in the full catalog")
    func topicPolicyErrorGoesToOwnPattern() throws {
        let paste = try #require(NonMatchingPastes.all.first { $0.name.hasPrefix("SNS:Publish") })

        let best = try BuiltIn.fullIndex().bestMatch(for: paste.text)

        #expect(best?.patternID == "cloudwatch-alarm-sns-topic-policy-denied")
    }

    @Test("seed pastes find the seed in the full catalog")
    func seedPastesFindSeedInFullCatalog() throws {
        let index = try BuiltIn.fullIndex()

        for name in [SeedPaste.englishFileName, SeedPaste.japaneseFileName] {
            let best = index.bestMatch(for: try SeedPaste.text(named: name))
            #expect(best?.patternID == BuiltIn.patternID, "\(name)")
            #expect(best?.confidence == .exact, "\(name)")
        }
    }

    @Test("built-in pattern has both signatures")
    func builtInPatternHasBothSignatures() throws {
        let index = try BuiltIn.index()

        let first = index.signatures.map { $0.tokens.first?.text }

        #expect(index.signatures.count == 2)
        #expect(first.contains("failed"))
        #expect(first.contains("アク"))
    }
}
