import RunbookCatalog

/// The pages that list patterns: the index of one language, grouped by service with filters
/// for severity and tag, and one page per service and per tag.
extension SiteBuilder {
    static func indexPage(for catalog: Catalog, in language: Language, siteTitle: String? = nil) -> String {
        var body = "<h1>\(HTMLEscaping.escape(GeneratorString.patternIndex.text(in: language)))</h1>\n"
        body += "<p>\(HTMLEscaping.escape(GeneratorString.patternCount(catalog.patterns.count).text(in: language)))</p>\n"
        body += "<p><a class=\"paste-link\" href=\"search.html\">\(HTMLEscaping.escape(GeneratorString.pasteLink.text(in: language)))</a></p>\n"
        body += filterForm(for: catalog, in: language)

        // A pattern appears under each of its services, so the filter counts distinct ids.
        for service in ServiceName.sorted(catalog.services) {
            let patterns = catalog.patterns.filter { $0.metadata.services.contains(service) }
            let escaped = HTMLEscaping.escape(service)
            let name = HTMLEscaping.escape(ServiceName.display(service))
            // The id stays visible beside a name, because `runbook list --service` takes the id.
            let id = name == escaped ? "" : " <span class=\"service-id\">\(escaped)</span>"
            body += "<section class=\"service-group\">\n"
            body += "<h2><a href=\"services/\(escaped).html\">\(name)</a>\(id)</h2>\n"
            body += patternList(patterns, in: language, pathToLanguage: "")
            body += "</section>\n"
        }
        body += tagList(for: catalog, in: language, pathToLanguage: "")

        return PageTemplate(
            language: language,
            title: GeneratorString.patternIndex.text(in: language),
            depth: 1,
            twinPath: "../\(language.other.rawValue)/index.html",
            body: body,
            siteTitle: siteTitle
        ).html
    }

    static func servicePage(_ service: String, for catalog: Catalog, in language: Language, siteTitle: String? = nil) -> String {
        let patterns = catalog.patterns.filter { $0.metadata.services.contains(service) }
        return listPage(
            title: GeneratorString.servicePageTitle(ServiceName.display(service)).text(in: language), patterns: patterns, in: language,
            twinPath: "../../\(language.other.rawValue)/services/\(service).html", catalog: catalog, siteTitle: siteTitle
        )
    }

    static func tagPage(_ tag: String, for catalog: Catalog, in language: Language, siteTitle: String? = nil) -> String {
        let patterns = catalog.patterns.filter { $0.metadata.tags.contains(tag) }
        return listPage(
            title: GeneratorString.tagPageTitle(TagName.display(tag, in: language)).text(in: language), patterns: patterns, in: language,
            twinPath: "../../\(language.other.rawValue)/tags/\(tag).html", catalog: catalog, siteTitle: siteTitle
        )
    }

    private static func listPage(
        title: String, patterns: [Pattern], in language: Language, twinPath: String, catalog: Catalog, siteTitle: String?
    ) -> String {
        var body = "<p class=\"breadcrumb\"><a href=\"../index.html\">← \(HTMLEscaping.escape(GeneratorString.patternIndex.text(in: language)))</a></p>\n"
        body += "<h1>\(HTMLEscaping.escape(title))</h1>\n"
        body += "<p>\(HTMLEscaping.escape(GeneratorString.patternCount(patterns.count).text(in: language)))</p>\n"
        body += patternList(patterns, in: language, pathToLanguage: "../")
        body += tagList(for: catalog, in: language, pathToLanguage: "../")
        return PageTemplate(language: language, title: title, depth: 2, twinPath: twinPath, body: body, siteTitle: siteTitle).html
    }

    /// Returns the patterns as a list, most severe first, each item carrying its severity and
    /// tags for the index's filters.
    static func patternList(_ patterns: [Pattern], in language: Language, pathToLanguage: String) -> String {
        var list = "<ul class=\"pattern-list\">\n"
        for pattern in patterns.sorted(by: severityThenID) {
            let metadata = pattern.metadata
            let title = pattern.document(in: language).document.title
            let tags = HTMLEscaping.escape(metadata.tags.joined(separator: " "))
            list += "<li data-id=\"\(HTMLEscaping.escape(pattern.id))\" data-severity=\"\(metadata.severity.rawValue)\" data-tags=\"\(tags)\">"
            list += "<a href=\"\(pathToLanguage)\(HTMLEscaping.escape(pattern.id)).html\">\(HTMLEscaping.escape(title))</a> "
            list += severityBadge(metadata.severity, in: language)
            list += " <span class=\"services\">\(HTMLEscaping.escape(metadata.services.joined(separator: ", ")))</span></li>\n"
        }
        return list + "</ul>\n"
    }

    static func severityBadge(_ severity: Severity, in language: Language) -> String {
        "<span class=\"severity severity-\(severity.rawValue)\">\(HTMLEscaping.escape(GeneratorString.severityName(severity).text(in: language)))</span>"
    }

    /// Returns links to every service and tag page of the catalog, each with its count.
    private static func tagList(for catalog: Catalog, in language: Language, pathToLanguage: String) -> String {
        var html = ""
        let groups: [(heading: GeneratorString, folder: String, names: [String], label: (String) -> String, count: (String) -> Int)] = [
            (.services, "services", ServiceName.sorted(catalog.services), ServiceName.display, { name in catalog.patterns.filter { $0.metadata.services.contains(name) }.count }),
            (.tags, "tags", catalog.tags, { TagName.display($0, in: language) }, { name in catalog.patterns.filter { $0.metadata.tags.contains(name) }.count }),
        ]
        for (heading, folder, names, label, count) in groups where !names.isEmpty {
            html += "<nav class=\"terms\" aria-label=\"\(HTMLEscaping.escape(heading.text(in: language)))\">\n"
            html += "<h2>\(HTMLEscaping.escape(heading.text(in: language)))</h2>\n<ul>\n"
            for name in names {
                let escaped = HTMLEscaping.escape(name)
                html += "<li><a href=\"\(pathToLanguage)\(folder)/\(escaped).html\">\(HTMLEscaping.escape(label(name)))</a> <span class=\"count\">\(count(name))</span></li>\n"
            }
            html += "</ul>\n</nav>\n"
        }
        return html
    }

    /// Returns the index's filters. They start hidden, and site.js shows them, because without
    /// scripts they could not work.
    private static func filterForm(for catalog: Catalog, in language: Language) -> String {
        var form = "<form class=\"filters\" id=\"filters\" hidden data-count=\"\(HTMLEscaping.escape(GeneratorString.filterCount.text(in: language)))\">\n"
        form += "<fieldset><legend>\(HTMLEscaping.escape(GeneratorString.severity.text(in: language)))</legend>\n"
        let present = Set(catalog.patterns.map(\.metadata.severity))
        for severity in Severity.allCases where present.contains(severity) {
            form += "<label><input type=\"checkbox\" name=\"severity\" value=\"\(severity.rawValue)\" checked> \(severityBadge(severity, in: language))</label>\n"
        }
        form += "</fieldset>\n"
        if !catalog.tags.isEmpty {
            let label = HTMLEscaping.escape(GeneratorString.tags.text(in: language))
            form += "<label class=\"tag-filter\">\(label) <select name=\"tag\">\n"
            form += "<option value=\"\">\(HTMLEscaping.escape(GeneratorString.allTags.text(in: language)))</option>\n"
            for tag in catalog.tags {
                form += "<option value=\"\(HTMLEscaping.escape(tag))\">\(HTMLEscaping.escape(TagName.menuLabel(tag, in: language)))</option>\n"
            }
            form += "</select></label>\n"
        }
        form += "<button type=\"reset\">\(HTMLEscaping.escape(GeneratorString.showAll.text(in: language)))</button>\n"
        form += "<p id=\"filter-status\" role=\"status\"></p>\n</form>\n"
        return form
    }

    private static func severityThenID(_ left: Pattern, _ right: Pattern) -> Bool {
        let order = Severity.allCases
        let leftRank = order.firstIndex(of: left.metadata.severity) ?? order.count
        let rightRank = order.firstIndex(of: right.metadata.severity) ?? order.count
        return leftRank != rightRank ? leftRank < rightRank : left.id < right.id
    }
}

extension Catalog {
    /// Every service that a pattern names, sorted.
    var services: [String] {
        Set(patterns.flatMap(\.metadata.services)).sorted()
    }

    /// Every tag that a pattern carries, sorted.
    var tags: [String] {
        Set(patterns.flatMap(\.metadata.tags)).sorted()
    }
}
