import Testing
@testable import RunbookCatalog

@Suite struct PatternIDOfPathTests {
    @Test(arguments: [
        ("/catalog/sns/topic-denied.en.md", "topic-denied"),
        ("/team.v2/ops/topic-denied.ja.md", "topic-denied"),
        ("topic-denied.en.md", "topic-denied"),
        ("/catalog/トピック.en.md", "トピック"),
        ("/catalog/no-dot", "no-dot"),
    ])
    func idIsFileNameBeforeFirstDot(path: String, expected: String) {
        let stamp = CatalogLoader.FileStamp(path: path, displayPath: path, size: 0, modified: 0)

        #expect(CatalogLoader.patternID(of: stamp) == expected)
    }
}
