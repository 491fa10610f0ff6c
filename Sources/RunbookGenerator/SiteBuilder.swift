import Foundation
import RunbookCatalog
import RunbookMarkdown

/// Builds the static site: a language chooser at the top, and per language an index and one
/// page per pattern, each page linking to its other-language twin. Every link is relative, so
/// the site works from `file://`, from a sub-path and from any static host.
public enum SiteBuilder {
    /// Returns the site's files, in a stable order.
    public static func files(for catalog: Catalog) -> [OutputFile] {
        var files: [OutputFile] = [
            OutputFile(path: "index.html", contents: languageChooser()),
            OutputFile(path: "404.html", contents: notFoundPage()),
            OutputFile(path: "assets/style.css", contents: SiteStylesheet.css),
            OutputFile(path: "assets/site.js", contents: SiteScript.javaScript),
            OutputFile(path: "assets/search-index.js", contents: SearchIndexWriter.script(for: catalog)),
            OutputFile(path: "assets/matcher-index.js", contents: SearchIndexWriter.matcherScript(for: catalog)),
            OutputFile(path: "assets/matcher.js", contents: SiteMatcherScript.javaScript),
        ]
        for language in Language.allCases.sorted() {
            files.append(OutputFile(path: "\(language.rawValue)/index.html", contents: indexPage(for: catalog, in: language)))
            files.append(OutputFile(path: "\(language.rawValue)/search.html", contents: searchPage(in: language)))
            files += catalog.patterns.concurrentMap { pattern in
                [
                    OutputFile(path: "\(language.rawValue)/\(pattern.id).html", contents: patternPage(for: pattern, in: language, catalog: catalog)),
                    // The canonical runbook beside its page, for readers who keep Markdown notes.
                    OutputFile(path: "\(language.rawValue)/\(pattern.id).md", contents: RunbookMarkdownWriter.markdown(for: pattern, in: language, catalog: catalog)),
                ]
            }.flatMap { $0 }
        }
        return files
    }

    static func patternPage(for pattern: Pattern, in language: Language, catalog: Catalog) -> String {
        let markdown = RunbookMarkdownWriter.markdown(for: pattern, in: language, catalog: catalog, linkToTwin: false, linkExtension: ".html")
        let article = tickableChecklists(Cmark.renderHTML(markdown, options: .joinCJKLines))
        let title = pattern.document(in: language).document.title
        return PageTemplate(
            language: language,
            title: title,
            depth: 1,
            twinPath: "../\(language.other.rawValue)/\(pattern.id).html",
            body: "<article>\n\(article)</article>\n<p class=\"download\"><a href=\"\(pattern.id).md\" download>\(HTMLEscaping.escape(GeneratorString.downloadMarkdown.text(in: language)))</a></p>"
        ).html
    }

    static func indexPage(for catalog: Catalog, in language: Language) -> String {
        var body = "<h1>\(HTMLEscaping.escape(GeneratorString.patternIndex.text(in: language)))</h1>\n"
        body += "<p>\(HTMLEscaping.escape(GeneratorString.patternCount(catalog.patterns.count).text(in: language)))</p>\n"
        body += "<ul class=\"pattern-list\">\n"
        for pattern in catalog.patterns {
            let title = pattern.document(in: language).document.title
            let services = pattern.metadata.services.joined(separator: ", ")
            body += "<li><a href=\"\(HTMLEscaping.escape(pattern.id)).html\">\(HTMLEscaping.escape(title))</a>"
            body += " <span class=\"severity severity-\(pattern.metadata.severity.rawValue)\">\(pattern.metadata.severity.rawValue)</span>"
            body += " <span class=\"services\">\(HTMLEscaping.escape(services))</span></li>\n"
        }
        body += "</ul>"

        return PageTemplate(
            language: language,
            title: GeneratorString.patternIndex.text(in: language),
            depth: 1,
            twinPath: "../\(language.other.rawValue)/index.html",
            body: body
        ).html
    }

    /// Turns list items that start with `[ ]` or `[x]` into checkboxes, so that a reader can
    /// tick off a checklist while working through it. The boxes keep no state; reloading the
    /// page clears them.
    static func tickableChecklists(_ html: String) -> String {
        let markers = [("[ ] ", ""), ("[x] ", " checked"), ("[X] ", " checked")]
        let items = html.components(separatedBy: "<li>")
        var result = items[0]

        // One pass over the items: repeated replacements over the whole page were the slowest
        // step of a large build.
        for item in items.dropFirst() {
            result += "<li>"
            var rest = Substring(item)
            if rest.hasPrefix("\n<p>") {
                result += "\n<p>"
                rest = rest.dropFirst(4)
            }
            if let (marker, checked) = markers.first(where: { rest.hasPrefix($0.0) }) {
                result += "<input type=\"checkbox\"\(checked)> "
                rest = rest.dropFirst(marker.count)
            }
            result += rest
        }
        return result
    }

    /// Returns the search page of one language: the results list that `site.js` fills from the
    /// index, with its messages in the page's language.
    static func searchPage(in language: Language) -> String {
        let none = HTMLEscaping.escape(GeneratorString.searchNoResults.text(in: language))
        let count = HTMLEscaping.escape(GeneratorString.searchResultCount.text(in: language))
        let pasteLabel = HTMLEscaping.escape(GeneratorString.pasteLabel.text(in: language))
        let body = """
        <h1>\(HTMLEscaping.escape(GeneratorString.searchTitle.text(in: language)))</h1>
        <section class="paste">
        <label for="paste-input">\(pasteLabel)</label>
        <textarea id="paste-input" rows="5" spellcheck="false" placeholder="\(HTMLEscaping.escape(GeneratorString.pastePlaceholder.text(in: language)))"></textarea>
        <div id="paste-result" role="status" data-none="\(HTMLEscaping.escape(GeneratorString.pasteNoMatch.text(in: language)))" data-confidence-exact="\(HTMLEscaping.escape(GeneratorString.confidenceExact.text(in: language)))" data-confidence-likely="\(HTMLEscaping.escape(GeneratorString.confidenceLikely.text(in: language)))" data-separator="\(language == .japanese ? "、" : ", ")"></div>
        </section>
        <p id="search-status" role="status"></p>
        <ol id="search-results" class="search-results" data-none="\(none)" data-count="\(count)"></ol>
        """
        return PageTemplate(
            language: language, title: GeneratorString.searchTitle.text(in: language), depth: 1,
            twinPath: "../\(language.other.rawValue)/search.html", body: body, loadsSearchIndex: true
        ).html
    }

    /// Returns the page static hosts show for a missing address, in both languages.
    static func notFoundPage() -> String {
        var body = ""
        for language in Language.allCases.sorted() {
            let message = HTMLEscaping.escape(GeneratorString.pageNotFound.text(in: language))
            let index = HTMLEscaping.escape(GeneratorString.patternIndex.text(in: language))
            body += "<p lang=\"\(language.rawValue)\">\(message) <a href=\"\(language.rawValue)/index.html\">\(index)</a></p>\n"
        }
        let title = Language.allCases.sorted().map { GeneratorString.pageNotFoundTitle.text(in: $0) }.joined(separator: " / ")
        return PageTemplate(language: .english, title: title, depth: 0, twinPath: nil, body: "<h1>\(HTMLEscaping.escape(title))</h1>\n" + body).html
    }

    /// Returns the top page, which links to both languages so that readers pick theirs.
    static func languageChooser() -> String {
        var body = "<h1>\(HTMLEscaping.escape(GeneratorString.siteTitle.text(in: .english)))</h1>\n<ul class=\"languages\">\n"
        for language in Language.allCases.sorted() {
            let name = HTMLEscaping.escape(GeneratorString.languageName.text(in: language))
            let description = HTMLEscaping.escape(GeneratorString.siteDescription.text(in: language))
            body += "<li lang=\"\(language.rawValue)\"><a href=\"\(language.rawValue)/index.html\" hreflang=\"\(language.rawValue)\">\(name)</a>"
            body += " <span>\(description)</span></li>\n"
        }
        body += "</ul>"
        let title = Language.allCases.sorted().map { GeneratorString.chooseLanguage.text(in: $0) }.joined(separator: " / ")
        return PageTemplate(language: .english, title: title, depth: 0, twinPath: nil, body: body).html
    }
}

/// The HTML frame around every page.
struct PageTemplate {
    var language: Language

    /// Plain text; escaped here.
    var title: String

    /// How many folders below the site root the page is, for relative links.
    var depth: Int
    var twinPath: String?

    /// HTML that the caller has already escaped or rendered.
    var body: String

    /// Whether the page loads the search index, which only the search page needs.
    var loadsSearchIndex = false

    var html: String {
        let root = depth == 0 ? "" : String(repeating: "../", count: depth)
        let siteTitle = HTMLEscaping.escape(GeneratorString.siteTitle.text(in: language))
        var header = "<header class=\"site-header\"><a class=\"home\" href=\"\(root)\(depth == 0 ? "index.html" : "\(language.rawValue)/index.html")\">\(siteTitle)</a>"
        if let twinPath {
            let other = language.other
            let name = HTMLEscaping.escape(GeneratorString.languageName.text(in: other))
            header += " <nav><a class=\"twin\" href=\"\(HTMLEscaping.escape(twinPath))\" hreflang=\"\(other.rawValue)\" lang=\"\(other.rawValue)\">\(name)</a></nav>"
        }
        if depth == 1 {
            let label = HTMLEscaping.escape(GeneratorString.searchLabel.text(in: language))
            header += " <form class=\"search\" role=\"search\" action=\"search.html\"><input type=\"search\" name=\"q\" placeholder=\"\(label)\" aria-label=\"\(label)\"></form>"
        }
        header += "</header>"
        var scripts = ""
        if loadsSearchIndex {
            scripts += "<script src=\"\(root)assets/search-index.js\"></script>\n"
            scripts += "<script src=\"\(root)assets/matcher-index.js\"></script>\n"
            scripts += "<script src=\"\(root)assets/matcher.js\"></script>\n"
        }
        scripts += "<script src=\"\(root)assets/site.js\"></script>"

        return """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'">
        <title>\(HTMLEscaping.escape(title)) - \(siteTitle)</title>
        <link rel="stylesheet" href="\(root)assets/style.css">
        \(scripts)
        </head>
        <body>
        \(header)
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }
}
