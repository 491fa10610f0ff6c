import RunbookCatalog

/// Turns `argv` into an ``Invocation``. Options may come before or after the command; `--opt
/// value` and `--opt=value` are both accepted.
struct ArgumentParser {
    private static let optionsByCommand: [CommandName: [String]] = [
        .match: ["--json", "--explain", "--top", "--redact", "--catalog", "--no-builtin"],
        .show: ["--catalog", "--no-builtin"],
        .list: ["--service", "--tag", "--severity", "--catalog", "--no-builtin"],
        .build: ["--out", "--check", "--base-url", "--title", "--catalog", "--no-builtin"],
        .lint: ["--catalog", "--no-builtin"],
        .new: ["--dir"],
        .redact: [],
        .eval: ["--catalog", "--no-builtin", "--fail-under"],
        .help: [],
    ]
    private static let globalOptions = ["--lang", "--no-color", "--help", "--version"]

    static func parse(_ arguments: [String]) -> (GlobalOptions, Result<Invocation, UsageError>) {
        var global = GlobalOptions()
        var remaining: [String] = []

        // The language is read first, so that a usage error later on is reported in it.
        var index = 0
        var languageError: UsageError?
        while index < arguments.count {
            let (name, inlineValue) = split(arguments[index])
            if name == "--no-color" {
                global.noColor = true
            } else if name == "--lang" {
                let value = inlineValue ?? (index + 1 < arguments.count ? arguments[index + 1] : nil)
                if inlineValue == nil {
                    index += 1
                }
                if let value, let language = Language(rawValue: value) {
                    global.language = language
                } else {
                    languageError = value.map { .invalidLanguage($0) } ?? .missingValue(option: "--lang")
                }
            } else {
                remaining.append(arguments[index])
            }
            index += 1
        }
        if let languageError {
            return (global, .failure(languageError))
        }
        return (global, parseCommand(remaining))
    }

    private static func split(_ argument: String) -> (String, String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else {
            return (argument, nil)
        }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    private static func parseCommand(_ arguments: [String]) -> Result<Invocation, UsageError> {
        if arguments.contains("--version") {
            return .success(.version)
        }
        guard let first = arguments.first(where: { !$0.hasPrefix("-") }) else {
            if let option = arguments.first(where: { $0 != "--help" && $0 != "-h" }) {
                return .failure(unknownOption(option, command: nil))
            }
            return .success(.help(topic: nil))
        }
        guard let command = CommandName(rawValue: first) else {
            let suggestion = EditDistance.closest(to: first, among: CommandName.allCases.map(\.rawValue))
            return .failure(.unknownCommand(first, suggestion: suggestion))
        }

        var rest = arguments
        rest.remove(at: rest.firstIndex(of: first) ?? 0)
        if rest.contains("--help") || rest.contains("-h") {
            return .success(.help(topic: command == .help ? nil : command))
        }

        switch command {
        case .help:
            guard let topic = rest.first else {
                return .success(.help(topic: nil))
            }
            guard let named = CommandName(rawValue: topic) else {
                let suggestion = EditDistance.closest(to: topic, among: CommandName.allCases.map(\.rawValue))
                return .failure(.unknownCommand(topic, suggestion: suggestion))
            }
            return .success(.help(topic: named))
        case .match:
            return parseMatch(rest).map(Invocation.match)
        case .build:
            return parseBuild(rest).map(Invocation.build)
        case .lint:
            return parseLint(rest).map(Invocation.lint)
        case .eval:
            return parseEval(rest).map(Invocation.eval)
        case .show:
            return parseShow(rest).map(Invocation.show)
        case .list:
            return parseList(rest).map(Invocation.list)
        case .new:
            return parseNew(rest).map(Invocation.new)
        case .redact:
            return parseRedact(rest).map(Invocation.redact)
        }
    }

    private static func parseMatch(_ arguments: [String]) -> Result<MatchOptions, UsageError> {
        var options = MatchOptions()
        var reader = OptionReader(arguments: arguments, command: .match)
        while let (name, value) = reader.next() {
            if let result = reader.readCatalogOption(name, value, into: &options.catalog) {
                if case .failure(let error) = result {
                    return .failure(error)
                }
                continue
            }
            switch name {
            case "--json":
                options.json = true
            case "--explain":
                options.explain = true
            case "--redact":
                options.redact = true
            case "--top":
                guard let text = value ?? reader.value(for: name) else { return .failure(.missingValue(option: name)) }
                guard let number = Int(text), number >= 1 else { return .failure(.invalidNumber(option: name, value: text)) }
                options.top = number
            case "-":
                guard options.pastePath == nil else { return .failure(.unexpectedArgument(name)) }
                options.pastePath = "-"
            default:
                if name.hasPrefix("-") {
                    return .failure(unknownOption(name, command: .match))
                }
                guard options.pastePath == nil else { return .failure(.unexpectedArgument(name)) }
                options.pastePath = name
            }
        }
        return .success(options)
    }

    private static func parseBuild(_ arguments: [String]) -> Result<BuildOptions, UsageError> {
        var options = BuildOptions()
        var reader = OptionReader(arguments: arguments, command: .build)
        while let (name, value) = reader.next() {
            if let result = reader.readCatalogOption(name, value, into: &options.catalog) {
                if case .failure(let error) = result {
                    return .failure(error)
                }
                continue
            }
            switch name {
            case "--check":
                options.check = true
            case "--out":
                guard let path = value ?? reader.value(for: name) else { return .failure(.missingValue(option: name)) }
                options.outputPath = path
            case "--base-url":
                guard let text = value ?? reader.value(for: name) else { return .failure(.missingValue(option: name)) }
                guard let url = SiteAddress.normalized(text) else { return .failure(.invalidBaseURL(text)) }
                options.baseURL = url
            case "--title":
                guard let text = value ?? reader.value(for: name) else { return .failure(.missingValue(option: name)) }
                let title = text.trimmingCharacters(in: .whitespaces)
                guard !title.isEmpty, !title.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                    return .failure(.invalidTitle(text))
                }
                options.siteTitle = title
            default:
                return .failure(name.hasPrefix("-") ? unknownOption(name, command: .build) : .unexpectedArgument(name))
            }
        }
        return .success(options)
    }

    private static func parseLint(_ arguments: [String]) -> Result<LintOptions, UsageError> {
        var options = LintOptions()
        var reader = OptionReader(arguments: arguments, command: .lint)
        while let (name, value) = reader.next() {
            if let result = reader.readCatalogOption(name, value, into: &options.catalog) {
                if case .failure(let error) = result {
                    return .failure(error)
                }
                continue
            }
            switch name {
            default:
                return .failure(name.hasPrefix("-") ? unknownOption(name, command: .lint) : .unexpectedArgument(name))
            }
        }
        return .success(options)
    }

    private static func parseShow(_ arguments: [String]) -> Result<ShowOptions, UsageError> {
        var options = ShowOptions()
        var reader = OptionReader(arguments: arguments, command: .show)
        while let (name, value) = reader.next() {
            if let result = reader.readCatalogOption(name, value, into: &options.catalog) {
                if case .failure(let error) = result {
                    return .failure(error)
                }
                continue
            }
            switch name {
            default:
                if name.hasPrefix("-") {
                    return .failure(unknownOption(name, command: .show))
                }
                guard options.id.isEmpty else { return .failure(.unexpectedArgument(name)) }
                options.id = name
            }
        }
        return options.id.isEmpty ? .failure(.missingArgument("ID")) : .success(options)
    }

    private static func parseList(_ arguments: [String]) -> Result<ListOptions, UsageError> {
        var options = ListOptions()
        var reader = OptionReader(arguments: arguments, command: .list)
        while let (name, value) = reader.next() {
            if let result = reader.readCatalogOption(name, value, into: &options.catalog) {
                if case .failure(let error) = result {
                    return .failure(error)
                }
                continue
            }
            switch name {
            case "--service", "--tag", "--severity":
                guard let written = value ?? reader.value(for: name) else { return .failure(.missingValue(option: name)) }
                // Service ids, tags and severities are lowercase, so `--service SNS` means sns.
                let text = written.lowercased()
                switch name {
                case "--service": options.service = text
                case "--tag": options.tag = text
                default:
                    guard Severity(rawValue: text) != nil else { return .failure(.invalidSeverity(value: written)) }
                    options.severity = text
                }
            default:
                return .failure(name.hasPrefix("-") ? unknownOption(name, command: .list) : .unexpectedArgument(name))
            }
        }
        return .success(options)
    }

    private static func parseNew(_ arguments: [String]) -> Result<NewOptions, UsageError> {
        var options = NewOptions()
        var reader = OptionReader(arguments: arguments, command: .new)
        while let (name, value) = reader.next() {
            switch name {
            case "--dir":
                guard let path = value ?? reader.value(for: name) else { return .failure(.missingValue(option: name)) }
                options.directory = path
            default:
                if name.hasPrefix("-") {
                    return .failure(unknownOption(name, command: .new))
                }
                guard options.id.isEmpty else { return .failure(.unexpectedArgument(name)) }
                options.id = name
            }
        }
        guard !options.id.isEmpty else {
            return .failure(.missingArgument("ID"))
        }
        guard PatternFileParser.idAndLanguage(fromFileName: "\(options.id).en.md") != nil else {
            return .failure(.invalidPatternID(options.id))
        }
        guard !PatternFileParser.reservedIDs.contains(options.id) else {
            return .failure(.reservedPatternID(options.id))
        }
        return .success(options)
    }

    private static func parseRedact(_ arguments: [String]) -> Result<RedactOptions, UsageError> {
        var options = RedactOptions()
        for argument in arguments {
            if argument.hasPrefix("-") && argument != "-" {
                return .failure(unknownOption(argument, command: .redact))
            }
            guard options.pastePath == nil else { return .failure(.unexpectedArgument(argument)) }
            options.pastePath = argument
        }
        return .success(options)
    }

    private static func parseEval(_ arguments: [String]) -> Result<EvalOptions, UsageError> {
        var options = EvalOptions()
        var reader = OptionReader(arguments: arguments, command: .eval)
        while let (name, value) = reader.next() {
            if let result = reader.readCatalogOption(name, value, into: &options.catalog) {
                if case .failure(let error) = result {
                    return .failure(error)
                }
                continue
            }
            switch name {
            case "--fail-under":
                guard let text = value ?? reader.value(for: name) else { return .failure(.missingValue(option: name)) }
                guard let percent = Double(text), (0...100).contains(percent) else {
                    return .failure(.invalidPercent(option: name, value: text))
                }
                options.failUnder = percent
            default:
                if name.hasPrefix("-") {
                    return .failure(unknownOption(name, command: .eval))
                }
                guard options.casesPath == nil else { return .failure(.unexpectedArgument(name)) }
                options.casesPath = name
            }
        }
        guard options.casesPath != nil else {
            return .failure(.missingArgument("FILE.jsonl"))
        }
        return .success(options)
    }

    private static func unknownOption(_ option: String, command: CommandName?) -> UsageError {
        let candidates = (command.map { optionsByCommand[$0] ?? [] } ?? []) + globalOptions
        let (name, _) = split(option)
        return .unknownOption(name, command: command, suggestion: EditDistance.closest(to: name, among: candidates))
    }
}

/// Walks the arguments of one command, splitting `--name=value`.
private struct OptionReader {
    let arguments: [String]
    let command: CommandName
    var position = 0

    init(arguments: [String], command: CommandName) {
        self.arguments = arguments
        self.command = command
    }

    mutating func next() -> (String, String?)? {
        guard position < arguments.count else {
            return nil
        }
        let argument = arguments[position]
        position += 1
        if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
            return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
        }
        return (argument, nil)
    }

    /// Reads `--catalog DIR` and `--no-builtin`, which every command that loads a catalog takes.
    /// Returns nil for any other option, so that the caller's own switch handles it.
    mutating func readCatalogOption(_ name: String, _ inlineValue: String?, into options: inout CatalogOptions) -> Result<Void, UsageError>? {
        switch name {
        case "--no-builtin":
            options.noBuiltIn = true
            return .success(())
        case "--catalog":
            guard let path = inlineValue ?? value(for: name) else {
                return .failure(.missingValue(option: name))
            }
            options.paths.append(path)
            return .success(())
        default:
            return nil
        }
    }

    /// Takes the next argument as the value of `option`, unless it is missing or another option.
    mutating func value(for option: String) -> String? {
        guard position < arguments.count, !arguments[position].hasPrefix("--") else {
            return nil
        }
        defer { position += 1 }
        return arguments[position]
    }
}

/// Checks the address given to `--base-url`.
enum SiteAddress {
    /// Returns the address with one trailing slash, or nil unless it is an absolute http or
    /// https address with a host and without query, fragment, user name or spaces. A password
    /// in the address would be written into every sitemap entry.
    static func normalized(_ text: String) -> String? {
        let lowered = text.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lowered.hasPrefix($0) }) else {
            return nil
        }
        let rest = text.dropFirst(scheme.count)
        let host = rest.prefix { $0 != "/" }
        guard !host.isEmpty, !host.contains("@"), !text.contains(where: { $0.isWhitespace || $0 == "?" || $0 == "#" || $0 == "\"" || $0 == "<" || $0 == ">" }) else {
            return nil
        }
        return text.hasSuffix("/") ? text : text + "/"
    }
}
