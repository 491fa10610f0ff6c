import RunbookCatalog

/// Checks that need the matcher: every example selects its own pattern, and no near miss does.
public enum CatalogCheck {
    public static func diagnostics(for catalog: Catalog, index: MatchIndex) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for pattern in catalog.patterns {
            for example in pattern.examples {
                let best = index.bestMatch(for: example.text)
                if best?.patternID != pattern.id {
                    diagnostics.append(Diagnostic(.exampleDoesNotMatch(id: pattern.id, winner: best?.patternID), at: example.location))
                }
            }
            for nearMiss in pattern.nearMisses where index.bestMatch(for: nearMiss.text)?.patternID == pattern.id {
                diagnostics.append(Diagnostic(.nearMissSelectsPattern(id: pattern.id), at: nearMiss.location))
            }
        }
        return diagnostics + indistinguishableSignatures(in: index)
    }

    /// Reports each pair of signatures of different patterns that match each other exactly, in
    /// both directions: no paste can tell those patterns apart. A signature that only contains
    /// another is fine, because the more specific one wins on found weight.
    static func indistinguishableSignatures(in index: MatchIndex) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var reported: Set<String> = []

        for signature in index.signatures {
            for result in index.results(for: signature.sample.text)
            where result.patternID != signature.patternID && result.confidence == .exact {
                let reverse = index.results(for: result.signature.text).first { $0.patternID == signature.patternID }
                guard reverse?.confidence == .exact else {
                    continue
                }
                let locations = [signature.sample.location, result.signature.location].sorted()
                guard reported.insert(locations.map(\.description).joined(separator: "|")).inserted else {
                    continue
                }
                let otherID = locations[0] == signature.sample.location ? result.patternID : signature.patternID
                diagnostics.append(Diagnostic(
                    .indistinguishableSignatures(otherID: otherID, otherLocation: locations[1].description),
                    at: locations[0]
                ))
            }
        }
        return diagnostics
    }
}
