import Foundation
import RunbookCatalog

/// A destination for CLI text. Results go to standard output and messages about the run to
/// standard error; tests pass buffers instead.
public protocol TextOutput: AnyObject {
    func write(_ text: String)
}

/// A ``TextOutput`` that writes to a file descriptor such as standard output.
public final class FileDescriptorOutput: TextOutput {
    private let handle: FileHandle

    public init(_ handle: FileHandle) {
        self.handle = handle
    }

    public func write(_ text: String) {
        handle.write(Data(text.utf8))
    }
}

/// A ``TextOutput`` that keeps what was written, for tests.
public final class BufferOutput: TextOutput {
    public private(set) var text = ""

    public init() {}

    public func write(_ text: String) {
        self.text += text
    }
}

/// The inputs of one CLI run: arguments, environment and standard input.
public struct ProcessContext {
    public var arguments: [String]
    public var environment: [String: String]
    public var standardInputIsTerminal: Bool
    public var readStandardInput: () -> Data

    /// Whether standard output is a terminal, which decides colour and wrapping.
    public var standardOutputIsTerminal: Bool

    /// The terminal's width in columns, when standard output is a terminal.
    public var terminalColumns: Int?

    /// Whether standard error is a terminal, which decides whether progress is drawn.
    public var standardErrorIsTerminal: Bool

    public init(
        arguments: [String],
        environment: [String: String],
        standardInputIsTerminal: Bool = false,
        readStandardInput: @escaping () -> Data = { Data() },
        standardOutputIsTerminal: Bool = false,
        terminalColumns: Int? = nil,
        standardErrorIsTerminal: Bool = false
    ) {
        self.standardErrorIsTerminal = standardErrorIsTerminal
        self.arguments = arguments
        self.environment = environment
        self.standardInputIsTerminal = standardInputIsTerminal
        self.readStandardInput = readStandardInput
        self.standardOutputIsTerminal = standardOutputIsTerminal
        self.terminalColumns = terminalColumns
    }
}

/// The streams and language of one run, so that commands print localized lines in one call.
struct Console {
    let output: TextOutput
    let errors: TextOutput
    let language: Language

    /// Whether output may use ANSI colour and bold: only on a terminal, and not when `NO_COLOR`
    /// is set (see no-color.org) or `--no-color` was given.
    var usesColor = false

    /// The column to wrap text at; nil when output is not a terminal, so pipes get whole lines.
    var width: Int?

    /// Where long commands draw their progress: standard error when it is a terminal, else nil.
    var progress: TextOutput?

    func print(_ message: Message) {
        output.write(message.text(in: language) + "\n")
    }

    func printRaw(_ text: String) {
        output.write(text.hasSuffix("\n") ? text : text + "\n")
    }

    func printError(_ message: Message) {
        errors.write(message.text(in: language) + "\n")
    }
}

/// The exit statuses the CLI documents in its help.
enum ExitStatus: Int32 {
    case success = 0
    case failure = 1
    case usage = 2
}

/// Picks the language of messages: `--lang` first, then the first of `LC_ALL`, `LC_MESSAGES`
/// and `LANG` that is set and not empty, as POSIX orders them. Japanese when that value starts
/// with `ja`, English otherwise.
func messageLanguage(override: Language?, environment: [String: String]) -> Language {
    if let override {
        return override
    }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let value = environment[name], !value.isEmpty {
            return value.hasPrefix("ja") ? .japanese : .english
        }
    }
    return .english
}
