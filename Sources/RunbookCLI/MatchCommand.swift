import Foundation
import RunbookCatalog
import RunbookMatcher

/// The `runbook match` command, which names the failure pattern behind a pasted error or
/// reports that none fits.
struct MatchCommand {
    let options: MatchOptions
    let context: ProcessContext
    let console: Console

    func run() -> ExitStatus {
        guard let paste = readPaste() else {
            return .usage
        }
        guard !paste.allSatisfy(\.isWhitespace) else {
            console.printError(.pasteEmpty)
            return .usage
        }

        guard let catalog = CatalogSelection.load(path: options.catalogPath, console: console) else {
            return .usage
        }
        if catalog.patterns.isEmpty {
            console.printError(.catalogEmpty(path: options.catalogPath ?? CatalogLoader.builtInSourcePath))
            return .failure
        }
        if !catalog.diagnostics.isEmpty {
            console.printError(.catalogHasProblems(count: catalog.diagnostics.count))
        }

        let index = MatchIndex(catalog: catalog)
        let results = index.results(for: paste, limit: options.top)
        let matches = results.filter { $0.confidence.isMatch }

        if options.json {
            console.printRaw(MatchJSON.render(matches, catalog: catalog, language: console.language))
        } else {
            printText(results: results, matches: matches, catalog: catalog)
        }
        return matches.isEmpty ? .failure : .success
    }

    /// Reads the paste from the file or standard input. Bytes that are not UTF-8 become U+FFFD,
    /// so a paste with a damaged character still matches on the rest.
    private func readPaste() -> String? {
        guard let path = options.pastePath, path != "-" else {
            if context.standardInputIsTerminal {
                console.printError(.pastePrompt)
            }
            return String(decoding: context.readStandardInput(), as: UTF8.self)
        }

        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            console.printError(.pasteNotFound(path: path))
            return nil
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            console.printError(.pasteUnreadable(path: path))
            return nil
        }
        return String(decoding: data, as: UTF8.self)
    }

    private func printText(results: [MatchResult], matches: [MatchResult], catalog: Catalog) {
        guard let best = matches.first, let pattern = catalog.pattern(withID: best.patternID) else {
            console.print(.noMatch)
            if let closest = results.first {
                console.print(.closestCandidate(id: closest.patternID, score: closest.score))
            }
            return
        }

        printDetails(of: best, pattern: pattern)

        let others = results.filter { $0.patternID != best.patternID }
        for (offset, result) in others.enumerated() {
            let title = catalog.pattern(withID: result.patternID)?.document(in: console.language).document.title ?? result.patternID
            console.print(.alternative(rank: offset + 2, id: result.patternID, title: title, confidence: result.confidence, score: result.score))
        }
    }

    private func printDetails(of result: MatchResult, pattern: Pattern) {
        let language = console.language
        let (document, isFallback) = pattern.document(in: language)

        console.print(.matchHeader(id: pattern.id, title: document.title, confidence: result.confidence, score: result.score))
        if isFallback {
            console.print(.contentFallback(from: document.language))
        }

        let total = result.foundTokens.count + result.missingTokens.count + result.contradictedTokens.count
        let location = result.signature.location.description
        switch result.confidence {
        case .exact:
            console.print(.whyExact(location: location))
        case .likely:
            console.print(.whyLikely(found: result.foundTokens.count, total: total, location: location))
        case .weak:
            console.print(.whyWeak(found: result.foundTokens.count, total: total, location: location))
        }
        if !result.missingTokens.isEmpty {
            console.print(.missingParts(result.missingTokens.joined(separator: " ")))
        }
        console.printRaw(result.signature.text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))

        for kind in [SectionKind.cause, .fix, .checklist] {
            let body = document.markdown(of: kind)
            guard !body.isEmpty else {
                continue
            }
            console.printRaw("\n## \(kind.heading(in: language))\n\n\(body)")
        }
    }
}

/// The `--json` output: `{"matches": [{"id", "title", "confidence", "score", "signature":
/// {"text", "path", "line"}}]}` with keys sorted, so that scripts can rely on its shape.
enum MatchJSON {
    private struct Output: Encodable {
        var matches: [Entry]
    }

    private struct Entry: Encodable {
        var id: String
        var title: String
        var language: String
        var confidence: String
        var score: Double
        var signature: Signature
    }

    private struct Signature: Encodable {
        var text: String
        var path: String
        var line: Int
    }

    static func render(_ results: [MatchResult], catalog: Catalog, language: Language) -> String {
        let entries = results.map { result in
            let document = catalog.pattern(withID: result.patternID)?.document(in: language).document
            return Entry(
                id: result.patternID,
                title: document?.title ?? result.patternID,
                language: (document?.language ?? language).rawValue,
                confidence: result.confidence.rawValue,
                score: (result.score * 1000).rounded() / 1000,
                signature: Signature(text: result.signature.text, path: result.signature.location.path, line: result.signature.location.line)
            )
        }

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(Output(matches: entries)) else {
            return "{\"matches\":[]}"
        }
        return String(decoding: data, as: UTF8.self)
    }
}
