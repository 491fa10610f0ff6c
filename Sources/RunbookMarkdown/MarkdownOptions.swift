/// Parser and renderer options, mirroring the `CMARK_OPT_*` flags that this project uses.
///
/// The empty set is cmark's default, which is also its safe mode: raw HTML is replaced by a
/// comment and `javascript:`, `vbscript:`, `file:` and most `data:` URLs are dropped.
public struct MarkdownOptions: OptionSet, Sendable {
    public let rawValue: Int32

    public init(rawValue: Int32) {
        self.rawValue = rawValue
    }

    /// Adds `data-sourcepos` attributes to HTML block elements.
    public static let sourcePosition = MarkdownOptions(rawValue: 1 << 1)

    /// Renders soft line breaks as hard ones.
    public static let hardBreaks = MarkdownOptions(rawValue: 1 << 2)

    /// Turns typographic quotes and dashes on.
    public static let smart = MarkdownOptions(rawValue: 1 << 10)

    /// Drops a soft line break between two CJK characters, or after CJK punctuation such as 。,
    /// instead of rendering it, because browsers show it as a space inside Japanese text. The same rule is the segment break
    /// transformation of CSS Text Level 3, which Chromium does not apply. Not a cmark flag.
    public static let joinCJKLines = MarkdownOptions(rawValue: 1 << 30)

    /// Lets raw HTML and dangerous URLs through. Never used for catalog content.
    public static let unsafe = MarkdownOptions(rawValue: 1 << 17)
}
