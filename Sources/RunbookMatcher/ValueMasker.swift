import Foundation

/// Replaces volatile values in normalized text with typed placeholders, so that request ids,
/// accounts and timestamps become one token each instead of many random ones.
///
/// A placeholder is written `U+E000 name U+E001`, with private-use characters that no paste
/// contains, so that literal braces in a paste or a signature stay ordinary punctuation. The
/// tokenizer turns it into the token `{name}`. Boundaries are ASCII look-arounds rather than
/// `\b`, because ICU counts kana and kanji as word characters, which would hide an account id
/// written right after Japanese text.
///
/// An ARN keeps what distinguishes errors (`arn`, partition, service and resource type) and masks
/// the rest: `arn:aws:iam::123456789012:role/app` becomes `arn aws iam role {arn}`.
public enum ValueMasker {
    /// The placeholder types, in the order they are applied: an ARN first, since it contains an
    /// account and a region, and the broad hex rule last.
    public static let kinds: [(name: String, pattern: String)] = [
        ("arn", #"(?<![0-9a-z_])arn:(aws[a-z-]*):([a-z0-9-]+):[a-z0-9-]*:[0-9]{0,12}:([^\s"'`,;()<>\[\]{}、。]+)"#),
        ("timestamp", #"(?<![0-9a-z_])\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:z|[+-]\d{2}:?\d{2})?"#),
        ("uuid", #"(?<![0-9a-z_])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-z_])"#),
        ("email", #"(?<![0-9a-z_])[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}(?![0-9a-z_])"#),
        ("ip", #"(?<![0-9a-z_.])(?:\d{1,3}\.){3}\d{1,3}(?![0-9a-z_])"#),
        ("access_key", #"(?<![0-9a-z_])(?:akia|asia)[0-9a-z]{16}(?![0-9a-z_])"#),
        ("region", #"(?<![0-9a-z_])(?:us|eu|ap|sa|ca|me|af|il|mx|cn)-(?:gov-)?(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\d(?![0-9a-z_])"#),
        ("account", #"(?<![0-9a-z_])\d{12}(?![0-9a-z_])"#),
        ("hex", #"(?<![0-9a-z_])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{16,}(?![0-9a-z_])"#),
    ]

    /// The characters around a placeholder's name in masked text.
    public static let placeholderStart: Unicode.Scalar = "\u{E000}"
    public static let placeholderEnd: Unicode.Scalar = "\u{E001}"

    static func placeholder(_ name: String) -> String {
        "\(Character(placeholderStart))\(name)\(Character(placeholderEnd))"
    }

    private static let expressions: [(name: String, expression: NSRegularExpression)] = kinds.compactMap { kind in
        // The patterns are constants of this file, so a failure here is a programming error
        // that the masker's tests catch. The kind is skipped rather than crashing a lookup.
        guard let expression = try? NSRegularExpression(pattern: kind.pattern) else {
            return nil
        }
        return (kind.name, expression)
    }

    /// Returns normalized `text` with every volatile value replaced by its placeholder.
    public static func mask(_ text: String) -> String {
        var result = text
        for (name, expression) in expressions {
            result = replace(expression, named: name, in: result)
        }
        return result
    }

    private static func replace(_ expression: NSRegularExpression, named name: String, in text: String) -> String {
        let source = text as NSString
        let matches = expression.matches(in: text, range: NSRange(location: 0, length: source.length))
        guard !matches.isEmpty else {
            return text
        }

        var result = ""
        var cursor = 0
        for match in matches {
            result += source.substring(with: NSRange(location: cursor, length: match.range.location - cursor))
            result += " " + replacement(for: match, named: name, in: source) + " "
            cursor = match.range.location + match.range.length
        }
        result += source.substring(from: cursor)
        return result
    }

    private static func replacement(for match: NSTextCheckingResult, named name: String, in source: NSString) -> String {
        guard name == "arn" else {
            return placeholder(name)
        }
        let partition = source.substring(with: match.range(at: 1))
        let service = source.substring(with: match.range(at: 2))
        let resource = source.substring(with: match.range(at: 3))
        // An S3 ARN starts with the bucket name, which is volatile, not with a resource type.
        let type = service == "s3" ? [] : resourceType(of: resource)
        return (["arn", partition, service] + type + [placeholder("arn")]).joined(separator: " ")
    }

    /// Returns the resource type of an ARN's resource part, such as `role` in `role/app` or
    /// `alarm` in `alarm:cpu-high`, or nothing when the part has no type prefix.
    private static func resourceType(of resource: String) -> [String] {
        guard let separator = resource.firstIndex(where: { $0 == "/" || $0 == ":" }) else {
            return []
        }
        let type = resource[..<separator]
        guard !type.isEmpty, type.allSatisfy({ $0.isLetter || $0 == "-" }) else {
            return []
        }
        return [String(type)]
    }
}
