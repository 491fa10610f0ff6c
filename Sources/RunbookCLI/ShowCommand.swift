import RunbookCatalog
import RunbookGenerator

/// `runbook show ID`: prints one pattern's runbook, rendered for a terminal.
struct ShowCommand {
    let options: ShowOptions
    let environment: [String: String]
    let console: Console

    func run() -> ExitStatus {
        guard let catalog = CatalogSelection.loadForReading(options.catalog, environment: environment, console: console) else {
            return .usage
        }
        guard let pattern = catalog.pattern(withID: options.id) else {
            let suggestion = EditDistance.closest(to: options.id, among: catalog.patterns.map(\.id))
            console.printError(.patternNotFound(id: options.id, suggestion: suggestion))
            return .failure
        }

        let markdown = RunbookMarkdownWriter.markdown(for: pattern, in: console.language, catalog: catalog, linkToTwin: false)
        let renderer = TerminalRenderer(usesColor: console.usesColor, width: console.width)
        console.output.write(renderer.render(markdown))
        return .success
    }
}

/// `runbook list`: prints the patterns that fit the filters, one per line.
struct ListCommand {
    let options: ListOptions
    let environment: [String: String]
    let console: Console

    func run() -> ExitStatus {
        guard let catalog = CatalogSelection.loadForReading(options.catalog, environment: environment, console: console) else {
            return .usage
        }
        let listed = catalog.patterns.filter { pattern in
            let metadata = pattern.metadata
            return (options.service.map { metadata.services.contains($0) } ?? true)
                && (options.tag.map { metadata.tags.contains($0) } ?? true)
                && (options.severity.map { metadata.severity.rawValue == $0 } ?? true)
        }
        guard !listed.isEmpty else {
            console.printError(emptyListMessage(catalog: catalog))
            return .failure
        }

        for pattern in listed {
            let title = pattern.document(in: console.language).document.title
            console.print(.listRow(
                id: pattern.id, severity: pattern.metadata.severity.rawValue,
                services: pattern.metadata.services.joined(separator: ","), title: title
            ))
        }
        return .success
    }

    /// Says why nothing is listed: an empty catalog, a service or tag that no pattern has (with
    /// the closest one), or filters that no single pattern fits together.
    private func emptyListMessage(catalog: Catalog) -> Message {
        if catalog.patterns.isEmpty {
            return CatalogSelection.emptyCatalogMessage(options.catalog, environment: environment)
        }
        let filters: [(option: String, value: String?, known: Set<String>)] = [
            ("--service", options.service, Set(catalog.patterns.flatMap(\.metadata.services))),
            ("--tag", options.tag, Set(catalog.patterns.flatMap(\.metadata.tags))),
        ]
        for filter in filters {
            if let value = filter.value, !filter.known.contains(value) {
                // A value that begins a known one, such as `encrypt`, is most likely cut short.
                let longer = filter.known.sorted().filter { $0.hasPrefix(value) }
                let suggestion = longer.count == 1 ? longer[0] : EditDistance.closest(to: value, among: filter.known.sorted())
                return .unknownFilterValue(option: filter.option, value: value, suggestion: suggestion)
            }
        }
        return .noPatternsListed
    }
}
