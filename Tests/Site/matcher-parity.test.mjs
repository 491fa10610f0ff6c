// Checks that the site's matcher script gives the same top match as `runbook match` on every
// labelled case of Tests/Evaluation/cases.jsonl.
//
// Environment:
//   SITE_DIR     the site folder that `runbook build` wrote (required). The test reads
//                assets/matcher-index.js from it.
//   MATCHER_JS   the matcher script. Default: SITE_DIR/assets/matcher.js.
//   RUNBOOK_BIN  the CLI that gives the reference results. Default: .build/debug/runbook in
//                the repository. It must be built from the same catalog as the site.
import test from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const site = process.env.SITE_DIR;
assert.ok(site, "set SITE_DIR to the site folder of a build");
const matcherPath = process.env.MATCHER_JS || path.join(site, "assets", "matcher.js");
const runbook = process.env.RUNBOOK_BIN || path.join(repository, ".build", "debug", "runbook");
assert.ok(fs.existsSync(matcherPath), `matcher script not found at ${matcherPath}; set MATCHER_JS`);
assert.ok(fs.existsSync(runbook), `runbook binary not found at ${runbook}; build it or set RUNBOOK_BIN`);

// Both files run as a browser loads them, as plain scripts in one global scope.
const context = vm.createContext({});
vm.runInContext(fs.readFileSync(path.join(site, "assets", "matcher-index.js"), "utf8"), context, { filename: "matcher-index.js" });
vm.runInContext(fs.readFileSync(matcherPath, "utf8"), context, { filename: "matcher.js" });
const matcher = context.RunbookMatcher;
const index = context.RUNBOOK_MATCHER_INDEX;

const confidenceRank = { exact: 2, likely: 1, weak: 0 };

// Returns the first of `matches` by confidence, then score as `--json` rounds it (three
// decimals), then id, so that both sides are ranked from the same rounded values.
function best(matches) {
  const ranked = matches.map((entry) => ({ id: entry.id, confidence: entry.confidence, score: Math.round(entry.score * 1000) / 1000 }));
  ranked.sort((a, b) => {
    if (a.confidence !== b.confidence) {
      return confidenceRank[b.confidence] - confidenceRank[a.confidence];
    }
    if (a.score !== b.score) {
      return b.score - a.score;
    }
    return a.id < b.id ? -1 : 1;
  });
  return ranked.length > 0 ? ranked[0] : null;
}

// Runs `runbook match --json` on `paste` and returns its matches, each with the parts found
// and missing when `explain` is set. The CLI rejects a paste of only whitespace as a usage
// error, and that paste has no match.
function cliMatches(paste, { explain = false } = {}) {
  if (/^\p{White_Space}*$/u.test(paste)) {
    return [];
  }
  const run = spawnSync(runbook, ["match", "--json", ...(explain ? ["--explain"] : [])], { input: paste, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  assert.equal(run.error, undefined, `${runbook} failed to start: ${run.error}`);
  // Exit code 0 means a match and 1 means none. Any other code is a usage or catalog error.
  assert.ok(run.status === 0 || run.status === 1, `runbook match exited with ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout).matches;
}

const cases = fs.readFileSync(path.join(repository, "Tests", "Evaluation", "cases.jsonl"), "utf8")
  .split("\n")
  .map((line, offset) => ({ line: offset + 1, text: line }))
  .filter((entry) => entry.text.trim() !== "")
  .map((entry) => ({ line: entry.line, paste: JSON.parse(entry.text).text }));

const outcomes = cases.map((entry) => {
  const swift = cliMatches(entry.paste);
  const script = JSON.parse(JSON.stringify(matcher.match(index, entry.paste)));
  return { line: entry.line, swift, script, swiftBest: best(swift), scriptBest: best(script) };
});

// Variants of each case reach rules that the cases themselves rarely reach. One variant has a
// line break before every 40th code point, which splits words, starts lines and joins Japanese
// lines. The other keeps the first 60% of the code points, so that the paste is cut at the end.
const variants = cases.flatMap((entry) => {
  const codePoints = Array.from(entry.paste);
  const wrapped = codePoints.map((character, offset) => (offset > 0 && offset % 40 === 0 ? "\n" : "") + character).join("");
  const cut = codePoints.slice(0, Math.ceil(codePoints.length * 0.6)).join("");
  return [
    { line: entry.line, kind: "wrapped", paste: wrapped },
    { line: entry.line, kind: "cut", paste: cut },
  ];
}).map((variant) => {
  const swift = cliMatches(variant.paste);
  const script = JSON.parse(JSON.stringify(matcher.match(index, variant.paste)));
  return { ...variant, swiftBest: best(swift), scriptBest: best(script) };
});

const describe = (entry) => (entry === null ? "no match" : `${entry.id} (${entry.confidence} ${entry.score})`);

test("labelled cases cover the catalog", () => {
  assert.equal(cases.length, 154);
});

test("top match agrees with the CLI on every case", () => {
  const differing = outcomes.filter((outcome) => (outcome.swiftBest?.id ?? null) !== (outcome.scriptBest?.id ?? null));
  for (const outcome of differing) {
    console.log(`cases.jsonl:${outcome.line}: runbook match gives ${describe(outcome.swiftBest)}, the script gives ${describe(outcome.scriptBest)}`);
  }
  console.log(`top match identical on ${outcomes.length - differing.length} of ${outcomes.length} cases`);
  assert.deepEqual(differing.map((outcome) => outcome.line), []);
});

test("top match agrees on wrapped and cut variants", () => {
  const differing = variants.filter((variant) => (variant.swiftBest?.id ?? null) !== (variant.scriptBest?.id ?? null));
  for (const variant of differing) {
    console.log(`cases.jsonl:${variant.line} ${variant.kind}: runbook match gives ${describe(variant.swiftBest)}, the script gives ${describe(variant.scriptBest)}`);
  }
  console.log(`top match identical on ${variants.length - differing.length} of ${variants.length} variants`);
  assert.deepEqual(differing.map((variant) => `${variant.line} ${variant.kind}`), []);
});

test("all matches agree with the CLI on every case", () => {
  const summary = (matches) => matches.map((entry) => `${entry.id} ${entry.confidence} ${(Math.round(entry.score * 1000) / 1000).toFixed(3)}`);
  const differing = outcomes.filter((outcome) => JSON.stringify(summary(outcome.swift)) !== JSON.stringify(summary(outcome.script)));
  for (const outcome of differing) {
    console.log(`cases.jsonl:${outcome.line}: runbook match gives [${summary(outcome.swift).join(", ")}], the script gives [${summary(outcome.script).join(", ")}]`);
  }
  assert.deepEqual(differing.map((outcome) => outcome.line), []);
});

test("found and missing parts match the CLI", () => {
  // The paste box prints these counts and parts as `runbook match` prints its "Why" line.
  const parts = (matches, found, missing) => matches.map((entry) => `${entry.id} ${found(entry)} [${missing(entry).join(" ")}]`);
  const differing = outcomes.filter((outcome) => {
    const explained = cliMatches(cases.find((entry) => entry.line === outcome.line).paste, { explain: true });
    // --explain aligns more candidates, and must still give the same matches.
    assert.deepEqual(explained.map((entry) => entry.id), outcome.swift.map((entry) => entry.id), `cases.jsonl:${outcome.line}`);
    const swift = parts(explained, (entry) => entry.explanation.found.length, (entry) => entry.explanation.missing);
    const script = parts(outcome.script, (entry) => entry.foundCount, (entry) => entry.missingTokens);
    return JSON.stringify(swift) !== JSON.stringify(script);
  });
  for (const outcome of differing) {
    console.log(`cases.jsonl:${outcome.line}: the parts differ`);
  }
  assert.deepEqual(differing.map((outcome) => outcome.line), []);
  assert.ok(outcomes.some((outcome) => outcome.script.some((entry) => entry.missingTokens.length > 0)), "no case has missing parts");
});

test("seed examples match the KMS alarm pattern exactly", () => {
  const folder = path.join(repository, "examples");
  const files = fs.readdirSync(folder).filter((name) => name.endsWith(".txt"));
  assert.ok(files.length > 0, `no .txt examples in ${folder}`);
  for (const name of files) {
    const top = best(JSON.parse(JSON.stringify(matcher.match(index, fs.readFileSync(path.join(folder, name), "utf8")))));
    assert.equal(top?.id, "cloudwatch-alarm-sns-kms-access-denied", name);
    assert.equal(top?.confidence, "exact", name);
  }
});

// Splits a signature at `{name}` placeholders as CompiledSignature.segments(of:) does.
function segments(text) {
  const result = [];
  let literal = "";
  let offset = 0;
  while (offset < text.length) {
    const close = text.indexOf("}", offset);
    if (text[offset] === "{" && close > offset && /^[a-z][a-z0-9_]*$/.test(text.slice(offset + 1, close))) {
      if (literal) {
        result.push({ literal });
        literal = "";
      }
      result.push({ placeholder: true });
      offset = close + 1;
      continue;
    }
    literal += text[offset];
    offset += 1;
  }
  if (literal) {
    result.push({ literal });
  }
  return result;
}

test("tokenizer reproduces every exported signature", () => {
  const differing = [];
  for (const signature of index.signatures) {
    const texts = [];
    const cjk = [];
    const follows = [];
    let placeholderPending = false;
    for (const segment of segments(signature.text)) {
      if (segment.placeholder) {
        placeholderPending = true;
        continue;
      }
      for (const token of matcher.matchTokens(segment.literal)) {
        texts.push(token.text);
        cjk.push(token.isCJKBigram);
        follows.push(placeholderPending);
        placeholderPending = false;
      }
    }
    const expected = signature.tokens.map((id) => index.vocabulary[id]);
    const same = JSON.stringify([texts, cjk, follows]) === JSON.stringify([expected, signature.cjk, signature.followsPlaceholder]);
    if (!same) {
      differing.push(`${signature.path}:${signature.line}: script [${texts.join(" ")}], index [${expected.join(" ")}]`);
    }
  }
  assert.deepEqual(differing, []);
});
