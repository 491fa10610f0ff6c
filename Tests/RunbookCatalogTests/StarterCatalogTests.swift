import Testing
@testable import RunbookCatalog

/// The starter catalog's own standard, beyond what the format requires of any team's catalog.
@Suite struct StarterCatalogTests {
    static let catalog = (try? CatalogLoader.loadBuiltIn()) ?? Catalog(patterns: [], diagnostics: [])

    @Test func starterCatalogHasAllPatterns() {
        #expect(StarterCatalogTests.catalog.diagnostics.isEmpty)
        #expect(StarterCatalogTests.catalog.patterns.count == 56)
    }

    @Test(arguments: catalog.patterns.map(\.id))
    func patternMeetsStarterStandard(id: String) throws {
        let pattern = try #require(StarterCatalogTests.catalog.pattern(withID: id))

        for language in Language.allCases {
            let document = try #require(pattern.documents[language], "\(id) has no \(language.rawValue) file")
            #expect(!document.markdown(of: .impact).isEmpty, "\(document.path) has no Impact section")
            #expect(!document.summary.isEmpty, "\(document.path) has no summary")
            #expect(document.examples.count >= 3, "\(document.path) has fewer than three examples")
            #expect(!document.nearMisses.isEmpty, "\(document.path) has no near miss")
            #expect(!document.references.isEmpty, "\(document.path) has no reference")
        }
        #expect(!(pattern.metadata.related + pattern.metadata.confusable).isEmpty, "\(id) links no other pattern")
    }
}
