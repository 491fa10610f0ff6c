/// A set of failure patterns and the problems found while reading them.
public struct Catalog: Sendable {
    /// The usable patterns, sorted by id.
    public var patterns: [Pattern]

    /// Every problem found, sorted by file and line.
    public var diagnostics: [Diagnostic]

    public init(patterns: [Pattern], diagnostics: [Diagnostic]) {
        self.patterns = patterns.sorted { $0.id < $1.id }
        self.diagnostics = diagnostics.sorted()
    }

    public func pattern(withID id: String) -> Pattern? {
        patterns.first { $0.id == id }
    }
}

/// A pattern file's path and text, the input of ``CatalogAssembler``.
public struct PatternFile: Sendable {
    /// The path printed in diagnostics.
    public var path: String

    /// The file's bytes; decoded as UTF-8 during assembly so that invalid text is reported
    /// like any other problem.
    public var data: [UInt8]

    /// The reason the file could not be read, or nil when `data` contains its contents.
    public var readFailure: String?

    public init(path: String, data: [UInt8], readFailure: String? = nil) {
        self.path = path
        self.data = data
        self.readFailure = readFailure
    }

    public init(path: String, text: String) {
        self.init(path: path, data: Array(text.utf8))
    }
}
