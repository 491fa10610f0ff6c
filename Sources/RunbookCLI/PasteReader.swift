import Foundation
import RunbookMatcher

/// Reads a paste from a file or standard input for `match` and `redact`, with the checks both
/// need: a missing or unreadable file, an empty paste, and the size bound.
struct PasteReader {
    let path: String?
    let context: ProcessContext
    let console: Console

    /// The largest paste that is read whole, in bytes. A console error fits in a few kilobytes.
    /// A longer paste is a log, and only its first 2 MiB are used, so that a run stays within
    /// about a second instead of growing with the file.
    static let maximumPasteBytes = 2 * 1024 * 1024

    /// Returns the paste, or nil after printing why there is none. Bytes that are not UTF-8
    /// become U+FFFD, so a paste with a damaged character still works on the rest.
    func read() -> String? {
        guard var paste = readText() else {
            return nil
        }
        if paste.utf8.count > Self.maximumPasteBytes {
            console.printError(.pasteTruncated(bytes: paste.utf8.count, kept: Self.maximumPasteBytes))
            paste = Self.prefix(of: paste, bytes: Self.maximumPasteBytes)
        }
        guard !paste.allSatisfy(\.isWhitespace) else {
            console.printError(.pasteEmpty)
            return nil
        }
        return paste
    }

    private func readText() -> String? {
        guard let path, path != "-" else {
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

    /// Returns the longest prefix of `text` that fits in `bytes` UTF-8 bytes without splitting a
    /// character.
    static func prefix(of text: String, bytes: Int) -> String {
        var end = text.utf8.index(text.utf8.startIndex, offsetBy: bytes)
        while end > text.startIndex, end.samePosition(in: text.unicodeScalars) == nil {
            end = text.utf8.index(before: end)
        }
        return String(text[..<end])
    }
}

/// `runbook redact`: prints the paste with account ids, addresses, keys, tokens, request ids
/// and host names masked, ready for a ticket or a chat.
struct RedactCommand {
    let options: RedactOptions
    let context: ProcessContext
    let console: Console

    func run() -> ExitStatus {
        guard let paste = PasteReader(path: options.pastePath, context: context, console: console).read() else {
            return .usage
        }
        console.output.write(RedactorOutput.ensureFinalNewline(Redactor.redact(paste)))
        return .success
    }
}

enum RedactorOutput {
    static func ensureFinalNewline(_ text: String) -> String {
        text.hasSuffix("\n") ? text : text + "\n"
    }
}
