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
            "en/index.html",
            "en/sample-failure.html",
            "ja/index.html",
            "ja/sample-failure.html",
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

        #expect(!page.contents.contains("<script"))
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
            #expect(!file.contents.contains("<script"), "\(file.path) contains a script tag")
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
            #expect(file.contents.contains(#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'">"#), "\(file.path)")
            #expect(!file.contents.contains("<script"), "\(file.path)")
        }
    }

    @Test func notFoundPageLinksBothLanguages() throws {
        let page = try #require(SiteBuilder.files(for: TestCatalog.pair()).first { $0.path == "404.html" })

        #expect(page.contents.contains(#"<a href="en/index.html">Failure patterns</a>"#))
        #expect(page.contents.contains(#"<a href="ja/index.html">障害パターン一覧</a>"#))
    }
}
