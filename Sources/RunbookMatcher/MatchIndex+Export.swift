/// The matcher's data for a reimplementation in another language, such as the site's script:
/// every signature's tokens as numbers into `vocabulary`, their weights, and the thresholds.
/// docs/matching.md specifies what to do with them.
public struct MatcherExport: Encodable, Sendable {
    public var version = 1
    public var thresholds: Thresholds
    public var vocabulary: [String]
    public var signatures: [Signature]

    public struct Thresholds: Encodable, Sendable {
        public var likely = MatchThresholds.likely
        public var weak = MatchThresholds.weak
        public var truncatedMinimumShare = MatchThresholds.truncatedMinimumShare
        public var minimumFoundTokens = MatchThresholds.minimumFoundTokens
        public var truncationSlack = MatchThresholds.truncationSlack
        public var cjkBigramFactor = MatchThresholds.cjkBigramFactor
        public var hiraganaBigramFactor = MatchThresholds.hiraganaBigramFactor
    }

    public struct Signature: Encodable, Sendable {
        public var id: String
        public var text: String
        public var path: String
        public var line: Int

        /// Token numbers into the vocabulary, in order.
        public var tokens: [Int32]

        /// Each token's weight, the inverse document frequency times its factor.
        public var weights: [Double]

        /// Whether each token is a CJK bigram.
        public var cjk: [Bool]

        /// Whether a placeholder comes before each token.
        public var followsPlaceholder: [Bool]
    }
}

extension MatchIndex {
    /// Returns the index's data for a reimplementation of the matcher.
    public func export() -> MatcherExport {
        MatcherExport(
            thresholds: MatcherExport.Thresholds(),
            vocabulary: vocabulary,
            signatures: signatures.indices.map { index in
                let signature = signatures[index]
                return MatcherExport.Signature(
                    id: signature.patternID, text: signature.sample.text,
                    path: signature.sample.location.path, line: signature.sample.location.line,
                    tokens: signatureTokenIDs[index], weights: signatureWeights[index],
                    cjk: signature.tokens.map(\.isCJKBigram), followsPlaceholder: signature.followsPlaceholder
                )
            }
        )
    }
}
