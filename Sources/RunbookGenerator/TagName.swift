import RunbookCatalog

/// Japanese names for the built-in catalog's tags, so that Japanese pages do not show English
/// ids where a reader filters and browses. English pages show the ids, which are English words.
/// A team's own tags, and tags not in the table, are shown as they are.
enum TagName {
    static func display(_ tag: String, in language: Language) -> String {
        language == .japanese ? japanese[tag] ?? tag : tag
    }

    /// Returns the label of a tag menu entry: the name with the id beside it where they differ,
    /// since `runbook list --tag` takes the id.
    static func menuLabel(_ tag: String, in language: Language) -> String {
        let name = display(tag, in: language)
        return name == tag ? tag : "\(name) (\(tag))"
    }

    private static let japanese: [String: String] = [
        "access-denied": "アクセス拒否",
        "access-key": "アクセスキー",
        "acl": "ACL",
        "alarm": "アラーム",
        "aws-managed-key": "AWS マネージドキー",
        "capacity": "キャパシティ",
        "certificate": "証明書",
        "credentials": "認証情報",
        "cross-account": "クロスアカウント",
        "deployment": "デプロイ",
        "email": "メール",
        "encryption": "暗号化",
        "event-delivery": "イベント配信",
        "guardrail": "ガードレール",
        "identity-policy": "アイデンティティベースのポリシー",
        "infrastructure-as-code": "IaC",
        "key-policy": "キーポリシー",
        "launch": "起動",
        "logging": "ログ",
        "metrics": "メトリクス",
        "misleading-error": "紛らわしいエラー",
        "networking": "ネットワーク",
        "notification": "通知",
        "pass-role": "PassRole",
        "quota": "クォータ",
        "region": "リージョン",
        "resource-policy": "リソースベースのポリシー",
        "resource-state": "リソースの状態",
        "scaling": "スケーリング",
        "schedule": "スケジュール",
        "secrets": "シークレット",
        "service-principal": "サービスプリンシパル",
        "service-role": "サービスロール",
        "sigv4": "署名 (SigV4)",
        "sms": "SMS",
        "throttling": "スロットリング",
        "timeout": "タイムアウト",
        "trust-policy": "信頼ポリシー",
    ]
}
