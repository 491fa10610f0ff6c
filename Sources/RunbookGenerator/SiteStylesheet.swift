/// The site's one stylesheet: a readable column, system fonts with Japanese fallbacks, and a
/// dark scheme that follows the reader's setting.
enum SiteStylesheet {
    static let css = """
    :root { color-scheme: light dark; --text: #1d1f21; --muted: #5c6166; --bg: #ffffff; --code-bg: #f3f4f6; --accent: #0b5cad; }
    @media (prefers-color-scheme: dark) {
      :root { --text: #e6e6e6; --muted: #a0a4a8; --bg: #15171a; --code-bg: #22252a; --accent: #6cb2ff; }
    }
    body { margin: 0; background: var(--bg); color: var(--text);
      font: 16px/1.7 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", sans-serif; }
    main { max-width: 48rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
    .site-header { display: flex; justify-content: space-between; align-items: center;
      max-width: 48rem; margin: 0 auto; padding: 0.75rem 1.25rem; border-bottom: 1px solid var(--code-bg); }
    .site-header .home { font-weight: 600; text-decoration: none; }
    a { color: var(--accent); }
    h1 { font-size: 1.6rem; line-height: 1.35; }
    h2 { margin-top: 2rem; border-bottom: 1px solid var(--code-bg); }
    pre, code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; }
    pre { background: var(--code-bg); padding: 0.75rem 1rem; overflow-x: auto; border-radius: 6px; }
    code { background: var(--code-bg); padding: 0.1em 0.3em; border-radius: 4px; }
    pre code { background: none; padding: 0; }
    pre code.language-text { white-space: pre-wrap; overflow-wrap: anywhere; }
    .pattern-list li { margin: 0.4rem 0; }
    .site-header .search input { font: inherit; padding: 0.25rem 0.5rem; width: 14rem; max-width: 40vw; }
    .search-results li { margin: 0.8rem 0; }
    .paste textarea { width: 100%; box-sizing: border-box; font: 0.9em ui-monospace, Menlo, Consolas, monospace; }
    .paste label { display: block; font-weight: 600; margin-bottom: 0.3rem; }
    #paste-result { margin: 0.6rem 0 1.2rem; }
    #paste-result pre { white-space: pre-wrap; overflow-wrap: anywhere; }
    .search-results p { margin: 0.2rem 0; color: var(--muted); font-size: 0.92em; }
    mark { background: #ffe58a; color: inherit; }
    @media (prefers-color-scheme: dark) { mark { background: #705c00; } }
    li:has(> input[type=checkbox]), li:has(> p > input[type=checkbox]) { list-style: none; margin-left: -1.4em; }
    input[type=checkbox] { width: 1.1em; height: 1.1em; vertical-align: -0.15em; margin-right: 0.4em; }
    .severity { font-size: 0.8em; padding: 0.05em 0.45em; border-radius: 4px; border: 1px solid currentColor; }
    .severity-critical, .severity-high { color: #c62828; }
    .services { color: var(--muted); font-size: 0.9em; }
    @media print { .site-header nav { display: none; } pre { white-space: pre-wrap; } }

    """
}
