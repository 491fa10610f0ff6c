import Foundation
import RunbookCatalog
import RunbookMarkdown

/// Builds the static site: a language chooser at the top, and per language an index and one
/// page per pattern, each page linking to its other-language twin. Every link is relative, so
/// the site works from `file://`, from a sub-path and from any static host.
public enum SiteBuilder {
    /// Returns the site's files, in a stable order; with `baseURL`, the absolute address of
    /// the site folder ending in `/`, also `sitemap.xml`.
    public static func files(
        for catalog: Catalog, baseURL: String? = nil, siteTitle: String? = nil, progress: ProgressHandler = .silent
    ) -> [OutputFile] {
        progress.begin(catalog.patterns.count * Language.allCases.count)
        var files: [OutputFile] = [
            OutputFile(path: "index.html", contents: languageChooser(siteTitle: siteTitle)),
            OutputFile(path: "404.html", contents: notFoundPage(baseURL: baseURL, siteTitle: siteTitle)),
            OutputFile(path: "assets/style.css", contents: SiteStylesheet.css),
            OutputFile(path: "assets/site.js", contents: SiteScript.javaScript),
            OutputFile(path: "assets/search-index.js", contents: SearchIndexWriter.script(for: catalog)),
            OutputFile(path: "assets/matcher-index.js", contents: SearchIndexWriter.matcherScript(for: catalog)),
            OutputFile(path: "assets/matcher.js", contents: SiteMatcherScript.javaScript),
        ]
        for language in Language.allCases.sorted() {
            files.append(OutputFile(path: "\(language.rawValue)/index.html", contents: indexPage(for: catalog, in: language, siteTitle: siteTitle)))
            files.append(OutputFile(path: "\(language.rawValue)/search.html", contents: searchPage(in: language, siteTitle: siteTitle)))
            for service in catalog.services {
                files.append(OutputFile(path: "\(language.rawValue)/services/\(service).html", contents: servicePage(service, for: catalog, in: language, siteTitle: siteTitle)))
            }
            for tag in catalog.tags {
                files.append(OutputFile(path: "\(language.rawValue)/tags/\(tag).html", contents: tagPage(tag, for: catalog, in: language, siteTitle: siteTitle)))
            }
            files += catalog.patterns.concurrentMap { pattern in
                defer { progress.step() }
                return [
                    OutputFile(path: "\(language.rawValue)/\(pattern.id).html", contents: patternPage(for: pattern, in: language, catalog: catalog, siteTitle: siteTitle)),
                    // The canonical runbook beside its page, for readers who keep Markdown notes.
                    OutputFile(path: "\(language.rawValue)/\(pattern.id).md", contents: RunbookMarkdownWriter.markdown(for: pattern, in: language, catalog: catalog)),
                ]
            }.flatMap { $0 }
        }
        if let baseURL {
            files.append(OutputFile(path: "sitemap.xml", contents: SitemapWriter.sitemap(paths: files.map(\.path), baseURL: baseURL, catalog: catalog)))
        }
        return files
    }

    static func patternPage(for pattern: Pattern, in language: Language, catalog: Catalog, siteTitle: String? = nil) -> String {
        let markdown = RunbookMarkdownWriter.markdown(
            for: pattern, in: language, catalog: catalog, linkToTwin: false, linkExtension: ".html", listsServicesAndTags: false
        )
        let html = Cmark.renderHTML(markdown, options: .joinCJKLines)
        let sections = withSectionAnchors(tickableChecklists(html), in: language)
        let article = withTermLinks(withTableOfContents(sections, in: language), for: pattern, in: language)
        let title = pattern.document(in: language).document.title
        return PageTemplate(
            language: language,
            title: title,
            depth: 1,
            twinPath: "../\(language.other.rawValue)/\(pattern.id).html",
            body: "<article>\n\(article)</article>\n<p class=\"download\"><a href=\"\(pattern.id).md\" download>\(HTMLEscaping.escape(GeneratorString.downloadMarkdown.text(in: language)))</a></p>",
            siteTitle: siteTitle
        ).html
    }

    /// Puts links to the pattern's service and tag pages under its title, with its severity.
    static func withTermLinks(_ html: String, for pattern: Pattern, in language: Language) -> String {
        guard let titleEnd = TextSearch.firstRange(of: "</h1>\n", in: html[...]) else {
            return html
        }
        var links = "<p class=\"terms\">" + severityBadge(pattern.metadata.severity, in: language)
        for service in pattern.metadata.services {
            let escaped = HTMLEscaping.escape(service)
            links += " <a class=\"service\" href=\"services/\(escaped).html\">\(escaped)</a>"
        }
        for tag in pattern.metadata.tags {
            let name = HTMLEscaping.escape(TagName.display(tag, in: language))
            links += " <a class=\"tag\" href=\"tags/\(HTMLEscaping.escape(tag)).html\">#\(name)</a>"
        }
        links += "</p>\n"
        return html[..<titleEnd.upperBound] + links + html[titleEnd.upperBound...]
    }

    /// Gives each section heading an id named after its section (`fix`, `cause`, `related`),
    /// so that the paste box and readers can link straight to a section of a pattern page.
    static func withSectionAnchors(_ html: String, in language: Language) -> String {
        var result = ""
        result.reserveCapacity(html.utf8.count + 256)
        var rest = html[...]

        while let opening = TextSearch.firstRange(of: "<h2>", in: rest) {
            result += rest[..<opening.lowerBound]
            rest = rest[opening.upperBound...]
            let heading = TextSearch.firstRange(of: "</h2>", in: rest).map { String(rest[..<$0.lowerBound]) } ?? ""
            if let anchor = sectionAnchors[language]?[heading] {
                result += "<h2 id=\"\(anchor)\">"
            } else {
                result += "<h2>"
            }
        }
        result += rest
        return result
    }

    /// Heading ids by page language, keyed by the heading as the page writes it. Section headings
    /// count in either language, because a page may fall back to the other language's text.
    private static let sectionAnchors: [Language: [String: String]] = Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
        var anchors: [String: String] = [:]
        for kind in SectionKind.allCases {
            for written in Language.allCases {
                anchors[HTMLEscaping.escape(kind.heading(in: written))] = kind.rawValue
            }
        }
        anchors[HTMLEscaping.escape(GeneratorString.relatedPatterns.text(in: language))] = "related"
        anchors[HTMLEscaping.escape(GeneratorString.confusablePatterns.text(in: language))] = "confusable"
        return (language, anchors)
    })

    /// Puts a list of links to the page's sections before the first of them, since a pattern
    /// page runs to many screens and the fix is far down.
    static func withTableOfContents(_ html: String, in language: Language) -> String {
        let openings = TextSearch.ranges(of: "<h2 id=\"", in: html[...])
        var links = ""
        for opening in openings {
            let heading = html[opening.upperBound...]
            guard let quote = TextSearch.firstRange(of: "\">", in: heading),
                  let end = TextSearch.firstRange(of: "</h2>", in: heading[quote.upperBound...])
            else {
                continue
            }
            links += "<li><a href=\"#\(heading[..<quote.lowerBound])\">\(heading[quote.upperBound..<end.lowerBound])</a></li>"
        }
        guard let first = openings.first, !links.isEmpty else {
            return html
        }

        let label = HTMLEscaping.escape(GeneratorString.tableOfContents.text(in: language))
        let nav = "<nav class=\"toc\" aria-label=\"\(label)\"><ol>\(links)</ol></nav>\n"
        return html[..<first.lowerBound] + nav + html[first.lowerBound...]
    }

    /// Turns list items that start with `[ ]` or `[x]` into checkboxes, so that a reader can
    /// tick off a checklist while working through it. The boxes keep no state; reloading the
    /// page clears them.
    static func tickableChecklists(_ html: String) -> String {
        let markers = [("[ ] ", ""), ("[x] ", " checked"), ("[X] ", " checked")]
        var result = ""
        result.reserveCapacity(html.utf8.count + 256)
        var rest = html[...]

        // One pass over the items: repeated replacements over the whole page were the slowest
        // step of a large build.
        while let item = TextSearch.firstRange(of: "<li>", in: rest) {
            result += rest[..<item.upperBound]
            rest = rest[item.upperBound...]
            if rest.hasPrefix("\n<p>") {
                result += "\n<p>"
                rest = rest.dropFirst(4)
            }
            if let (marker, checked) = markers.first(where: { rest.hasPrefix($0.0) }) {
                result += "<input type=\"checkbox\"\(checked)> "
                rest = rest.dropFirst(marker.count)
            }
        }
        result += rest
        return result
    }

    /// Returns the search page of one language: the results list that `site.js` fills from the
    /// index, with its messages in the page's language.
    static func searchPage(in language: Language, siteTitle: String? = nil) -> String {
        let none = HTMLEscaping.escape(GeneratorString.searchNoResults.text(in: language))
        let count = HTMLEscaping.escape(GeneratorString.searchResultCount.text(in: language))
        let countOne = HTMLEscaping.escape(GeneratorString.searchResultCountOne.text(in: language))
        let pasteLabel = HTMLEscaping.escape(GeneratorString.pasteLabel.text(in: language))
        let body = """
        <h1>\(HTMLEscaping.escape(GeneratorString.searchTitle.text(in: language)))</h1>
        <noscript><p class="noscript">\(HTMLEscaping.escape(GeneratorString.searchNeedsScript.text(in: language))) <a href="index.html">\(HTMLEscaping.escape(GeneratorString.patternIndex.text(in: language)))</a></p></noscript>
        <section class="paste">
        <label for="paste-input">\(pasteLabel)</label>
        <textarea id="paste-input" rows="5" spellcheck="false" placeholder="\(HTMLEscaping.escape(GeneratorString.pastePlaceholder.text(in: language)))"></textarea>
        <div id="paste-result" role="status"\(pasteMessageAttributes(in: language))></div>
        </section>
        <p id="search-status" role="status"></p>
        <ol id="search-results" class="search-results" data-none="\(none)" data-count="\(count)" data-count-one="\(countOne)"></ol>
        """
        return PageTemplate(
            language: language, title: GeneratorString.searchTitle.text(in: language), depth: 1,
            twinPath: "../\(language.other.rawValue)/search.html", body: body, loadsSearchIndex: true, siteTitle: siteTitle
        ).html
    }

    /// Returns the paste box's messages as `data-` attributes, each with a leading space. The
    /// page carries them, so `site.js` needs no strings of its own.
    static func pasteMessageAttributes(in language: Language) -> String {
        let messages: [(String, GeneratorString)] = [
            ("none", .pasteNoMatch),
            ("confidence-exact", .confidenceExact),
            ("confidence-likely", .confidenceLikely),
            ("score", .score),
            ("why-exact", .pasteWhyExact),
            ("why-likely", .pasteWhyLikely),
            ("why-interrupted", .pasteWhyInterrupted),
            ("missing", .pasteMissingParts),
            ("signature", .pasteSignatureLabel),
            ("fix", .pasteFixLink),
            ("count", .pasteMatchCount),
            ("closest-contradicted", .pasteClosestContradicted),
            ("closest", .pasteClosestCandidate),
        ]
        var attributes = messages.map { name, message in
            " data-\(name)=\"\(HTMLEscaping.escape(message.text(in: language)))\""
        }
        attributes.append(" data-separator=\"\(language == .japanese ? "、" : ", ")\"")
        return attributes.joined()
    }

    /// Returns the page static hosts show for a missing address, in both languages. Hosts serve
    /// it at the missing address, so its links are relative only without `baseURL`, which keeps
    /// them working from `file://` and for missing pages at the site's top level.
    static func notFoundPage(baseURL: String? = nil, siteTitle: String? = nil) -> String {
        let root = baseURL.map(HTMLEscaping.escape) ?? ""
        var body = ""
        for language in Language.allCases.sorted() {
            let message = HTMLEscaping.escape(GeneratorString.pageNotFound.text(in: language))
            let index = HTMLEscaping.escape(GeneratorString.patternIndex.text(in: language))
            body += "<p lang=\"\(language.rawValue)\">\(message) <a href=\"\(root)\(language.rawValue)/index.html\">\(index)</a></p>\n"
        }
        let title = Language.allCases.sorted().map { GeneratorString.pageNotFoundTitle.text(in: $0) }.joined(separator: " / ")
        var page = PageTemplate(language: .english, title: title, depth: 0, twinPath: nil, body: "<h1>\(HTMLEscaping.escape(title))</h1>\n" + body, siteTitle: siteTitle)
        page.absoluteRoot = baseURL.map(HTMLEscaping.escape)
        return page.html
    }

    /// Returns the top page, which links to both languages so that readers pick theirs.
    static func languageChooser(siteTitle: String? = nil) -> String {
        var body = "<h1>\(HTMLEscaping.escape(siteTitle ?? GeneratorString.siteTitle.text(in: .english)))</h1>\n<ul class=\"languages\">\n"
        for language in Language.allCases.sorted() {
            let name = HTMLEscaping.escape(GeneratorString.languageName.text(in: language))
            let description = HTMLEscaping.escape(GeneratorString.siteDescription.text(in: language))
            let preferred = HTMLEscaping.escape(GeneratorString.browserLanguage.text(in: language))
            body += "<li lang=\"\(language.rawValue)\" data-preferred=\"\(preferred)\"><a href=\"\(language.rawValue)/index.html\" hreflang=\"\(language.rawValue)\">\(name)</a>"
            body += " <span>\(description)</span></li>\n"
        }
        body += "</ul>"
        let title = Language.allCases.sorted().map { GeneratorString.chooseLanguage.text(in: $0) }.joined(separator: " / ")
        return PageTemplate(language: .english, title: title, depth: 0, twinPath: nil, body: body, siteTitle: siteTitle).html
    }
}
