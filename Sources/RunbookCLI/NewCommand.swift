import Foundation
import RunbookCatalog

/// `runbook new ID`: writes the two files of a new pattern, with every section in place and
/// `TODO:` lines where the author has to write, which `runbook lint` lists until they are gone.
struct NewCommand {
    let options: NewOptions
    let console: Console

    func run() -> ExitStatus {
        let folder = URL(fileURLWithPath: options.directory)
        let files = Language.allCases.sorted().map { language in
            (path: folder.appendingPathComponent("\(options.id).\(language.rawValue).md"), text: PatternScaffold.text(id: options.id, language: language, today: Self.today()))
        }
        for file in files where FileManager.default.fileExists(atPath: file.path.path) {
            console.printError(.newFileExists(path: display(file.path)))
            return .failure
        }

        for file in files {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: file.path, options: .withoutOverwriting)
            } catch {
                console.printError(.newWriteFailed(path: display(file.path), reason: error.localizedDescription))
                return .failure
            }
        }
        let lint = options.directory == "." ? "runbook lint --catalog ." : "runbook lint --catalog \(options.directory)"
        console.print(.newCreated(english: display(files[0].path), japanese: display(files[1].path), lintCommand: lint))
        return .success
    }

    private func display(_ url: URL) -> String {
        options.directory == "." ? url.lastPathComponent : "\(options.directory)/\(url.lastPathComponent)"
    }

    private static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}

/// The text of a new pattern file: valid front matter, every section under its heading in the
/// file's language, and `TODO:` lines that describe what to write.
enum PatternScaffold {
    static func text(id: String, language: Language, today: String) -> String {
        let japanese = language == .japanese
        let sections = SectionKind.allCases.map { kind -> String in
            "## \(kind.heading(in: language))\n\n\(body(of: kind, japanese: japanese))"
        }
        return """
        ---
        id: \(id)
        services: [TODO]
        severity: medium
        tags: []
        owner: TODO
        reviewed: \(today)
        related: []
        confusable: []
        ---

        # \(japanese ? "TODO: この障害を一文で表すタイトル" : "TODO: a one-line title of the failure")

        \(japanese ? "TODO: 利用者が見る症状と、何をすれば解決するかを 2、3 文で書く。" : "TODO: two or three sentences on what the reader sees and what fixes it.")

        \(sections.joined(separator: "\n\n"))

        """
    }

    private static func body(of kind: SectionKind, japanese: Bool) -> String {
        switch kind {
        case .signatures:
            return japanese
                ? "TODO: 画面に表示されるエラー文を書き、変わる部分を {account} や {request_id} にする。\n\n```text\nTODO: error text with {placeholders}\n```"
                : "TODO: write the error text as people see it, with {account}, {request_id} and so on for the parts that vary.\n\n```text\nTODO: error text with {placeholders}\n```"
        case .impact:
            return japanese ? "TODO: 何が止まり、誰が気づかないのか。" : "TODO: what stops working and who does not notice."
        case .cause:
            return japanese ? "TODO: なぜ起きるのか。" : "TODO: why it happens."
        case .fix:
            return japanese ? "TODO: 手順。ポリシーは ```json、コマンドは ```sh のブロックで書く。\n\n1. TODO" : "TODO: the steps, with policies in ```json blocks and commands in ```sh blocks.\n\n1. TODO"
        case .verify:
            return japanese ? "TODO: 直ったことの確かめ方。" : "TODO: how to see that it is fixed."
        case .checklist:
            return japanese ? "- [ ] TODO: 最も手軽な確認から順に" : "- [ ] TODO: cheapest check first"
        case .examples:
            return "```text\nTODO: a whole real paste that must match this pattern\n```"
        case .nearMisses:
            return "```text\nTODO: a similar paste that must not match this pattern\n```"
        case .references:
            return japanese ? "- [TODO: AWS 公式ページのタイトル](https://docs.aws.amazon.com/)" : "- [TODO: title of an official AWS page](https://docs.aws.amazon.com/)"
        }
    }
}
