import Foundation
import RunbookCatalog

/// The catalog's signatures with token weights and an inverted index, ready for lookups.
public struct MatchIndex: Sendable {
    public private(set) var signatures: [CompiledSignature]

    /// The number of each token text that occurs in a signature; the alignment compares these
    /// numbers instead of strings.
    private var tokenIDs: [String: Int32]

    /// Each signature's tokens as numbers, in order.
    var signatureTokenIDs: [[Int32]]

    /// The token texts by number.
    var vocabulary: [String]

    /// Each signature's token weights, in order.
    var signatureWeights: [[Double]]

    /// The inverse document frequency of each token text across the catalog's signatures.
    private var weights: [String: Double]

    /// For each token number, the signatures that contain it and the weight it adds to each,
    /// counting every occurrence.
    private var postings: [[(signature: Int, weight: Double)]]

    /// Each signature's summed token weight.
    private var totalWeights: [Double]

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
        var tokenIDs: [String: Int32] = [:]
        var vocabulary: [String] = []
        var signatureTokenIDs: [[Int32]] = []
        signatureTokenIDs.reserveCapacity(signatures.count)
        for signature in signatures {
            var ids: [Int32] = []
            ids.reserveCapacity(signature.tokens.count)
            for token in signature.tokens {
                if let id = tokenIDs[token.text] {
                    ids.append(id)
                } else {
                    let id = Int32(vocabulary.count)
                    tokenIDs[token.text] = id
                    vocabulary.append(token.text)
                    ids.append(id)
                }
            }
            signatureTokenIDs.append(ids)
        }
        self.init(signatures: signatures, vocabulary: vocabulary, tokenIDs: tokenIDs, signatureTokenIDs: signatureTokenIDs)
    }

    /// Creates the index from signatures whose tokens are already numbered by `vocabulary`, as
    /// an archive stores them, so that loading one does not hash every token again.
    init(signatures: [CompiledSignature], vocabulary: [String], tokenIDs: [String: Int32], signatureTokenIDs: [[Int32]]) {
        self.signatures = signatures
        self.vocabulary = vocabulary

        var documentFrequency = [Int](repeating: 0, count: vocabulary.count)
        var seen = [Int](repeating: -1, count: vocabulary.count)
        for (index, ids) in signatureTokenIDs.enumerated() {
            for id in ids where seen[Int(id)] != index {
                seen[Int(id)] = index
                documentFrequency[Int(id)] += 1
            }
        }

        // Inverse document frequency over signatures, ln(1 + N / df): a token in every
        // signature still weighs ln 2, so common words count for something.
        let count = Double(max(1, signatures.count))
        let inverseFrequency = documentFrequency.map { log(1 + count / Double($0)) }

        var postings = [[(signature: Int, weight: Double)]](repeating: [], count: documentFrequency.count)
        var signatureWeights: [[Double]] = []
        var totals: [Double] = []
        signatureWeights.reserveCapacity(signatures.count)
        for (index, signature) in signatures.enumerated() {
            var tokenWeights: [Double] = []
            tokenWeights.reserveCapacity(signature.tokens.count)
            var perToken: [Int32: Double] = [:]
            for (offset, token) in signature.tokens.enumerated() {
                let id = signatureTokenIDs[index][offset]
                let weight = inverseFrequency[Int(id)] * Self.weightFactor(of: token)
                tokenWeights.append(weight)
                perToken[id, default: 0] += weight
            }
            for (id, weight) in perToken {
                postings[Int(id)].append((index, weight))
            }
            signatureWeights.append(tokenWeights)
            totals.append(tokenWeights.reduce(0, +))
        }

        self.tokenIDs = tokenIDs
        self.signatureTokenIDs = signatureTokenIDs
        self.signatureWeights = signatureWeights
        self.weights = Dictionary(uniqueKeysWithValues: tokenIDs.map { ($0.key, inverseFrequency[Int($0.value)]) })
        self.postings = postings
        self.totalWeights = totals
    }

    /// Returns how much a token counts relative to a word. Hiragana in a bigram marks a
    /// particle, a verb ending or a junction of two words, which tell less about the error than
    /// kanji or katakana do.
    static func weightFactor(of token: Token) -> Double {
        guard token.isCJKBigram else {
            return 1
        }
        let hasHiragana = token.text.unicodeScalars.contains { (0x3040...0x309F).contains($0.value) }
        return MatchThresholds.cjkBigramFactor * (hasHiragana ? MatchThresholds.hiraganaBigramFactor : 1)
    }

    /// Returns the weight of `token` in a signature.
    func weight(of token: Token) -> Double {
        (weights[token.text] ?? log(2)) * Self.weightFactor(of: token)
    }

    /// Returns each pattern's best result for `paste`, best first: by confidence, then score,
    /// then found weight (the more specific signature), then id so that ties are stable. Results below ``MatchThresholds/weak`` are left out.
    public func results(for paste: String, limit: Int = .max) -> [MatchResult] {
        results(for: Tokenizer.matchTokens(of: paste), limit: limit)
    }

    /// Returns each pattern's best result that reaches `minimumShare` of its signature's weight.
    /// A caller that needs only matches passes ``MatchThresholds/truncatedMinimumShare``, since
    /// no match has less, and so skips aligning the many signatures that share only common words
    /// with the paste.
    public func results(for pasteTokens: [Token], minimumShare: Double, limit: Int = .max) -> [MatchResult] {
        results(for: pasteTokens, limit: limit, minimumShare: minimumShare)
    }

    /// Returns each pattern's best result for a paste that ``Tokenizer/matchTokens(of:)``
    /// already split, so that a caller who needs both results and matches tokenizes once.
    public func results(for pasteTokens: [Token], limit: Int = .max) -> [MatchResult] {
        results(for: pasteTokens, limit: limit, minimumShare: MatchThresholds.weak)
    }

    private func results(for pasteTokens: [Token], limit: Int, minimumShare: Double) -> [MatchResult] {
        let pasteIDs = pasteTokens.map { tokenIDs[$0.text] ?? -1 }
        let presentIDs = presentTokenIDs(in: pasteTokens, pasteIDs: pasteIDs)

        // The weight of a signature's tokens that occur anywhere in the paste bounds its score
        // from above, so a signature whose bound is under the weak threshold cannot be reported
        // and its alignment is skipped. Most of a large catalog shares only common words with a
        // paste, so this keeps a lookup from aligning every signature.
        var presentWeight = [Double](repeating: 0, count: signatures.count)
        for id in presentIDs {
            for posting in postings[Int(id)] {
                presentWeight[posting.signature] += posting.weight
            }
        }
        // A result under the likely share can only be a match when the paste was cut inside the
        // signature. Then one of the paste's first or last tokens is where the alignment starts
        // or ends, and canBeCutMatch checks that bound exactly.
        let slack = MatchThresholds.truncationSlack
        let head = pasteIDs.prefix(slack + 1).filter { $0 >= 0 }
        let tail = pasteIDs.suffix(slack + 1).filter { $0 >= 0 }
        var present = [Bool](repeating: false, count: vocabulary.count)
        for id in presentIDs {
            present[Int(id)] = true
        }
        let needsOnlyMatches = minimumShare >= MatchThresholds.truncatedMinimumShare
        let candidates = presentWeight.indices.filter { index in
            let share = presentWeight[index] / totalWeights[index]
            guard presentWeight[index] > 0, share + 1e-9 >= minimumShare else {
                return false
            }
            if needsOnlyMatches && share + 1e-9 < MatchThresholds.likely {
                return canBeCutMatch(signature: index, present: present, head: head, tail: tail)
            }
            return true
        }

        var bestByPattern: [String: MatchResult] = [:]
        for index in candidates {
            let signature = signatures[index]
            let aligner = SignatureAligner(signature: signature, signatureIDs: signatureTokenIDs[index], weights: signatureWeights[index])
            guard let result = aligner.result(against: pasteTokens, pasteIDs: pasteIDs) else {
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

    /// Returns the ids of the paste's tokens, and of the signature tokens that two or three
    /// neighbouring paste tokens spell together. The alignment finds a word that a line wrap or
    /// a hyphen split (rule B of docs/matching.md, section 6.4), so the filter must count it
    /// as present, or a paste whose words were split could match only with `--explain`.
    private func presentTokenIDs(in pasteTokens: [Token], pasteIDs: [Int32]) -> Set<Int32> {
        var present = Set(pasteIDs.filter { $0 >= 0 })

        for start in pasteTokens.indices {
            var joined = pasteTokens[start].text
            for next in (start + 1)..<min(start + 3, pasteTokens.count) {
                joined += pasteTokens[next].text
                if let id = tokenIDs[joined] {
                    present.insert(id)
                }
            }
        }
        return present
    }

    /// Returns one match for each distinct error in `paste`, in paste order. The best match
    /// claims its part of the paste first. Each further match must be another pattern whose
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

    /// Returns whether a paste cut inside the signature can match it. The test looks at every
    /// span that starts at the signature's first token or at a token the paste starts with, and
    /// ends at its last token or at a token the paste ends with. A span passes when the paste's
    /// tokens cover the likely share of its weight and the truncated minimum share of the whole.
    private func canBeCutMatch(signature index: Int, present: [Bool], head: [Int32], tail: [Int32]) -> Bool {
        let ids = signatureTokenIDs[index]
        let weights = signatureWeights[index]
        let total = totalWeights[index]

        for start in ids.indices where start == 0 || head.contains(ids[start]) {
            var spanWeight = 0.0
            var presentInSpan = 0.0
            for end in start..<ids.count {
                spanWeight += weights[end]
                if present[Int(ids[end])] {
                    presentInSpan += weights[end]
                }
                if end == ids.count - 1 || tail.contains(ids[end]),
                   presentInSpan + 1e-9 >= MatchThresholds.likely * spanWeight,
                   presentInSpan + 1e-9 >= MatchThresholds.truncatedMinimumShare * total
                {
                    return true
                }
            }
        }
        return false
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

    /// The found tokens a likely match needs at least (or all of a shorter signature), so that
    /// one rare word cannot carry a match of a short signature such as a typed symptom.
    public static let minimumFoundTokens = 3

    /// How many paste tokens may follow the alignment's last token, or precede its first, for the
    /// paste to count as cut there: one, for a word cut in the middle such as `err`. The
    /// candidate filter reads this constant; the aligner's cut test allows exactly one such
    /// token, so the two must change together.
    public static let truncationSlack = 1

    /// A CJK bigram spans two characters that each also appear in a neighbouring bigram, so it
    /// carries about half the information of a separate word.
    public static let cjkBigramFactor = 0.5

    /// A further factor for a bigram with hiragana. Chosen on the labelled set, where Japanese
    /// symptom sentences differ from their signatures mostly in particles and verb endings.
    public static let hiraganaBigramFactor = 0.5
}
