import RunbookCatalog
import RunbookMatcher

/// `runbook lint`: prints every problem of a catalog as `path:line: message [identifier]`.
struct LintCommand {
    let options: LintOptions
    let environment: [String: String]
    let console: Console

    func run() -> ExitStatus {
        guard let (catalog, overrides) = CatalogSelection.load(options.catalog, environment: environment, console: console) else {
            return .usage
        }
        let diagnostics = CatalogValidation.allDiagnostics(for: catalog)
        if catalog.patterns.isEmpty && diagnostics.isEmpty {
            console.printError(CatalogSelection.emptyCatalogMessage(options.catalog, environment: environment))
            return .failure
        }

        // A replaced built-in pattern is a team's choice, not a problem, so it is noted only.
        for override in overrides {
            console.print(.patternOverridden(path: override.path, id: override.id, replacedPath: override.replacedPath))
        }
        for diagnostic in diagnostics {
            console.printRaw(CatalogValidation.line(for: diagnostic, in: console.language))
        }
        if diagnostics.isEmpty {
            console.print(.lintClean(patterns: catalog.patterns.count))
            return .success
        }
        console.print(.lintProblems(count: diagnostics.count))
        return .failure
    }
}

/// The full validation that `lint` and `build` share: the catalog's own diagnostics plus the
/// matcher's checks of examples and near misses.
enum CatalogValidation {
    static func allDiagnostics(for catalog: Catalog) -> [Diagnostic] {
        let index = MatchIndex(catalog: catalog)
        return (catalog.diagnostics + CatalogCheck.diagnostics(for: catalog, index: index)).sorted()
    }

    static func line(for diagnostic: Diagnostic, in language: Language) -> String {
        "\(diagnostic.location): \(Message.diagnostic(diagnostic.problem).text(in: language)) [\(diagnostic.problem.identifier)]"
    }
}
