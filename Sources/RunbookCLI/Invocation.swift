import RunbookCatalog

/// A parsed command line: the command and its options, before any work is done.
enum Invocation: Equatable {
    case help(topic: CommandName?)
    case version
    case match(MatchOptions)
    case build(BuildOptions)
    case lint(LintOptions)
    case eval(EvalOptions)
}

enum CommandName: String, CaseIterable, Equatable {
    case match, build, lint, eval, help
}

struct MatchOptions: Equatable {
    /// The paste file, `-` or nil for standard input.
    var pastePath: String?
    var json = false
    var explain = false
    var top = 1
    var catalogPath: String?
}

struct BuildOptions: Equatable {
    /// The folder that receives `runbooks/` and `site/`.
    var outputPath = "."
    var check = false
    var catalogPath: String?
}

struct LintOptions: Equatable {
    var catalogPath: String?
}

struct EvalOptions: Equatable {
    var casesPath: String?
    var catalogPath: String?

    /// The minimum top-1 and abstain accuracy in percent; below it the command exits with 1.
    var failUnder: Double?
}

/// A command line that cannot be run, with what is needed for a helpful message.
enum UsageError: Error, Equatable {
    case unknownCommand(String, suggestion: String?)
    case unknownOption(String, command: CommandName?, suggestion: String?)
    case missingValue(option: String)
    case invalidLanguage(String)
    case invalidNumber(option: String, value: String)
    case invalidPercent(option: String, value: String)
    case missingArgument(String)
    case unexpectedArgument(String)
}

/// The settings that apply to every command.
struct GlobalOptions: Equatable {
    var language: Language?
}
