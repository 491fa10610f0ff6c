import Foundation
import RunbookCatalog
import RunbookMarkdown

/// The entry point of the `runbook` program: parses the command line, runs the command and
/// maps every outcome to an exit status. Nothing here calls `exit`, so tests run it in-process.
public enum RunbookCommandLine {
    public static let version = "0.1.0"

    /// Runs one command and returns the exit status.
    public static func run(_ context: ProcessContext, output: TextOutput, errors: TextOutput) -> Int32 {
        let (global, parsed) = ArgumentParser.parse(context.arguments)
        let language = messageLanguage(override: global.language, environment: context.environment)
        var console = Console(output: output, errors: errors, language: language)
        let noColorVariable = !(context.environment["NO_COLOR"] ?? "").isEmpty
        console.usesColor = context.standardOutputIsTerminal && !noColorVariable && !global.noColor
        if context.standardErrorIsTerminal && context.environment["TERM"] != "dumb" {
            console.progress = errors
        }
        console.width = context.standardOutputIsTerminal ? max(20, context.terminalColumns ?? Int(context.environment["COLUMNS"] ?? "") ?? 80) : nil

        switch parsed {
        case .failure(let error):
            console.printError(.usage(error))
            // The help of the command the user typed says more than the list of all commands.
            let command = context.arguments.lazy.compactMap { CommandName(rawValue: $0) }.first { $0 != .help }
            console.printError(command.map { .commandUsageHint($0) } ?? .usageHint)
            return ExitStatus.usage.rawValue
        case .success(let invocation):
            return execute(invocation, context: context, console: console).rawValue
        }
    }

    /// Runs with the process's real arguments, environment and streams.
    public static func main() -> Int32 {
        let context = ProcessContext(
            arguments: Array(CommandLine.arguments.dropFirst()),
            environment: ProcessInfo.processInfo.environment,
            standardInputIsTerminal: isatty(STDIN_FILENO) == 1,
            readStandardInput: { FileHandle.standardInput.readDataToEndOfFile() },
            standardOutputIsTerminal: isatty(STDOUT_FILENO) == 1,
            terminalColumns: terminalColumns(),
            standardErrorIsTerminal: isatty(STDERR_FILENO) == 1
        )
        return run(
            context,
            output: FileDescriptorOutput(.standardOutput),
            errors: FileDescriptorOutput(.standardError)
        )
    }

    /// Returns the width of the terminal on standard output, or nil when it is not a terminal.
    private static func terminalColumns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else {
            return nil
        }
        return Int(size.ws_col)
    }

    private static func execute(_ invocation: Invocation, context: ProcessContext, console: Console) -> ExitStatus {
        switch invocation {
        case .help(let topic):
            console.print(helpMessage(for: topic))
            return .success
        case .version:
            console.print(.version(version, cmark: Cmark.version))
            return .success
        case .match(let options):
            return MatchCommand(options: options, context: context, console: console).run()
        case .build(let options):
            return BuildCommand(options: options, environment: context.environment, console: console).run()
        case .lint(let options):
            return LintCommand(options: options, environment: context.environment, console: console).run()
        case .eval(let options):
            return EvalCommand(options: options, environment: context.environment, console: console).run()
        case .show(let options):
            return ShowCommand(options: options, environment: context.environment, console: console).run()
        case .list(let options):
            return ListCommand(options: options, environment: context.environment, console: console).run()
        case .new(let options):
            return NewCommand(options: options, console: console).run()
        case .redact(let options):
            return RedactCommand(options: options, context: context, console: console).run()
        }
    }

    private static func helpMessage(for topic: CommandName?) -> Message {
        switch topic {
        case nil: .help
        case .match: .helpMatch
        case .build: .helpBuild
        case .lint: .helpLint
        case .eval: .helpEval
        case .show: .helpShow
        case .list: .helpList
        case .new: .helpNew
        case .redact: .helpRedact
        case .help: .helpHelp
        }
    }
}

/// Loads the catalog a command works on and reports load failures in the user's language.
enum CatalogSelection {
    /// Says why a catalog has no patterns: `--no-builtin` without a team folder, or folders
    /// without pattern files.
    static func emptyCatalogMessage(_ options: CatalogOptions, environment: [String: String]) -> Message {
        let sources = options.sources(environment: environment)
        if !sources.includesBuiltIn && sources.directories.isEmpty {
            return .noCatalogSelected
        }
        return .catalogEmpty(path: sources.displayName)
    }

    static func load(
        _ options: CatalogOptions, environment: [String: String], console: Console, progress: ProgressHandler = .silent
    ) -> (catalog: Catalog, overrides: [PatternOverride])? {
        do {
            return try CatalogLoader.load(options.sources(environment: environment), progress: progress)
        } catch {
            report(error, console: console)
            return nil
        }
    }

    /// Loads the catalog for a command that shows its patterns, and warns when files were left
    /// out because of problems. A reader who then finds a pattern in one language only, or
    /// missing, learns from the warning to run lint.
    static func loadForReading(_ options: CatalogOptions, environment: [String: String], console: Console) -> Catalog? {
        guard let (catalog, _) = load(options, environment: environment, console: console) else {
            return nil
        }
        if !catalog.diagnostics.isEmpty {
            console.printError(.catalogHasProblems(count: catalog.diagnostics.count, lintCommand: "runbook lint" + options.arguments))
        }
        return catalog
    }

    static func report(_ error: CatalogLoadError, console: Console) {
            switch error {
            case .directoryNotFound(let path):
                console.printError(.catalogNotFound(path: path))
            case .unreadableDirectory(let path, let reason):
                console.printError(.catalogUnreadable(path: path, reason: reason))
            case .builtInCatalogMissing:
                console.printError(.builtInCatalogMissing)
            }
    }
}
