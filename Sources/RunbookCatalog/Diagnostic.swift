/// A problem found in a catalog, tied to the file and line an author has to change.
///
/// Diagnostics are data: the CLI turns ``Problem`` into a sentence in the user's language, so
/// this module never decides how a message reads.
public struct Diagnostic: Sendable, Equatable, Comparable {
    public var location: SourceLocation
    public var problem: Problem

    public init(_ problem: Problem, at location: SourceLocation) {
        self.location = location
        self.problem = problem
    }

    /// Orders diagnostics by file and line, so that output is stable from run to run.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location {
            return lhs.location < rhs.location
        }
        return lhs.problem.identifier < rhs.problem.identifier
    }
}

/// Everything `runbook lint` reports, with the values a message needs.
public enum Problem: Sendable, Equatable {
    case unreadableFile(reason: String)
    case invalidUTF8
    case invalidFileName(name: String)
    case missingFrontMatter
    case unterminatedFrontMatter
    case invalidFrontMatterLine(text: String)
    case unknownKey(key: String, suggestion: String?)
    case duplicateKey(key: String, firstLine: Int)
    case missingKey(key: String)
    case invalidID(id: String)
    case reservedID(id: String)
    case idDiffersFromFileName(id: String, fileID: String)
    case invalidSeverity(value: String)
    case invalidDate(value: String)
    case invalidServiceName(value: String)
    case invalidTagName(value: String)
    case emptyList(key: String)
    case metadataDiffers(key: String, value: String, otherPath: String, otherValue: String)
    case missingTitle
    case extraTitle(firstLine: Int)
    case missingSection(SectionKind)
    case repeatedSection(SectionKind, firstLine: Int)
    case unknownSection(heading: String, suggestion: SectionKind?)
    case missingCodeBlock(SectionKind)
    case emptyCodeBlock(SectionKind)
    case missingReferenceLink
    case duplicateID(id: String, otherPath: String)
    case unresolvedPatternLink(key: String, id: String)
    case invalidJSON(column: Int, expected: String)
    case missingLanguageFile(id: String, language: Language)
    case exampleDoesNotMatch(id: String, winner: String?)
    case nearMissSelectsPattern(id: String)
    case unfinishedText(text: String)
    case indistinguishableSignatures(otherID: String, otherLocation: String)

    /// A stable name for the problem, printed in brackets so that authors can search for it.
    public var identifier: String {
        switch self {
        case .unreadableFile: "unreadable-file"
        case .invalidUTF8: "invalid-utf8"
        case .invalidFileName: "invalid-file-name"
        case .missingFrontMatter: "missing-front-matter"
        case .unterminatedFrontMatter: "unterminated-front-matter"
        case .invalidFrontMatterLine: "invalid-front-matter-line"
        case .unknownKey: "unknown-key"
        case .duplicateKey: "duplicate-key"
        case .missingKey: "missing-key"
        case .invalidID: "invalid-id"
        case .reservedID: "reserved-id"
        case .idDiffersFromFileName: "id-differs-from-file-name"
        case .invalidSeverity: "invalid-severity"
        case .invalidDate: "invalid-date"
        case .invalidServiceName: "invalid-service-name"
        case .invalidTagName: "invalid-tag-name"
        case .emptyList: "empty-list"
        case .metadataDiffers: "metadata-differs"
        case .missingTitle: "missing-title"
        case .extraTitle: "extra-title"
        case .missingSection: "missing-section"
        case .repeatedSection: "repeated-section"
        case .unknownSection: "unknown-section"
        case .missingCodeBlock: "missing-code-block"
        case .emptyCodeBlock: "empty-code-block"
        case .missingReferenceLink: "missing-reference-link"
        case .duplicateID: "duplicate-id"
        case .unresolvedPatternLink: "unresolved-pattern-link"
        case .invalidJSON: "invalid-json"
        case .missingLanguageFile: "missing-language-file"
        case .exampleDoesNotMatch: "example-does-not-match"
        case .nearMissSelectsPattern: "near-miss-selects-pattern"
        case .unfinishedText: "unfinished-text"
        case .indistinguishableSignatures: "indistinguishable-signatures"
        }
    }
}
