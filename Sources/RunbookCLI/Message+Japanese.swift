import RunbookCatalog
import RunbookMatcher

extension Message {
    var japanese: String {
        switch self {
        case .help:
            """
            runbook: 貼り付けたエラーから既知の障害パターンを見つけ、カタログを公開します。

            使い方:
              runbook <コマンド> [オプション]

            コマンド:
              match [FILE]   エラーの原因となる障害パターンを探します (FILE がなければ標準入力から読みます)。
              build          Markdown のランブックと静的サイトを書き出します。
              show ID        1 件のパターンのランブックを表示します。
              list           パターンを一覧表示します (--service、--tag、--severity で絞り込み)。
              lint           カタログの問題を検査します。
              new ID         新しいパターンの 2 つのファイルを書き出します。
              redact [FILE]  アカウント ID、アドレス、キー、トークンを伏せた貼り付けを表示します。
              eval FILE      ラベル付きの貼り付け (JSON Lines) で照合の精度を測ります。
              help COMMAND   COMMAND のオプションを表示します。

            オプション:
              --lang ja|en   メッセージと本文の言語 (既定: LC_ALL、LC_MESSAGES、LANG の順に判定)。
              --no-color     端末への出力でも色と太字を使いません (NO_COLOR と同じ。パイプには元から使いません)。
              --help         このヘルプを表示します。
              --version      バージョンを表示します。

            環境変数:
              RUNBOOK_CATALOG  チームのパターンのフォルダー (コロン区切り)。--catalog より先に読みます。

            終了コード:
              0  成功、またはパターンが一致した
              1  一致するパターンがない、カタログに問題がある、またはランブックが古い
              2  使い方の誤り、または入力を読めない
            """
        case .helpMatch:
            """
            使い方:
              runbook match [FILE] [--json] [--explain] [--redact] [--top N] [--catalog DIR]... [--no-builtin]

            FILE (省略時または `-` のときは標準入力) から貼り付けたエラーを読み、その原因となる
            障害パターンのタイトル、一致した理由、原因、対処、チェックリストを表示します。
            異なるエラーが複数含まれていれば、貼り付けの順にエラーごとの結果を表示します。

            オプション:
              --json           テキストの代わりに JSON オブジェクト {"matches": [...]} を出力します。
              --explain        各シグネチャのどの部分が見つかったか、見つからないか、食い違うかを表示します。
              --redact         アカウント ID、アドレス、キー、トークンを伏せた貼り付けも表示します。
              --top N          ほかの候補パターンも最大 N - 1 件表示します (既定: 1)。
              --catalog DIR    DIR のパターンを加えます (複数指定可)。組み込みと同じ id のパターンは置き換えます。
              --no-builtin     組み込みのパターンを使いません。

            終了コード:
              0  パターンが一致した   1  一致するパターンがない   2  使い方の誤り、または貼り付けを読めない
            """
        case .helpBuild:
            """
            使い方:
              runbook build [--out DIR] [--check] [--base-url URL] [--title TEXT] [--catalog DIR]... [--no-builtin]

            正本となる Markdown のランブックを DIR/runbooks/{ja,en}/ID.md に、静的サイトを DIR/site/ に
            書き出します。ビルド全体が成功したときだけ古い出力を置き換えます。

            オプション:
              --out DIR        runbooks/ と site/ を書き出すフォルダー (既定: カレントディレクトリ)。
              --check          何も書き出さず、DIR/runbooks/ が新しいビルド結果と異なれば終了コード 1 を返します。
              --base-url URL   URL で公開するサイトの site/sitemap.xml も書き出します。
              --title TEXT     各ページの見出しに出すサイトの名前 (既定: Runbook)。
              --catalog DIR    DIR のパターンを加えます (複数指定可)。組み込みと同じ id のパターンは置き換えます。
              --no-builtin     組み込みのパターンを使いません。

            終了コード:
              0  ビルドした、または最新   1  カタログの問題、またはランブックが古い   2  使い方の誤り
            """
        case .helpLint:
            """
            使い方:
              runbook lint [--catalog DIR]... [--no-builtin]

            すべてのパターンファイルを検査し、問題を「パス:行: メッセージ [識別子]」の形で表示します。
            例 (Examples) はそのパターン自身に一致し、類似エラー (Near misses) は一致してはいけません。

            オプション:
              --catalog DIR    DIR のパターンを加えます (複数指定可)。組み込みと同じ id のパターンは置き換えます。
              --no-builtin     組み込みのパターンを使いません。

            終了コード:
              0  問題なし   1  問題あり   2  使い方の誤り
            """
        case .helpShow:
            """
            使い方:
              runbook show ID [--catalog DIR]... [--no-builtin]

            パターン ID のランブックを端末で読める形で表示します。概要、シグネチャ、影響、原因、
            対処、確認、チェックリスト、類似エラー、参考を含みます。

            終了コード:
              0  表示した   1  その id のパターンがない   2  使い方の誤り
            """
        case .helpList:
            """
            使い方:
              runbook list [--service NAME] [--tag NAME] [--severity LEVEL] [--catalog DIR]... [--no-builtin]

            パターンを 1 行に 1 件ずつ、id、重大度、サービス、タイトルの順に一覧表示します。

            オプション:
              --service NAME     このサービス (sns など) のパターンだけを表示します。
              --tag NAME         このタグを持つパターンだけを表示します。
              --severity LEVEL   この重大度 (critical、high、medium、low) のパターンだけを表示します。

            終了コード:
              0  表示した   1  条件に合うパターンがない   2  使い方の誤り
            """
        case .helpNew:
            """
            使い方:
              runbook new ID [--dir DIR]

            すべてのセクションと仮のシグネチャを含む DIR/ID.en.md と DIR/ID.ja.md を書き出します。
            TODO が書き込むべき箇所で、残っているものは runbook lint が一覧にします。

            オプション:
              --dir DIR   2 つのファイルを書き出すフォルダー (既定: カレントディレクトリ)。

            終了コード:
              0  書き出した   1  ファイルがすでにある、または書き出せない   2  使い方の誤り
            """
        case .helpRedact:
            """
            使い方:
              runbook redact [FILE]

            FILE (省略時は標準入力) の貼り付けを、アカウント ID (ARN の中も含む)、IP アドレスと
            メールアドレス、アクセスキー ID、シークレットキー、セッショントークン、リクエスト ID、
            ホスト名を伏せて表示します。チケットやチャットにそのまま貼れます。それ以外は変えません。

            終了コード:
              0  表示した   2  使い方の誤り、または貼り付けを読めない
            """
        case .redactedPasteHeading:
            "伏せ字にした貼り付け (チケットやチャット用):"
        case .helpEval:
            """
            使い方:
              runbook eval FILE.jsonl [--fail-under PERCENT] [--catalog DIR]... [--no-builtin]

            FILE.jsonl のラベル付き貼り付けをすべて照合します。1 行に 1 つの JSON オブジェクトで、
            "text" (貼り付け) と "id" (一致すべきパターンの id。どのパターンにも一致してはならない
            場合は null) を書きます。上位 1 件の正解率、無関係な貼り付けで一致なしと答えた割合、
            外れたケースの一覧を表示します。

            オプション:
              --fail-under PERCENT   どちらかの値が PERCENT (0〜100) を下回れば終了コード 1 を返します。
              --catalog DIR          DIR のパターンを加えます (複数指定可)。組み込みと同じ id のパターンは置き換えます。
              --no-builtin           組み込みのパターンを使いません。

            終了コード:
              0  測定した   1  --fail-under を下回った   2  使い方の誤り、またはファイルが不正
            """
        case .helpHelp:
            """
            使い方:
              runbook help [COMMAND]

            全体のヘルプ、または COMMAND (match、show、list、build、lint、new、eval、redact) のオプションを表示します。
            """
        case .version(let version, let cmark):
            "runbook \(version) (libcmark \(cmark))"

        case .usage(let error):
            error.japanese
        case .usageHint:
            "コマンドとオプションの一覧は 'runbook --help' で確認できます。"
        case .commandUsageHint(let command):
            "オプションは 'runbook help \(command.rawValue)' で確認できます。"

        case .catalogNotFound(let path):
            "カタログのフォルダーが見つかりません: \(path)。--catalog には存在するフォルダーを指定してください。"
        case .catalogUnreadable(let path, let reason):
            "カタログのフォルダー \(path) を読めません: \(reason)。権限を確認してください。"
        case .builtInCatalogMissing:
            "組み込みカタログがプログラムの隣にありません。'swift build' で作り直すか、--catalog DIR を指定してください。"
        case .catalogHasProblems(let count, let lintCommand):
            "警告: カタログに \(count) 件の問題があります。'\(lintCommand)' で確認してください。"
        case .patternOverridden(let path, let id, let replacedPath):
            "注記: \(path) が \(replacedPath) のパターン '\(id)' を置き換えています。"
        case .noCatalogSelected:
            "使うパターンがありません。--no-builtin で組み込みのパターンを除外し、チームのフォルダーも指定されていません。--catalog DIR を付けるか、RUNBOOK_CATALOG を設定してください。"
        case .catalogEmpty(let path):
            "\(path) にパターンファイル (ID.en.md、ID.ja.md) がありません。パターンを追加するか、フォルダーを確認してください。"

        case .pasteNotFound(let path):
            "ファイルが見つかりません: \(path)。エラー文を保存したファイルのパスを指定するか、パイプで渡してください。"
        case .pasteUnreadable(let path):
            "\(path) を読めません。読み取り可能なファイルか確認してください。"
        case .pasteEmpty:
            "貼り付けが空です。エラー文を貼り付けるか、エラー文を保存したファイルを指定してください。"
        case .pasteTruncated(let bytes, let kept):
            "警告: 貼り付けが \(bytes) バイトあるため、先頭の \(kept) バイトだけを照合します。すべてを照合するには、エラーの前後だけを貼り付けてください。"
        case .pastePrompt:
            "エラー文を貼り付け、新しい行で Ctrl-D を押してください:"

        case .noMatch:
            "このエラーに当てはまる既知の障害パターンはありません。"
        case .closestContradicted(let id, let expected, let found):
            "最も近いパターン \(id) は当てはまりません。シグネチャの「\(expected)」の位置に、貼り付けでは「\(found)」があります。"
        case .closestCandidate(let id, let score, let explained):
            "最も近いパターン \(id) は信頼できる一致ではありません (スコア \(formatted(score)))。"
                + (explained ? "見つかった部分と見つからない部分を次に示します。" : "理由は --explain で確認できます。")
        case .matchHeader(let id, let title, let confidence, let score):
            "\(title)\n\(id) (\(confidence.label(in: .japanese))、スコア \(formatted(score)))"
        case .whyExact(let location):
            "理由: \(location) のシグネチャのすべての部分が順番どおりに見つかりました。"
        case .whyLikely(let found, let total, let location):
            "理由: \(location) のシグネチャの \(total) 個の部分のうち \(found) 個が順番どおりに見つかり、食い違う部分はありません。"
        case .whyInterrupted(let location):
            "理由: \(location) のシグネチャのすべての部分が順番どおりに見つかりましたが、部分の間に別の文字列があります。"
        case .whyWeak(let found, let total, let location):
            "理由: \(location) のシグネチャの \(total) 個の部分のうち \(found) 個しか見つかりませんでした。"
        case .missingParts(let parts):
            "貼り付けに見つからない部分: \(parts)"
        case .contradictedParts(let parts):
            "貼り付けでは別の文字列になっている部分: \(parts)"
        case .contentFallback(let language):
            "注意: このパターンにはまだ日本語の本文がないため、\(language == .english ? "英語" : "日本語")の本文を表示しています。"
        case .alternative(let rank, let id, let title, let confidence, let score):
            "\(rank). \(id): \(title) (\(confidence.label(in: .japanese))、スコア \(formatted(score)))"
        case .otherCandidates:
            "ほかの候補:"
        case .matchCount(let count):
            "貼り付けには既知のエラーが \(count) 件含まれています。貼り付けの順に表示します。"
        case .matchNumber(let number, let total):
            "[\(number)/\(total)]"
        case .explainSignature(let location):
            "シグネチャ: \(location)"
        case .explainFound(let count, let total, let parts):
            "  \(total) 個の部分のうち \(count) 個が見つかりました: \(parts)"
        case .explainContradiction(let expected, let found):
            "  シグネチャの「\(expected)」の位置に、貼り付けでは「\(found)」があります"
        case .explainNoCandidates:
            "貼り付けと十分な語を共有するシグネチャがなく、候補はありません。"

        case .diagnostic(let problem):
            problem.japanese
        case .lintClean(let patterns):
            "\(patterns) 件のパターンに問題はありません。"
        case .lintProblems(let count):
            "\(count) 件の問題が見つかりました。"

        case .buildWritten(let runbooks, let pages, let runbooksPath, let sitePath, let indexKilobytes):
            "\(runbooksPath) に \(runbooks) 件のランブック、\(sitePath) に \(pages) ページを書き出しました (検索と照合の索引 \(indexKilobytes) KB)。"
        case .buildFailed(let path, let reason):
            "\(path) の書き出し中にビルドが失敗しました: \(reason)。以前の出力はそのまま残っています。"
        case .progressReading(let done, let total):
            "パターンファイルを読み込み中: \(done)/\(total)"
        case .progressRendering(let done, let total):
            "ランブックとページを生成中: \(done)/\(total)"
        case .progressWriting(let done, let total):
            "ファイルを書き出し中: \(done)/\(total)"
        case .buildUpToDate(let path):
            "\(path) は最新です。"
        case .buildMissing(let path):
            "\(path) がまだないため、新しいビルド結果と比べられません。"
        case .buildStale(let path, let count):
            "\(path) が古くなっています: \(count) 個のファイルが新しいビルド結果と異なります。"
        case .staleFile(let path):
            "  \(path)"
        case .buildCheckHint(let command):
            "'\(command)' を実行し、結果をコミットしてください。"
        case .patternNotFound(let id, let suggestion):
            "id が '\(id)' のパターンはありません。" + (suggestion.map { "'\($0)' のことですか?" } ?? "id の一覧は 'runbook list' で確認できます。")
        case .noPatternsListed:
            "条件に合うパターンはありません。"
        case .unknownFilterValue(let option, let value, let suggestion):
            "\(option) が '\(value)' のパターンはありません。" + (suggestion.map { "'\($0)' のことですか?" } ?? "すべてのパターンは 'runbook list' で確認できます。")
        case .listRow(let id, let severity, let services, let title):
            "\(id)  [\(severity)] \(services)  \(title)"
        case .newFileExists(let path):
            "\(path) はすでにあります。別の id にするか、先にファイルを削除してください。"
        case .newWriteFailed(let path, let reason):
            "\(path) を書き出せません: \(reason)。フォルダーがあり、書き込めることを確認してください。"
        case .newCreated(let english, let japanese, let lintCommand):
            "\(english) と \(japanese) を書き出しました。TODO を含む行をすべて書き換えてから '\(lintCommand)' を実行してください。"
        case .evalFileNotFound(let path):
            "ファイルが見つかりません: \(path)。ラベル付き貼り付けの JSON Lines ファイルのパスを指定してください。"
        case .evalFileInvalid(let location, let reason):
            switch reason {
            case .invalidJSON: "\(location): JSON が不正です。{\"text\": \"...\", \"id\": null} のように 1 行に 1 つのオブジェクトを書いてください"
            case .missingText: "\(location): \"text\" がありません。貼り付けを文字列で書いてください"
            case .invalidID: "\(location): \"id\" が不正です。パターンの id の文字列か、一致してはならない場合は null にしてください"
            }
        case .evalTopOne(let correct, let total, let percent):
            "パターンのあるケースの上位 1 件の正解率: \(correct)/\(total) (\(percent)%)"
        case .evalAbstain(let correct, let total, let percent):
            "パターンのないケースで一致なしと答えた割合: \(correct)/\(total) (\(percent)%)"
        case .evalMissesHeader:
            "外れたケース:"
        case .evalMiss(let location, let expected, let actual, let closest):
            "  \(location): 期待 \(expected ?? "一致なし")、結果 \(actual ?? "一致なし")\(closest)"
        case .evalBelowThreshold(let threshold):
            "\(threshold)% を下回った値があります。"
        }
    }
}

extension UsageError {
    var japanese: String {
        switch self {
        case .unknownCommand(let command, let suggestion):
            "不明なコマンド '\(command)' です。" + (suggestion.map { "'\($0)' のことですか?" } ?? "")
        case .unknownOption(let option, let command, let suggestion):
            (command.map { "'\($0.rawValue)' のオプション '\(option)' は不明です。" } ?? "オプション '\(option)' は不明です。")
                + (suggestion.map { "'\($0)' のことですか?" } ?? "")
        case .missingValue(let option):
            "オプション '\(option)' には値が必要です。"
        case .invalidLanguage(let value):
            "--lang の値 '\(value)' は無効です。'ja' か 'en' を指定してください。"
        case .invalidNumber(let option, let value):
            "\(option) の値 '\(value)' は無効です。1 以上の整数を指定してください。"
        case .invalidPercent(let option, let value):
            "\(option) の値 '\(value)' は無効です。0 から 100 の割合を指定してください。"
        case .missingArgument(let name):
            "引数 \(name) がありません。"
        case .invalidSeverity(let value):
            "重大度 '\(value)' は無効です。critical、high、medium、low のいずれかを指定してください。"
        case .invalidPatternID(let id):
            "パターンの id '\(id)' は無効です。'sns-topic-denied' のような小文字のケバブケースにしてください。"
        case .reservedPatternID(let id):
            "パターンの id '\(id)' はサイトのページ名として予約されています。'\(id)-failed' のような別の id にしてください。"
        case .invalidTitle(let value):
            "--title の値 '\(value)' は無効です。'ACME 障害対応' のような、サイトの名前を 1 行で指定してください。"
        case .invalidBaseURL(let value):
            "--base-url の値 '\(value)' は無効です。'https://docs.example.com/runbook/' のような、サイトを公開する http または https の絶対アドレスを、クエリー、フラグメント、ユーザー名を付けずに指定してください。"
        case .unexpectedArgument(let argument):
            "余分な引数 '\(argument)' があります。"
        }
    }
}

extension Problem {
    var japanese: String {
        switch self {
        case .unreadableFile(let reason):
            "ファイルを読めません (\(reason))。権限を確認してください"
        case .invalidUTF8:
            "ファイルが UTF-8 ではありません。UTF-8 で保存してください"
        case .invalidFileName(let name):
            "ファイル名 '\(name)' は ID.LANG.md の形式ではありません。ID は小文字のケバブケース、LANG は 'en' か 'ja' にして、'sns-topic-denied.ja.md' のような名前にしてください"
        case .missingFrontMatter:
            "フロントマターがありません。ファイルの先頭に '---' の行、キー、もう一度 '---' の行を書いてください"
        case .unterminatedFrontMatter:
            "フロントマターが閉じていません。最後のキーの後に '---' の行を追加してください"
        case .invalidFrontMatterLine(let text):
            "フロントマターの行 '\(text)' が無効です。'key: value'、リスト '[a, b]'、または 'key:' の下に '- item' と書いてください"
        case .unknownKey(let key, let suggestion):
            "フロントマターのキー '\(key)' は不明です" + (suggestion.map { "。'\($0)' のことですか?" } ?? "。使えるキーは id、services、severity、tags、owner、reviewed、related、confusable です")
        case .duplicateKey(let key, let firstLine):
            "キー '\(key)' が重複しています (最初は \(firstLine) 行目)。1 つにしてください"
        case .missingKey(let key):
            "フロントマターにキー '\(key)' がありません。'---' の行の間に '\(key): ...' の行を追加してください"
        case .invalidID(let id):
            "id '\(id)' は無効です。'sns-topic-denied' のような小文字のケバブケースにしてください"
        case .reservedID(let id):
            "id '\(id)' はサイトのページ名として予約されています。'\(id)-failed' のような別の id にしてください"
        case .idDiffersFromFileName(let id, let fileID):
            "id '\(id)' がファイル名の '\(fileID)' と異なります。同じにしてください"
        case .invalidSeverity(let value):
            "severity '\(value)' は無効です。critical、high、medium、low のいずれかにしてください"
        case .invalidDate(let value):
            "reviewed の日付 '\(value)' は無効です。実在する日付を YYYY-MM-DD で書いてください"
        case .invalidServiceName(let value):
            "サービス名 '\(value)' は無効です。'cloudwatch' のような小文字のケバブケースにしてください"
        case .invalidTagName(let value):
            "タグ '\(value)' は無効です。'key-policy' のような小文字のケバブケースにしてください"
        case .emptyList(let key):
            "'\(key)' が空です。値を 1 つ以上書いてください"
        case .metadataDiffers(let key, let value, let otherPath, let otherValue):
            "'\(key)' がこのファイルでは '\(value)'、\(otherPath) では '\(otherValue)' です。両方の言語のファイルで同じ値にしてください"
        case .missingTitle:
            "タイトルがありません。フロントマターの後に見出し '# タイトル' を追加してください"
        case .extraTitle(let firstLine):
            "2 つ目のレベル 1 見出しです (タイトルは \(firstLine) 行目)。セクションには '##' を使ってください"
        case .missingSection(let kind):
            "セクション '## \(kind.heading(in: .japanese))' (または '## \(kind.heading(in: .english))') がありません"
        case .repeatedSection(let kind, let firstLine):
            "セクション '\(kind.heading(in: .japanese))' が重複しています (最初は \(firstLine) 行目)。1 つにまとめてください"
        case .unknownSection(let heading, let suggestion):
            if let suggestion {
                "不明なセクション '\(heading)' です。'## \(suggestion.heading(in: .japanese))' (または '## \(suggestion.heading(in: .english))') のことですか?"
            } else {
                "不明なセクション '\(heading)' です。シグネチャ、影響、原因、対処、確認、チェックリスト、例、類似エラー、参考 (または英語名) のいずれかにするか、小見出しには '###' を使ってください"
            }
        case .missingCodeBlock(let kind):
            "セクション '\(kind.heading(in: .japanese))' にフェンス付きコードブロックがありません。\(kind == .signatures ? "シグネチャ" : "貼り付け")を 1 つずつ ``` ブロックに入れてください"
        case .emptyCodeBlock(let kind):
            "'\(kind.heading(in: .japanese))' のコードブロックが空です。中身を書くか、ブロックを削除してください"
        case .missingReferenceLink:
            "参考にリンクがありません。'[タイトル](https://...)' を 1 つ以上追加してください"
        case .duplicateID(let id, let otherPath):
            "id '\(id)' は \(otherPath) でも定義されています。どちらかを別の id にしてください"
        case .unresolvedPatternLink(let key, let id):
            "'\(key)' の '\(id)' はこのカタログの別のパターンではありません。id を直すか削除してください"
        case .invalidJSON(let column, let expected):
            "\(column) 桁目の JSON が不正です (\(expected) が必要)。AWS はこのようなポリシーを受け付けないので直してください"
                + "。完全な JSON でない場合は、ブロックを text にしてください"
        case .missingLanguageFile(let id, let language):
            "\(id).\(language.rawValue).md がありません。各パターンには ID.en.md と ID.ja.md の両方が必要です"
        case .exampleDoesNotMatch(let id, let winner):
            "例がパターン '\(id)' に一致しません"
                + (winner.map { " ('\($0)' が代わりに一致しました)" } ?? " (どのパターンにも一致しません)")
                + "。シグネチャか例を直してください"
        case .indistinguishableSignatures(let otherID, let otherLocation):
            "このシグネチャと \(otherLocation) にある '\(otherID)' のシグネチャは互いに一致します。どんな貼り付けでも 2 つのパターンを区別できないので、どちらかをより具体的にしてください"
        case .unfinishedText(let text):
            "未記入の行 '\(text)' があります。TODO を実際の内容に書き換えてください"
        case .nearMissSelectsPattern(let id):
            "類似エラーがパターン '\(id)' に一致してしまいます。シグネチャをより具体的にするか、類似エラーを削除してください"
        }
    }
}
