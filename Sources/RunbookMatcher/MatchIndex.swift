import Foundation
import RunbookCatalog

/// The catalog's signatures with token weights and an inverted index, ready for lookups.
public struct MatchIndex: Sendable {
    public private(set) var signatures: [CompiledSignature]

    /// The weight of each token: rarer tokens across the catalog's signatures weigh more.
    private var weights: [String: Double]

    /// For each token, the signatures that contain it.
    private var postings: [String: [Int]]

    public init(catalog: Catalog) {
        var signatures: [CompiledSignature] = []
        for pattern in catalog.patterns {
            for sample in pattern.signatures {
                let compiled = CompiledSignature(patternID: pattern.id, sample: sample)
                if !compiled.tokens.isEmpty {
                    signatures.append(compiled)
                }
            }
        }
        self.init(signatures: signatures)
    }

    public init(signatures: [CompiledSignature]) {
        self.signatures = signatures

        var postings: [String: [Int]] = [:]
        for (index, signature) in signatures.enumerated() {
            for text in Set(signature.tokens.map(\.text)) {
                postings[text, default: []].append(index)
            }
        }
        self.postings = postings

        // Inverse document frequency over signatures, ln(1 + N / df): a token in every
        // signature still weighs ln 2, so common words count for something.
        let count = Double(max(1, signatures.count))
        self.weights = postings.mapValues { log(1 + count / Double($0.count)) }
    }

    /// Returns the weight of `token` in a signature.
    func weight(of token: Token) -> Double {
        let base = weights[token.text] ?? log(2)
        return token.isCJKBigram ? base * MatchThresholds.cjkBigramFactor : base
    }

    /// Returns each pattern's best result for `paste`, best first: by confidence, then score,
    /// then found weight (the more specific signature), then id so that ties are stable. Results below ``MatchThresholds/weak`` are left out.
    public func results(for paste: String, limit: Int = .max) -> [MatchResult] {
        results(for: Tokenizer.matchTokens(of: paste), limit: limit)
    }

    /// Returns each pattern's best result for a paste that ``Tokenizer/matchTokens(of:)``
    /// already split, so that a caller who needs both results and matches tokenizes once.
    public func results(for pasteTokens: [Token], limit: Int = .max) -> [MatchResult] {
        let pasteTexts = Set(pasteTokens.map(\.text))

        var candidates: Set<Int> = []
        for text in pasteTexts {
            candidates.formUnion(postings[text] ?? [])
        }

        var bestByPattern: [String: MatchResult] = [:]
        for index in candidates.sorted() {
            let signature = signatures[index]
            guard let result = SignatureAligner(signature: signature, index: self).result(against: pasteTokens) else {
                continue
            }
            if let current = bestByPattern[signature.patternID], !Self.isBetter(result, than: current) {
                continue
            }
            bestByPattern[signature.patternID] = result
        }

        let sorted = bestByPattern.values.sorted { Self.isBetter($0, than: $1) }
        return Array(sorted.prefix(limit))
    }

    /// Returns one match for each distinct error in `paste`, in paste order: the best match
    /// first claims its part of the paste, and each further match must be another pattern whose
    /// signature aligned with a part that no better match claimed. The same error pasted twice,
    /// or in both console languages, gives one result.
    public func matches(for paste: String) -> [MatchResult] {
        matches(among: results(for: paste))
    }

    /// Returns the distinct matches among `results`, which ``results(for:limit:)`` returned
    /// without a limit, chosen and ordered as ``matches(for:)`` describes.
    public func matches(among results: [MatchResult]) -> [MatchResult] {
        var chosen: [MatchResult] = []
        for result in results where result.confidence.isMatch {
            if !chosen.contains(where: { $0.overlaps(result) }) {
                chosen.append(result)
            }
        }
        return chosen.sorted { ($0.span.lowerBound, $0.patternID) < ($1.span.lowerBound, $1.patternID) }
    }

    /// Returns the best result when it is a match (exact or likely), or nil when the matcher
    /// abstains.
    public func bestMatch(for paste: String) -> MatchResult? {
        guard let best = results(for: paste, limit: 1).first, best.confidence.isMatch else {
            return nil
        }
        return best
    }

    static func isBetter(_ a: MatchResult, than b: MatchResult) -> Bool {
        if a.confidence != b.confidence {
            return a.confidence > b.confidence
        }
        if abs(a.score - b.score) > 1e-9 {
            return a.score > b.score
        }
        if abs(a.foundWeight - b.foundWeight) > 1e-9 {
            return a.foundWeight > b.foundWeight
        }
        return a.patternID < b.patternID
    }
}

/// The matcher's thresholds, chosen on the seed pattern's examples and near misses and pinned
/// by the matcher's tests.
public enum MatchThresholds {
    /// The share of a signature's weight that makes a contradiction-free match likely. At 0.75 a
    /// paste may lose its first line or its tail to copying and still match, while a paste that
    /// shares only the wrapper text of a console message (about half the tokens) does not.
    public static let likely = 0.75

    /// Below this share a signature is not reported at all, not even with `--top`.
    public static let weak = 0.4

    /// The share of a signature's weight that a paste cut at its start or end must still contain
    /// to match, so that a few shared words at the edge of a long paste never make a match.
    /// Half keeps the quoted inner message of a console error (about 70% of it) a match.
    public static let truncatedMinimumShare = 0.5

    /// How many paste tokens may follow the alignment's last token, or precede its first, for the
    /// paste to count as cut there: one, for a word cut in the middle such as `err`.
    public static let truncationSlack = 1

    /// A CJK bigram spans two characters that each also appear in a neighbouring bigram, so it
    /// carries about half the information of a separate word.
    public static let cjkBigramFactor = 0.5
}
