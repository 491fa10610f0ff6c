import Foundation

/// The level-2 sections a pattern file may have.
public enum SectionKind: String, CaseIterable, Sendable, Comparable {
    case signatures
    case impact
    case cause
    case fix
    case verify
    case checklist
    case examples
    case nearMisses = "near-misses"
    case references

    /// Whether `runbook lint` reports a file that lacks the section.
    public var isRequired: Bool {
        self != .nearMisses && self != .impact
    }

    /// The heading an author writes, and the generator prints, in `language`.
    public func heading(in language: Language) -> String {
        switch (self, language) {
        case (.signatures, .english): "Signatures"
        case (.signatures, .japanese): "シグネチャ"
        case (.impact, .english): "Impact"
        case (.impact, .japanese): "影響"
        case (.cause, .english): "Cause"
        case (.cause, .japanese): "原因"
        case (.fix, .english): "Fix"
        case (.fix, .japanese): "対処"
        case (.verify, .english): "Verify"
        case (.verify, .japanese): "確認"
        case (.checklist, .english): "Checklist"
        case (.checklist, .japanese): "チェックリスト"
        case (.examples, .english): "Examples"
        case (.examples, .japanese): "例"
        case (.nearMisses, .english): "Near misses"
        case (.nearMisses, .japanese): "類似エラー"
        case (.references, .english): "References"
        case (.references, .japanese): "参考"
        }
    }

    /// Other headings that name the section, as Japanese authors commonly write them.
    public var alternativeHeadings: [String] {
        switch self {
        case .signatures: ["シグネチャー", "エラーメッセージ"]
        case .fix: ["対処法", "対処方法", "対応"]
        case .verify: ["確認方法"]
        case .references: ["参考文献", "参考資料", "参考リンク"]
        case .nearMisses: ["Near miss"]
        default: []
        }
    }

    /// Every heading that names the section: English, Japanese and the alternatives.
    public var allHeadings: [String] {
        Language.allCases.map { heading(in: $0) } + alternativeHeadings
    }

    /// Finds the section a heading names, in either language and any letter case.
    public init?(heading: String) {
        let wanted = heading.trimmingCharacters(in: .whitespaces).lowercased()
        let match = SectionKind.allCases.first { kind in
            kind.allHeadings.contains { $0.lowercased() == wanted }
        }
        guard let match else {
            return nil
        }
        self = match
    }

    /// Returns the section whose heading is closest to `heading`, for a "did you mean" hint.
    public static func closest(toHeading heading: String) -> SectionKind? {
        let wanted = heading.trimmingCharacters(in: .whitespaces)
        let names = allCases.flatMap { kind in kind.allHeadings.map { (kind, $0) } }
        if let suggestion = EditDistance.closest(to: wanted, among: names.map(\.1)) {
            return names.first { $0.1 == suggestion }?.0
        }
        // A heading that starts with a section name, such as "Cause and impact", most likely
        // means that section.
        return names.first { wanted.lowercased().hasPrefix($0.1.lowercased()) }?.0
    }

    public static func < (lhs: SectionKind, rhs: SectionKind) -> Bool {
        let order = SectionKind.allCases
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}
