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

    /// Finds the section a heading names, in either language and any letter case.
    public init?(heading: String) {
        let wanted = heading.trimmingCharacters(in: .whitespaces).lowercased()
        let match = SectionKind.allCases.first { kind in
            Language.allCases.contains { kind.heading(in: $0).lowercased() == wanted }
        }
        guard let match else {
            return nil
        }
        self = match
    }

    public static func < (lhs: SectionKind, rhs: SectionKind) -> Bool {
        let order = SectionKind.allCases
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}
