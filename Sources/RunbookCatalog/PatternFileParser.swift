import Foundation
import RunbookMarkdown

/// Parses one pattern file (front matter, then Markdown read through cmark's AST) into a
/// ``PatternDocument``, collecting every problem instead of stopping at the first.
public enum PatternFileParser {
    /// Names of the site's own pages in each language folder, which a pattern page would replace.
    public static let reservedIDs: Set<String> = ["index", "search"]

    /// Returns the id and language that a file name such as `sns-topic.ja.md` declares, or nil
    /// when the name does not have the `ID.LANG.md` form.
    public static func idAndLanguage(fromFileName name: String) -> (id: String, language: Language)? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2] == "md", let language = Language(rawValue: String(parts[1])) else {
            return nil
        }
        let id = String(parts[0])
        guard MetadataReader.isKebabCase(id) else {
            return nil
        }
        return (id, language)
    }

    /// Parses `contents`, read from `path`. Returns nil when the file is too broken to use; the
    /// reasons are appended to `diagnostics` either way.
    public static func parse(
        contents: String, path: String, language: Language, fileID: String, diagnostics: inout [Diagnostic]
    ) -> PatternDocument? {
        let lines = splitLines(contents)
        let unfinished = unfinishedLines(lines, path: path)
        diagnostics += unfinished
        guard let frontMatter = FrontMatterParser.parse(lines: lines, path: path, diagnostics: &diagnostics) else {
            return nil
        }

        // A value still marked TODO is reported once, as unfinished, not again as invalid.
        var metadataProblems: [Diagnostic] = []
        let metadata = MetadataReader.read(frontMatter, path: path, diagnostics: &metadataProblems)
        let unfinishedLineNumbers = Set(unfinished.map(\.location.line))
        diagnostics += metadataProblems.filter { !unfinishedLineNumbers.contains($0.location.line) }
        if let metadata, metadata.id != fileID {
            let line = frontMatter.entries.first { $0.key == "id" }?.line ?? 1
            diagnostics.append(Diagnostic(.idDiffersFromFileName(id: metadata.id, fileID: fileID), at: SourceLocation(path: path, line: line)))
        }

        let body = Array(lines[frontMatter.bodyStartIndex...])
        var reader = BodyReader(lines: body, lineOffset: frontMatter.bodyStartIndex, path: path)
        let content = reader.read(diagnostics: &diagnostics)

        guard let metadata, let content else {
            return nil
        }
        return PatternDocument(
            language: language,
            path: path,
            metadata: metadata,
            keyLines: Dictionary(frontMatter.entries.map { ($0.key, $0.line) }, uniquingKeysWith: { first, _ in first }),
            title: content.title,
            summary: content.summary,
            sections: content.sections,
            signatures: content.codeSamples[.signatures] ?? [],
            examples: content.codeSamples[.examples] ?? [],
            nearMisses: content.codeSamples[.nearMisses] ?? [],
            references: content.references
        )
    }

    /// Returns each front-matter key's value as comparable text with its line, without
    /// validating it: lists as `[a, b]` (a scalar under a list key as a one-item list), scalars
    /// as written. Empty when the front matter is missing or unterminated.
    static func rawFrontMatterValues(_ contents: String) -> [String: (value: String, line: Int)] {
        var ignored: [Diagnostic] = []
        guard let frontMatter = FrontMatterParser.parse(lines: splitLines(contents), path: "", diagnostics: &ignored) else {
            return [:]
        }
        let listKeys: Set<String> = ["services", "tags", "related", "confusable"]
        var values: [String: (value: String, line: Int)] = [:]
        for entry in frontMatter.entries where values[entry.key] == nil {
            let text: String
            switch entry.value {
            case .list(let items):
                text = "[" + items.joined(separator: ", ") + "]"
            case .scalar(let scalar) where !listKeys.contains(entry.key):
                text = scalar
            case .scalar(let scalar):
                text = scalar.isEmpty ? "[]" : "[\(scalar)]"
            }
            values[entry.key] = (text, entry.line)
        }
        return values
    }

    /// Reports every line that still has the word `TODO`, which `runbook new` puts where the
    /// author has to write, so that a scaffold cannot pass lint unfinished.
    static func unfinishedLines(_ lines: [String], path: String) -> [Diagnostic] {
        lines.enumerated().compactMap { offset, line in
            // Most lines have no TODO at all, and the byte search is far cheaper than words.
            guard TextSearch.contains("TODO", in: line[...]) else {
                return nil
            }
            let words = line.split { !$0.isLetter && !$0.isNumber && $0 != "_" }
            guard words.contains("TODO") else {
                return nil
            }
            let text = line.trimmingCharacters(in: .whitespaces)
            return Diagnostic(.unfinishedText(text: String(text.prefix(60))), at: SourceLocation(path: path, line: offset + 1))
        }
    }

    /// Splits on `\n`, `\r\n` and `\r`, the line ends cmark accepts, so that line numbers agree
    /// with cmark's.
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCarriageReturn {
                previousWasCarriageReturn = false
                continue
            }
            previousWasCarriageReturn = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append(current)
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        lines.append(current)
        return lines
    }
}

/// The parts of a pattern file's Markdown body.
struct BodyContent {
    var title: String
    var summary: String
    var sections: [SectionKind: Section]
    var codeSamples: [SectionKind: [CodeSample]]
    var references: [Reference]
}

/// Reads the Markdown body: the title, the summary, and the level-2 sections with their blocks.
struct BodyReader {
    let lines: [String]

    /// How many file lines come before the body, added to cmark's line numbers.
    let lineOffset: Int
    let path: String

    private var document = MarkdownDocument.empty

    init(lines: [String], lineOffset: Int, path: String) {
        self.lines = lines
        self.lineOffset = lineOffset
        self.path = path
    }

    mutating func read(diagnostics: inout [Diagnostic]) -> BodyContent? {
        // An IME often types a full-width space after `##`, which CommonMark does not accept as
        // a heading; the author clearly meant one.
        let markdownLines = lines.map { line -> String in
            let hashes = line.prefix { $0 == "#" }
            guard (1...6).contains(hashes.count), line.dropFirst(hashes.count).first == "\u{3000}" else {
                return line
            }
            return hashes + " " + line.dropFirst(hashes.count + 1)
        }
        document = Cmark.parse(markdownLines.joined(separator: "\n"))
        let blocks = document.children(of: document.root)

        var title: String?
        var titleLine = 0
        var summaryBlocks: [Int] = []
        var currentSection: (kind: SectionKind, heading: Int)?
        var sectionBlocks: [SectionKind: [Int]] = [:]
        var sections: [SectionKind: Section] = [:]
        var isInUnknownSection = false
        var suggestedSections: Set<SectionKind> = []

        for block in blocks {
            let node = document.nodes[block]
            guard case .heading(let level) = node.kind, level <= 2 else {
                if let currentSection {
                    sectionBlocks[currentSection.kind, default: []].append(block)
                } else if title != nil && !isInUnknownSection {
                    summaryBlocks.append(block)
                }
                continue
            }

            let text = document.plainText(of: block).trimmingCharacters(in: .whitespaces)
            if level == 1 {
                if title == nil {
                    title = text
                    titleLine = node.startLine
                } else {
                    diagnostics.append(Diagnostic(.extraTitle(firstLine: fileLine(titleLine)), at: location(node.startLine)))
                }
                continue
            }

            guard let kind = SectionKind(heading: text) else {
                let suggestion = SectionKind.closest(toHeading: text)
                if let suggestion {
                    suggestedSections.insert(suggestion)
                }
                diagnostics.append(Diagnostic(.unknownSection(heading: text, suggestion: suggestion), at: location(node.startLine)))
                currentSection = nil
                isInUnknownSection = true
                continue
            }
            if let first = sections[kind] {
                diagnostics.append(Diagnostic(.repeatedSection(kind, firstLine: first.location.line), at: location(node.startLine)))
                currentSection = nil
                isInUnknownSection = true
                continue
            }
            isInUnknownSection = false
            currentSection = (kind, block)
            sections[kind] = Section(kind: kind, markdown: "", location: location(node.startLine))
        }

        for (kind, blocks) in sectionBlocks {
            sections[kind]?.markdown = source(of: blocks)
        }

        guard let title else {
            diagnostics.append(Diagnostic(.missingTitle, at: location(1)))
            return nil
        }

        // The last line of the file. Splitting text that ends with a newline leaves an empty
        // element after it, which is not a line an editor shows.
        let lastLine = lines.count > 1 && lines.last == "" ? lines.count - 1 : lines.count
        let endOfBody = location(max(1, lastLine))
        // A section that an unknown heading most likely meant is reported once, with that heading.
        for kind in SectionKind.allCases where kind.isRequired && sections[kind] == nil && !suggestedSections.contains(kind) {
            diagnostics.append(Diagnostic(.missingSection(kind), at: endOfBody))
        }

        var codeSamples: [SectionKind: [CodeSample]] = [:]
        for kind in [SectionKind.signatures, .examples, .nearMisses] {
            guard let section = sections[kind] else {
                continue
            }
            let samples = codeBlocks(in: sectionBlocks[kind] ?? [])
            if samples.isEmpty {
                diagnostics.append(Diagnostic(.missingCodeBlock(kind), at: section.location))
            }
            for sample in samples where sample.text.allSatisfy(\.isWhitespace) {
                diagnostics.append(Diagnostic(.emptyCodeBlock(kind), at: sample.location))
            }
            codeSamples[kind] = samples.filter { !$0.text.allSatisfy(\.isWhitespace) }
        }

        diagnostics += invalidJSONBlocks()

        let references = links(in: sectionBlocks[.references] ?? [])
        if let section = sections[.references], references.isEmpty {
            diagnostics.append(Diagnostic(.missingReferenceLink, at: section.location))
        }

        return BodyContent(
            title: title,
            summary: source(of: summaryBlocks),
            sections: sections,
            codeSamples: codeSamples,
            references: references
        )
    }

    private func fileLine(_ bodyLine: Int) -> Int {
        bodyLine + lineOffset
    }

    private func location(_ bodyLine: Int) -> SourceLocation {
        SourceLocation(path: path, line: fileLine(bodyLine))
    }

    /// Returns the source lines that `blocks` span, so that the author's Markdown is kept as
    /// written. Blank lines at either end are dropped, because cmark counts the blank line after
    /// a list as part of the list.
    private func source(of blocks: [Int]) -> String {
        guard let first = blocks.first, let last = blocks.last else {
            return ""
        }
        let start = max(1, document.nodes[first].startLine)
        let end = min(lines.count, max(start, document.nodes[last].endLine))
        var slice = lines[(start - 1)..<end]
        while let line = slice.last, line.allSatisfy(\.isWhitespace) {
            slice.removeLast()
        }
        while let line = slice.first, line.allSatisfy(\.isWhitespace) {
            slice.removeFirst()
        }
        return slice.joined(separator: "\n")
    }

    /// Returns the fenced code blocks among `blocks`. Indented code blocks are left out, because
    /// an indented line in a section is more often a wrapped list item than a signature.
    private func codeBlocks(in blocks: [Int]) -> [CodeSample] {
        blocks.compactMap { block -> CodeSample? in
            let node = document.nodes[block]
            guard case .codeBlock = node.kind, isFenced(startingAt: node.startLine) else {
                return nil
            }
            var text = node.literal
            if text.hasSuffix("\n") {
                text.removeLast()
            }
            // A fenced block's text starts on the line after the opening fence.
            return CodeSample(text: text, location: location(node.startLine + 1))
        }
    }

    /// Returns whether the body line `line` opens a fence: up to three spaces, then three or
    /// more backticks or tildes. cmark 0.30 has no accessor that distinguishes fenced from indented.
    private func isFenced(startingAt line: Int) -> Bool {
        guard line >= 1, line <= lines.count else {
            return false
        }
        let text = lines[line - 1]
        let indent = text.prefix { $0 == " " }.count
        let rest = text.dropFirst(indent)
        return indent <= 3 && (rest.hasPrefix("```") || rest.hasPrefix("~~~"))
    }

    /// Reports every fenced block marked `json` whose text does not parse, so that a policy a
    /// reader copies from a runbook is valid.
    private func invalidJSONBlocks() -> [Diagnostic] {
        document.descendants(of: document.root).compactMap { index -> Diagnostic? in
            let node = document.nodes[index]
            guard case .codeBlock(let info) = node.kind,
                  info.split(separator: " ").first?.lowercased() == "json",
                  isFenced(startingAt: node.startLine)
            else {
                return nil
            }
            do throws(JSONValidator.SyntaxError) {
                try JSONValidator.validate(node.literal)
                return nil
            } catch {
                // The block's text starts on the line after the opening fence.
                let line = node.startLine + error.line
                return Diagnostic(.invalidJSON(column: error.column, expected: error.expected), at: location(line))
            }
        }
    }

    private func links(in blocks: [Int]) -> [Reference] {
        blocks.flatMap { block in
            document.descendants(of: block).compactMap { index -> Reference? in
                guard case .link(let destination, _) = document.nodes[index].kind else {
                    return nil
                }
                return Reference(title: document.plainText(of: index), url: destination)
            }
        }
    }
}
