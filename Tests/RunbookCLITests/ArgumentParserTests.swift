import RunbookCatalog
import Testing
@testable import RunbookCLI

@Suite struct ArgumentParserTests {
    @Test func matchTakesFileAndOptions() throws {
        let (_, result) = ArgumentParser.parse(["match", "paste.txt", "--json", "--top=3", "--catalog", "team"])

        let invocation = try result.get()
        #expect(invocation == .match(MatchOptions(pastePath: "paste.txt", json: true, top: 3, catalog: CatalogOptions(paths: ["team"]))))
    }

    @Test func catalogOptionRepeatsAndBuiltinCanBeLeftOut() throws {
        let (_, result) = ArgumentParser.parse(["lint", "--catalog", "a", "--catalog=b", "--no-builtin"])

        #expect(try result.get() == .lint(LintOptions(catalog: CatalogOptions(paths: ["a", "b"], noBuiltIn: true))))
    }

    @Test func languageOptionWorksAnywhere() {
        let (before, _) = ArgumentParser.parse(["--lang", "ja", "lint"])
        let (after, _) = ArgumentParser.parse(["lint", "--lang=en"])

        #expect(before.language == .japanese)
        #expect(after.language == .english)
    }

    @Test(arguments: [
        ("https://docs.example.com", "https://docs.example.com/"),
        ("http://127.0.0.1:8080/ops/runbook", "http://127.0.0.1:8080/ops/runbook/"),
        ("HTTPS://docs.example.com/runbook/", "HTTPS://docs.example.com/runbook/"),
    ])
    func baseURLGetsOneTrailingSlash(given: String, expected: String) throws {
        let (_, result) = ArgumentParser.parse(["build", "--base-url", given])

        #expect(try result.get() == .build(BuildOptions(baseURL: expected)))
    }

    @Test func unknownCommandSuggestsClosest() {
        let (_, result) = ArgumentParser.parse(["mtach"])

        #expect(result == .failure(.unknownCommand("mtach", suggestion: "match")))
    }

    @Test func unknownOptionSuggestsClosest() {
        let (_, result) = ArgumentParser.parse(["build", "--chek"])

        #expect(result == .failure(.unknownOption("--chek", command: .build, suggestion: "--check")))
    }

    @Test(arguments: [
        (["match", "--top", "0"], UsageError.invalidNumber(option: "--top", value: "0")),
        (["match", "--top"], UsageError.missingValue(option: "--top")),
        (["build", "--out"], UsageError.missingValue(option: "--out")),
        (["match", "a.txt", "b.txt"], UsageError.unexpectedArgument("b.txt")),
        (["--lang", "fr", "lint"], UsageError.invalidLanguage("fr")),
        (["lint", "extra"], UsageError.unexpectedArgument("extra")),
        (["build", "--base-url", "docs.example.com"], UsageError.invalidBaseURL("docs.example.com")),
        (["new", "search"], UsageError.reservedPatternID("search")),
        (["build", "--base-url", "https://user:secret@docs.example.com/"], UsageError.invalidBaseURL("https://user:secret@docs.example.com/")),
        (["build", "--base-url", "ftp://docs.example.com/"], UsageError.invalidBaseURL("ftp://docs.example.com/")),
        (["build", "--base-url", "https:///runbook"], UsageError.invalidBaseURL("https:///runbook")),
        (["build", "--base-url", "https://docs.example.com/?page=1"], UsageError.invalidBaseURL("https://docs.example.com/?page=1")),
        (["build", "--title", "  "], UsageError.invalidTitle("  ")),
        (["build", "--title", "two\nlines"], UsageError.invalidTitle("two\nlines")),
    ])
    func invalidCommandLinesAreRejected(arguments: [String], expected: UsageError) {
        let (_, result) = ArgumentParser.parse(arguments)

        #expect(result == .failure(expected))
    }

    @Test func titleIsTrimmed() throws {
        let (_, result) = ArgumentParser.parse(["build", "--title", " ACME 障害対応 "])

        #expect(try result.get() == .build(BuildOptions(siteTitle: "ACME 障害対応")))
    }

    @Test func helpForms() throws {
        #expect(try ArgumentParser.parse([]).1.get() == .help(topic: nil))
        #expect(try ArgumentParser.parse(["--help"]).1.get() == .help(topic: nil))
        #expect(try ArgumentParser.parse(["help", "build"]).1.get() == .help(topic: .build))
        #expect(try ArgumentParser.parse(["match", "--help"]).1.get() == .help(topic: .match))
        #expect(try ArgumentParser.parse(["--version"]).1.get() == .version)
    }

    @Test(arguments: [
        ([String: String](), Language.english),
        (["LANG": "ja_JP.UTF-8"], .japanese),
        (["LANG": "C"], .english),
        (["LANG": "en_US.UTF-8", "LC_ALL": "ja_JP.UTF-8"], .japanese),
        (["LANG": "ja_JP.UTF-8", "LC_MESSAGES": "en_US.UTF-8"], .english),
        (["LANG": "ja_JP.UTF-8", "LC_ALL": ""], .japanese),
    ])
    func languageFollowsLocale(environment: [String: String], expected: Language) {
        #expect(messageLanguage(override: nil, environment: environment) == expected)
    }

    @Test func languageOverrideWins() {
        #expect(messageLanguage(override: .english, environment: ["LANG": "ja_JP.UTF-8"]) == .english)
    }
}
