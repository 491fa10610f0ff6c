import Foundation
import RunbookCatalog
import Testing
@testable import RunbookGenerator

@Suite struct SiteBuilderTests {
    @Test func siteHasIndexesAndTwinPages() {
        let paths = SiteBuilder.files(for: TestCatalog.pair()).map(\.path)

        #expect(paths == [
            "index.html",
            "404.html",
            "assets/style.css",
            "assets/site.js",
            "assets/search-index.js",
            "assets/matcher-index.js",
            "assets/matcher.js",
            "en/index.html",
            "en/search.html",
            "en/services/sns.html",
            "en/tags/notification.html",
            "en/sample-failure.html",
            "en/sample-failure.md",
            "ja/index.html",
            "ja/search.html",
            "ja/services/sns.html",
            "ja/tags/notification.html",
            "ja/sample-failure.html",
            "ja/sample-failure.md",
        ])
    }

    @Test func patternPageLinksToItsTwin() throws {
        let files = SiteBuilder.files(for: TestCatalog.pair())
        let english = try #require(files.first { $0.path == "en/sample-failure.html" })
        let japanese = try #require(files.first { $0.path == "ja/sample-failure.html" })

        #expect(english.contents.contains(#"<a class="twin" href="../ja/sample-failure.html" hreflang="ja" lang="ja">日本語</a>"#))
        #expect(japanese.contents.contains(#"<a class="twin" href="../en/sample-failure.html" hreflang="en" lang="en">English</a>"#))
        #expect(english.contents.contains(#"<html lang="en">"#))
        #expect(japanese.contents.contains(#"<html lang="ja">"#))
    }

    @Test func everyLinkIsRelative() {
        for file in SiteBuilder.files(for: TestCatalog.pair()) where file.path.hasSuffix(".html") {
            #expect(!file.contents.contains(#"href="/"#), "\(file.path) has a root-relative link")
            #expect(!file.contents.contains(#"src="/"#), "\(file.path) has a root-relative source")
        }
    }

    @Test func rawHTMLInPatternNeverReachesPage() throws {
        let fix = """
        <script>alert("fix")</script>

        Click [here](javascript:alert(1)) or <img src=x onerror=alert(2)>.
        """
        let files = SiteBuilder.files(for: TestCatalog.pair(fix: fix))
        let page = try #require(files.first { $0.path == "en/sample-failure.html" })

        #expect(page.contents.components(separatedBy: "<script").count == page.contents.components(separatedBy: "<script src=\"../assets/").count, "only the site's own scripts")
        #expect(!page.contents.contains("alert(\"fix\")"))
        #expect(!page.contents.contains("javascript:"))
        #expect(!page.contents.contains("onerror"))
        #expect(page.contents.contains("<!-- raw HTML omitted -->"))
        #expect(page.contents.contains(#"<a href="">here</a>"#))
    }

    @Test func titleAndOwnerAreEscapedEverywhere() throws {
        // Backslash escapes keep the tags as title text instead of raw HTML that cmark drops.
        let title = #"\<script\>alert("t")\</script\> & 'quotes'"#
        let owner = #"ops "on-call" <team>"#
        let files = SiteBuilder.files(for: TestCatalog.pair(title: title, owner: owner))

        for file in files where file.path.hasSuffix(".html") {
            #expect(!file.contents.contains("<script>"), "\(file.path) contains an inline script")
            #expect(!file.contents.contains("<team>"), "\(file.path) contains the owner unescaped")
        }
        let index = try #require(files.first { $0.path == "en/index.html" })
        #expect(index.contents.contains("&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;"))
    }

    @Test func buildIsDeterministic() {
        let first = SiteBuilder.files(for: TestCatalog.pair()) + RunbookMarkdownWriter.files(for: TestCatalog.pair())
        let second = SiteBuilder.files(for: TestCatalog.pair()) + RunbookMarkdownWriter.files(for: TestCatalog.pair())

        #expect(first == second)
    }
}

@Suite struct JapaneseLineBreakTests {
    @Test func softBreakBetweenKanaIsDropped() throws {
        let fix = "キーポリシーを\n確認する。\nThen run\nthe command。"
        let files = SiteBuilder.files(for: TestCatalog.pair(fix: fix))
        let page = try #require(files.first { $0.path == "ja/sample-failure.html" })

        #expect(page.contents.contains("<p>キーポリシーを確認する。Then run\nthe command。</p>"))
    }
}

@Suite struct SitePageTests {
    @Test func checklistItemsBecomeCheckboxes() throws {
        let files = SiteBuilder.files(for: TestCatalog.pair())
        let page = try #require(files.first { $0.path == "ja/sample-failure.html" })

        #expect(page.contents.contains("<li><input type=\"checkbox\"> リソースの状態</li>"))
        #expect(!page.contents.contains("[ ]"))
    }

    @Test func checkedAndLooseItems() {
        let html = "<ul>\n<li>[x] done</li>\n<li>\n<p>[ ] open</p>\n</li>\n<li>plain [ ] text</li>\n</ul>\n"

        #expect(SiteBuilder.tickableChecklists(html) == "<ul>\n<li><input type=\"checkbox\" checked> done</li>\n<li>\n<p><input type=\"checkbox\"> open</p>\n</li>\n<li>plain [ ] text</li>\n</ul>\n")
    }

    @Test func everyPageHasContentSecurityPolicy() {
        for file in SiteBuilder.files(for: TestCatalog.pair()) where file.path.hasSuffix(".html") {
            #expect(file.contents.contains(#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'">"#), "\(file.path)")
            #expect(!file.contents.contains("<script>"), "\(file.path) has an inline script, which the policy would block")
        }
    }

    @Test func notFoundPageLinksBothLanguages() throws {
        let page = try #require(SiteBuilder.files(for: TestCatalog.pair()).first { $0.path == "404.html" })

        #expect(page.contents.contains(#"<a href="en/index.html">Failure patterns</a>"#))
        #expect(page.contents.contains(#"<a href="ja/index.html">障害パターン一覧</a>"#))
    }
}

@Suite struct SearchIndexTests {
    @Test func indexIsAScriptWithBothLanguages() throws {
        let files = SiteBuilder.files(for: TestCatalog.pair())
        let index = try #require(files.first { $0.path == "assets/search-index.js" })

        #expect(index.contents.hasPrefix("(typeof window !== \"undefined\" ? window : globalThis).RUNBOOK_SEARCH_INDEX = ["))
        #expect(index.contents.contains(#""lang":"en""#))
        #expect(index.contents.contains(#""lang":"ja""#))
        #expect(index.contents.contains(#""url":"sample-failure.html""#))
        #expect(index.contents.contains("Sample failure in {resource}: ResourceBusyException"))
    }

    @Test func plainTextJoinsJapaneseLinesWithoutSpaces() {
        #expect(SearchIndexWriter.plainText(of: "通知が届かない。\nアラーム履歴を見る。") == "通知が届かない。アラーム履歴を見る。")
    }

    @Test func plainTextDropsChecklistBoxesAndTableRules() {
        let markdown = "- [ ] Check the key\n- [x] Done\n\n| Pattern | Matches |\n| --- | :---: |\n| `ERROR` | no |"

        #expect(SearchIndexWriter.plainText(of: markdown) == "Check the key\nDone\nPattern Matches ERROR no")
    }

    @Test func plainTextKeepsBlocksApart() {
        #expect(SearchIndexWriter.plainText(of: "# Title\n\nFirst *para*.\n\n- item\n\n```\ncode line\n```") == "Title\nFirst para.\nitem\ncode line")
    }

    @Test func patternPagesHaveSearchBox() throws {
        let page = try #require(SiteBuilder.files(for: TestCatalog.pair()).first { $0.path == "ja/sample-failure.html" })

        #expect(page.contents.contains(#"<form class="search" role="search" action="search.html"><input type="search" name="q" placeholder="パターンを検索 (/ キー)""#))
        #expect(page.contents.contains(#"<script src="../assets/site.js"></script>"#))
        #expect(!page.contents.contains("search-index.js"), "only the search page loads the index")
    }
}

@Suite struct MarkdownDownloadTests {
    @Test func patternPageOffersItsMarkdown() throws {
        let files = SiteBuilder.files(for: TestCatalog.pair())
        let page = try #require(files.first { $0.path == "en/sample-failure.html" })
        let markdown = try #require(files.first { $0.path == "en/sample-failure.md" })

        #expect(page.contents.contains(#"<a href="sample-failure.md" download>Download this runbook as Markdown</a>"#))
        #expect(markdown.contents == RunbookMarkdownWriter.markdown(for: try #require(TestCatalog.pair().patterns.first), in: .english))
    }

    @Test func indexGroupsPatternsByServiceWithFilters() throws {
        let files = SiteBuilder.files(for: TestCatalog.pair())
        let english = try #require(files.first { $0.path == "en/index.html" })
        let japanese = try #require(files.first { $0.path == "ja/index.html" })

        #expect(english.contents.contains("<section class=\"service-group\">\n<h2><a href=\"services/sns.html\">SNS</a> <span class=\"service-id\">sns</span></h2>"))
        #expect(english.contents.contains(#"<li data-id="sample-failure" data-severity="medium" data-tags="notification"><a href="sample-failure.html">Sample failure</a> <span class="severity severity-medium">medium</span>"#))
        #expect(english.contents.contains(#"<form class="filters" id="filters" hidden data-count="{n} of {m} patterns shown.">"#))
        #expect(english.contents.contains(#"<option value="notification">notification</option>"#))
        #expect(japanese.contents.contains(#"<span class="severity severity-medium">中</span>"#))
        #expect(japanese.contents.contains(#"<a href="tags/notification.html">通知</a> <span class="count">1</span>"#))
        #expect(japanese.contents.contains(#"<option value="notification">通知 (notification)</option>"#))
        #expect(japanese.contents.contains(#"<a class="paste-link" href="search.html">エラーを貼り付けてランブックを探す →</a>"#))
    }

    @Test func japanesePagesNameTheCatalogsTags() throws {
        let files = SiteBuilder.files(for: TestCatalog.pair())
        let tagPage = try #require(files.first { $0.path == "ja/tags/notification.html" })
        let patternPage = try #require(files.first { $0.path == "ja/sample-failure.html" })

        #expect(tagPage.contents.contains("<h1>タグ「通知」の障害パターン</h1>"))
        #expect(patternPage.contents.contains(#"<a class="tag" href="tags/notification.html">#通知</a>"#))
        #expect(TagName.display("team-only-tag", in: .japanese) == "team-only-tag")
        #expect(TagName.display("key-policy", in: .english) == "key-policy")
    }

    @Test func everyBuiltInTagAndServiceHasAName() throws {
        let catalog = try CatalogLoader.loadBuiltIn()

        #expect(!catalog.tags.isEmpty)
        #expect(catalog.tags.filter { TagName.display($0, in: .japanese) == $0 } == [])
        #expect(catalog.services.filter { ServiceName.display($0) == $0 } == [])
    }

    @Test func serviceNamesReadAsAWSWritesThem() {
        #expect(ServiceName.display("cloudwatch-logs") == "CloudWatch Logs")
        #expect(ServiceName.display("ssm") == "Systems Manager")
        #expect(ServiceName.display("billing-batch") == "billing-batch")
        #expect(ServiceName.sorted(["sns", "acm", "cloudwatch-logs", "zeta-tool", "cloudwatch"]) == ["acm", "cloudwatch", "cloudwatch-logs", "sns", "zeta-tool"])
    }

    @Test func servicePageSitsTwoFoldersDown() throws {
        let page = try #require(SiteBuilder.files(for: TestCatalog.pair()).first { $0.path == "ja/services/sns.html" })

        #expect(page.contents.contains("<h1>SNS の障害パターン</h1>"))
        #expect(page.contents.contains(#"<a href="../sample-failure.html">サンプル障害</a>"#))
        #expect(page.contents.contains(#"<link rel="stylesheet" href="../../assets/style.css">"#))
        #expect(page.contents.contains(#"<a class="home" href="../index.html">"#))
        #expect(page.contents.contains(#"action="../search.html""#))
        #expect(page.contents.contains(#"<a class="twin" href="../../en/services/sns.html" hreflang="en" lang="en">English</a>"#))
    }

    @Test func tagPageListsTaggedPatterns() throws {
        let page = try #require(SiteBuilder.files(for: TestCatalog.pair()).first { $0.path == "en/tags/notification.html" })

        #expect(page.contents.contains("<h1>Failure patterns tagged notification</h1>"))
        #expect(page.contents.contains("<p class=\"breadcrumb\"><a href=\"../index.html\">← Failure patterns</a></p>"))
        #expect(page.contents.contains("<p>1 pattern</p>"))
        #expect(page.contents.contains(#"<a href="../sample-failure.html">Sample failure</a>"#))
    }

    @Test func patternPageLinksItsServicesAndTags() throws {
        let page = try #require(SiteBuilder.files(for: TestCatalog.pair()).first { $0.path == "en/sample-failure.html" })

        #expect(page.contents.contains(#"</h1>"# + "\n" + #"<p class="terms"><span class="severity severity-medium">medium</span> <a class="service" href="services/sns.html">sns</a> <a class="tag" href="tags/notification.html">#notification</a></p>"#))
    }

    @Test func sectionHeadingsCarryIDsForLinks() throws {
        let files = SiteBuilder.files(for: TestCatalog.pair())
        let japanese = try #require(files.first { $0.path == "ja/sample-failure.html" })
        let english = try #require(files.first { $0.path == "en/sample-failure.html" })

        #expect(japanese.contents.contains(#"<h2 id="fix">対処</h2>"#))
        #expect(english.contents.contains(#"<h2 id="fix">Fix</h2>"#))
        #expect(english.contents.contains(#"<h2 id="cause">Cause</h2>"#))
        #expect(SiteBuilder.withSectionAnchors("<h2>Notes</h2>\n<h2>Related patterns</h2>", in: .english) == "<h2>Notes</h2>\n<h2 id=\"related\">Related patterns</h2>")
    }

    @Test func patternPageListsServicesAndTagsOnlyAsLinks() throws {
        let page = try #require(SiteBuilder.files(for: TestCatalog.pair()).first { $0.path == "en/sample-failure.html" })
        let markdown = RunbookMarkdownWriter.markdown(for: TestCatalog.pair().patterns[0], in: .english)

        #expect(!page.contents.contains("<strong>Services:</strong>"))
        #expect(!page.contents.contains("<strong>Tags:</strong>"))
        #expect(page.contents.contains("<strong>Severity:</strong>"))
        #expect(markdown.contains("- **Services:** sns"))
    }

    @Test func patternPageHasTableOfContents() throws {
        let files = SiteBuilder.files(for: TestCatalog.pair())
        let japanese = try #require(files.first { $0.path == "ja/sample-failure.html" })

        #expect(japanese.contents.contains(#"<nav class="toc" aria-label="このページの内容"><ol>"#))
        #expect(japanese.contents.contains(##"<li><a href="#fix">対処</a></li>"##))
        #expect(japanese.contents.components(separatedBy: "<nav class=\"toc\"").count == 2)
    }

    @Test func searchPageCarriesThePasteBoxMessagesInItsLanguage() throws {
        let files = SiteBuilder.files(for: TestCatalog.pair())
        let japanese = try #require(files.first { $0.path == "ja/search.html" })
        let english = try #require(files.first { $0.path == "en/search.html" })

        #expect(japanese.contents.contains(#"data-why-likely="シグネチャの {total} 個の部分のうち {found} 個が順番どおりに見つかり、食い違う部分はありません。""#))
        #expect(japanese.contents.contains(#"data-fix="対処へ →""#))
        #expect(english.contents.contains(#"data-count="{n} patterns found." data-count-one="1 pattern found.""#))
        #expect(english.contents.contains(#"data-why-interrupted="Every part of the signature was found in order, with other text between some parts.""#))
        #expect(japanese.contents.contains(#"<noscript><p class="noscript">検索と貼り付け欄には JavaScript が必要ですが"#))
        #expect(english.contents.contains(#"data-closest="The closest pattern, {title}, is not a trusted match (score {score}).""#))
        #expect(english.contents.contains(#"data-closest-contradicted="The closest pattern, {title}, does not fit: the paste has “{found}” where its signature has “{expected}”.""#))
    }

    @Test func pagesCarryCopyLabelsInTheirLanguage() throws {
        let files = SiteBuilder.files(for: TestCatalog.pair())
        let japanese = try #require(files.first { $0.path == "ja/sample-failure.html" })
        let english = try #require(files.first { $0.path == "en/sample-failure.html" })

        #expect(japanese.contents.contains(#"<body data-copy="コピー" data-copied="コピーしました" data-selected="選択しました。Ctrl+C でコピー">"#))
        #expect(english.contents.contains(#"<body data-copy="Copy" data-copied="Copied" data-selected="Selected: press Ctrl+C">"#))
    }

    @Test func sitemapListsPagesWithTwinsOnlyWhenBaseURLIsGiven() throws {
        let without = SiteBuilder.files(for: TestCatalog.pair())
        let with = SiteBuilder.files(for: TestCatalog.pair(), baseURL: "https://docs.example.com/a&b/")
        let sitemap = try #require(with.first { $0.path == "sitemap.xml" })

        #expect(!without.contains { $0.path == "sitemap.xml" })
        #expect(sitemap.contents.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""))
        #expect(sitemap.contents.contains(
            "<url><loc>https://docs.example.com/a&amp;b/ja/sample-failure.html</loc><lastmod>2026-12-01</lastmod>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://docs.example.com/a&amp;b/en/sample-failure.html\"/>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"ja\" href=\"https://docs.example.com/a&amp;b/ja/sample-failure.html\"/></url>\n"
        ))
        #expect(sitemap.contents.contains("<url><loc>https://docs.example.com/a&amp;b/en/services/sns.html</loc></url>\n"))
        #expect(sitemap.contents.contains("<url><loc>https://docs.example.com/a&amp;b/index.html</loc></url>\n"))
        #expect(!sitemap.contents.contains("404.html"))
        #expect(sitemap.contents.components(separatedBy: "<url>").count - 1 == with.filter { $0.path.hasSuffix(".html") }.count - 1)
    }

    @Test func siteTitleNamesEveryPage() throws {
        let files = SiteBuilder.files(for: TestCatalog.pair(), siteTitle: "ACME <Ops> 障害対応")
        let pages = files.filter { $0.path.hasSuffix(".html") }
        let landing = try #require(files.first { $0.path == "index.html" })

        #expect(pages.allSatisfy { $0.contents.contains(#"<a class="home" href=""#) && $0.contents.contains(">ACME &lt;Ops&gt; 障害対応</a>") })
        #expect(pages.allSatisfy { $0.contents.contains(" - ACME &lt;Ops&gt; 障害対応</title>") })
        #expect(landing.contents.contains("<h1>ACME &lt;Ops&gt; 障害対応</h1>"))
        #expect(!pages.contains { $0.contents.contains(">Runbook</a>") })
    }

    @Test func notFoundPageLinksAbsolutelyWithBaseURL() throws {
        let files = SiteBuilder.files(for: TestCatalog.pair(), baseURL: "https://docs.example.com/ops/")
        let page = try #require(files.first { $0.path == "404.html" })

        // Hosts serve this page at any missing address, such as /ops/ja/services/gone.html.
        #expect(page.contents.contains(#"<link rel="stylesheet" href="https://docs.example.com/ops/assets/style.css">"#))
        #expect(page.contents.contains(#"<a href="https://docs.example.com/ops/ja/index.html">障害パターン一覧</a>"#))
        #expect(page.contents.contains(#"<a class="home" href="https://docs.example.com/ops/index.html">"#))
    }
}
