import RunbookCatalog

/// Writes the canonical Markdown runbook of a pattern: the same section order and headings for
/// every pattern, in the reader's language, with the author's section text kept as written.
///
/// Examples are left out because they are test data for the matcher. Near misses stay, since
/// they show a reader the similar errors that need another fix.
public enum RunbookMarkdownWriter {
    /// The sections a runbook shows, in the order it shows them.
    public static let sectionOrder: [SectionKind] = [.signatures, .impact, .cause, .fix, .verify, .checklist, .nearMisses, .references]

    /// Returns the runbook of `pattern` in `language`. With `linkToTwin`, the runbook links to
    /// its other-language file beside it in `runbooks/LANG/`. Links to related and confusable
    /// patterns point to `ID` plus `linkExtension` in the same folder, with titles from `catalog`.
    /// Without `listsServicesAndTags`, the facts leave out services and tags, which a site page
    /// shows as links under the title.
    public static func markdown(
        for pattern: Pattern, in language: Language, catalog: Catalog? = nil,
        linkToTwin: Bool = true, linkExtension: String = ".md", listsServicesAndTags: Bool = true
    ) -> String {
        let (document, isFallback) = pattern.document(in: language)
        let metadata = pattern.metadata
        var blocks: [String] = []

        blocks.append("# \(MarkdownEscaping.escape(document.title))")

        if isFallback {
            blocks.append("> \(GeneratorString.fallbackNote.text(in: language))")
        }

        // The Japanese word goes first, and the front-matter value stays beside it for readers
        // who search for it.
        let severityName = GeneratorString.severityName(metadata.severity).text(in: language)
        let severity = severityName == metadata.severity.rawValue ? severityName : "\(severityName) (\(metadata.severity.rawValue))"
        var facts = ["- **\(GeneratorString.id.text(in: language)):** `\(metadata.id)`"]
        if listsServicesAndTags {
            facts.append("- **\(GeneratorString.services.text(in: language)):** \(metadata.services.joined(separator: ", "))")
        }
        facts.append("- **\(GeneratorString.severity.text(in: language)):** \(severity)")
        if listsServicesAndTags && !metadata.tags.isEmpty {
            facts.append("- **\(GeneratorString.tags.text(in: language)):** \(MarkdownEscaping.escape(metadata.tags.joined(separator: ", ")))")
        }
        facts.append("- **\(GeneratorString.owner.text(in: language)):** \(MarkdownEscaping.escape(metadata.owner))")
        facts.append("- **\(GeneratorString.reviewed.text(in: language)):** \(metadata.reviewed)")
        if linkToTwin {
            let twin = language.other
            facts.append("- [\(GeneratorString.otherLanguageVersion.text(in: language))](../\(twin.rawValue)/\(pattern.id).md)")
        }
        blocks.append(facts.joined(separator: "\n"))

        if !document.summary.isEmpty {
            blocks.append(document.summary)
        }

        for kind in sectionOrder {
            let body = document.markdown(of: kind)
            guard !body.isEmpty else {
                continue
            }
            blocks.append("## \(kind.heading(in: language))")
            blocks.append(body)
        }

        let linkLists: [(GeneratorString, [String])] = [
            (.confusablePatterns, metadata.confusable),
            (.relatedPatterns, metadata.related),
        ]
        for (heading, ids) in linkLists where !ids.isEmpty {
            let items = ids.map { id in
                let title = catalog?.pattern(withID: id)?.document(in: language).document.title ?? id
                return "- [\(MarkdownEscaping.escape(title))](\(id)\(linkExtension)) (`\(id)`)"
            }
            blocks.append("## \(heading.text(in: language))")
            blocks.append(items.joined(separator: "\n"))
        }

        let fileName = document.path.split(separator: "/").last.map(String.init) ?? document.path
        blocks.append("---")
        blocks.append("*\(GeneratorString.generatedFrom(fileName: fileName).text(in: language))*")

        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// Returns every runbook of `catalog` as files under `LANG/ID.md`.
    public static func files(for catalog: Catalog, progress: ProgressHandler = .silent) -> [OutputFile] {
        progress.begin(catalog.patterns.count)
        return catalog.patterns.concurrentMap { pattern in
            defer { progress.step() }
            return Language.allCases.sorted().map { language in
                OutputFile(path: "\(language.rawValue)/\(pattern.id).md", contents: markdown(for: pattern, in: language, catalog: catalog))
            }
        }.flatMap { $0 }
    }
}
