import RunbookCatalog
import Testing

@testable import RunbookMatcher

struct CatalogCheckTests {
    static let ledgerSignature = "Widget sync failed for ledger {ledger}, retry later"
    static let ledgerExample = "Widget sync failed for ledger L-100, retry later"

    static let volume = PatternFixture(
        id: "volume-quota-exceeded",
        signatures: ["Gadget quota exceeded for volume {volume}, contact support"],
        englishExamples: ["Gadget quota exceeded for volume vol-100, contact support"],
        japaneseExamples: ["Gadget quota exceeded for volume vol-200, contact support"]
    )

    static func diagnostics(_ fixtures: [PatternFixture]) -> (catalog: [Diagnostic], check: [Diagnostic]) {
        let catalog = PatternFixture.catalog(fixtures)
        return (catalog.diagnostics, CatalogCheck.diagnostics(for: catalog, index: MatchIndex(catalog: catalog)))
    }

    @Test("built-in catalog passes")
    func builtInCatalogPasses() throws {
        let catalog = try CatalogLoader.loadBuiltIn()

        let diagnostics = CatalogCheck.diagnostics(for: catalog, index: MatchIndex(catalog: catalog))

        #expect(diagnostics.isEmpty)
    }

    @Test("matching examples pass")
    func matchingExamplesPass() {
        let ledger = PatternFixture(
            id: "ledger-sync-failed",
            signatures: [Self.ledgerSignature],
            englishExamples: [Self.ledgerExample],
            japaneseExamples: [Self.ledgerExample],
            englishNearMisses: ["Widget sync succeeded for ledger L-100, retry later"]
        )

        let diagnostics = Self.diagnostics([ledger, Self.volume])

        #expect(diagnostics.catalog.isEmpty)
        #expect(diagnostics.check.isEmpty)
    }

    @Test("example without a match is reported")
    func exampleWithoutMatchIsReported() throws {
        let stray = "Printer on fire in building 7"
        let ledger = PatternFixture(
            id: "ledger-sync-failed",
            signatures: [Self.ledgerSignature],
            englishExamples: [Self.ledgerExample, stray],
            japaneseExamples: [Self.ledgerExample]
        )
        let line = try #require(PatternFixture.line(of: stray, in: ledger.englishText))

        let diagnostics = Self.diagnostics([ledger, Self.volume])

        #expect(diagnostics.catalog.isEmpty)
        #expect(diagnostics.check == [
            Diagnostic(.exampleDoesNotMatch(id: "ledger-sync-failed", winner: nil), at: SourceLocation(path: ledger.englishPath, line: line)),
        ])
    }

    @Test("example won by another pattern names it")
    func exampleWonByAnotherPattern() throws {
        let borrowed = "Gadget quota exceeded for volume vol-300, contact support"
        let ledger = PatternFixture(
            id: "ledger-sync-failed",
            signatures: [Self.ledgerSignature],
            englishExamples: [Self.ledgerExample],
            japaneseExamples: [borrowed]
        )
        let line = try #require(PatternFixture.line(of: borrowed, in: ledger.japaneseText))

        let diagnostics = Self.diagnostics([ledger, Self.volume])

        #expect(diagnostics.check == [
            Diagnostic(
                .exampleDoesNotMatch(id: "ledger-sync-failed", winner: "volume-quota-exceeded"),
                at: SourceLocation(path: ledger.japanesePath, line: line)
            ),
        ])
    }

    @Test("near miss that matches is reported")
    func nearMissThatMatchesIsReported() throws {
        let nearMiss = "Widget sync failed for ledger L-900, retry later"
        let ledger = PatternFixture(
            id: "ledger-sync-failed",
            signatures: [Self.ledgerSignature],
            englishExamples: [Self.ledgerExample],
            japaneseExamples: [Self.ledgerExample],
            englishNearMisses: [nearMiss]
        )
        let line = try #require(PatternFixture.line(of: nearMiss, in: ledger.englishText))

        let diagnostics = Self.diagnostics([ledger, Self.volume])

        #expect(diagnostics.catalog.isEmpty)
        #expect(diagnostics.check == [
            Diagnostic(.nearMissSelectsPattern(id: "ledger-sync-failed"), at: SourceLocation(path: ledger.englishPath, line: line)),
        ])
    }

    @Test("signatures matching each other are reported once")
    func indistinguishableSignaturesReported() throws {
        let first = PatternFixture(
            id: "queue-full-a", signatures: ["Queue {queue} is full: MessageLimitExceeded"],
            englishExamples: ["Queue q1 is full: MessageLimitExceeded"], japaneseExamples: ["Queue q1 is full: MessageLimitExceeded"]
        )
        let second = PatternFixture(
            id: "queue-full-b", signatures: ["queue {name} IS FULL - MessageLimitExceeded"],
            englishExamples: ["Queue q2 is full: MessageLimitExceeded"], japaneseExamples: ["Queue q2 is full: MessageLimitExceeded"]
        )

        let diagnostics = Self.diagnostics([first, second]).check.filter {
            if case .indistinguishableSignatures = $0.problem { return true }
            return false
        }

        #expect(diagnostics.count == 1)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.location.path == first.englishPath)
        #expect(diagnostic.problem == .indistinguishableSignatures(otherID: "queue-full-b", otherLocation: "\(second.englishPath):\(diagnostic.location.line)"))
    }

    @Test("a signature inside a longer one is not reported")
    func containedSignatureNotReported() {
        let generic = PatternFixture(
            id: "handler-failed", signatures: ["Resource handler returned message: {message}"],
            englishExamples: ["Resource handler returned message: \"boom\""], japaneseExamples: ["Resource handler returned message: \"boom\""]
        )
        let specific = PatternFixture(
            id: "key-not-allowed", signatures: ["Resource handler returned message: \"The specified KMS key does not exist or is not allowed\""],
            englishExamples: ["Resource handler returned message: \"The specified KMS key does not exist or is not allowed\" (Service: Logs)"],
            japaneseExamples: ["Resource handler returned message: \"The specified KMS key does not exist or is not allowed\""]
        )

        let diagnostics = Self.diagnostics([generic, specific])

        #expect(diagnostics.catalog.isEmpty)
        #expect(diagnostics.check.isEmpty)
    }
}
