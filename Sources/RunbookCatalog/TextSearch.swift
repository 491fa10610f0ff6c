/// Substring search over UTF-8 bytes. Foundation's `range(of:)` bridges each call through
/// NSString, which took about a tenth of a large build's time in the page steps.
public enum TextSearch {
    /// Returns the range of the first occurrence of `needle` in `text`, or nil. The bytes are
    /// compared as they are, so text in another Unicode normalization form does not match.
    /// The generator searches only for ASCII markup.
    public static func firstRange(of needle: String, in text: Substring) -> Range<String.Index>? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else {
            return nil
        }

        let bytes = text.utf8
        var index = bytes.startIndex
        while let found = bytes[index...].firstIndex(of: first) {
            if bytes[found...].starts(with: pattern) {
                return found..<bytes.index(found, offsetBy: pattern.count)
            }
            index = bytes.index(after: found)
        }
        return nil
    }

    /// Returns the ranges of every occurrence of `needle` in `text`, left to right and not
    /// overlapping.
    public static func ranges(of needle: String, in text: Substring) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var rest = text
        while let found = firstRange(of: needle, in: rest) {
            result.append(found)
            rest = rest[found.upperBound...]
        }
        return result
    }

    /// Returns whether `text` contains `needle`.
    public static func contains(_ needle: String, in text: Substring) -> Bool {
        firstRange(of: needle, in: text) != nil
    }
}
