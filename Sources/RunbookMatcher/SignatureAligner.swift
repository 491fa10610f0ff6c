/// Aligns one signature with a paste: finds the heaviest in-order subsequence of the signature's
/// tokens in the paste (a weighted longest common subsequence), then classifies each token that
/// did not align as missing, contradicted or split by a line wrap.
struct SignatureAligner {
    let signature: CompiledSignature

    /// The signature's tokens as the index numbers them, compared instead of their texts.
    let signatureIDs: [Int32]
    let weights: [Double]

    /// Returns the signature's result against a paste, given as tokens and as the index's token
    /// numbers (-1 for a token no signature has), or nil when nothing of it was found.
    func result(against paste: [Token], pasteIDs: [Int32]) -> MatchResult? {
        let tokens = signature.tokens
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0 else {
            return nil
        }

        let positions = tighten(align(pasteIDs: pasteIDs), pasteIDs: pasteIDs)
        let aligned = positions.compactMap { $0 }
        guard let first = aligned.first, let last = aligned.last else {
            return nil
        }
        let firstFoundIndex = positions.firstIndex { $0 != nil } ?? 0
        let lastFoundIndex = positions.lastIndex { $0 != nil } ?? tokens.count - 1
        let truncatedAtStart = isCut(at: first, before: true, signatureIndex: firstFoundIndex, paste: paste)
        let truncatedAtEnd = isCut(at: last, before: false, signatureIndex: lastFoundIndex, paste: paste)
        let classified = classify(positions: positions, paste: paste, truncatedAtEnd: truncatedAtEnd)

        var found: [String] = []
        var missing: [String] = []
        var contradicted: [String] = []
        var foundWeight = 0.0
        var contradictedWeight = 0.0
        for (offset, state) in classified.states.enumerated() {
            let text = tokens[offset].text
            switch state {
            case .found:
                found.append(text)
                foundWeight += weights[offset]
            case .missing:
                missing.append(text)
            case .contradicted:
                contradicted.append(text)
                contradictedWeight += weights[offset]
            }
        }

        // A paste that starts or ends where the signature's alignment does was cut there while
        // copying, so the signature's text beyond the cut is neither found nor evidence against.
        var truncatedWeight = 0.0
        if truncatedAtStart {
            truncatedWeight += weights[..<firstFoundIndex].reduce(0, +)
        }
        if truncatedAtEnd {
            truncatedWeight += weights[(lastFoundIndex + 1)...].reduce(0, +)
        }

        // Sums of floating-point weights land a hair off exact shares such as 4/10, so the
        // thresholds are compared with a tolerance far below any real difference in weight.
        let tolerance = 1e-9
        let coverage = foundWeight / totalWeight
        let coverageOfCopiedPart = foundWeight / max(totalWeight - truncatedWeight, foundWeight)
        let isTruncatedMatch = coverageOfCopiedPart + tolerance >= MatchThresholds.likely
            && coverage + tolerance >= MatchThresholds.truncatedMinimumShare
        let score = max(0, (foundWeight - contradictedWeight) / totalWeight)
        let confidence: Confidence
        if missing.isEmpty && contradicted.isEmpty && !classified.isInterrupted {
            confidence = .exact
        } else if contradicted.isEmpty && found.count >= min(MatchThresholds.minimumFoundTokens, tokens.count)
                    && (coverage + tolerance >= MatchThresholds.likely || isTruncatedMatch) {
            confidence = .likely
        } else if score + tolerance >= MatchThresholds.weak {
            confidence = .weak
        } else {
            return nil
        }

        return MatchResult(
            patternID: signature.patternID,
            signature: signature.sample,
            confidence: confidence,
            score: score,
            foundWeight: foundWeight,
            foundTokens: found,
            missingTokens: missing,
            contradictedTokens: contradicted,
            contradictions: classified.contradictions,
            span: first...last
        )
    }

    /// Returns, for each signature token, the paste position it aligned with, or nil.
    ///
    /// Only paste tokens that occur in the signature take part in the dynamic program, so its
    /// size is the signature length times the number of such tokens, not the paste length.
    // NOTE: the table grows with the paste: a 2 MiB paste (the CLI's bound) made only of one
    // signature's words needs about 50 MB for that signature.
    private func align(pasteIDs: [Int32]) -> [Int?] {
        let wanted = Set(signatureIDs)
        let relevant = pasteIDs.indices.filter { wanted.contains(pasteIDs[$0]) }
        let rows = signatureIDs.count + 1
        let columns = relevant.count + 1
        var table = [Double](repeating: 0, count: rows * columns)

        for i in 1..<rows {
            for j in 1..<columns {
                var best = max(table[(i - 1) * columns + j], table[i * columns + j - 1])
                if signatureIDs[i - 1] == pasteIDs[relevant[j - 1]] {
                    best = max(best, table[(i - 1) * columns + j - 1] + weights[i - 1])
                }
                table[i * columns + j] = best
            }
        }

        var positions = [Int?](repeating: nil, count: signatureIDs.count)
        var i = rows - 1
        var j = columns - 1
        while i > 0 && j > 0 {
            let here = table[i * columns + j]
            let isSame = signatureIDs[i - 1] == pasteIDs[relevant[j - 1]]
            if isSame && here == table[(i - 1) * columns + j - 1] + weights[i - 1] {
                positions[i - 1] = relevant[j - 1]
                i -= 1
                j -= 1
            } else if here == table[i * columns + j - 1] {
                j -= 1
            } else {
                i -= 1
            }
        }
        return positions
    }

    /// Moves aligned tokens next to their aligned neighbour where the paste has the same token
    /// there. The alignment above keeps the total weight but may take a later copy of a
    /// signature's last words (a second log line, a JSON field repeating the message), which
    /// would look like noise inside the signature.
    ///
    /// A forward pass pulls each token to the first copy after its predecessor, right next to it
    /// or, across a placeholder, anywhere before its current place. A backward pass pulls each
    /// token to the place right before its successor, which undoes stray early copies such as a
    /// log prefix's "failed". Both passes keep the order, so the weight stays the same.
    private func tighten(_ alignment: [Int?], pasteIDs: [Int32]) -> [Int?] {
        let tokens = signatureIDs
        var positions = alignment

        var previous: Int?
        for offset in tokens.indices {
            guard let current = positions[offset] else {
                previous = nil
                continue
            }
            if let previous, let before = positions[previous], previous == offset - 1, current > before + 1 {
                let searchEnd = signature.followsPlaceholder[offset] ? current : before + 2
                if let closer = ((before + 1)..<searchEnd).first(where: { pasteIDs[$0] == tokens[offset] }) {
                    positions[offset] = closer
                }
            }
            previous = offset
        }

        for offset in tokens.indices.reversed().dropFirst() {
            guard let current = positions[offset], let after = positions[offset + 1], current < after - 1,
                  !signature.followsPlaceholder[offset + 1], pasteIDs[after - 1] == tokens[offset]
            else {
                continue
            }
            if offset == 0 || positions[offset - 1].map({ $0 < after - 1 }) ?? true {
                positions[offset] = after - 1
            }
        }
        return positions
    }

    enum TokenState {
        case found, missing, contradicted
    }

    /// Classifies each unaligned run of signature tokens by the paste between its aligned
    /// neighbours. Nothing there means the text was left out. The same letters split differently
    /// mean a line wrap cut a word. Other text means the paste reports something else. A run next
    /// to a placeholder counts as missing, because the placeholder may have absorbed it.
    private func classify(
        positions: [Int?], paste: [Token], truncatedAtEnd: Bool
    ) -> (states: [TokenState], isInterrupted: Bool, contradictions: [Contradiction]) {
        let tokens = signature.tokens
        var states = positions.map { $0 == nil ? TokenState.missing : .found }
        var isInterrupted = false
        var contradictions: [Contradiction] = []
        var previousFound: Int?
        var offset = 0

        while offset < tokens.count {
            guard positions[offset] == nil else {
                // Only neighbours in the signature can show noise inside it; a gap after a run
                // of unaligned tokens is judged with that run below.
                if let previous = previousFound, previous == offset - 1, let before = positions[previous],
                   let here = positions[offset], here - before > 1, !placeholderBetween(previous, offset)
                {
                    isInterrupted = true
                }
                previousFound = offset
                offset += 1
                continue
            }

            var runEnd = offset
            while runEnd + 1 < tokens.count && positions[runEnd + 1] == nil {
                runEnd += 1
            }
            let next = runEnd + 1
            if let replaced = contradictionAtPlaceholderOrTail(
                run: offset...runEnd, previous: previousFound, positions: positions, paste: paste, truncatedAtEnd: truncatedAtEnd
            ) {
                for run in offset...runEnd {
                    states[run] = .contradicted
                }
                contradictions.append(Contradiction(expected: tokens[offset...runEnd].map(\.text).joined(separator: " "), found: replaced))
            } else if let previous = previousFound, next < tokens.count, let before = positions[previous], let after = positions[next],
               !placeholderBetween(previous, next), after - before > 1
            {
                let pasteText = paste[(before + 1)..<after].map(\.text).joined()
                let signatureText = tokens[offset...runEnd].map(\.text).joined()
                // Japanese bigrams that are not found mean other wording of the same thing, not
                // another error. Examples are a verb ending (ない where the paste has ません) and a
                // bigram across two words that the paste separates. They count as missing.
                let isJapaneseWording = tokens[offset...runEnd].allSatisfy(\.isCJKBigram)
                let state: TokenState = pasteText == signatureText ? .found : (isJapaneseWording ? .missing : .contradicted)
                for run in offset...runEnd {
                    states[run] = state
                }
                if state == .contradicted {
                    contradictions.append(Contradiction(
                        expected: tokens[offset...runEnd].map(\.text).joined(separator: " "),
                        found: paste[(before + 1)..<after].map(\.text).joined(separator: " ")
                    ))
                }
            }
            offset = next
        }
        return (states, isInterrupted, contradictions)
    }

    /// Returns the paste text found where an unaligned run of signature tokens belongs, when
    /// the paste puts something else right after the last aligned token on the same line.
    /// This applies to the signature's tail when the paste was not cut there, and to a run that
    /// a placeholder follows (`SNS:{action}` against `logs:PutLogEvents`). A run that a placeholder precedes is
    /// not judged, because the text there may be the placeholder's value. Masked values such as
    /// `{arn}` are not counted as other text either. Returns nil when the run is simply missing.
    private func contradictionAtPlaceholderOrTail(
        run: ClosedRange<Int>, previous: Int?, positions: [Int?], paste: [Token], truncatedAtEnd: Bool
    ) -> String? {
        let tokens = signature.tokens
        let follows = signature.followsPlaceholder
        let next = run.upperBound + 1
        let isPlainRun = !follows[run].dropFirst().contains(true)

        func otherText(at position: Int, expected: String) -> String? {
            guard position >= 0, position < paste.count, !paste[position].startsLine else {
                return nil
            }
            let token = paste[position]
            guard !token.text.hasPrefix("{"), token.text != expected else {
                return nil
            }
            // As above: missing Japanese bigrams are other wording, not a contradiction.
            if tokens[run.lowerBound].isCJKBigram {
                return nil
            }
            return token.text
        }

        // The tail after the last aligned token, or a run that a placeholder follows: the paste
        // token right after the aligned one should be the run's first token.
        if let previous, let before = positions[previous], isPlainRun, !follows[run.lowerBound] {
            let isTail = next == tokens.count && !truncatedAtEnd
            let placeholderFollows = next < tokens.count && follows[next] && positions[next...].contains { $0 != nil }
            if isTail || placeholderFollows {
                return otherText(at: before + 1, expected: tokens[run.lowerBound].text)
            }
        }

        return nil
    }

    /// Returns whether the paste was cut right at the aligned token at `position`. That is so
    /// when nothing follows it (or precedes it, with `before`), or only a piece of the
    /// signature's next (or previous) token, as when copying stopped at `err` in `error`.
    private func isCut(at position: Int, before: Bool, signatureIndex: Int, paste: [Token]) -> Bool {
        let neighbour = before ? position - 1 : position + 1
        guard neighbour >= 0, neighbour < paste.count else {
            return true
        }
        let beyond = before ? neighbour - 1 : neighbour + 1
        let expectedIndex = before ? signatureIndex - 1 : signatureIndex + 1
        guard beyond < 0 || beyond >= paste.count, signature.tokens.indices.contains(expectedIndex) else {
            return false
        }
        let piece = paste[neighbour].text
        let expected = signature.tokens[expectedIndex].text
        return before ? expected.hasSuffix(piece) : expected.hasPrefix(piece)
    }

    /// Returns whether a placeholder is anywhere between signature tokens `from` and `to`.
    private func placeholderBetween(_ from: Int, _ to: Int) -> Bool {
        guard from + 1 <= to else {
            return false
        }
        return signature.followsPlaceholder[(from + 1)...to].contains(true)
    }
}
