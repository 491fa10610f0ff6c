import Foundation
import RunbookCatalog
import Testing

@testable import RunbookMatcher

/// Ranking and limits, over a catalog of two made-up patterns whose ids sort in the opposite
/// order from the result each ranking test expects.
struct MatchIndexTests {
    static let ledger = PatternFixture(
        id: "ledger-sync-failed",
        signatures: ["Widget sync failed for ledger {ledger}, retry later"],
        englishExamples: ["Widget sync failed for ledger L-100, retry later"],
        japaneseExamples: ["Widget sync failed for ledger L-200, retry later"]
    )
    static let volume = PatternFixture(
        id: "volume-quota-exceeded",
        signatures: ["Gadget quota exceeded for volume {volume}, contact support"],
        englishExamples: ["Gadget quota exceeded for volume vol-100, contact support"],
        japaneseExamples: ["Gadget quota exceeded for volume vol-200, contact support"]
    )

    static let bothExact = """
        Widget sync failed for ledger L-7, retry later
        Gadget quota exceeded for volume vol-7, contact support
        """

    static func index() -> MatchIndex {
        MatchIndex(catalog: PatternFixture.catalog([ledger, volume]))
    }

    @Test("fixture catalog is valid")
    func fixtureCatalogIsValid() {
        let catalog = PatternFixture.catalog([Self.ledger, Self.volume])

        #expect(catalog.diagnostics.isEmpty)
        #expect(catalog.patterns.map(\.id) == ["ledger-sync-failed", "volume-quota-exceeded"])
    }

    @Test("exact ranks above likely")
    func exactRanksAboveLikely() {
        // The ledger line has noise inside, so it is likely with a full score.
        let paste = """
            Widget sync failed badly for ledger L-7, retry later
            Gadget quota exceeded for volume vol-7, contact support
            """

        let results = Self.index().results(for: paste)

        #expect(results.map(\.patternID) == ["volume-quota-exceeded", "ledger-sync-failed"])
        #expect(results.map(\.confidence) == [.exact, .likely])
        #expect(results.map(\.score) == [1.0, 1.0])
    }

    @Test("higher score ranks first")
    func higherScoreRanksFirst() {
        // Both are likely. The volume line has noise inside, and the ledger line lost its last word.
        let paste = """
            Widget sync failed for ledger L-7, retry
            Gadget quota exceeded again for volume vol-7, contact support
            """

        let results = Self.index().results(for: paste)

        #expect(results.map(\.patternID) == ["volume-quota-exceeded", "ledger-sync-failed"])
        #expect(results.map(\.confidence) == [.likely, .likely])
        #expect(results.map(\.score) == results.map(\.score).sorted(by: >))
        #expect(results.first?.score != results.last?.score)
    }

    @Test("ties break by id")
    func tiesBreakByID() {
        let results = Self.index().results(for: Self.bothExact)

        #expect(results.map(\.patternID) == ["ledger-sync-failed", "volume-quota-exceeded"])
        #expect(results.map(\.confidence) == [.exact, .exact])
        #expect(results.map(\.score) == [1.0, 1.0])
    }

    @Test("limit caps the results", arguments: [
        (0, [String]()),
        (1, ["ledger-sync-failed"]),
        (2, ["ledger-sync-failed", "volume-quota-exceeded"]),
        (10, ["ledger-sync-failed", "volume-quota-exceeded"]),
    ])
    func limitCapsResults(limit: Int, expected: [String]) {
        let results = Self.index().results(for: Self.bothExact, limit: limit)

        #expect(results.map(\.patternID) == expected)
    }

    @Test("best match skips weak results")
    func bestMatchSkipsWeakResults() throws {
        let index = Self.index()
        let paste = "Widget sync succeeded for ledger L-7, retry later"

        let result = try #require(index.results(for: paste).first)

        #expect(result.confidence == .weak)
        #expect(index.bestMatch(for: paste) == nil)
    }

    @Test("best match takes the top result")
    func bestMatchTakesTopResult() throws {
        let paste = """
            Widget sync failed badly for ledger L-7, retry later
            Gadget quota exceeded for volume vol-7, contact support
            """

        let match = try #require(Self.index().bestMatch(for: paste))

        #expect(match.patternID == "volume-quota-exceeded")
    }

    @Test("one result per pattern, its best signature")
    func oneResultPerPattern() throws {
        let signatures = ["alpha bravo charlie delta", "alpha bravo echo foxtrot"].map { text in
            CompiledSignature(patternID: "two-signatures", sample: CodeSample(text: text, location: SourceLocation(path: "two-signatures.en.md", line: 1)))
        }
        let index = MatchIndex(signatures: signatures)

        let results = index.results(for: "alpha bravo echo foxtrot")

        #expect(results.count == 1)
        #expect(results.first?.signature.text == "alpha bravo echo foxtrot")
        #expect(results.first?.confidence == .exact)
    }

    @Test("split words pass the match filter")
    func splitWordsPassTheFilterForMatchesOnly() throws {
        // Four of the eight words are split, so the paste's whole tokens cover less than the
        // likely share. The filter must count the pieces as the words they spell, as the
        // alignment does, or `runbook match` and `runbook match --explain` disagree.
        let signature = CompiledSignature(patternID: "phonetic", sample: CodeSample(text: "alpha bravo charlie delta echo foxtrot golf hotel", location: SourceLocation(path: "phonetic.en.md", line: 1)))
        let index = MatchIndex(signatures: [signature])
        let tokens = Tokenizer.matchTokens(of: "alpha bra\nvo char\nlie del-ta echo fox\ntr\not golf hotel")

        let forMatches = try #require(index.results(for: tokens, minimumShare: MatchThresholds.truncatedMinimumShare).first)
        let all = try #require(index.results(for: tokens).first)

        #expect(forMatches.confidence == .exact)
        #expect(all.confidence == .exact)
    }

    @Test("cross-word pieces miss the match filter")
    func piecesAcrossWordsAreTheFiltersException() throws {
        // docs/matching.md, section 7.1, gives this paste as the case the filter misses.
        let signature = CompiledSignature(patternID: "phonetic", sample: CodeSample(text: "alpha bravo charlie delta echo foxtrot golf hotel", location: SourceLocation(path: "phonetic.en.md", line: 1)))
        let index = MatchIndex(signatures: [signature])
        let tokens = Tokenizer.matchTokens(of: "alpha bravoch arlie deltaec ho foxtrot golf hotel")

        let all = try #require(index.results(for: tokens).first)

        #expect(index.results(for: tokens, minimumShare: MatchThresholds.truncatedMinimumShare).isEmpty)
        #expect(all.confidence == .exact)
    }

    @Test("catalog skips signatures without tokens")
    func catalogSkipsSignaturesWithoutTokens() {
        let onlyPlaceholder = PatternFixture(
            id: "only-placeholder",
            signatures: ["{message}", "Widget sync failed"],
            englishExamples: ["Widget sync failed"],
            japaneseExamples: ["Widget sync failed"]
        )

        let index = MatchIndex(catalog: PatternFixture.catalog([onlyPlaceholder]))

        #expect(index.signatures.map(\.sample.text) == ["Widget sync failed"])
    }

    @Test("rarer tokens weigh more")
    func rarerTokensWeighMore() {
        let index = SignatureAlignerTests.index("shared alpha", "shared bravo")

        #expect(index.weight(of: Token(text: "shared", isCJKBigram: false)) == log(2))
        #expect(index.weight(of: Token(text: "alpha", isCJKBigram: false)) == log(3))
        #expect(index.weight(of: Token(text: "unknown", isCJKBigram: false)) == log(2))
    }

    @Test("CJK bigram weighs half a word")
    func cjkBigramWeighsHalf() {
        let index = SignatureAlignerTests.index("エラー error")

        #expect(index.weight(of: Token(text: "エラ", isCJKBigram: true)) == log(2) * 0.5)
        #expect(index.weight(of: Token(text: "error", isCJKBigram: false)) == log(2))
    }

    @Test("thresholds are pinned")
    func thresholdsArePinned() {
        #expect(MatchThresholds.likely == 0.75)
        #expect(MatchThresholds.weak == 0.4)
        #expect(MatchThresholds.cjkBigramFactor == 0.5)
    }

    @Test("confidence order", arguments: [
        (Confidence.exact, Confidence.likely),
        (.likely, .weak),
        (.exact, .weak),
    ])
    func confidenceOrder(higher: Confidence, lower: Confidence) {
        #expect(higher > lower)
        #expect(!(lower > higher))
    }

    @Test("only exact and likely are matches")
    func onlyExactAndLikelyAreMatches() {
        #expect(Confidence.exact.isMatch)
        #expect(Confidence.likely.isMatch)
        #expect(!Confidence.weak.isMatch)
    }
}

@Suite struct MatchIndexArchiveTests {
    @Test func archiveRoundTripGivesSameResults() throws {
        let index = try BuiltIn.index()
        let restored = try MatchIndex(archived: index.archived())
        let paste = try SeedPaste.text(named: SeedPaste.japaneseFileName)

        #expect(restored.signatures.map(\.sample) == index.signatures.map(\.sample))
        #expect(restored.results(for: paste).map(\.patternID) == index.results(for: paste).map(\.patternID))
        #expect(restored.results(for: paste).map(\.score) == index.results(for: paste).map(\.score))
    }

    @Test(arguments: [[UInt8](), Array("RBMI".utf8), Array("XXXX\u{1}\u{0}\u{0}\u{0}".utf8)])
    func damagedArchiveIsRejected(bytes: [UInt8]) {
        #expect(throws: MatchIndexArchiveError.self) {
            try MatchIndex(archived: bytes)
        }
    }

    @Test func truncatedArchiveIsRejected() throws {
        let bytes = try BuiltIn.index().archived()

        #expect(throws: MatchIndexArchiveError.self) {
            try MatchIndex(archived: Array(bytes.prefix(bytes.count / 2)))
        }
    }
}
