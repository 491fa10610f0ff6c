/// Escapes plain text for use inside Markdown inline content, so that a title such as
/// `<script>` or `*_foo_*` reads as the same characters instead of becoming markup.
enum MarkdownEscaping {
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "!"]

    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if special.contains(character) {
                result.append("\\")
            }
            result.append(character)
        }
        return result
    }
}

/// Escapes text for HTML element content and double-quoted attribute values.
public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
