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
        guard let paste = PasteReader(path: options.pastePath, context: context, console: console).read() else {
            return .usage
        }

        let catalogIndex: CatalogIndex
        do {
            catalogIndex = try CatalogIndex.open(sources: options.catalog.sources(environment: context.environment), environment: context.environment)
        } catch {
            CatalogSelection.report(error, console: console)
            return .usage
        }
        if catalogIndex.isEmpty {
            console.printError(CatalogSelection.emptyCatalogMessage(options.catalog, environment: context.environment))
            return .failure
        }
        if catalogIndex.problemCount > 0 {
            let lint = "runbook lint" + options.catalog.arguments
            console.printError(.catalogHasProblems(count: catalogIndex.problemCount, lintCommand: lint))
        }

        let index = catalogIndex.index
        // Weak candidates are only shown with --top or --explain; without them only matches
        // count, which lets the lookup skip more signatures.
        let showsWeakCandidates = options.top > 1 || options.explain
        let candidates = index.results(
            for: Tokenizer.matchTokens(of: paste),
            minimumShare: showsWeakCandidates ? MatchThresholds.weak : MatchThresholds.truncatedMinimumShare
        )
        let matches = index.matches(among: candidates)
        let alternatives = Array(candidates.filter { candidate in
            !matches.contains { $0.patternID == candidate.patternID }
        }.prefix(options.top - 1))

        let shown = Set((matches + alternatives).map(\.patternID) + candidates.prefix(3).map(\.patternID))
        let catalog = catalogIndex.catalog(forPatterns: shown)

        if options.json {
            console.printRaw(MatchJSON.render(
                matches: matches, alternatives: alternatives, catalog: catalog,
                language: console.language, explain: options.explain,
                redactedPaste: options.redact ? Redactor.redact(paste) : nil
            ))
        } else {
            printText(matches: matches, candidates: candidates, alternatives: alternatives, catalog: catalog)
            if options.redact {
                console.printRaw("")
                console.print(.redactedPasteHeading)
                console.printRaw(Redactor.redact(paste))
            }
        }
        return matches.isEmpty ? .failure : .success
    }

    private func printText(matches: [MatchResult], candidates: [MatchResult], alternatives: [MatchResult], catalog: Catalog) {
        if matches.isEmpty {
            console.print(.noMatch)
            if let closest = candidates.first {
                if let contradiction = closest.contradictions.first {
                    console.print(.closestContradicted(id: closest.patternID, expected: contradiction.expected, found: contradiction.found))
                } else {
                    console.print(.closestCandidate(id: closest.patternID, score: closest.score, explained: options.explain))
                }
            }
            // With --top the candidates follow as alternatives, explained there once.
            if options.explain && alternatives.isEmpty {
                printExplanations(of: Array(candidates.prefix(3)), catalog: catalog)
            }
        }

        if matches.count > 1 {
            console.print(.matchCount(matches.count))
        }
        for (offset, match) in matches.enumerated() {
            guard let pattern = catalog.pattern(withID: match.patternID) else {
                continue
            }
            if matches.count > 1 {
                console.printRaw((offset == 0 ? "" : "\n") + Message.matchNumber(offset + 1, of: matches.count).text(in: console.language))
            }
            printDetails(of: match, pattern: pattern, catalog: catalog)
        }

        guard !alternatives.isEmpty else {
            return
        }
        console.printRaw("")
        console.print(.otherCandidates)
        for (offset, result) in alternatives.enumerated() {
            let title = catalog.pattern(withID: result.patternID)?.document(in: console.language).document.title ?? result.patternID
            let rank = offset + (matches.isEmpty ? 1 : 2)
            console.print(.alternative(rank: rank, id: result.patternID, title: title, confidence: result.confidence, score: result.score))
        }
        if options.explain {
            printExplanations(of: alternatives, catalog: catalog)
        }
    }

    private func printDetails(of result: MatchResult, pattern: Pattern, catalog: Catalog) {
        let language = console.language
        let (document, isFallback) = pattern.document(in: language)
        let renderer = TerminalRenderer(usesColor: console.usesColor, width: console.width)

        // Bold on a terminal, so that the title is easy to find above the reason and the sections.
        console.print(.matchHeader(id: pattern.id, title: renderer.bold(document.title), confidence: result.confidence, score: result.score))
        if isFallback {
            console.print(.contentFallback(from: document.language))
        }

        let total = result.foundTokens.count + result.missingTokens.count + result.contradictedTokens.count
        let location = SignatureLocation.inReaderLanguage(result.signature, pattern: pattern, language: language).description
        switch result.confidence {
        case .exact:
            console.print(.whyExact(location: location))
        case .likely where result.missingTokens.isEmpty:
            // Nothing missing or contradicted, so other text lies between the parts.
            console.print(.whyInterrupted(location: location))
        case .likely:
            console.print(.whyLikely(found: result.foundTokens.count, total: total, location: location))
        case .weak:
            console.print(.whyWeak(found: result.foundTokens.count, total: total, location: location))
        }
        if !result.missingTokens.isEmpty {
            console.print(.missingParts(result.missingTokens.joined(separator: " ")))
        }
        console.printRaw(result.signature.text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
        if options.explain {
            printExplanations(of: [result], catalog: catalog)
        }

        let sections = [SectionKind.cause, .fix, .verify, .checklist].compactMap { kind -> String? in
            let body = document.markdown(of: kind)
            return body.isEmpty ? nil : "## \(kind.heading(in: language))\n\n\(body)"
        }

        // A terminal gets the sections as `show` prints them. A pipe gets Markdown, which pastes
        // into a ticket or a chat as it is.
        guard console.width == nil else {
            console.output.write("\n" + renderer.render(sections.joined(separator: "\n\n")))
            return
        }
        for section in sections {
            console.printRaw("\n" + section)
        }
    }

    /// Prints, for each result, its signature and the parts found, missing and contradicted,
    /// so that an author can find why a pattern won or lost.
    private func printExplanations(of results: [MatchResult], catalog: Catalog) {
        if results.isEmpty {
            console.print(.explainNoCandidates)
        }
        for result in results {
            let total = result.foundTokens.count + result.missingTokens.count + result.contradictedTokens.count
            console.printRaw("")
            let pattern = catalog.pattern(withID: result.patternID)
            let location = SignatureLocation.inReaderLanguage(result.signature, pattern: pattern, language: console.language)
            console.print(.explainSignature(location: "\(location) [\(result.patternID), \(result.confidence.label(in: console.language)) \(formatted(result.score))]"))
            console.print(.explainFound(count: result.foundTokens.count, total: total, parts: result.foundTokens.joined(separator: " ")))
            if !result.missingTokens.isEmpty {
                console.printRaw("  " + Message.missingParts(result.missingTokens.joined(separator: " ")).text(in: console.language))
            }
            for contradiction in result.contradictions {
                console.print(.explainContradiction(expected: contradiction.expected, found: contradiction.found))
            }
        }
    }
}

/// Finds where a pooled signature is written in the reader's language file, since the matcher
/// keeps one copy of a signature that both files list.
enum SignatureLocation {
    static func inReaderLanguage(_ signature: CodeSample, pattern: Pattern?, language: Language) -> SourceLocation {
        let twin = pattern?.documents[language]?.signatures.first { $0.text == signature.text }
        return twin?.location ?? signature.location
    }
}

/// The `--json` output: `{"matches": [...], "alternatives": [...]}` with keys sorted. Each entry
/// has `id`, `title`, `language`, `confidence`, `score` and `signature` (`text`, `path`, `line`);
/// with `--explain` also `explanation` (`found`, `missing`, `contradictions`). With `--redact`
/// the object also has `redacted`, the masked paste.
enum MatchJSON {
    private struct Output: Encodable {
        var matches: [Entry]
        var alternatives: [Entry]

        /// The paste with sensitive values masked, with `--redact` only.
        var redacted: String?
    }

    private struct Entry: Encodable {
        var id: String
        var title: String
        var language: String
        var confidence: String
        var score: Double
        var signature: Signature
        var explanation: Explanation?
    }

    private struct Signature: Encodable {
        var text: String
        var path: String
        var line: Int
    }

    private struct Explanation: Encodable {
        var found: [String]
        var missing: [String]
        var contradictions: [ContradictionEntry]
    }

    private struct ContradictionEntry: Encodable {
        var expected: String
        var found: String
    }

    static func render(
        matches: [MatchResult], alternatives: [MatchResult], catalog: Catalog, language: Language, explain: Bool,
        redactedPaste: String? = nil
    ) -> String {
        let output = Output(
            matches: matches.map { entry(for: $0, catalog: catalog, language: language, explain: explain) },
            alternatives: alternatives.map { entry(for: $0, catalog: catalog, language: language, explain: explain) },
            redacted: redactedPaste
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(output) else {
            return "{\"alternatives\":[],\"matches\":[]}"
        }
        return String(decoding: data, as: UTF8.self)
    }

    private static func entry(for result: MatchResult, catalog: Catalog, language: Language, explain: Bool) -> Entry {
        let pattern = catalog.pattern(withID: result.patternID)
        let document = pattern?.document(in: language).document
        let location = SignatureLocation.inReaderLanguage(result.signature, pattern: pattern, language: language)
        let explanation = Explanation(
            found: result.foundTokens,
            missing: result.missingTokens,
            contradictions: result.contradictions.map { ContradictionEntry(expected: $0.expected, found: $0.found) }
        )
        return Entry(
            id: result.patternID,
            title: document?.title ?? result.patternID,
            language: (document?.language ?? language).rawValue,
            confidence: result.confidence.rawValue,
            score: (result.score * 1000).rounded() / 1000,
            signature: Signature(text: result.signature.text, path: location.path, line: location.line),
            explanation: explain ? explanation : nil
        )
    }
}
