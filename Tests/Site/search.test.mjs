// Tests the site's search script on a built site: SITE_DIR must name the site folder that
// `runbook build` wrote. The script and index run as a browser would load them, as plain scripts.
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";

const site = process.env.SITE_DIR;
assert.ok(site, "set SITE_DIR to the site folder of a build");

const context = vm.createContext({});
for (const name of ["search-index.js", "site.js"]) {
  vm.runInContext(fs.readFileSync(path.join(site, "assets", name), "utf8"), context, { filename: name });
}
const search = context.RunbookSearch;
const index = search.prepare(context.RUNBOOK_SEARCH_INDEX);
// Values made inside the script's context have that context's Array prototype, which strict
// deep equality rejects, so results are copied into plain values first.
const plain = (value) => JSON.parse(JSON.stringify(value));
const ids = (query, language) => plain(search.search(index, query, language, 5).map((result) => result.document.id));

test("index has every pattern in both languages", () => {
  const entries = context.RUNBOOK_SEARCH_INDEX;
  assert.equal(entries.filter((entry) => entry.lang === "en").length, 56);
  assert.equal(entries.filter((entry) => entry.lang === "ja").length, 56);
});

test("English query finds the KMS alarm pattern first", () => {
  assert.equal(ids("alarm notification KMS key policy cloudwatch.amazonaws.com", "en")[0], "cloudwatch-alarm-sns-kms-access-denied");
});

test("Japanese query without spaces finds its pattern", () => {
  assert.ok(ids("一時的な認証情報の有効期限", "ja").includes("sts-expired-token"));
  assert.ok(ids("カスタマーマネージドキー アラーム", "ja").includes("cloudwatch-alarm-sns-kms-access-denied"));
});

test("results stay in the page's language", () => {
  for (const result of search.search(index, "KMS", "ja", 30)) {
    assert.equal(result.document.lang, "ja");
  }
});

test("every short query term must occur", () => {
  assert.deepEqual(ids("ExpiredToken zzzunknownword", "en"), []);
});

test("snippet marks query words and keeps the text", () => {
  const cut = search.snippet("The KMS key policy does not allow CloudWatch.", "kms policy", 70);
  assert.deepEqual(plain(cut.segments.filter((segment) => segment.mark).map((segment) => segment.text)), ["KMS", "policy"]);
  assert.equal(cut.segments.map((segment) => segment.text).join(""), "The KMS key policy does not allow CloudWatch.");
});

test("markup in a query stays text", () => {
  const cut = search.snippet("a <b>bold</b> claim", "<b>", 70);
  assert.equal(cut.segments.find((segment) => segment.mark).text, "<b>");
  assert.deepEqual(ids("<script>alert(1)</script>", "en"), []);
});

test("landing page prefers the first browser language the site has", () => {
  const available = ["en", "ja"];
  assert.equal(search.preferredLanguage(available, ["ja-JP", "en-US"]), "ja");
  assert.equal(search.preferredLanguage(available, ["fr-FR", "EN-gb", "ja"]), "en");
  assert.equal(search.preferredLanguage(available, ["de-DE"]), null);
  assert.equal(search.preferredLanguage(available, []), null);
});

test("a word in most pages still scores above zero", () => {
  // "kms" occurs in more than half of the English pages. Counting its pages over both languages
  // against one language's total once made its weight negative, so that more mentions ranked
  // lower.
  const results = search.search(index, "KMS", "en", 100);
  assert.ok(results.length > 28);
  for (const result of results) {
    assert.ok(result.score > 0, `${result.document.id} scored ${result.score}`);
  }
  const mentions = (result) => (result.document.title + " " + result.document.text).split(/kms/i).length - 1;
  assert.ok(mentions(results[0]) > mentions(results[results.length - 1]), "pages that mention KMS often rank first");
});

test("count covers every match, beyond the shown limit", () => {
  const all = search.search(index, "KMS", "en", Infinity);
  assert.ok(all.length > 30);
  assert.equal(search.search(index, "KMS", "en", 30).length, 30);
});

test("word prefix finds whole words", () => {
  assert.ok(ids("throttl", "en").includes("aws-api-rate-exceeded-throttling"));
  assert.ok(ids("encrypt topic", "en").includes("cloudwatch-alarm-sns-kms-access-denied"));
});

test("the word being typed also finds longer words", () => {
  assert.ok(ids("rate exceed", "en").includes("aws-api-rate-exceeded-throttling"));
});

test("finished known words do not expand", () => {
  const entries = [
    { id: "whole", lang: "en", title: "Alpha", text: "the key was denied", url: "whole.html", services: [] },
    { id: "longer", lang: "en", title: "Beta", text: "the keys were denied", url: "longer.html", services: [] },
  ];
  const small = search.prepare(entries);
  assert.deepEqual(plain(search.search(small, "key ", "en", 5).map((result) => result.document.id)), ["whole"]);
  assert.deepEqual(plain(search.search(small, "key", "en", 5).map((result) => result.document.id)), ["whole", "longer"]);
  assert.deepEqual(plain(search.search(small, "wer", "en", 5).map((result) => result.document.id)), ["longer"]);
});

test("cut snippet starts at a word", () => {
  const text = "Alphabetical words fill this sentence before the interesting policy word appears near the end of it all.";
  const cut = search.snippet(text, "policy", 30);
  assert.ok(cut.prefix);
  assert.match(cut.segments[0].text, /^\S/);
  assert.ok(text.includes(" " + cut.segments.map((segment) => segment.text).join("") + " "));
  assert.ok(cut.suffix);
});

test("Japanese phrase marks the parts a page has", () => {
  const cut = search.snippet("アラームの状態は変わっているのに、通知メールが誰にも届かない。", "通知が届かない", 70);
  const marked = plain(cut.segments.filter((segment) => segment.mark).map((segment) => segment.text));
  assert.deepEqual(marked, ["通知", "届かない"]);
});
