import RunbookCatalog

/// Builds small catalogs in memory for generator tests.
enum TestCatalog {
    /// Returns a valid pattern file; `title` and `fix` go in unchanged so tests can inject markup.
    static func file(
        id: String = "sample-failure",
        language: Language,
        title: String? = nil,
        owner: String = "platform-team",
        fix: String = "1. Run `aws sns list-topics`."
    ) -> PatternFile {
        let japanese = language == .japanese
        let text = """
        ---
        id: \(id)
        services: [sns]
        severity: medium
        tags: [notification]
        owner: "\(owner.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))"
        reviewed: 2026-12-01
        ---

        # \(title ?? (japanese ? "サンプル障害" : "Sample failure"))

        \(japanese ? "要約の段落。" : "A summary paragraph.")

        ## \(japanese ? "シグネチャ" : "Signatures")

        ```text
        Sample failure in {resource}: ResourceBusyException
        ```

        ## \(japanese ? "原因" : "Cause")

        \(japanese ? "リソースが使用中。" : "The resource is busy.")

        ## \(japanese ? "対処" : "Fix")

        \(fix)

        ## \(japanese ? "確認" : "Verify")

        \(japanese ? "もう一度実行する。" : "Run it again.")

        ## \(japanese ? "チェックリスト" : "Checklist")

        - [ ] \(japanese ? "リソースの状態" : "Resource state")

        ## \(japanese ? "例" : "Examples")

        ```text
        Sample failure in queue-1: ResourceBusyException
        ```

        ## \(japanese ? "参考" : "References")

        - [Amazon SNS](https://docs.aws.amazon.com/sns/latest/dg/welcome.html)

        """
        return PatternFile(path: "\(id).\(language.rawValue).md", text: text)
    }

    static func catalog(_ files: [PatternFile]) -> Catalog {
        CatalogAssembler.assemble(files)
    }

    static func pair(title: String? = nil, owner: String = "platform-team", fix: String = "1. Run `aws sns list-topics`.") -> Catalog {
        catalog([
            file(language: .english, title: title, owner: owner, fix: fix),
            file(language: .japanese, title: title, owner: owner, fix: fix),
        ])
    }
}
