import RunbookCatalog
import RunbookMatcher

/// Every sentence the CLI prints. The English and Japanese tables are exhaustive switches over
/// this type, so a message that exists in one language only does not compile.
enum Message: Equatable {
    case help
    case helpMatch
    case helpBuild
    case helpLint
    case helpEval
    case helpShow
    case helpList
    case helpNew
    case helpRedact
    case redactedPasteHeading
    case helpHelp
    case version(String, cmark: String)

    case usage(UsageError)
    case usageHint
    case commandUsageHint(CommandName)

    case catalogNotFound(path: String)
    case catalogUnreadable(path: String, reason: String)
    case builtInCatalogMissing
    case catalogHasProblems(count: Int, lintCommand: String)
    case catalogEmpty(path: String)
    case noCatalogSelected
    case patternOverridden(path: String, id: String, replacedPath: String)

    case pasteNotFound(path: String)
    case pasteUnreadable(path: String)
    case pasteEmpty
    case pastePrompt
    case pasteTruncated(bytes: Int, kept: Int)

    case noMatch
    case closestCandidate(id: String, score: Double, explained: Bool)
    case closestContradicted(id: String, expected: String, found: String)
    case matchHeader(id: String, title: String, confidence: Confidence, score: Double)
    case whyExact(location: String)
    case whyLikely(found: Int, total: Int, location: String)
    case whyInterrupted(location: String)
    case whyWeak(found: Int, total: Int, location: String)
    case missingParts(String)
    case contradictedParts(String)
    case contentFallback(from: Language)
    case alternative(rank: Int, id: String, title: String, confidence: Confidence, score: Double)
    case otherCandidates
    case matchCount(Int)
    case matchNumber(Int, of: Int)
    case explainSignature(location: String)
    case explainFound(count: Int, total: Int, parts: String)
    case explainContradiction(expected: String, found: String)
    case explainNoCandidates

    case diagnostic(Problem)
    case lintClean(patterns: Int)
    case lintProblems(count: Int)

    case buildWritten(runbooks: Int, pages: Int, runbooksPath: String, sitePath: String, indexKilobytes: Int)
    case buildFailed(path: String, reason: String)
    case buildUpToDate(path: String)
    case buildMissing(path: String)
    case progressReading(done: Int, total: Int)
    case progressRendering(done: Int, total: Int)
    case progressWriting(done: Int, total: Int)
    case buildStale(path: String, count: Int)
    case staleFile(String)
    case buildCheckHint(command: String)

    case patternNotFound(id: String, suggestion: String?)
    case unknownFilterValue(option: String, value: String, suggestion: String?)
    case noPatternsListed
    case listRow(id: String, severity: String, services: String, title: String)
    case newFileExists(path: String)
    case newWriteFailed(path: String, reason: String)
    case newCreated(english: String, japanese: String, lintCommand: String)
    case evalFileNotFound(path: String)
    case evalFileInvalid(location: String, reason: EvaluationFileError.Reason)
    case evalTopOne(correct: Int, total: Int, percent: String)
    case evalAbstain(correct: Int, total: Int, percent: String)
    case evalMissesHeader
    case evalMiss(location: String, expected: String?, actual: String?, closest: String)
    case evalBelowThreshold(threshold: String)

    func text(in language: Language) -> String {
        switch language {
        case .english: english
        case .japanese: japanese
        }
    }
}

extension Confidence {
    func label(in language: Language) -> String {
        switch (self, language) {
        case (.exact, .english): "exact"
        case (.likely, .english): "likely"
        case (.weak, .english): "weak"
        case (.exact, .japanese): "完全一致"
        case (.likely, .japanese): "一致の可能性が高い"
        case (.weak, .japanese): "弱い一致"
        }
    }
}
