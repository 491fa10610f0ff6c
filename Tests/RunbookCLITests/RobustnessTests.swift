import Foundation
import Testing
@testable import RunbookCatalog
@testable import RunbookCLI

/// Bad input from the command line. Each case gets one clear message in the user's language,
/// naming the value and what to do, and a non-zero exit instead of a crash.
@Suite struct RobustnessTests {
    @Test(arguments: [englishEnvironment, japaneseEnvironment])
    func emptyCatalogFolderIsReported(environment: [String: String]) throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }

        let result = try BinaryRunner.run(["lint", "--catalog", folder.path, "--no-builtin"], environment: environment)

        #expect(result.status == 1)
        #expect(result.errors.contains(folder.path))
        #expect(result.errors.split(separator: "\n").count == 1)
    }

    @Test func brokenFileNameAndInvalidUTF8AreReported() throws {
        let folder = try BinaryRunner.seedOnlyCatalog()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("# notes".utf8).write(to: folder.appendingPathComponent("My_Notes.md"))
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x0A]).write(to: folder.appendingPathComponent("broken-bytes.en.md"))

        let english = try BinaryRunner.run(["lint", "--catalog", folder.path, "--no-builtin"])
        let japanese = try BinaryRunner.run(["lint", "--catalog", folder.path, "--no-builtin"], environment: japaneseEnvironment)

        #expect(english.status == 1)
        #expect(english.output.contains("\(folder.path)/My_Notes.md:1: file name 'My_Notes.md' is not ID.LANG.md"))
        #expect(english.output.contains("\(folder.path)/broken-bytes.en.md:1: the file is not valid UTF-8; save it as UTF-8 [invalid-utf8]"))
        #expect(japanese.output.contains("\(folder.path)/broken-bytes.en.md:1: ファイルが UTF-8 ではありません。UTF-8 で保存してください [invalid-utf8]"))
    }

    @Test func directoryAsPasteIsRejected() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }

        let result = try BinaryRunner.run(["match", folder.path], environment: japaneseEnvironment)

        #expect(result.status == 2)
        #expect(result.errors == "\(folder.path) を読めません。読み取り可能なファイルか確認してください。\n")
    }

    @Test func binaryPasteGetsBoundedAnswer() throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<65_536).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("binary.bin")
        try Data(bytes).write(to: file)

        let result = try BinaryRunner.run(["match", file.path])

        #expect(result.status == 1 || result.status == 0)
        #expect(result.errors.isEmpty)
    }
}

/// Every message exists in both languages, because the switches in Message+English.swift and
/// Message+Japanese.swift must cover every case to compile. These tests check that no Japanese
/// text was left as a copy of the English one.
@Suite struct MessageTableTests {
    static let samples: [Message] = [
        .help, .helpMatch, .helpBuild, .helpLint, .helpEval, .helpShow, .helpList, .helpNew, .helpRedact, .helpHelp, .redactedPasteHeading,
        .usage(.unknownCommand("x", suggestion: "match")), .usage(.missingValue(option: "--top")),
        .usage(.invalidLanguage("fr")), .usage(.invalidNumber(option: "--top", value: "0")),
        .usage(.invalidPercent(option: "--fail-under", value: "x")), .usage(.missingArgument("ID")),
        .usage(.invalidSeverity(value: "x")), .usage(.invalidTitle(" ")), .usage(.invalidPatternID("X")), .usage(.unexpectedArgument("x")),
        .usage(.unknownOption("--x", command: .match, suggestion: nil)), .usageHint, .commandUsageHint(.build),
        .catalogNotFound(path: "p"), .catalogUnreadable(path: "p", reason: "r"), .builtInCatalogMissing,
        .catalogHasProblems(count: 2, lintCommand: "runbook lint"), .catalogEmpty(path: "p"), .noCatalogSelected,
        .patternOverridden(path: "a", id: "b", replacedPath: "c"),
        .pasteNotFound(path: "p"), .pasteUnreadable(path: "p"), .pasteEmpty, .pastePrompt,
        .pasteTruncated(bytes: 3, kept: 2), .noMatch, .closestCandidate(id: "x", score: 0.5, explained: false), .closestCandidate(id: "x", score: 0.5, explained: true),
        .closestContradicted(id: "x", expected: "a", found: "b"),
        .unknownFilterValue(option: "--tag", value: "x", suggestion: nil), .unknownFilterValue(option: "--tag", value: "x", suggestion: "y"), .whyExact(location: "l"),
        .whyLikely(found: 1, total: 2, location: "l"), .whyInterrupted(location: "l"), .whyWeak(found: 1, total: 2, location: "l"),
        .missingParts("a"), .contradictedParts("a"), .contentFallback(from: .english), .otherCandidates,
        .matchCount(2), .explainFound(count: 1, total: 2, parts: "a"),
        .explainContradiction(expected: "a", found: "b"), .explainNoCandidates, .lintClean(patterns: 2),
        .lintProblems(count: 2), .buildWritten(runbooks: 1, pages: 2, runbooksPath: "r", sitePath: "s", indexKilobytes: 3),
        .buildFailed(path: "p", reason: "r"), .buildUpToDate(path: "p"), .buildStale(path: "p", count: 2),
        .buildCheckHint(command: "c"), .patternNotFound(id: "x", suggestion: nil), .noPatternsListed,
        .newFileExists(path: "p"), .newWriteFailed(path: "p", reason: "r"),
        .newCreated(english: "a", japanese: "b", lintCommand: "c"), .evalFileNotFound(path: "p"),
        .evalFileInvalid(location: "l", reason: .invalidJSON), .evalTopOne(correct: 1, total: 2, percent: "50.0"),
        .evalAbstain(correct: 1, total: 2, percent: "50.0"), .evalMissesHeader, .evalBelowThreshold(threshold: "95.0"),
    ] + SampleProblems.all.map { Message.diagnostic($0) }

    @Test(arguments: samples.indices)
    func messageIsTranslated(index: Int) {
        let message = Self.samples[index]
        let english = message.text(in: .english)
        let japanese = message.text(in: .japanese)

        #expect(!english.isEmpty)
        #expect(!japanese.isEmpty)
        #expect(english != japanese, "\(message) has the same text in both languages")
        #expect(japanese.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }, "\(message) has no Japanese text")
    }
}

/// One of each problem `runbook lint` reports.
enum SampleProblems {
    static let all: [Problem] = [
        .unreadableFile(reason: "r"), .invalidUTF8, .invalidFileName(name: "n"), .missingFrontMatter,
        .unterminatedFrontMatter, .invalidFrontMatterLine(text: "t"), .unknownKey(key: "k", suggestion: nil),
        .duplicateKey(key: "k", firstLine: 1), .missingKey(key: "k"), .invalidID(id: "i"),
        .idDiffersFromFileName(id: "a", fileID: "b"), .invalidSeverity(value: "v"), .invalidDate(value: "v"),
        .invalidServiceName(value: "v"), .invalidTagName(value: "v"), .reservedID(id: "index"), .emptyList(key: "k"),
        .metadataDiffers(key: "k", value: "a", otherPath: "p", otherValue: "b"), .missingTitle,
        .extraTitle(firstLine: 1), .missingSection(.cause), .repeatedSection(.cause, firstLine: 1),
        .unknownSection(heading: "h", suggestion: nil), .missingCodeBlock(.signatures), .emptyCodeBlock(.examples),
        .missingReferenceLink, .duplicateID(id: "i", otherPath: "p"), .unresolvedPatternLink(key: "related", id: "i"),
        .invalidJSON(column: 1, expected: "e"), .missingLanguageFile(id: "i", language: .japanese),
        .exampleDoesNotMatch(id: "i", winner: nil), .nearMissSelectsPattern(id: "i"),
        .indistinguishableSignatures(otherID: "i", otherLocation: "l"), .unfinishedText(text: "TODO"),
    ]
}
