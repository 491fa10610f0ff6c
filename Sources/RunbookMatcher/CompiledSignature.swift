import Foundation
import RunbookCatalog

/// A signature prepared for matching: its literal tokens in order, with the positions where a
/// `{name}` placeholder stood.
public struct CompiledSignature: Sendable {
    public var patternID: String
    public var sample: CodeSample
    public var tokens: [Token]

    /// `followsPlaceholder[i]` is true when a placeholder is between token `i - 1` and
    /// token `i`, so that any amount of paste text may sit there.
    public var followsPlaceholder: [Bool]

    /// Returns `sample` split into literal tokens; `{name}` placeholders become gaps.
    public init(patternID: String, sample: CodeSample) {
        self.patternID = patternID
        self.sample = sample

        var tokens: [Token] = []
        var follows: [Bool] = []
        var placeholderPending = false
        for segment in Self.segments(of: sample.text) {
            switch segment {
            case .placeholder:
                placeholderPending = true
            case .literal(let text):
                for token in Tokenizer.matchTokens(of: text) {
                    tokens.append(token)
                    follows.append(placeholderPending)
                    placeholderPending = false
                }
            }
        }
        self.tokens = tokens
        self.followsPlaceholder = follows
    }

    /// Creates a signature from tokens that were compiled before, such as from an archive.
    public init(patternID: String, sample: CodeSample, tokens: [Token], followsPlaceholder: [Bool]) {
        self.patternID = patternID
        self.sample = sample
        self.tokens = tokens
        self.followsPlaceholder = followsPlaceholder
    }

    enum Segment: Equatable {
        case literal(String)
        case placeholder(String)
    }

    /// Splits a signature into literal text and `{name}` placeholders, where a name is a
    /// lowercase letter followed by lowercase letters, digits or underscores. Other braces, as
    /// in JSON, stay literal.
    static func segments(of text: String) -> [Segment] {
        var segments: [Segment] = []
        var literal = ""
        var index = text.startIndex

        while index < text.endIndex {
            if text[index] == "{", let close = text[index...].firstIndex(of: "}") {
                let name = text[text.index(after: index)..<close]
                if isPlaceholderName(name) {
                    if !literal.isEmpty {
                        segments.append(.literal(literal))
                        literal = ""
                    }
                    segments.append(.placeholder(String(name)))
                    index = text.index(after: close)
                    continue
                }
            }
            literal.append(text[index])
            index = text.index(after: index)
        }
        if !literal.isEmpty {
            segments.append(.literal(literal))
        }
        return segments
    }

    static func isPlaceholderName(_ name: Substring) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else {
            return false
        }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
