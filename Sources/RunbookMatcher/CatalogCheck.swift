import RunbookCatalog

/// Checks that need the matcher: every example selects its own pattern, and no near miss does.
public enum CatalogCheck {
    public static func diagnostics(for catalog: Catalog, index: MatchIndex) -> [Diagnostic] {
        // Each pattern's examples are independent lookups, so they run on all cores; on a
        // 10,000-pattern catalog this check is most of what lint does.
        let perPattern = catalog.patterns.concurrentMap { pattern in
            var diagnostics: [Diagnostic] = []
            for example in pattern.examples {
                let best = index.bestMatch(for: example.text)
                if best?.patternID != pattern.id {
                    diagnostics.append(Diagnostic(.exampleDoesNotMatch(id: pattern.id, winner: best?.patternID), at: example.location))
                }
            }
            for nearMiss in pattern.nearMisses where index.bestMatch(for: nearMiss.text)?.patternID == pattern.id {
                diagnostics.append(Diagnostic(.nearMissSelectsPattern(id: pattern.id), at: nearMiss.location))
            }
            return diagnostics
        }
        return perPattern.flatMap { $0 } + indistinguishableSignatures(in: index)
    }

    /// Reports each pair of signatures of different patterns that match each other exactly, in
    /// both directions: no paste can tell those patterns apart. A signature that only contains
    /// another is fine, because the more specific one wins on found weight.
    static func indistinguishableSignatures(in index: MatchIndex) -> [Diagnostic] {
        // The lookups run on all cores; the pairs are then taken in signature order, so each
        // pair is reported once, at the same place as before.
        let pairsPerSignature = index.signatures.concurrentMap { signature in
            index.results(for: signature.sample.text).compactMap { result -> MutualMatch? in
                guard result.patternID != signature.patternID, result.confidence == .exact else {
                    return nil
                }
                let reverse = index.results(for: result.signature.text).first { $0.patternID == signature.patternID }
                guard reverse?.confidence == .exact else {
                    return nil
                }
                let locations = [signature.sample.location, result.signature.location].sorted()
                let otherID = locations[0] == signature.sample.location ? result.patternID : signature.patternID
                return MutualMatch(locations: locations, otherID: otherID)
            }
        }

        var diagnostics: [Diagnostic] = []
        var reported: Set<String> = []
        for pair in pairsPerSignature.flatMap({ $0 }) {
            guard reported.insert(pair.locations.map(\.description).joined(separator: "|")).inserted else {
                continue
            }
            diagnostics.append(Diagnostic(
                .indistinguishableSignatures(otherID: pair.otherID, otherLocation: pair.locations[1].description),
                at: pair.locations[0]
            ))
        }
        return diagnostics
    }
}

/// Two signatures of different patterns that match each other exactly, the earlier location
/// first.
private struct MutualMatch: Sendable {
    var locations: [SourceLocation]
    var otherID: String
}
