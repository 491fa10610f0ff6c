/// A strict RFC 8259 JSON checker for policy blocks in pattern files.
///
/// Foundation's `JSONSerialization` on Linux accepts trailing commas, which IAM, KMS and S3
/// reject as malformed policies, so runbooks would hand readers policies that fail to apply.
/// This checker accepts exactly the RFC grammar and reports where the first error is.
public enum JSONValidator {
    /// The first error in a JSON text, with its position counted from 1.
    public struct SyntaxError: Error, Equatable, Sendable {
        public var line: Int
        public var column: Int
        public var expected: String
    }

    /// Nesting deeper than this is rejected, because the checker recurses once per level and
    /// no policy comes close to it.
    static let maximumDepth = 256

    /// Throws the first syntax error in `text`, or returns when it is one valid JSON value.
    public static func validate(_ text: String) throws(SyntaxError) {
        var scanner = Scanner(bytes: Array(text.utf8))
        scanner.skipWhitespace()
        try scanner.value(depth: 0)
        scanner.skipWhitespace()
        guard scanner.isAtEnd else {
            throw scanner.error("end of input")
        }
    }

    private struct Scanner {
        let bytes: [UInt8]
        var offset = 0

        var isAtEnd: Bool { offset >= bytes.count }
        var current: UInt8? { isAtEnd ? nil : bytes[offset] }

        func error(_ expected: String) -> SyntaxError {
            var line = 1
            var column = 1
            for byte in bytes[..<min(offset, bytes.count)] {
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            return SyntaxError(line: line, column: column, expected: expected)
        }

        mutating func skipWhitespace() {
            while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                offset += 1
            }
        }

        mutating func expect(_ character: Character) throws(SyntaxError) {
            guard let ascii = character.asciiValue, current == ascii else {
                throw error("'\(character)'")
            }
            offset += 1
        }

        mutating func value(depth: Int) throws(SyntaxError) {
            guard depth < JSONValidator.maximumDepth else {
                throw error("less nesting")
            }
            guard let byte = current else {
                throw error("a value")
            }
            switch byte {
            case UInt8(ascii: "{"): try object(depth: depth)
            case UInt8(ascii: "["): try array(depth: depth)
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            default: throw error("a value")
            }
        }

        mutating func object(depth: Int) throws(SyntaxError) {
            try expect("{")
            skipWhitespace()
            if current == UInt8(ascii: "}") {
                offset += 1
                return
            }
            while true {
                guard current == UInt8(ascii: "\"") else {
                    throw error("a string key")
                }
                try string()
                skipWhitespace()
                try expect(":")
                skipWhitespace()
                try value(depth: depth + 1)
                skipWhitespace()
                if current == UInt8(ascii: "}") {
                    offset += 1
                    return
                }
                guard current == UInt8(ascii: ",") else {
                    throw error("',' or '}'")
                }
                offset += 1
                skipWhitespace()
            }
        }

        mutating func array(depth: Int) throws(SyntaxError) {
            try expect("[")
            skipWhitespace()
            if current == UInt8(ascii: "]") {
                offset += 1
                return
            }
            while true {
                try value(depth: depth + 1)
                skipWhitespace()
                if current == UInt8(ascii: "]") {
                    offset += 1
                    return
                }
                guard current == UInt8(ascii: ",") else {
                    throw error("',' or ']'")
                }
                offset += 1
                skipWhitespace()
            }
        }

        mutating func string() throws(SyntaxError) {
            try expect("\"")
            while let byte = current {
                offset += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return
                case UInt8(ascii: "\\"):
                    try escape()
                case 0x00..<0x20:
                    offset -= 1
                    throw error("no control character inside a string")
                default:
                    continue
                }
            }
            throw error("'\"' to close the string")
        }

        mutating func escape() throws(SyntaxError) {
            guard let byte = current else {
                throw error("an escape character")
            }
            offset += 1
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                 UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                return
            case UInt8(ascii: "u"):
                for _ in 0..<4 {
                    guard let hex = current, isHexDigit(hex) else {
                        throw error("four hex digits after \\u")
                    }
                    offset += 1
                }
            default:
                offset -= 1
                throw error("a valid escape such as \\n or \\u0041")
            }
        }

        mutating func number() throws(SyntaxError) {
            if current == UInt8(ascii: "-") {
                offset += 1
            }
            if current == UInt8(ascii: "0") {
                offset += 1
            } else {
                try digits()
            }
            if current == UInt8(ascii: ".") {
                offset += 1
                try digits()
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                offset += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") {
                    offset += 1
                }
                try digits()
            }
        }

        mutating func digits() throws(SyntaxError) {
            guard let first = current, isDigit(first) else {
                throw error("a digit")
            }
            while let byte = current, isDigit(byte) {
                offset += 1
            }
        }

        mutating func literal(_ word: String) throws(SyntaxError) {
            for expected in word.utf8 {
                guard current == expected else {
                    throw error("'\(word)'")
                }
                offset += 1
            }
        }

        func isDigit(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }

        func isHexDigit(_ byte: UInt8) -> Bool {
            isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
        }
    }
}
