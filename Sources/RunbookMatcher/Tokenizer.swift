/// A unit of text that the matcher compares.
public struct Token: Sendable, Hashable {
    public var text: String

    /// Whether the token is a bigram of a CJK run, which carries about half the information
    /// of a word, so it counts half as much.
    public var isCJKBigram: Bool

    /// Whether a line break comes before the token in the paste, so that the matcher can tell
    /// text on the same line as a signature from the next log line.
    public var startsLine: Bool

    public init(text: String, isCJKBigram: Bool, startsLine: Bool = false) {
        self.text = text
        self.isCJKBigram = isCJKBigram
        self.startsLine = startsLine
    }
}

/// Splits normalized text into tokens: runs of letters and digits become one token each, and
/// runs of Han, hiragana and katakana, which have no spaces between words, become overlapping
/// character bigrams, as Lucene's CJK analyzer does. A single CJK character becomes one token.
/// A masked value, which ValueMasker writes between U+E000 and U+E001, is one token such as
/// `{uuid}`. Everything else (punctuation, symbols, spaces)
/// separates tokens.
///
/// The rules use only Unicode script and category tests, so they can be written the same way in
/// another language later.
public enum Tokenizer {
    /// Returns the tokens the matcher compares for raw text: normalized, masked, then split.
    /// Signatures, examples and pastes all go through this one function.
    public static func matchTokens(of text: String) -> [Token] {
        tokens(of: ValueMasker.mask(TextNormalizer.normalize(text)))
    }

    public static func tokens(of normalizedText: String) -> [Token] {
        var tokens: [Token] = []
        var word = ""
        var cjkRun: [Character] = []
        var lineBreakPending = false

        func append(_ text: String, isCJKBigram: Bool) {
            tokens.append(Token(text: text, isCJKBigram: isCJKBigram, startsLine: lineBreakPending))
            lineBreakPending = false
        }
        func flushWord() {
            if !word.isEmpty {
                append(word, isCJKBigram: false)
                word = ""
            }
        }
        func flushCJK() {
            if cjkRun.count == 1 {
                append(String(cjkRun), isCJKBigram: true)
            } else if cjkRun.count > 1 {
                for index in 0..<(cjkRun.count - 1) {
                    append(String(cjkRun[index...index + 1]), isCJKBigram: true)
                }
            }
            cjkRun.removeAll(keepingCapacity: true)
        }

        var characters = normalizedText.makeIterator()
        while let character = characters.next() {
            if character == Character(ValueMasker.placeholderStart) {
                // A placeholder from ValueMasker is one token, shown as `{name}`.
                var name = ""
                while let letter = characters.next(), letter != Character(ValueMasker.placeholderEnd) {
                    name.append(letter)
                }
                flushWord()
                flushCJK()
                append("{\(name)}", isCJKBigram: false)
                continue
            }
            if isCJK(character) {
                flushWord()
                cjkRun.append(character)
            } else if isWordCharacter(character) {
                flushCJK()
                word.append(character)
            } else {
                flushWord()
                flushCJK()
                if character == "\n" {
                    lineBreakPending = true
                }
            }
        }
        flushWord()
        flushCJK()
        return tokens
    }

    /// Returns whether the character is a Han ideograph, hiragana, katakana (with the prolonged
    /// sound mark) or Hangul.
    static func isCJK(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else {
            return false
        }
        return isCJK(scalar)
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x309F,  // Hiragana
             0x30A0...0x30FF,  // Katakana, including the prolonged sound mark U+30FC
             0x31F0...0x31FF,  // Katakana phonetic extensions
             0x3400...0x4DBF,  // CJK unified ideographs extension A
             0x4E00...0x9FFF,  // CJK unified ideographs
             0xF900...0xFAFF,  // CJK compatibility ideographs
             0xAC00...0xD7AF,  // Hangul syllables
             0x20000...0x3FFFF:  // CJK extensions B and later
            return true
        default:
            return false
        }
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }
}
