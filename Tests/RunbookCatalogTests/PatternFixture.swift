import RunbookCatalog

/// The catalog's `path:line` location. Swift Testing also declares a `SourceLocation`, so this
/// alias settles which one the unqualified name means in these tests.
typealias SourceLocation = RunbookCatalog.SourceLocation

/// A valid pattern file, kept as lines so that a test can break one line and name the exact
/// line number it expects in a diagnostic.
///
/// The English and the Japanese file have the same layout, so every ``FixtureLine`` number is
/// correct in both. Both files assemble with no diagnostics.
struct PatternFixture: Sendable {
    static let id = "sns-subscription-pending"

    var language: Language
    var lines: [String]

    /// The folder the file sits in, relative to the catalog, or empty for the catalog's top level.
    var folder = ""

    init(_ language: Language) {
        self.language = language
        self.lines = language == .english ? englishLines : japaneseLines
    }

    var fileName: String {
        "\(Self.id).\(language.rawValue).md"
    }

    var path: String {
        folder.isEmpty ? fileName : "\(folder)/\(fileName)"
    }

    /// The file's text, each line ended by a newline.
    var text: String {
        lines.map { $0 + "\n" }.joined()
    }

    var file: PatternFile {
        PatternFile(path: path, text: text)
    }

    /// Returns a copy in which line `number`, counted from 1, is replaced by `replacement`.
    func replacingLine(_ number: Int, with replacement: String...) -> PatternFixture {
        var copy = self
        copy.lines.replaceSubrange((number - 1)...(number - 1), with: replacement)
        return copy
    }

    /// Returns a copy without the lines in `numbers`, counted from 1.
    func removingLines(_ numbers: ClosedRange<Int>) -> PatternFixture {
        var copy = self
        copy.lines.removeSubrange((numbers.lowerBound - 1)...(numbers.upperBound - 1))
        return copy
    }

    /// Returns a copy in which `newLines` start at line `number` and the old lines from there on
    /// move down.
    func insertingLines(_ newLines: [String], at number: Int) -> PatternFixture {
        var copy = self
        copy.lines.insert(contentsOf: newLines, at: number - 1)
        return copy
    }

    func inFolder(_ folder: String) -> PatternFixture {
        var copy = self
        copy.folder = folder
        return copy
    }
}

/// Line numbers of ``PatternFixture``, in both languages.
enum FixtureLine {
    static let id = 2
    static let services = 3
    static let severity = 4
    static let tags = 5
    static let owner = 6
    static let reviewed = 7
    static let closingDashes = 8
    static let firstBodyLine = 9
    static let title = 10
    static let summary = 12
    static let signatures = 14
    static let signatureText = 17
    static let cause = 20
    static let fix = 24
    static let verify = 32
    static let checklist = 36
    static let examples = 40
    static let exampleText = 43
    static let nearMisses = 47
    static let nearMissText = 50
    static let references = 53
    static let referenceLink = 55
    static let last = 55
}

/// Returns the English and the Japanese file of one pattern. Pass a changed fixture to break
/// one of them.
func patternFiles(
    english: PatternFixture = PatternFixture(.english),
    japanese: PatternFixture = PatternFixture(.japanese)
) -> [PatternFile] {
    [english.file, japanese.file]
}

let fixtureSignature = #""SubscriptionArn": "PendingConfirmation""#
let fixtureExample = """
    $ aws sns list-subscriptions-by-topic --topic-arn arn:aws:sns:us-east-1:111122223333:alerts
    "SubscriptionArn": "PendingConfirmation"
    """
let fixtureNearMiss = #""SubscriptionArn": "Deleted""#
let fixtureReferenceURL = "https://docs.aws.amazon.com/sns/latest/dg/sns-email-notifications.html"

private let frontMatterLines = [
    "---",
    "id: \(PatternFixture.id)",
    "services: [sns, cloudwatch]",
    "severity: medium",
    "tags: [email, subscription]",
    "owner: platform-team",
    "reviewed: 2026-11-20",
    "---",
]

private let englishLines = frontMatterLines + [
    "",
    "# SNS e-mail subscription is still pending",
    "",
    "Alarm mail never arrives because nobody confirmed the subscription.",
    "",
    "## Signatures",
    "",
    "```",
    fixtureSignature,
    "```",
    "",
    "## Cause",
    "",
    "Nobody opened the confirmation link that SNS sent.",
    "",
    "## Fix",
    "",
    "Subscribe again and confirm within 48 hours:",
    "",
    "```json",
    #"{"Protocol": "email", "Endpoint": "ops@example.com"}"#,
    "```",
    "",
    "## Verify",
    "",
    "The subscription list shows an ARN instead of `PendingConfirmation`.",
    "",
    "## Checklist",
    "",
    "- [ ] The address is spelled correctly.",
    "",
    "## Examples",
    "",
    "```",
] + fixtureExample.split(separator: "\n").map(String.init) + [
    "```",
    "",
    "## Near misses",
    "",
    "```",
    fixtureNearMiss,
    "```",
    "",
    "## References",
    "",
    "- [Amazon SNS e-mail subscriptions](\(fixtureReferenceURL))",
]

private let japaneseLines = frontMatterLines + [
    "",
    "# SNS のメール購読が確認待ちのまま",
    "",
    "購読が確認されていないため、アラームのメールが届かない。",
    "",
    "## シグネチャ",
    "",
    "```",
    fixtureSignature,
    "```",
    "",
    "## 原因",
    "",
    "SNS が送った確認リンクを誰も開いていない。",
    "",
    "## 対処",
    "",
    "もう一度購読し、48 時間以内に確認する:",
    "",
    "```json",
    #"{"Protocol": "email", "Endpoint": "ops@example.com"}"#,
    "```",
    "",
    "## 確認",
    "",
    "購読一覧に `PendingConfirmation` ではなく ARN が表示される。",
    "",
    "## チェックリスト",
    "",
    "- [ ] アドレスの綴りが正しい。",
    "",
    "## 例",
    "",
    "```",
] + fixtureExample.split(separator: "\n").map(String.init) + [
    "```",
    "",
    "## 類似エラー",
    "",
    "```",
    fixtureNearMiss,
    "```",
    "",
    "## 参考",
    "",
    "- [Amazon SNS のメール購読](\(fixtureReferenceURL))",
]
