import RunbookCatalog

/// A parsed command line: the command and its options, before any work is done.
enum Invocation: Equatable {
    case help(topic: CommandName?)
    case version
    case match(MatchOptions)
    case build(BuildOptions)
    case lint(LintOptions)
    case eval(EvalOptions)
    case show(ShowOptions)
    case list(ListOptions)
    case new(NewOptions)
    case redact(RedactOptions)
}

enum CommandName: String, CaseIterable, Equatable {
    case match, show, list, build, lint, new, eval, redact, help
}

struct MatchOptions: Equatable {
    /// The paste file, `-` or nil for standard input.
    var pastePath: String?
    var json = false
    var explain = false
    var redact = false
    var top = 1
    var catalog = CatalogOptions()
}

struct BuildOptions: Equatable {
    /// The folder that receives `runbooks/` and `site/`.
    var outputPath = "."
    var check = false
    var catalog = CatalogOptions()

    /// The address the site is published at, for sitemap.xml; without it no sitemap is written,
    /// because a sitemap needs absolute addresses.
    var baseURL: String?

    /// The site's name in every page's header and window title; nil for "Runbook".
    var siteTitle: String?
}

struct LintOptions: Equatable {
    var catalog = CatalogOptions()
}

struct EvalOptions: Equatable {
    var casesPath: String?
    var catalog = CatalogOptions()

    /// The minimum top-1 and abstain accuracy in percent; below it the command exits with 1.
    var failUnder: Double?
}

/// The `--catalog` folders and `--no-builtin` flag that every command accepts.
struct CatalogOptions: Equatable {
    var paths: [String] = []
    var noBuiltIn = false

    func sources(environment: [String: String]) -> CatalogSources {
        CatalogSources.from(catalogOptions: paths, noBuiltIn: noBuiltIn, environment: environment)
    }

    /// The options as the user typed them, for hints that repeat a command.
    var arguments: String {
        paths.map { " --catalog \($0)" }.joined() + (noBuiltIn ? " --no-builtin" : "")
    }
}

/// A command line that cannot be run, with what is needed for a helpful message.
enum UsageError: Error, Equatable {
    case unknownCommand(String, suggestion: String?)
    case unknownOption(String, command: CommandName?, suggestion: String?)
    case missingValue(option: String)
    case invalidLanguage(String)
    case invalidNumber(option: String, value: String)
    case invalidPercent(option: String, value: String)
    case invalidSeverity(value: String)
    case invalidPatternID(String)
    case invalidBaseURL(String)
    case invalidTitle(String)
    case reservedPatternID(String)
    case missingArgument(String)
    case unexpectedArgument(String)
}

/// The settings that apply to every command.
struct GlobalOptions: Equatable {
    var language: Language?
    var noColor = false
}

struct ShowOptions: Equatable {
    var id = ""
    var catalog = CatalogOptions()
}

struct ListOptions: Equatable {
    var service: String?
    var tag: String?
    var severity: String?
    var catalog = CatalogOptions()
}

struct RedactOptions: Equatable {
    /// The paste file, `-` or nil for standard input.
    var pastePath: String?
}

struct NewOptions: Equatable {
    var id = ""

    /// The folder that receives the two files.
    var directory = "."
}
