import Testing
@testable import RunbookCLI

@Suite struct TerminalRendererTests {
    /// Japanese line breaking rules keep closing punctuation, the long-vowel mark and small kana
    /// off the start of a line.
    static let forbiddenAtLineStart: Set<Character> = ["、", "。", "」", "）", "ー", "ャ", "ッ", "ょ"]

    @Test(arguments: 10...40)
    func japaneseLinesNeverStartWithClosingMarks(width: Int) {
        let renderer = TerminalRenderer(usesColor: false, width: width)
        let text = "キーポリシーがこのままである間、このトピックを使うすべてのアラームの通知が失われる。「キャッシュ」の設定（既定）を確認しょう。"

        let lines = renderer.render(text).split(separator: "\n")

        #expect(lines.allSatisfy { !Self.forbiddenAtLineStart.contains($0.first ?? " ") })
        #expect(lines.joined() == text)
        #expect(lines.allSatisfy { renderer.displayWidth(String($0)) <= width })
    }

    @Test func latinWordsStillBreakAtSpaces() {
        let renderer = TerminalRenderer(usesColor: false, width: 20)

        let lines = renderer.render("The key policy does not allow CloudWatch alarms.").split(separator: "\n")

        #expect(lines == ["The key policy does", "not allow CloudWatch", "alarms."])
    }
}
