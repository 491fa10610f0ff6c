import Foundation
import RunbookCatalog
import RunbookMarkdown
import RunbookMatcher

/// Writes the search index as a script, not as JSON for `fetch`, because browsers refuse
/// `fetch` of local files and the site must work from `file://`.
enum SearchIndexWriter {
    /// One searchable page.
    private struct Entry: Encodable {
        var lang: String
        var id: String
        var title: String

        /// The page's address, relative to the language folder where the search page is.
        var url: String
        var services: [String]

        /// The summary, signatures, impact, cause, fix and checklist as plain text.
        var text: String
    }

    static let searchedSections: [SectionKind] = [.signatures, .impact, .cause, .fix, .checklist]

    static func script(for catalog: Catalog) -> String {
        var entries: [Entry] = []
        for language in Language.allCases.sorted() {
            for pattern in catalog.patterns {
                let document = pattern.document(in: language).document
                let markdown = ([document.summary] + searchedSections.map { document.markdown(of: $0) }).joined(separator: "\n\n")
                entries.append(Entry(
                    lang: language.rawValue, id: pattern.id, title: document.title, url: "\(pattern.id).html",
                    services: pattern.metadata.services, text: plainText(of: markdown)
                ))
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(entries)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        return "(typeof window !== \"undefined\" ? window : globalThis).RUNBOOK_SEARCH_INDEX = \(json);\n"
    }

    /// Returns the matcher's data as a script, for the paste box that runs the same matcher in
    /// the browser.
    static func matcherScript(for catalog: Catalog) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(MatchIndex(catalog: catalog).export())).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return "(typeof window !== \"undefined\" ? window : globalThis).RUNBOOK_MATCHER_INDEX = \(data);\n"
    }

    /// Returns a paragraph's text without the Markdown that the site renders as something else
    /// or that CommonMark leaves as text: a checklist item's box and a table's pipes and rule.
    static func readableText(_ text: String) -> String {
        var text = Substring(text)
        for box in ["[ ] ", "[x] ", "[X] "] where text.hasPrefix(box) {
            text = text.dropFirst(box.count)
        }
        guard text.hasPrefix("|") else {
            return String(text)
        }

        // CommonMark reads a table as one paragraph with its lines joined, so only the cells'
        // words are kept.
        let cells = text.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        let isRule = { (cell: String) in !cell.isEmpty && cell.allSatisfy { $0 == "-" || $0 == ":" } }
        return cells.filter { !$0.isEmpty && !isRule($0) }.joined(separator: " ")
    }

    /// Returns the text a reader sees in `markdown`, one line per block, so that words of
    /// neighbouring blocks stay apart. Lines of a Japanese paragraph join without a space, as
    /// on the pages. The summary comes first, and the paste box shows its first line.
    static func plainText(of markdown: String) -> String {
        let document = Cmark.parse(markdown, options: .joinCJKLines)
        var lines: [String] = []
        for index in [document.root] + document.descendants(of: document.root) {
            switch document.nodes[index].kind {
            case .paragraph, .heading:
                lines.append(readableText(document.plainText(of: index)))
            case .codeBlock:
                lines.append(document.nodes[index].literal.trimmingCharacters(in: .newlines))
            default:
                continue
            }
        }
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
