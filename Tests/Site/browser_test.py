#!/usr/bin/env python3
"""Opens the built site in headless Chromium from file:// and checks what a reader does there:
pasting the Japanese seed error into the paste box finds the KMS pattern, and a Japanese and
an English full-text query find their patterns. Screenshots of the landing page, a pattern page
and a search result are saved for review.

Usage: browser_test.py SITE_DIR SCREENSHOT_DIR
Chromium listens for the DevTools protocol on 127.0.0.1 only, and is stopped at the end.
"""
import base64
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

import websocket

SEED_ID = "cloudwatch-alarm-sns-kms-access-denied"
JAPANESE_PASTE = (
    "アクション arn:aws:sns:ap-northeast-1:123456789012:alarm-notify の実行に失敗しました。"
    "エラーが発生しました: “null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; "
    "Request ID: 4f6c1a2e-9b7d-4c1e-8a53-0d2e6b7f9c10;Proxy: null)”"
)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Browser:
    def __init__(self):
        self.port = free_port()
        self.profile = tempfile.mkdtemp(prefix="runbook-chromium-")
        self.process = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-address=127.0.0.1",
             f"--remote-debugging-port={self.port}", f"--user-data-dir={self.profile}",
             "--window-size=1000,1400", "--lang=ja-JP", "--accept-lang=ja-JP,ja,en", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        self.socket = websocket.create_connection(self.page_socket_url(), timeout=30)
        self.next_id = 0
        self.call("Page.enable")
        self.call("Runtime.enable")

    def page_socket_url(self):
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/json", timeout=2) as response:
                    pages = [page for page in json.load(response) if page.get("type") == "page"]
                    if pages:
                        return pages[0]["webSocketDebuggerUrl"]
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("Chromium did not open its DevTools port in 30 s")

    def call(self, method, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def open(self, url):
        self.call("Page.navigate", url=url)
        deadline = time.time() + 20
        while time.time() < deadline:
            if self.evaluate("document.readyState") == "complete":
                return
            time.sleep(0.1)
        raise RuntimeError(f"{url} did not finish loading in 20 s")

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    def screenshot(self, path):
        data = self.call("Page.captureScreenshot", format="png")["data"]
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))

    def close(self):
        try:
            self.socket.close()
        finally:
            self.process.terminate()
            self.process.wait(timeout=10)


def main():
    site, screenshots = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    os.makedirs(screenshots, exist_ok=True)
    url = lambda path: "file://" + urllib.parse.quote(os.path.join(site, path))
    failures = []
    checks = 0

    def check(condition, description):
        nonlocal checks
        checks += 1
        print(("ok    " if condition else "FAIL  ") + description)
        if not condition:
            failures.append(description)

    browser = Browser()
    try:
        browser.open(url("index.html"))
        browser.screenshot(os.path.join(screenshots, "landing.png"))
        check(browser.evaluate("document.querySelectorAll('a[hreflang]').length") == 2, "landing page links both languages")
        check(browser.evaluate("document.querySelector('ul.languages li').getAttribute('lang') + ' ' + document.querySelector('ul.languages li').className") == "ja preferred",
              "landing page puts the browser's language, Japanese, first and marks it")

        browser.open(url("en/index.html"))
        total = browser.evaluate("new Set(Array.from(document.querySelectorAll('.service-group li[data-id]')).map(li => li.dataset.id)).size")
        browser.evaluate(
            "(() => { const form = document.getElementById('filters');"
            " form.querySelectorAll('input[name=severity]').forEach(box => { box.checked = ['critical', 'high'].includes(box.value); });"
            " form.querySelector('select[name=tag]').value = 'key-policy'; form.dispatchEvent(new Event('change')); })()"
        )
        shown = browser.evaluate(
            "Array.from(new Set(Array.from(document.querySelectorAll('.service-group li[data-id]')).filter(li => !li.hidden && li.offsetParent !== null)"
            ".map(li => li.dataset.id + ':' + li.dataset.severity + ':' + li.dataset.tags)))"
        ) or []
        status = browser.evaluate("document.getElementById('filter-status').textContent") or ""
        browser.screenshot(os.path.join(screenshots, "index-filtered-en.png"))
        check(0 < len(shown) < total and all(s.split(":")[1] in ("critical", "high") and "key-policy" in s.split(":")[2].split() for s in shown),
              "index filters show only high-severity patterns tagged key-policy")
        check(status == f"{len(shown)} of {total} patterns shown.", "index filters say how many patterns they show")
        browser.evaluate("document.querySelector('#filters button[type=reset]').click()")
        time.sleep(0.2)
        visible = browser.evaluate("Array.from(document.querySelectorAll('.service-group li[data-id]')).filter(li => !li.hidden).length")
        check(visible == browser.evaluate("document.querySelectorAll('.service-group li[data-id]').length"), "the reset button shows every pattern again")

        browser.open(url("ja/services/kms.html"))
        check(browser.evaluate(f"!!document.querySelector('.pattern-list a[href=\"../{SEED_ID}.html\"]')"),
              "the Japanese kms service page links the seed pattern")

        browser.open(url(f"ja/{SEED_ID}.html"))
        browser.screenshot(os.path.join(screenshots, "pattern-ja.png"))
        check(browser.evaluate("getComputedStyle(document.body).fontFamily.length > 0 && document.styleSheets.length") == 1,
              "pattern page loads its stylesheet under the Content-Security-Policy")
        check(browser.evaluate("document.querySelectorAll('article pre button.copy').length === document.querySelectorAll('article pre').length"),
              "every code block of the pattern page has a copy button")
        browser.evaluate("document.querySelector('article pre button.copy').click()")
        time.sleep(0.5)
        copied = browser.evaluate(
            "document.querySelector('article pre button.copy').textContent === 'コピーしました'"
            " || (getSelection().toString().trim() === document.querySelector('article pre code').textContent.trim()"
            " && document.querySelector('article pre button.copy').textContent === '選択しました。Ctrl+C でコピー')"
        )
        check(copied, "the copy button copies the block, or selects it where the clipboard is closed")

        browser.open(url("ja/search.html"))
        browser.evaluate(
            "(() => { const box = document.getElementById('paste-input'); box.value = " + json.dumps(JAPANESE_PASTE)
            + "; box.dispatchEvent(new Event('input')); })()"
        )
        first = browser.evaluate("(document.querySelector('#paste-result a') || {}).getAttribute ? document.querySelector('#paste-result a').getAttribute('href') : null")
        text = browser.evaluate("document.getElementById('paste-result').textContent") or ""
        browser.screenshot(os.path.join(screenshots, "paste-ja.png"))
        check(first == f"{SEED_ID}.html", "Japanese seed paste finds the KMS pattern in the paste box")
        check("(完全一致、スコア 1.00)" in text, "paste box shows the exact confidence in Japanese")
        fix = browser.evaluate("Array.from(document.querySelectorAll('#paste-result a')).map(a => a.getAttribute('href'))") or []
        check(f"{SEED_ID}.html#fix" in fix and "シグネチャのすべての部分が順番どおりに見つかりました。" in text,
              "paste box says why it matched and links to the fix")

        # Without its middle phrase and its tail the paste is no trusted match. The CLI then
        # names the closest pattern, so the paste box must name it too.
        partial = JAPANESE_PASTE.replace("エラーが発生しました: ", "").replace(";Proxy: null", "")
        browser.evaluate(
            "(() => { const box = document.getElementById('paste-input'); box.value = " + json.dumps(partial)
            + "; box.dispatchEvent(new Event('input')); })()"
        )
        text = browser.evaluate("document.getElementById('paste-result').textContent") or ""
        closest = browser.evaluate("(document.querySelector('#paste-result a') || {}).getAttribute ? document.querySelector('#paste-result a').getAttribute('href') : null")
        browser.screenshot(os.path.join(screenshots, "paste-none-ja.png"))
        check(text.startswith("このエラーに当てはまる既知の障害パターンはありません。") and "最も近いパターン" in text and closest == f"{SEED_ID}.html",
              "paste box without a match names the closest pattern")

        query = urllib.parse.quote("カスタマーマネージドキー アラーム")
        browser.open(url("ja/search.html") + "?q=" + query)
        browser.screenshot(os.path.join(screenshots, "search-ja.png"))
        ids = browser.evaluate("Array.from(document.querySelectorAll('#search-results a')).slice(0, 3).map(a => a.getAttribute('href'))") or []
        check(f"{SEED_ID}.html" in ids, "Japanese full-text query finds the KMS pattern in the first three results")

        browser.open(url("en/search.html") + "?q=" + urllib.parse.quote("ExpiredToken security token expired"))
        ids = browser.evaluate("Array.from(document.querySelectorAll('#search-results a')).slice(0, 3).map(a => a.getAttribute('href'))") or []
        check("sts-expired-token.html" in ids, "English full-text query finds the ExpiredToken pattern in the first three results")

        browser.open(url("en/search.html") + "?q=KMS")
        shown = browser.evaluate("document.querySelectorAll('#search-results li').length")
        status = browser.evaluate("document.getElementById('search-status').textContent") or ""
        found = int(status.split()[0]) if status.split() and status.split()[0].isdigit() else 0
        check(shown == 30 and found > 30, "a query with many matches lists 30 and counts them all")

        browser.open(url("en/search.html") + "?q=CannotPullContainerError")
        shown = browser.evaluate("document.querySelectorAll('#search-results li').length")
        status = browser.evaluate("document.getElementById('search-status').textContent") or ""
        check(shown == 1 and status == "1 pattern found.", "a single result is counted in the singular")

        # At phone width no page may scroll sideways: long ARNs and error codes must wrap.
        browser.call("Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=1, mobile=False)
        wide = []
        for language in ("en", "ja"):
            for name in sorted(os.listdir(os.path.join(site, language))):
                if not name.endswith(".html"):
                    continue
                browser.open(url(f"{language}/{name}"))
                if browser.evaluate("document.documentElement.scrollWidth > window.innerWidth"):
                    wide.append(f"{language}/{name}")
        browser.open(url("en/iam-explicit-deny-scp.html"))
        browser.screenshot(os.path.join(screenshots, "pattern-phone-en.png"))
        browser.call("Emulation.clearDeviceMetricsOverride")
        check(not wide, "no page scrolls sideways at phone width" + (f" ({len(wide)}: {', '.join(wide[:5])})" if wide else ""))
    finally:
        browser.close()

    print(f"{checks - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
