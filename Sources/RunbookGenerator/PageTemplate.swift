import RunbookCatalog

/// The HTML frame around every page: header with the home link, the search box and the link to
/// the page's twin in the other language, the stylesheet and the scripts.
struct PageTemplate {
    var language: Language

    /// Plain text; escaped here.
    var title: String

    /// How many folders below the site root the page is, for relative links: 0 for the
    /// language chooser, 1 for pages in `en/` and `ja/`, 2 for service and tag pages.
    var depth: Int
    var twinPath: String?

    /// HTML that the caller has already escaped or rendered.
    var body: String

    /// Whether the page loads the search index, which only the search page needs.
    var loadsSearchIndex = false

    /// The site's name in the header and the window title; nil for the default, "Runbook".
    var siteTitle: String?

    /// The site's absolute address, for a page that static hosts serve at any missing address,
    /// where relative links would resolve against that address.
    var absoluteRoot: String?

    /// The path from the page to the site root, relative unless `absoluteRoot` is set.
    var root: String {
        absoluteRoot ?? String(repeating: "../", count: depth)
    }

    /// The relative path from the page to its language's folder.
    var languageRoot: String {
        String(repeating: "../", count: max(0, depth - 1))
    }

    var html: String {
        let siteTitle = HTMLEscaping.escape(self.siteTitle ?? GeneratorString.siteTitle.text(in: language))
        let home = depth == 0 ? "\(root)index.html" : "\(languageRoot)index.html"
        var header = "<header class=\"site-header\"><a class=\"home\" href=\"\(home)\">\(siteTitle)</a>"
        if let twinPath {
            let other = language.other
            let name = HTMLEscaping.escape(GeneratorString.languageName.text(in: other))
            header += " <nav><a class=\"twin\" href=\"\(HTMLEscaping.escape(twinPath))\" hreflang=\"\(other.rawValue)\" lang=\"\(other.rawValue)\">\(name)</a></nav>"
        }
        if depth > 0 {
            let label = HTMLEscaping.escape(GeneratorString.searchLabel.text(in: language))
            header += " <form class=\"search\" role=\"search\" action=\"\(languageRoot)search.html\"><input type=\"search\" name=\"q\" placeholder=\"\(label)\" aria-label=\"\(label)\"></form>"
        }
        header += "</header>"

        var scripts = ""
        if loadsSearchIndex {
            scripts += "<script src=\"\(root)assets/search-index.js\"></script>\n"
            scripts += "<script src=\"\(root)assets/matcher-index.js\"></script>\n"
            scripts += "<script src=\"\(root)assets/matcher.js\"></script>\n"
        }
        scripts += "<script src=\"\(root)assets/site.js\"></script>"

        // The copy buttons that site.js adds take their labels from the body, in the page's
        // language.
        let copy = HTMLEscaping.escape(GeneratorString.copy.text(in: language))
        let copied = HTMLEscaping.escape(GeneratorString.copied.text(in: language))
        let selected = HTMLEscaping.escape(GeneratorString.copySelected.text(in: language))

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
        <body data-copy="\(copy)" data-copied="\(copied)" data-selected="\(selected)">
        \(header)
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }
}
