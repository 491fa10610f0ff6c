import RunbookCatalog

/// Writes `sitemap.xml` (sitemaps.org protocol 0.9) for a site published at a known address.
/// Every page but the 404 page is listed. A pattern page names its twin in the other language
/// with an `xhtml:link` alternate and carries its last-reviewed date as `lastmod`.
enum SitemapWriter {
    /// - Parameters:
    ///   - paths: the site's files, relative to the site folder.
    ///   - baseURL: the absolute address of the site folder, ending in `/`.
    // NOTE: the protocol allows 50,000 addresses per file, which a catalog passes at about
    // 25,000 patterns. No sitemap index over several files is written yet.
    static func sitemap(paths: [String], baseURL: String, catalog: Catalog) -> String {
        let reviewed = Dictionary(uniqueKeysWithValues: catalog.patterns.map { ($0.id, $0.metadata.reviewed) })
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

        """
        for path in paths.sorted() where path.hasSuffix(".html") && path != "404.html" {
            xml += "<url><loc>\(HTMLEscaping.escape(baseURL + path))</loc>"
            if let id = patternID(path), let date = reviewed[id] {
                xml += "<lastmod>\(date)</lastmod>"
                for other in Language.allCases.sorted() {
                    let href = HTMLEscaping.escape(baseURL + "\(other.rawValue)/\(id).html")
                    xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(other.rawValue)\" href=\"\(href)\"/>"
                }
            }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// Returns the file name of a page in a language folder, such as `ID` for `ja/ID.html`.
    /// The caller keeps only names that are pattern ids, which drops `index` and `search`.
    private static func patternID(_ path: String) -> String? {
        let parts = path.split(separator: "/")
        guard parts.count == 2, Language(rawValue: String(parts[0])) != nil else {
            return nil
        }
        return String(parts[1].dropLast(".html".count))
    }
}
