import RunbookCatalog

/// A minimal pattern that passes `runbook lint`, written in both languages, for catalogs built
/// in memory with ``CatalogAssembler``.
struct PatternFixture {
    var id: String
    var signatures: [String]
    var englishExamples: [String]
    var japaneseExamples: [String]
    var englishNearMisses: [String] = []
    var japaneseNearMisses: [String] = []

    var englishPath: String {
        "patterns/\(id).en.md"
    }

    var japanesePath: String {
        "patterns/\(id).ja.md"
    }

    var englishText: String {
        """
        ---
        id: \(id)
        services: [testing]
        severity: low
        owner: test-team
        reviewed: 2026-01-15
        ---

        # Test pattern \(id)

        ## Signatures

        \(Self.codeBlocks(signatures))

        ## Cause

        The fixture fails on purpose.

        ## Fix

        Nothing to fix.

        ## Verify

        Run the tests again.

        ## Checklist

        - [ ] Read the test.

        ## Examples

        \(Self.codeBlocks(englishExamples))
        \(Self.nearMissSection(heading: "Near misses", englishNearMisses))
        ## References

        - [Swift Testing](https://developer.apple.com/documentation/testing)

        """
    }

    var japaneseText: String {
        """
        ---
        id: \(id)
        services: [testing]
        severity: low
        owner: test-team
        reviewed: 2026-01-15
        ---

        # テスト用パターン \(id)

        ## シグネチャ

        \(Self.codeBlocks(signatures))

        ## 原因

        テスト用にわざと失敗させている。

        ## 対処

        対処は不要。

        ## 確認

        テストをもう一度実行する。

        ## チェックリスト

        - [ ] テストを読む。

        ## 例

        \(Self.codeBlocks(japaneseExamples))
        \(Self.nearMissSection(heading: "類似エラー", japaneseNearMisses))
        ## 参考

        - [Swift Testing](https://developer.apple.com/documentation/testing)

        """
    }

    var files: [PatternFile] {
        [
            PatternFile(path: englishPath, text: englishText),
            PatternFile(path: japanesePath, text: japaneseText),
        ]
    }

    /// Returns the 1-based line on which `sample` starts in `fileText`, or nil unless exactly one
    /// line equals the sample's first line.
    static func line(of sample: String, in fileText: String) -> Int? {
        let firstLine = sample.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? sample
        let lines = fileText.split(separator: "\n", omittingEmptySubsequences: false)
        let matches = lines.indices.filter { lines[$0] == firstLine }
        guard matches.count == 1, let index = matches.first else {
            return nil
        }
        return index + 1
    }

    /// Assembles a catalog from `fixtures`, as `runbook lint` would from files on disk.
    static func catalog(_ fixtures: [PatternFixture]) -> Catalog {
        CatalogAssembler.assemble(fixtures.flatMap(\.files))
    }

    private static func codeBlocks(_ samples: [String]) -> String {
        samples.map { "```text\n\($0)\n```" }.joined(separator: "\n\n")
    }

    /// Returns the optional near-miss section followed by a blank line, or an empty line when
    /// there are no near misses, because lint reports a section without a code block.
    private static func nearMissSection(heading: String, _ samples: [String]) -> String {
        guard !samples.isEmpty else {
            return ""
        }
        return "\n## \(heading)\n\n\(codeBlocks(samples))\n"
    }
}
