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
    .site-header nav { margin-left: auto; margin-right: 1.25rem; }
    a { color: var(--accent); }
    h1 { font-size: 1.6rem; line-height: 1.35; }
    h2 { margin-top: 2rem; border-bottom: 1px solid var(--code-bg); }
    pre, code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; }
    pre { background: var(--code-bg); padding: 0.75rem 1rem; overflow-x: auto; border-radius: 6px; }
    code { background: var(--code-bg); padding: 0.1em 0.3em; border-radius: 4px; overflow-wrap: anywhere; }
    main { overflow-wrap: break-word; }
    pre code { background: none; padding: 0; overflow-wrap: normal; }
    pre code.language-text { white-space: pre-wrap; overflow-wrap: anywhere; }
    .pattern-list li { margin: 0.4rem 0; }
    .site-header .search input { font: inherit; padding: 0.25rem 0.5rem; width: 14rem; max-width: 40vw; }
    .search-results li { margin: 0.8rem 0; }
    .paste textarea { width: 100%; box-sizing: border-box; font: 0.9em ui-monospace, Menlo, Consolas, monospace; }
    .paste label { display: block; font-weight: 600; margin-bottom: 0.3rem; }
    #paste-result { margin: 0.6rem 0 1.2rem; }
    #paste-result pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.3rem 0; }
    #paste-result p { margin: 0.3rem 0; }
    .paste-match { margin: 0.8rem 0; padding: 0.6rem 1rem 0.8rem; border: 1px solid var(--code-bg); border-left: 4px solid var(--accent); border-radius: 6px; }
    .paste-match .paste-title { font-size: 1.1em; font-weight: 600; }
    .paste-match .summary { margin-top: 0.5rem; }
    .paste-match .paste-label { color: var(--muted); font-size: 0.85em; margin-top: 0.6rem; }
    .search-results p { margin: 0.2rem 0; color: var(--muted); font-size: 0.92em; }
    mark { background: #ffe58a; color: inherit; }
    @media (prefers-color-scheme: dark) { mark { background: #705c00; } .severity-medium { color: #e0a040; } .severity-critical, .severity-high { color: #ff7b72; } }
    li:has(> input[type=checkbox]), li:has(> p > input[type=checkbox]) { list-style: none; }
    li:has(> input[type=checkbox]), li > p:has(> input[type=checkbox]) { position: relative; }
    input[type=checkbox] { width: 1.1em; height: 1.1em; vertical-align: -0.15em; margin-right: 0.4em; }
    li > input[type=checkbox], li > p > input[type=checkbox] { position: absolute; left: -1.6em; top: 0.3em; margin: 0; }
    .severity { font-size: 0.8em; padding: 0.05em 0.45em; border-radius: 4px; border: 1px solid currentColor; }
    .severity-critical, .severity-high { color: #c62828; }
    .services { color: var(--muted); font-size: 0.9em; }
    .languages { list-style: none; padding: 0; }
    .languages li { margin: 0.8rem 0; padding: 0.8rem 1rem; border: 1px solid var(--code-bg); border-radius: 8px; }
    .languages li a { font-size: 1.2rem; font-weight: 600; margin-right: 0.6rem; }
    .languages li span { color: var(--muted); }
    .languages li.preferred { border-color: var(--accent); }
    .preferred-note { display: block; font-size: 0.85em; }
    .filters { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: center; margin: 1rem 0;
      padding: 0.6rem 1rem; background: var(--code-bg); border-radius: 8px; }
    .filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.2rem 0.8rem; align-items: center; }
    .filters legend { float: left; margin-right: 0.6rem; font-weight: 600; }
    .filters label { white-space: nowrap; }
    .filters select { font: inherit; margin-left: 0.3rem; min-width: 0; max-width: 100%; }
    .filters .tag-filter { display: flex; align-items: center; max-width: 100%; min-width: 0; }
    .filters button { font: inherit; font-size: 0.9em; padding: 0.1rem 0.7rem; }
    #filter-status { flex-basis: 100%; margin: 0; color: var(--muted); font-size: 0.9em; }
    #filter-status:empty { display: none; }
    .service-group h2 a { text-decoration: none; color: inherit; }
    .service-id { font: 0.55em ui-monospace, Menlo, Consolas, monospace; color: var(--muted); margin-left: 0.5rem; font-weight: normal; }
    .breadcrumb { margin: 0; font-size: 0.9em; }
    .breadcrumb a { text-decoration: none; }
    .paste-link { display: inline-block; padding: 0.5rem 1rem; border: 1px solid var(--accent); border-radius: 8px;
      text-decoration: none; font-weight: 600; }
    .terms ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; }
    .terms .count, .terms.count { color: var(--muted); font-size: 0.85em; }
    p.terms { display: flex; flex-wrap: wrap; gap: 0.3rem 0.8rem; align-items: center; margin-top: -0.4rem; }
    p.terms a { text-decoration: none; font-size: 0.9em; }
    .severity-medium { color: #a15c00; }
    .severity-low { color: var(--muted); }
    pre { position: relative; padding-right: 4.5rem; line-height: 1.5; }
    pre code { font-size: 1em; }
    h1, h2 { text-wrap: balance; }
    h2[id] { scroll-margin-top: 1rem; }
    :lang(ja) { line-break: strict; }
    :lang(ja) h1, :lang(ja) h2, :lang(ja) .paste-title { word-break: auto-phrase; }
    .toc { margin: 1.2rem 0; padding: 0.5rem 1rem; background: var(--code-bg); border-radius: 8px; font-size: 0.92em; }
    .toc ol { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 0.2rem 1.1rem; }
    .toc a { text-decoration: none; }
    .noscript { padding: 0.6rem 1rem; border: 1px solid var(--muted); border-radius: 6px; }
    pre .copy { position: absolute; top: 0.4rem; right: 0.4rem; font: 0.75rem system-ui, sans-serif; padding: 0.15rem 0.5rem;
      color: var(--text); background: var(--bg); border: 1px solid var(--muted); border-radius: 4px; cursor: pointer; opacity: 0.75; }
    pre .copy:hover, pre .copy:focus { opacity: 1; }
    @media (max-width: 40rem) {
      .site-header { flex-wrap: wrap; gap: 0.5rem; }
      .site-header .search input { width: 100%; max-width: none; }
      .site-header .search { flex-basis: 100%; }
    }
    @media print { .site-header nav, .site-header .search, .filters, pre .copy, .toc { display: none; } pre { white-space: pre-wrap; } }

    """
}
