import Foundation

/// A value from the front matter: one scalar or a list of them.
enum FrontMatterValue: Equatable {
    case scalar(String)
    case list([String])
}

/// One `key: value` entry of the front matter, with the line it starts on.
struct FrontMatterEntry: Equatable {
    var key: String
    var value: FrontMatterValue
    var line: Int
}

/// The result of reading a front-matter block.
struct FrontMatter {
    var entries: [FrontMatterEntry]

    /// The index of the first body line in the file's lines, counted from 0.
    var bodyStartIndex: Int
}

/// Reads the YAML subset that pattern files use: `key: value` lines, plain, single-quoted and
/// double-quoted scalars, flow lists (`[a, b]`) and block lists (`- a` lines under `key:`),
/// blank lines and whole-line `#` comments. Anything else is reported, never guessed.
enum FrontMatterParser {
    static func parse(lines: [String], path: String, diagnostics: inout [Diagnostic]) -> FrontMatter? {
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else {
            diagnostics.append(Diagnostic(.missingFrontMatter, at: SourceLocation(path: path, line: 1)))
            return nil
        }
        guard let closing = lines.indices.dropFirst().first(where: { lines[$0].trimmingCharacters(in: .whitespaces) == "---" }) else {
            diagnostics.append(Diagnostic(.unterminatedFrontMatter, at: SourceLocation(path: path, line: 1)))
            return nil
        }

        var entries: [FrontMatterEntry] = []
        var index = 1
        while index < closing {
            let line = lines[index]
            let lineNumber = index + 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            index += 1

            if trimmed.isEmpty || trimmed.hasPrefix("#") {
                continue
            }
            guard let (key, rawValue) = splitKeyValue(line) else {
                diagnostics.append(Diagnostic(.invalidFrontMatterLine(text: trimmed), at: SourceLocation(path: path, line: lineNumber)))
                continue
            }

            if rawValue.isEmpty {
                let (items, next) = readBlockList(lines: lines, from: index, end: closing, path: path, diagnostics: &diagnostics)
                index = next
                entries.append(FrontMatterEntry(key: key, value: items.map(FrontMatterValue.list) ?? .scalar(""), line: lineNumber))
                continue
            }

            guard let value = parseValue(rawValue) else {
                diagnostics.append(Diagnostic(.invalidFrontMatterLine(text: trimmed), at: SourceLocation(path: path, line: lineNumber)))
                continue
            }
            entries.append(FrontMatterEntry(key: key, value: value, line: lineNumber))
        }
        return FrontMatter(entries: entries, bodyStartIndex: closing + 1)
    }

    /// Splits `key: value` where the key is a plain identifier at the start of the line.
    private static func splitKeyValue(_ line: String) -> (String, String)? {
        guard let colon = line.firstIndex(of: ":") else {
            return nil
        }
        let key = String(line[..<colon])
        let isIdentifier = !key.isEmpty && key.unicodeScalars.allSatisfy { scalar in
            CharacterSet.lowercaseLetters.contains(scalar) || CharacterSet.decimalDigits.contains(scalar) || scalar == "_" || scalar == "-"
        }
        guard isIdentifier, key.first?.isLetter == true else {
            return nil
        }

        let rest = line[line.index(after: colon)...]
        // A colon inside the key position must be followed by a space or the line's end,
        // as in YAML, so that `http://x` on a line of its own is not read as a key.
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else {
            return nil
        }
        return (key, rest.trimmingCharacters(in: .whitespaces))
    }

    /// Reads indented `- item` lines after a `key:` line; returns nil when there are none.
    private static func readBlockList(
        lines: [String], from start: Int, end: Int, path: String, diagnostics: inout [Diagnostic]
    ) -> ([String]?, Int) {
        var items: [String] = []
        var index = start
        while index < end {
            let trimmed = lines[index].trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("- ") || trimmed == "-" else {
                break
            }
            let itemText = trimmed.dropFirst().trimmingCharacters(in: .whitespaces)
            if let item = parseScalar(itemText) {
                items.append(item)
            } else {
                diagnostics.append(Diagnostic(.invalidFrontMatterLine(text: trimmed), at: SourceLocation(path: path, line: index + 1)))
            }
            index += 1
        }
        return (index == start ? nil : items, index)
    }

    static func parseValue(_ text: String) -> FrontMatterValue? {
        if text.hasPrefix("[") {
            return parseFlowList(text).map(FrontMatterValue.list)
        }
        return parseScalar(text).map(FrontMatterValue.scalar)
    }

    /// Parses `[a, "b, c", 'd']`. Commas inside quotes belong to the item.
    private static func parseFlowList(_ text: String) -> [String]? {
        guard text.hasSuffix("]") else {
            return nil
        }
        let inner = text.dropFirst().dropLast()
        var items: [String] = []
        var current = ""
        var quote: Character?

        for character in inner {
            if let open = quote {
                current.append(character)
                if character == open {
                    quote = nil
                }
            } else if character == "\"" || character == "'" {
                quote = character
                current.append(character)
            } else if character == "," {
                items.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        guard quote == nil else {
            return nil
        }
        items.append(current)

        let trimmed = items.map { $0.trimmingCharacters(in: .whitespaces) }
        if trimmed == [""] {
            return []
        }
        var result: [String] = []
        for item in trimmed {
            guard !item.isEmpty, let value = parseScalar(item) else {
                return nil
            }
            result.append(value)
        }
        return result
    }

    /// Parses a plain, `"double"` or `'single'` quoted scalar; nil for an unterminated quote.
    static func parseScalar(_ text: String) -> String? {
        if text.hasPrefix("\"") {
            return parseDoubleQuoted(text)
        }
        if text.hasPrefix("'") {
            guard text.count >= 2, text.hasSuffix("'") else {
                return nil
            }
            let body = text.dropFirst().dropLast()
            return body.replacingOccurrences(of: "''", with: "'")
        }
        return text
    }

    private static func parseDoubleQuoted(_ text: String) -> String? {
        var result = ""
        var escaping = false
        var closed = false

        for character in text.dropFirst() {
            if closed {
                return nil
            }
            if escaping {
                guard character == "\"" || character == "\\" else {
                    return nil
                }
                result.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == "\"" {
                closed = true
            } else {
                result.append(character)
            }
        }
        return closed ? result : nil
    }
}
