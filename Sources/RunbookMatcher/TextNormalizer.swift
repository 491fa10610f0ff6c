import Foundation

/// Brings signatures, examples and pastes to one form before tokenizing, so that transport
/// damage (full-width characters, curly quotes, re-wrapped lines, letter case) does not matter.
public enum TextNormalizer {
    /// Returns `text` after Unicode NFKC, quote and dash unification, lowercasing and folding
    /// of every whitespace run into one space, or into one line break when the run has one, so
    /// that tokens know where lines start. A whitespace run with a line break between two CJK
    /// characters is removed instead, because a wrapped Japanese line has no space at the break.
    ///
    /// NFKC turns full-width Latin letters, digits and punctuation into ASCII and half-width
    /// katakana into full-width katakana.
    public static func normalize(_ text: String) -> String {
        let compatible = text.precomposedStringWithCompatibilityMapping
        // The result is built as UTF-8 bytes: appending scalar by scalar to a String's scalar
        // view reallocated on every append and made a 1 MB paste take seconds.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(compatible.utf8.count)
        var pendingSpace = false
        var pendingHasLineBreak = false
        var lastScalar: Unicode.Scalar?

        for scalar in compatible.unicodeScalars {
            let mapped = unify(scalar)
            if isWhitespace(mapped) {
                pendingSpace = lastScalar != nil
                pendingHasLineBreak = pendingHasLineBreak || mapped == "\n" || mapped == "\r"
                continue
            }

            if pendingSpace {
                let isJapaneseWrap = pendingHasLineBreak && lastScalar.map(Tokenizer.isCJK) == true && Tokenizer.isCJK(mapped)
                if !isJapaneseWrap {
                    bytes.append(UInt8(ascii: pendingHasLineBreak ? "\n" : " "))
                }
            }
            pendingSpace = false
            pendingHasLineBreak = false

            appendLowercased(mapped, to: &bytes)
            lastScalar = mapped
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar.value == 0x0B || scalar.value == 0x0C
        }
        return scalar.properties.isWhitespace
    }

    private static func appendLowercased(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if scalar.isASCII {
            let value = UInt8(scalar.value)
            bytes.append((0x41...0x5A).contains(value) ? value + 0x20 : value)
            return
        }
        for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
            UTF8.encode(lowered) { bytes.append($0) }
        }
    }

    private static let doubleQuotes: Set<Unicode.Scalar> = ["\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{00AB}", "\u{00BB}", "\u{300C}", "\u{300D}"]
    private static let singleQuotes: Set<Unicode.Scalar> = ["\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}", "\u{0060}", "\u{00B4}"]
    private static let dashes: Set<Unicode.Scalar> = ["\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{FE63}"]

    private static func unify(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if doubleQuotes.contains(scalar) {
            return "\""
        }
        if singleQuotes.contains(scalar) {
            return "'"
        }
        if dashes.contains(scalar) {
            return "-"
        }
        return scalar
    }
}
