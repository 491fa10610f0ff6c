import Foundation
import RunbookCatalog
import RunbookGenerator

/// `runbook build`: writes `runbooks/` and `site/` under the output folder, or with `--check`
/// reports whether the committed runbooks are stale.
struct BuildCommand {
    let options: BuildOptions
    let environment: [String: String]
    let console: Console

    func run() -> ExitStatus {
        let progress = BuildProgress(output: console.progress, language: console.language)
        defer { progress.finish() }
        let reading = progress.handler { .progressReading(done: $0, total: $1) }
        guard let (catalog, _) = CatalogSelection.load(options.catalog, environment: environment, console: console, progress: reading) else {
            return .usage
        }
        // The build needs sound files, not a matcher review: the checks of examples and near
        // misses stay in `lint`, because on a 10,000-pattern catalog they take twice as long as
        // the whole build.
        let diagnostics = catalog.diagnostics.sorted()
        guard diagnostics.isEmpty else {
            for diagnostic in diagnostics {
                console.errors.write(CatalogValidation.line(for: diagnostic, in: console.language) + "\n")
            }
            console.printError(.lintProblems(count: diagnostics.count))
            return .failure
        }
        if catalog.patterns.isEmpty {
            console.printError(CatalogSelection.emptyCatalogMessage(options.catalog, environment: environment))
            return .failure
        }

        let root = URL(fileURLWithPath: options.outputPath)
        let runbooksURL = root.appendingPathComponent("runbooks")
        let siteURL = root.appendingPathComponent("site")
        let rendering = progress.handler { .progressRendering(done: $0, total: $1) }
        let runbookFiles = RunbookMarkdownWriter.files(for: catalog, progress: options.check ? .silent : rendering)
        let runbooksPath = display(runbooksURL, name: "runbooks") + "/"

        if options.check {
            var command = "runbook build" + options.catalog.arguments
            if options.outputPath != "." {
                command += " --out \(options.outputPath)"
            }
            guard FileManager.default.fileExists(atPath: runbooksURL.path) else {
                console.printError(.buildMissing(path: runbooksPath))
                console.printError(.buildCheckHint(command: command))
                return .failure
            }
            let stale = OutputWriter.differences(between: runbookFiles, and: runbooksURL)
            guard stale.isEmpty else {
                console.printError(.buildStale(path: runbooksPath, count: stale.count))
                for path in stale {
                    console.printError(.staleFile(path))
                }
                console.printError(.buildCheckHint(command: command))
                return .failure
            }
            console.print(.buildUpToDate(path: runbooksPath))
            return .success
        }

        let siteFiles = SiteBuilder.files(for: catalog, baseURL: options.baseURL, siteTitle: options.siteTitle, progress: rendering)
        do {
            let writing = progress.handler { .progressWriting(done: $0, total: $1) }
            try OutputWriter.replace([(runbooksURL, runbookFiles), (siteURL, siteFiles)], progress: writing)
        } catch {
            progress.finish()
            switch error {
            case .writeFailed(let path, let reason), .replaceFailed(let path, let reason):
                console.printError(.buildFailed(path: path, reason: reason))
            }
            return .failure
        }

        progress.finish()
        let pages = siteFiles.filter { $0.path.hasSuffix(".html") }.count
        let indexBytes = siteFiles.filter { $0.path.hasSuffix("-index.js") }.reduce(0) { $0 + $1.contents.utf8.count }
        console.print(.buildWritten(
            runbooks: runbookFiles.count, pages: pages,
            runbooksPath: runbooksPath, sitePath: display(siteURL, name: "site") + "/", indexKilobytes: (indexBytes + 1023) / 1024
        ))
        return .success
    }

    /// Returns the output folder's path as the user wrote it, relative to `--out`.
    private func display(_ url: URL, name: String) -> String {
        options.outputPath == "." ? name : "\(options.outputPath.hasSuffix("/") ? String(options.outputPath.dropLast()) : options.outputPath)/\(name)"
    }
}
