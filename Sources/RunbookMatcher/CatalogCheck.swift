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
        return diagnostics
    }
}
