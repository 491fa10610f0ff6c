/// A language that every catalog entry, page and message exists in.
public enum Language: String, CaseIterable, Sendable, Codable, Comparable {
    case japanese = "ja"
    case english = "en"

    /// The other language, used for the link to a page's twin and for content fallback.
    public var other: Language {
        self == .japanese ? .english : .japanese
    }

    public static func < (lhs: Language, rhs: Language) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
