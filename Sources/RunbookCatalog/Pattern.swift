/// The urgency of a failure when it happens.
public enum Severity: String, CaseIterable, Sendable, Codable {
    case critical, high, medium, low
}

/// The front matter of a pattern file, identical in both language files.
public struct PatternMetadata: Sendable, Equatable {
    public var id: String
    public var services: [String]
    public var severity: Severity
    public var tags: [String]
    public var owner: String

    /// The date of the last review, as `YYYY-MM-DD`.
    public var reviewed: String

    /// Ids of patterns a reader of this one should also know.
    public var related: [String]

    /// Ids of patterns whose errors look like this one's, so that a reader can tell them apart.
    public var confusable: [String]

    public init(
        id: String, services: [String], severity: Severity, tags: [String], owner: String, reviewed: String,
        related: [String] = [], confusable: [String] = []
    ) {
        self.id = id
        self.services = services
        self.severity = severity
        self.tags = tags
        self.owner = owner
        self.reviewed = reviewed
        self.related = related
        self.confusable = confusable
    }
}

/// A fenced block from a pattern file: a signature, an example or a near miss.
public struct CodeSample: Sendable, Equatable {
    /// The block's text without its final newline.
    public var text: String

    /// The line of the block's first text line.
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// A link from a References section.
public struct Reference: Sendable, Equatable {
    public var title: String
    public var url: String

    public init(title: String, url: String) {
        self.title = title
        self.url = url
    }
}

/// A section of a pattern file with its Markdown source.
public struct Section: Sendable, Equatable {
    public var kind: SectionKind

    /// The Markdown between the section's heading and the next one, trimmed of blank lines.
    public var markdown: String

    /// The line of the section's heading.
    public var location: SourceLocation

    public init(kind: SectionKind, markdown: String, location: SourceLocation) {
        self.kind = kind
        self.markdown = markdown
        self.location = location
    }
}

/// One language file of a pattern, parsed.
public struct PatternDocument: Sendable, Equatable {
    public var language: Language
    public var path: String
    public var metadata: PatternMetadata

    /// The line of each front-matter key, for diagnostics about its value.
    public var keyLines: [String: Int]
    public var title: String

    /// The Markdown between the title and the first section; may be empty.
    public var summary: String
    public var sections: [SectionKind: Section]
    public var signatures: [CodeSample]
    public var examples: [CodeSample]
    public var nearMisses: [CodeSample]
    public var references: [Reference]

    public func markdown(of kind: SectionKind) -> String {
        sections[kind]?.markdown ?? ""
    }
}

/// A failure pattern: one id, its files in both languages.
public struct Pattern: Sendable, Equatable {
    public var id: String
    public var metadata: PatternMetadata
    public var documents: [Language: PatternDocument]

    public init(id: String, metadata: PatternMetadata, documents: [Language: PatternDocument]) {
        self.id = id
        self.metadata = metadata
        self.documents = documents
    }

    /// Returns the document in `language`, or in the other language when that file is missing,
    /// so that a reader always gets content. `isFallback` is true when that happened.
    public func document(in language: Language) -> (document: PatternDocument, isFallback: Bool) {
        if let document = documents[language] {
            return (document, false)
        }
        // A Pattern is only built from at least one parsed document.
        let other = documents[language.other] ?? documents.values.sorted { $0.language < $1.language }[0]
        return (other, true)
    }

    /// The signatures of both language files without repeats, English file first.
    public var signatures: [CodeSample] {
        pooled(\.signatures)
    }

    /// The examples of both language files without repeats.
    public var examples: [CodeSample] {
        pooled(\.examples)
    }

    /// The near misses of both language files without repeats.
    public var nearMisses: [CodeSample] {
        pooled(\.nearMisses)
    }

    private func pooled(_ samples: KeyPath<PatternDocument, [CodeSample]>) -> [CodeSample] {
        var seen: Set<String> = []
        var result: [CodeSample] = []
        for language in Language.allCases.sorted() {
            for sample in documents[language]?[keyPath: samples] ?? [] where seen.insert(sample.text).inserted {
                result.append(sample)
            }
        }
        return result
    }
}
