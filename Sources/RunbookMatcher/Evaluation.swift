import Foundation

/// One labelled paste: the pattern it must match, or nil when no pattern may match.
public struct EvaluationCase: Sendable, Equatable {
    public var text: String
    public var expectedID: String?

    /// The case's line in its JSONL file, counted from 1.
    public var line: Int

    public init(text: String, expectedID: String?, line: Int) {
        self.text = text
        self.expectedID = expectedID
        self.line = line
    }
}

/// A JSONL line that is not a valid case.
public struct EvaluationFileError: Error, Equatable, Sendable {
    public var line: Int
    public var reason: Reason

    public enum Reason: Equatable, Sendable {
        case invalidJSON
        case missingText
        case invalidID
    }
}

/// The outcome of matching every labelled case.
public struct EvaluationReport: Sendable {
    /// A case whose best match was not the expected one.
    public struct Miss: Sendable, Equatable {
        public var line: Int
        public var expectedID: String?
        public var actualID: String?
        public var confidence: Confidence?
        public var score: Double
    }

    public var casesWithPattern = 0
    public var correctWithPattern = 0
    public var casesWithoutPattern = 0
    public var correctWithoutPattern = 0
    public var misses: [Miss] = []

    /// The share of cases with a pattern whose best match is that pattern, from 0 to 1.
    public var topOneAccuracy: Double {
        casesWithPattern == 0 ? 1 : Double(correctWithPattern) / Double(casesWithPattern)
    }

    /// The share of cases without a pattern for which the matcher abstained, from 0 to 1.
    public var abstainAccuracy: Double {
        casesWithoutPattern == 0 ? 1 : Double(correctWithoutPattern) / Double(casesWithoutPattern)
    }
}

/// Reads labelled cases and measures the matcher on them.
public enum Evaluation {
    /// Parses JSON Lines: one object per line with `text` (a string) and `id` (a pattern id, or
    /// null when no pattern may match). Blank lines are skipped; other keys, such as a `note`,
    /// are allowed and ignored.
    public static func parseCases(_ data: Data) throws(EvaluationFileError) -> [EvaluationCase] {
        let text = String(decoding: data, as: UTF8.self)
        var cases: [EvaluationCase] = []

        // Splitting on any line break, because Swift reads CR LF, as Windows writes it, as one
        // character that is not "\n".
        for (offset, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let number = offset + 1
            guard !line.allSatisfy(\.isWhitespace) else {
                continue
            }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw EvaluationFileError(line: number, reason: .invalidJSON)
            }
            guard let pasteText = object["text"] as? String else {
                throw EvaluationFileError(line: number, reason: .missingText)
            }
            let id = object["id"]
            if id is NSNull || id == nil {
                cases.append(EvaluationCase(text: pasteText, expectedID: nil, line: number))
            } else if let expected = id as? String, !expected.isEmpty {
                cases.append(EvaluationCase(text: pasteText, expectedID: expected, line: number))
            } else {
                throw EvaluationFileError(line: number, reason: .invalidID)
            }
        }
        return cases
    }

    /// Matches every case and counts, for each, whether the best match is the expected pattern,
    /// or nothing when no pattern is expected.
    public static func run(_ cases: [EvaluationCase], index: MatchIndex) -> EvaluationReport {
        var report = EvaluationReport()
        for labelled in cases {
            let best = index.bestMatch(for: labelled.text)
            let isCorrect = best?.patternID == labelled.expectedID

            if labelled.expectedID == nil {
                report.casesWithoutPattern += 1
                report.correctWithoutPattern += isCorrect ? 1 : 0
            } else {
                report.casesWithPattern += 1
                report.correctWithPattern += isCorrect ? 1 : 0
            }

            if !isCorrect {
                // For a case that found nothing, the closest candidate shows what came nearest.
                let shown = best ?? index.results(for: labelled.text, limit: 1).first
                report.misses.append(EvaluationReport.Miss(
                    line: labelled.line, expectedID: labelled.expectedID,
                    actualID: best?.patternID, confidence: shown?.confidence, score: shown?.score ?? 0
                ))
            }
        }
        return report
    }
}
