/// Builds a ``Catalog`` from pattern files: parses each, then checks what only the whole set
/// can show (missing language files, duplicate ids, metadata that differs between languages).
public enum CatalogAssembler {
    /// Parses and checks `files`, calling `progress.step` once per file parsed.
    public static func assemble(_ files: [PatternFile], progress: ProgressHandler = .silent) -> Catalog {
        var diagnostics: [Diagnostic] = []
        var documentsByID: [String: [Language: PatternDocument]] = [:]
        var pathsByIDAndLanguage: [String: String] = [:]
        var declaredIDs: [String: Set<Language>] = [:]
        var firstPathForID: [String: String] = [:]
        var rawValues: [String: [Language: RawFrontMatter]] = [:]

        // Names and duplicates are decided in path order first. The files left are parsed on
        // all cores, and their results are merged in the same order, so that diagnostics come
        // out as they would from one core.
        var toParse: [(file: PatternFile, fileID: String, language: Language)] = []
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
            toParse.append((file, fileID, language))
        }

        let parsed = toParse.map { ParseJob(file: $0.file, fileID: $0.fileID, language: $0.language) }.concurrentMap { job in
            defer { progress.step() }
            return job.run()
        }
        for (job, result) in zip(toParse, parsed) {
            diagnostics += result.diagnostics
            if let values = result.rawValues {
                rawValues[job.fileID, default: [:]][job.language] = values
            }
            if let document = result.document {
                documentsByID[job.fileID, default: [:]][job.language] = document
            }
        }

        for (id, languages) in declaredIDs {
            for missing in Language.allCases where !languages.contains(missing) {
                let path = firstPathForID[id] ?? id
                diagnostics.append(Diagnostic(.missingLanguageFile(id: id, language: missing), at: SourceLocation(path: path, line: 1)))
            }
        }

        for files in rawValues.values {
            diagnostics += metadataDifferences(in: files)
        }

        var patterns: [Pattern] = []
        for (id, documents) in documentsByID {
            let ordered = documents.values.sorted { $0.language < $1.language }
            guard let first = ordered.first else {
                continue
            }
            patterns.append(Pattern(id: id, metadata: first.metadata, documents: documents))
        }
        diagnostics += unresolvedLinks(in: patterns, declaredIDs: Set(declaredIDs.keys))
        return Catalog(patterns: patterns, diagnostics: diagnostics)
    }

    /// Reports every `related` or `confusable` id that names no pattern file of the catalog, or
    /// the pattern itself, at the key's line in each file that has it. A link to a pattern whose
    /// files have problems is not reported again, since those problems are reported there.
    private static func unresolvedLinks(in patterns: [Pattern], declaredIDs: Set<String>) -> [Diagnostic] {
        let known = Set(patterns.map(\.id)).union(declaredIDs)
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

    /// The keys whose values both language files of a pattern must share.
    static let sharedKeys = ["services", "severity", "tags", "owner", "reviewed", "related", "confusable"]

    /// Reports each front-matter value that differs between the language files of one pattern,
    /// at the later file's key line. The raw values are compared, so that a file whose other
    /// values are invalid still gets this report in the same run.
    private static func metadataDifferences(in files: [Language: RawFrontMatter]) -> [Diagnostic] {
        let ordered = files.sorted { $0.key < $1.key }.map(\.value)
        guard let first = ordered.first else {
            return []
        }
        var diagnostics: [Diagnostic] = []
        for other in ordered.dropFirst() {
            for key in sharedKeys {
                let value = first.values[key]?.value
                let otherValue = other.values[key]?.value
                // A missing required key has its own report, which a comparison would repeat.
                let isRequired = MetadataReader.requiredKeys.contains(key)
                let wasReported = first.reportedKeys.contains(key) || other.reportedKeys.contains(key)
                if value == otherValue || wasReported || (isRequired && (value == nil || otherValue == nil)) {
                    continue
                }
                let line = other.values[key]?.line ?? 1
                let absent = key == "owner" || key == "severity" || key == "reviewed" ? "" : "[]"
                diagnostics.append(Diagnostic(
                    .metadataDiffers(key: key, value: otherValue ?? absent, otherPath: first.path, otherValue: value ?? absent),
                    at: SourceLocation(path: other.path, line: line)
                ))
            }
        }
        return diagnostics
    }
}

/// A file's front-matter values as written, for comparing the language files of a pattern.
/// Parsing one file, which depends on nothing but the file.
private struct ParseJob: Sendable {
    var file: PatternFile
    var fileID: String
    var language: Language

    struct Result: Sendable {
        var document: PatternDocument?
        var rawValues: RawFrontMatter?
        var diagnostics: [Diagnostic]
    }

    func run() -> Result {
        var diagnostics: [Diagnostic] = []
        if let reason = file.readFailure {
            diagnostics.append(Diagnostic(.unreadableFile(reason: reason), at: SourceLocation(path: file.path, line: 1)))
            return Result(diagnostics: diagnostics)
        }
        guard var text = String(validating: file.data, as: UTF8.self) else {
            diagnostics.append(Diagnostic(.invalidUTF8, at: SourceLocation(path: file.path, line: 1)))
            return Result(diagnostics: diagnostics)
        }
        // Some Windows editors start UTF-8 files with a byte order mark, which is not text.
        if text.unicodeScalars.first == "\u{FEFF}" {
            text.unicodeScalars.removeFirst()
        }
        let document = PatternFileParser.parse(
            contents: text, path: file.path, language: language, fileID: fileID, diagnostics: &diagnostics
        )

        // Values already reported as invalid are left out of the comparison between the
        // language files, so that one mistake is reported once.
        let reportedLines = Set(diagnostics.map(\.location.line))
        let values = PatternFileParser.rawFrontMatterValues(text)
        var rawValues: RawFrontMatter?
        if !values.isEmpty {
            let reported = Set(values.filter { reportedLines.contains($0.value.line) }.keys)
            rawValues = RawFrontMatter(path: file.path, values: values, reportedKeys: reported)
        }
        return Result(document: document, rawValues: rawValues, diagnostics: diagnostics)
    }
}

private struct RawFrontMatter: Sendable {
    var path: String
    var values: [String: (value: String, line: Int)]

    /// Keys whose value already has a diagnostic in this file.
    var reportedKeys: Set<String>
}
