import RunbookMarkdown

/// Renders Markdown for reading in a terminal: headings stand out, lists get bullets or numbers
/// with hanging indents, code blocks are indented and never wrapped, links show their address.
/// Text wraps to `width` columns when one is given, counting East Asian wide characters as two.
struct TerminalRenderer {
    /// Whether to use ANSI bold and colour.
    var usesColor: Bool

    /// The column to wrap at, or nil to leave lines as long as their paragraphs.
    var width: Int?

    func render(_ markdown: String) -> String {
        let document = Cmark.parse(markdown)
        var output: [String] = []
        // An explicit stack of (node, indent, list marker) instead of recursion, because a
        // team's pattern file may nest lists or quotes arbitrarily deep.
        var stack: [(node: Int, indent: String, marker: String?)] = document.children(of: document.root).reversed().map { ($0, "", nil) }

        while let (index, indent, marker) = stack.popLast() {
            // A negative entry marks the end of a top-level list, which a blank line closes.
            guard index >= 0 else {
                output.append("")
                continue
            }
            let node = document.nodes[index]
            switch node.kind {
            case .heading(let level):
                let text = document.plainText(of: index)
                output.append("")
                output += wrap(text, first: "", rest: "").map { style($0, code: level == 1 ? "1;4" : "1") }
                output.append("")
            case .paragraph:
                let prefix = marker.map { indent + $0 } ?? indent
                let hanging = indent + String(repeating: " ", count: marker.map(displayWidth) ?? 0)
                output += wrap(inlineText(of: index, in: document), first: prefix, rest: hanging)
                if marker == nil {
                    output.append("")
                }
            case .codeBlock:
                var literal = node.literal
                if literal.hasSuffix("\n") {
                    literal.removeLast()
                }
                let codeIndent = indent + (marker == nil ? "    " : String(repeating: " ", count: displayWidth(marker ?? "") + 2))
                for line in literal.split(separator: "\n", omittingEmptySubsequences: false) {
                    output.append(codeIndent + style(String(line), code: "36"))
                }
                output.append("")
            case .list(let ordered, let start, _):
                if indent.isEmpty {
                    stack.append((-1, "", nil))
                }
                let items = document.children(of: index)
                for (offset, item) in items.enumerated().reversed() {
                    let bullet = ordered ? "\(start + offset). " : "• "
                    stack.append((item, indent + "  ", bullet))
                }
            case .item:
                let children = document.children(of: index)
                for (offset, child) in children.enumerated().reversed() {
                    // The marker goes on the item's first block only; later blocks hang under it.
                    let childMarker = offset == 0 ? marker : String(repeating: " ", count: displayWidth(marker ?? ""))
                    stack.append((child, indent, childMarker))
                }
                if let last = output.last, !last.isEmpty, children.isEmpty {
                    output.append(indent + (marker ?? ""))
                }
            case .blockQuote:
                for child in document.children(of: index).reversed() {
                    stack.append((child, indent + "│ ", nil))
                }
            case .thematicBreak:
                output.append(indent + String(repeating: "─", count: min(width ?? 40, 40)))
                output.append("")
            case .htmlBlock:
                continue
            default:
                output += wrap(inlineText(of: index, in: document), first: indent, rest: indent)
            }
        }
        return collapseBlankLines(output).joined(separator: "\n") + "\n"
    }

    /// Returns the text of an inline container with code spans marked and link addresses shown.
    private func inlineText(of index: Int, in document: MarkdownDocument) -> String {
        var text = ""
        var stack = Array(document.children(of: index).reversed())
        var pendingLink: [(end: Int, destination: String)] = []

        while let next = stack.popLast() {
            if next < 0 {
                // A negative entry marks the end of a link, where its address follows the text.
                if let link = pendingLink.popLast() {
                    text += " <\(link.destination)>"
                }
                continue
            }
            let node = document.nodes[next]
            switch node.kind {
            case .text:
                text += node.literal
            case .code:
                text += style(node.literal, code: "36")
            case .softBreak:
                // Japanese text has no space where a source line was broken.
                if let last = text.last, isWide(last) {
                    continue
                }
                text += " "
            case .lineBreak:
                text += "\n"
            case .link(let destination, _):
                pendingLink.append((next, destination))
                stack.append(-1)
                stack.append(contentsOf: document.children(of: next).reversed())
            case .strong:
                stack.append(contentsOf: document.children(of: next).reversed())
            default:
                stack.append(contentsOf: document.children(of: next).reversed())
            }
        }
        return text
    }

    /// Returns `text` in bold when colour is on.
    func bold(_ text: String) -> String {
        style(text, code: "1")
    }

    private func style(_ text: String, code: String) -> String {
        usesColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Breaks `text` into lines of at most `width` columns: at spaces between Latin words, and
    /// between East Asian wide characters, as Japanese text allows. Closing punctuation, the
    /// long-vowel mark and small kana move to the next line with the character before them.
    private func wrap(_ text: String, first: String, rest: String) -> [String] {
        guard let width else {
            return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { ($0.offset == 0 ? first : rest) + $0.element }
        }
        var lines: [String] = []
        var line = first
        var column = displayWidth(first)
        var word = ""

        func flushWord() {
            let wordWidth = displayWidth(word)
            if column + wordWidth > width, column > displayWidth(rest), !word.isEmpty {
                lines.append(String(line.reversed().drop { $0 == " " }.reversed()))
                line = rest
                column = displayWidth(rest)
                word = String(word.drop { $0 == " " })
            }
            line += word
            column += displayWidth(word)
            word = ""
        }

        for character in text {
            if character == "\n" {
                flushWord()
                lines.append(line)
                line = rest
                column = displayWidth(rest)
            } else if character == " " {
                flushWord()
                word = " "
            } else if isWide(character) {
                if Self.cannotStartLine.contains(character), let last = word.last, last != " " {
                    word.append(character)
                } else {
                    flushWord()
                    word = String(character)
                }
            } else {
                // A Latin word after Japanese text may start a new line.
                if let last = word.last, isWide(last) {
                    flushWord()
                }
                word.append(character)
            }
        }
        flushWord()
        lines.append(line)
        return lines
    }

    /// Characters that Japanese line breaking (kinsoku) keeps off the start of a line.
    private static let cannotStartLine = Set("、。，．・：；？！ー）」』】〕〉》ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々")

    private func collapseBlankLines(_ lines: [String]) -> [String] {
        var result: [String] = []
        for line in lines where !(line.isEmpty && (result.last?.isEmpty ?? true)) {
            result.append(line)
        }
        while result.last?.isEmpty == true {
            result.removeLast()
        }
        return result
    }

    func displayWidth(_ text: String) -> Int {
        var inEscape = false
        var count = 0
        for character in text {
            if character == "\u{1B}" {
                inEscape = true
            } else if inEscape {
                inEscape = character != "m"
            } else {
                count += isWide(character) ? 2 : 1
            }
        }
        return count
    }

    /// East Asian wide and full-width characters, which terminals draw two columns wide.
    private func isWide(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else {
            return false
        }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
