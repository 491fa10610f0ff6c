import RunbookCatalog

/// The matcher's certainty that a pattern explains a paste.
public enum Confidence: String, Sendable, Comparable, Codable {
    /// A signature matched completely, in order, with nothing in between but placeholder text.
    case exact
    /// Most of a signature matched in order and nothing in the paste contradicts it.
    case likely
    /// Part of a signature matched, or the paste contradicts it: shown as a hint, never as a match.
    case weak

    private var rank: Int {
        switch self {
        case .exact: 2
        case .likely: 1
        case .weak: 0
        }
    }

    public static func < (lhs: Confidence, rhs: Confidence) -> Bool {
        lhs.rank < rhs.rank
    }

    /// Whether a result of this confidence counts as a match for `runbook match` and `lint`.
    public var isMatch: Bool {
        self != .weak
    }
}

/// One pattern's best signature against a paste, with the evidence for the score.
public struct MatchResult: Sendable {
    public var patternID: String
    public var signature: CodeSample
    public var confidence: Confidence

    /// The share of the signature's token weight found in order, less the share that the paste
    /// contradicts, from 0 to 1.
    public var score: Double

    /// The summed weight of the found tokens. Between two equally sure results it identifies the
    /// more specific signature, such as a full inner message, over a generic wrapper around it.
    public var foundWeight: Double

    /// The signature's tokens that were found, in order.
    public var foundTokens: [String]

    /// The signature's tokens that were not found and that nothing in the paste contradicts,
    /// as when a paste is cut short.
    public var missingTokens: [String]

    /// The signature's tokens whose place in the paste contains other text, such as another
    /// error code.
    public var contradictedTokens: [String]

    /// For each run of contradicted tokens, the signature's text and the paste's text in its place.
    public var contradictions: [Contradiction]

    /// The positions of the first and last paste token that the signature aligned with, which
    /// tell where in the paste the error is.
    public var span: ClosedRange<Int>

    /// Returns whether this result and `other` cover some of the same paste tokens.
    public func overlaps(_ other: MatchResult) -> Bool {
        span.overlaps(other.span)
    }
}

/// Signature text and the different paste text found in its place.
public struct Contradiction: Sendable, Equatable {
    public var expected: String
    public var found: String
}
