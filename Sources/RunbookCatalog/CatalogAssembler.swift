/// Builds a ``Catalog`` from pattern files: parses each, then checks what only the whole set
/// can show (missing language files, duplicate ids, metadata that differs between languages).
public enum CatalogAssembler {
    public static func assemble(_ files: [PatternFile]) -> Catalog {
        var diagnostics: [Diagnostic] = []
        var documentsByID: [String: [Language: PatternDocument]] = [:]
        var pathsByIDAndLanguage: [String: String] = [:]
        var declaredIDs: [String: Set<Language>] = [:]
        var firstPathForID: [String: String] = [:]

        for file in files.sorted(by: { $0.path < $1.path }) {
            let name = String(file.path.split(separator: "/").last ?? "")
            guard let (fileID, language) = PatternFileParser.idAndLanguage(fromFileName: name) else {
                diagnostics.append(Diagnostic(.invalidFileName(name: name), at: SourceLocation(path: file.path, line: 1)))
                continue
            }

            let key = "\(fileID).\(language.rawValue)"
            if let otherPath = pathsByIDAndLanguage[key] {
                diagnostics.append(Diagnostic(.duplicateID(id: fileID, otherPath: otherPath), at: SourceLocation(path: file.path, line: 1)))
                continue
            }
            pathsByIDAndLanguage[key] = file.path
            declaredIDs[fileID, default: []].insert(language)
            if firstPathForID[fileID] == nil {
                firstPathForID[fileID] = file.path
            }

            if let reason = file.readFailure {
                diagnostics.append(Diagnostic(.unreadableFile(reason: reason), at: SourceLocation(path: file.path, line: 1)))
                continue
            }
            guard var text = String(validating: file.data, as: UTF8.self) else {
                diagnostics.append(Diagnostic(.invalidUTF8, at: SourceLocation(path: file.path, line: 1)))
                continue
            }
            // Some Windows editors start UTF-8 files with a byte order mark, which is not text.
            if text.unicodeScalars.first == "\u{FEFF}" {
                text.unicodeScalars.removeFirst()
            }
            let document = PatternFileParser.parse(
                contents: text, path: file.path, language: language, fileID: fileID, diagnostics: &diagnostics
            )
            if let document {
                documentsByID[fileID, default: [:]][language] = document
            }
        }

        for (id, languages) in declaredIDs {
            for missing in Language.allCases where !languages.contains(missing) {
                let path = firstPathForID[id] ?? id
                diagnostics.append(Diagnostic(.missingLanguageFile(id: id, language: missing), at: SourceLocation(path: path, line: 1)))
            }
        }

        var patterns: [Pattern] = []
        for (id, documents) in documentsByID {
            let ordered = documents.values.sorted { $0.language < $1.language }
            guard let first = ordered.first else {
                continue
            }
            for other in ordered.dropFirst() {
                diagnostics += metadataDifferences(between: first, and: other)
            }
            patterns.append(Pattern(id: id, metadata: first.metadata, documents: documents))
        }
        diagnostics += unresolvedLinks(in: patterns)
        return Catalog(patterns: patterns, diagnostics: diagnostics)
    }

    /// Reports every `related` or `confusable` id that names no pattern of the catalog, or the
    /// pattern itself, at the key's line in each file that has it.
    private static func unresolvedLinks(in patterns: [Pattern]) -> [Diagnostic] {
        let known = Set(patterns.map(\.id))
        var diagnostics: [Diagnostic] = []
        for pattern in patterns {
            for document in pattern.documents.values {
                for (key, ids) in [("related", document.metadata.related), ("confusable", document.metadata.confusable)] {
                    for id in ids where !known.contains(id) || id == pattern.id {
                        let location = SourceLocation(path: document.path, line: document.keyLines[key] ?? 1)
                        diagnostics.append(Diagnostic(.unresolvedPatternLink(key: key, id: id), at: location))
                    }
                }
            }
        }
        return diagnostics
    }

    /// Reports each front-matter value that differs between two language files of one pattern,
    /// at the second file, since both must describe the same failure.
    private static func metadataDifferences(between first: PatternDocument, and second: PatternDocument) -> [Diagnostic] {
        let a = first.metadata
        let b = second.metadata
        var keys: [String] = []
        if a.services != b.services { keys.append("services") }
        if a.severity != b.severity { keys.append("severity") }
        if a.tags != b.tags { keys.append("tags") }
        if a.owner != b.owner { keys.append("owner") }
        if a.reviewed != b.reviewed { keys.append("reviewed") }
        if a.related != b.related { keys.append("related") }
        if a.confusable != b.confusable { keys.append("confusable") }
        return keys.map { key in
            let line = second.keyLines[key] ?? 1
            return Diagnostic(.metadataDiffers(key: key, otherPath: first.path), at: SourceLocation(path: second.path, line: line))
        }
    }
}
