import Foundation

/// Turns front-matter entries into ``PatternMetadata``, reporting every invalid or missing value.
enum MetadataReader {
    static let knownKeys = ["id", "services", "severity", "tags", "owner", "reviewed", "related", "confusable"]
    static let requiredKeys = ["id", "services", "severity", "owner", "reviewed"]

    /// Returns nil when a required value is missing or invalid; the reasons are in `diagnostics`.
    static func read(_ frontMatter: FrontMatter, path: String, diagnostics: inout [Diagnostic]) -> PatternMetadata? {
        var values: [String: FrontMatterEntry] = [:]
        var suggestedKeys: Set<String> = []
        for entry in frontMatter.entries {
            let location = SourceLocation(path: path, line: entry.line)
            guard knownKeys.contains(entry.key) else {
                let suggestion = EditDistance.closest(to: entry.key, among: knownKeys)
                if let suggestion {
                    suggestedKeys.insert(suggestion)
                }
                diagnostics.append(Diagnostic(.unknownKey(key: entry.key, suggestion: suggestion), at: location))
                continue
            }
            if let first = values[entry.key] {
                diagnostics.append(Diagnostic(.duplicateKey(key: entry.key, firstLine: first.line), at: location))
                continue
            }
            values[entry.key] = entry
        }

        let headerLocation = SourceLocation(path: path, line: 1)
        // A key that a misspelt one most likely meant is reported once, at the misspelling.
        for key in requiredKeys where values[key] == nil && !suggestedKeys.contains(key) {
            diagnostics.append(Diagnostic(.missingKey(key: key), at: headerLocation))
        }

        let before = diagnostics.count
        let id = readID(values["id"], path: path, diagnostics: &diagnostics)
        let services = readServices(values["services"], path: path, diagnostics: &diagnostics)
        let severity = readSeverity(values["severity"], path: path, diagnostics: &diagnostics)
        let tags = readKebabList(values["tags"], path: path, diagnostics: &diagnostics) { .invalidTagName(value: $0) }
        let related = readKebabList(values["related"], path: path, diagnostics: &diagnostics) { .invalidID(id: $0) }
        let confusable = readKebabList(values["confusable"], path: path, diagnostics: &diagnostics) { .invalidID(id: $0) }
        let owner = values["owner"].map { scalar(of: $0) } ?? ""
        let reviewed = readDate(values["reviewed"], path: path, diagnostics: &diagnostics)

        guard diagnostics.count == before, let id, let services, let severity, let reviewed, values["owner"] != nil else {
            return nil
        }
        return PatternMetadata(
            id: id, services: services, severity: severity, tags: tags, owner: owner, reviewed: reviewed,
            related: related, confusable: confusable
        )
    }

    static func isKebabCase(_ text: String) -> Bool {
        text.range(of: #"^[a-z0-9]+(-[a-z0-9]+)*$"#, options: .regularExpression) != nil
    }

    private static func readID(_ entry: FrontMatterEntry?, path: String, diagnostics: inout [Diagnostic]) -> String? {
        guard let entry else {
            return nil
        }
        let id = scalar(of: entry)
        guard isKebabCase(id) else {
            diagnostics.append(Diagnostic(.invalidID(id: id), at: SourceLocation(path: path, line: entry.line)))
            return nil
        }
        guard !PatternFileParser.reservedIDs.contains(id) else {
            diagnostics.append(Diagnostic(.reservedID(id: id), at: SourceLocation(path: path, line: entry.line)))
            return nil
        }
        return id
    }


    /// Reads a list whose items must be kebab-case: pattern ids (whether they exist is checked
    /// once the whole catalog is known) and tags, which name the site's tag pages.
    private static func readKebabList(
        _ entry: FrontMatterEntry?, path: String, diagnostics: inout [Diagnostic], problem: (String) -> Problem
    ) -> [String] {
        guard let entry else {
            return []
        }
        let items = list(of: entry)
        for item in items where !isKebabCase(item) {
            diagnostics.append(Diagnostic(problem(item), at: SourceLocation(path: path, line: entry.line)))
        }
        return items
    }

    private static func readServices(_ entry: FrontMatterEntry?, path: String, diagnostics: inout [Diagnostic]) -> [String]? {
        guard let entry else {
            return nil
        }
        let location = SourceLocation(path: path, line: entry.line)
        let services = list(of: entry)
        guard !services.isEmpty else {
            diagnostics.append(Diagnostic(.emptyList(key: entry.key), at: location))
            return nil
        }
        for service in services where !isKebabCase(service) {
            diagnostics.append(Diagnostic(.invalidServiceName(value: service), at: location))
        }
        return services
    }

    private static func readSeverity(_ entry: FrontMatterEntry?, path: String, diagnostics: inout [Diagnostic]) -> Severity? {
        guard let entry else {
            return nil
        }
        let value = scalar(of: entry)
        guard let severity = Severity(rawValue: value) else {
            diagnostics.append(Diagnostic(.invalidSeverity(value: value), at: SourceLocation(path: path, line: entry.line)))
            return nil
        }
        return severity
    }

    /// Accepts a real calendar date in `YYYY-MM-DD` form, so that `2026-02-30` is reported.
    private static func readDate(_ entry: FrontMatterEntry?, path: String, diagnostics: inout [Diagnostic]) -> String? {
        guard let entry else {
            return nil
        }
        let value = scalar(of: entry)
        let parts = value.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        let isShaped = value.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil
        guard isShaped, parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2],
              isCalendarDate(year: year, month: month, day: day)
        else {
            diagnostics.append(Diagnostic(.invalidDate(value: value), at: SourceLocation(path: path, line: entry.line)))
            return nil
        }
        return value
    }

    private static func isCalendarDate(year: Int, month: Int, day: Int) -> Bool {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = calendar.date(from: components) else {
            return false
        }
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        return back.year == year && back.month == month && back.day == day
    }

    private static func scalar(of entry: FrontMatterEntry) -> String {
        switch entry.value {
        case .scalar(let text): text
        case .list(let items): items.joined(separator: ", ")
        }
    }

    /// Returns the entry as a list. A scalar counts as a one-item list, as YAML authors expect.
    private static func list(of entry: FrontMatterEntry) -> [String] {
        switch entry.value {
        case .scalar(let text): text.isEmpty ? [] : [text]
        case .list(let items): items
        }
    }
}
