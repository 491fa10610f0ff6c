/// The site's one script: full-text search over the catalog, Japanese included, and the `/` key
/// that focuses the search box. It runs in browsers from `file://` or any web server, and under
/// Node for its tests, where it only exposes the search functions.
///
/// Query and page text are split like the matcher splits pastes: NFKC, lowercase, runs of letters
/// and digits as words, and Japanese and Chinese runs as overlapping character bigrams, so that a
/// Japanese phrase is found without spaces between words. Results are ranked with BM25 (k1 1.2,
/// b 0.75) plus the same weight again for a term in the title, and every query term must occur
/// (three quarters of them for queries of more than two terms). The word being typed, and a
/// word that no page contains, also stand for the words they begin. Snippets are built from text nodes only, so a query is never
/// written into the page as HTML.
enum SiteScript {
    static let javaScript = #"""
    (function (root) {
      "use strict";

      function isCJK(codePoint) {
        return (codePoint >= 0x3040 && codePoint <= 0x30FF) || (codePoint >= 0x3400 && codePoint <= 0x4DBF)
          || (codePoint >= 0x4E00 && codePoint <= 0x9FFF) || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
          || (codePoint >= 0xAC00 && codePoint <= 0xD7AF);
      }

      var wordCharacter = /[\p{L}\p{N}_]/u;

      function tokens(text) {
        var result = [];
        var word = "";
        var run = [];
        function flushWord() {
          if (word) { result.push(word); word = ""; }
        }
        function flushRun() {
          if (run.length === 1) { result.push(run[0]); }
          for (var i = 0; i + 1 < run.length; i++) { result.push(run[i] + run[i + 1]); }
          run = [];
        }
        for (var character of String(text).normalize("NFKC").toLowerCase()) {
          if (isCJK(character.codePointAt(0))) {
            flushWord();
            run.push(character);
          } else if (wordCharacter.test(character)) {
            flushRun();
            word += character;
          } else {
            flushWord();
            flushRun();
          }
        }
        flushWord();
        flushRun();
        return result;
      }

      // Document frequencies, counts and lengths are kept per language, and under "" for all
      // languages, because a search in one language must weigh its words against that
      // language's pages only. Mixing them once made common words weigh less than nothing.
      function prepare(documents) {
        var statistics = {};
        function add(key, counts, length) {
          var entry = statistics[key] || (statistics[key] = { frequency: {}, count: 0, totalLength: 0 });
          Object.keys(counts).forEach(function (token) { entry.frequency[token] = (entry.frequency[token] || 0) + 1; });
          entry.count += 1;
          entry.totalLength += length;
        }
        var prepared = documents.map(function (document) {
          var all = tokens(document.title + "\n" + document.text);
          var counts = {};
          all.forEach(function (token) { counts[token] = (counts[token] || 0) + 1; });
          add("", counts, all.length);
          add(document.lang, counts, all.length);
          var title = {};
          tokens(document.title).forEach(function (token) { title[token] = true; });
          return { document: document, counts: counts, length: all.length, title: title };
        });
        Object.keys(statistics).forEach(function (key) {
          statistics[key].averageLength = statistics[key].totalLength / Math.max(1, statistics[key].count);
          statistics[key].words = Object.keys(statistics[key].frequency).filter(function (token) {
            return !isCJK(token.codePointAt(0));
          }).sort();
        });
        return { entries: prepared, statistics: statistics };
      }

      // Returns the tokens that a query term stands for, each with a weight factor. The term
      // stands for itself, and also for the most common words it begins when it has three or
      // more letters and is the word being typed (last, no space after it) or in no page.
      // So "throttl" finds "throttling" and "rate exceed" finds "exceeded", while "key policy"
      // finds only "key" itself.
      function expansions(term, statistics, isBeingTyped) {
        var result = [{ token: term, factor: 1 }];
        if (term.length < 3 || isCJK(term.codePointAt(0)) || (statistics.frequency[term] && !isBeingTyped)) { return result; }
        var words = statistics.words;
        var low = 0;
        var high = words.length;
        while (low < high) {
          var middle = (low + high) >> 1;
          if (words[middle] < term) { low = middle + 1; } else { high = middle; }
        }
        var longer = [];
        for (var i = low; i < words.length && words[i].startsWith(term); i++) {
          if (words[i] !== term) { longer.push(words[i]); }
        }
        longer.sort(function (a, b) { return statistics.frequency[b] - statistics.frequency[a] || (a < b ? -1 : 1); });
        longer.slice(0, 16).forEach(function (token) { result.push({ token: token, factor: 0.7 }); });
        return result;
      }

      function search(index, query, language, limit) {
        var terms = Array.from(new Set(tokens(query)));
        if (terms.length === 0) { return []; }
        var needed = terms.length > 2 ? Math.ceil(terms.length * 0.75) : terms.length;
        var statistics = index.statistics[language || ""];
        if (!statistics) { return []; }
        var typed = tokens(query);
        var beingTyped = /\s$/.test(String(query)) ? null : typed[typed.length - 1];
        var expanded = terms.map(function (term) { return expansions(term, statistics, term === beingTyped); });
        var results = [];
        index.entries.forEach(function (entry) {
          if (language && entry.document.lang !== language) { return; }
          var score = 0;
          var found = 0;
          var lengthFactor = 0.25 + 0.75 * entry.length / statistics.averageLength;
          // A term counts once, with the best of the tokens it stands for.
          expanded.forEach(function (candidates) {
            var best = 0;
            candidates.forEach(function (candidate) {
              var occurrences = entry.counts[candidate.token];
              if (!occurrences) { return; }
              var documentFrequency = statistics.frequency[candidate.token] || 1;
              var inverse = Math.log(1 + (statistics.count - documentFrequency + 0.5) / (documentFrequency + 0.5));
              var value = inverse * (occurrences * 2.2) / (occurrences + 1.2 * lengthFactor);
              if (entry.title[candidate.token]) { value += inverse; }
              best = Math.max(best, value * candidate.factor);
            });
            if (best > 0) {
              found++;
              score += best;
            }
          });
          if (found >= needed) { results.push({ document: entry.document, score: score }); }
        });
        results.sort(function (a, b) { return b.score - a.score || (a.document.id < b.document.id ? -1 : 1); });
        return results.slice(0, limit || 20);
      }

      // Returns the part of `text` around the first query word as segments, each marked when it
      // is a query word, so that the caller builds text nodes and never HTML.
      function snippet(text, query, width) {
        var lower = String(text).toLowerCase();
        var words = highlightedWords(String(query).normalize("NFKC").toLowerCase().split(/\s+/).filter(Boolean), lower);
        var first = -1;
        var firstEnd = 0;
        words.forEach(function (word) {
          var at = lower.indexOf(word);
          if (at >= 0 && (first < 0 || at < first)) {
            first = at;
            firstEnd = at + word.length;
          }
        });
        var radius = width || 70;
        var start = Math.max(0, (first < 0 ? 0 : first) - radius);
        // A cut inside a word starts at the next word instead, where one begins nearby.
        var space = start > 0 ? text.slice(start, start + 20).search(/\s/) : -1;
        if (space >= 0 && start + space + 1 <= Math.max(first, 0)) { start += space + 1; }
        var end = Math.min(text.length, start + radius * 2);
        // Likewise a cut inside a word at the end stops after the last whole word.
        var lastSpace = end < text.length ? text.slice(Math.max(start, end - 20), end).search(/\s\S*$/) : -1;
        if (lastSpace >= 0 && Math.max(start, end - 20) + lastSpace >= firstEnd) { end = Math.max(start, end - 20) + lastSpace; }
        var part = text.slice(start, end);
        var partLower = lower.slice(start, end);
        var segments = [];
        var cursor = 0;
        while (cursor < part.length) {
          var next = -1;
          var length = 0;
          words.forEach(function (word) {
            var at = partLower.indexOf(word, cursor);
            if (at >= 0 && (next < 0 || at < next)) { next = at; length = word.length; }
          });
          if (next < 0) { segments.push({ text: part.slice(cursor), mark: false }); break; }
          if (next > cursor) { segments.push({ text: part.slice(cursor, next), mark: false }); }
          segments.push({ text: part.slice(next, next + length), mark: true });
          cursor = next + length;
        }
        return { prefix: start > 0, suffix: end < text.length, segments: segments };
      }

      // Returns what to mark for the query's words. Search finds a Japanese phrase by its
      // bigrams, so a page may lack the phrase as typed. Then the longest parts of it that the
      // page has are marked, each with a kanji or katakana, because kana alone are too common.
      function highlightedWords(words, lower) {
        var result = [];
        words.forEach(function (word) {
          var characters = Array.from(word);
          if (lower.indexOf(word) >= 0 || !characters.some(function (character) { return isCJK(character.codePointAt(0)); })) {
            result.push(word);
            return;
          }
          for (var length = characters.length - 1; length >= 2; length--) {
            for (var start = 0; start + length <= characters.length; start++) {
              var part = characters.slice(start, start + length).join("");
              if (/[\u30A0-\u30FF\u3400-\u9FFF]/.test(part) && lower.indexOf(part) >= 0 && result.indexOf(part) < 0) {
                result.push(part);
              }
            }
          }
        });
        // Longer words first, so that where two start at the same place the longer is marked.
        return result.sort(function (a, b) { return b.length - a.length; });
      }

      root.RunbookSearch = { tokens: tokens, prepare: prepare, search: search, snippet: snippet, preferredLanguage: preferredLanguage };

      if (typeof document === "undefined") { return; }

      function renderResults(list, index, query, language, messages) {
        while (list.firstChild) { list.removeChild(list.firstChild); }
        var status = document.getElementById("search-status");
        if (!query.trim()) { status.textContent = ""; return; }
        // The count covers every match; the list shows the best 30.
        var all = search(index, query, language, Infinity);
        if (all.length === 0) {
          status.textContent = messages.none;
        } else {
          status.textContent = all.length === 1 ? messages.countOne : messages.count.replace("{n}", String(all.length));
        }
        all.slice(0, 30).forEach(function (result) {
          var item = document.createElement("li");
          var link = document.createElement("a");
          link.href = result.document.url;
          link.textContent = result.document.title;
          item.appendChild(link);
          var paragraph = document.createElement("p");
          var cut = snippet(result.document.text, query, 70);
          if (cut.prefix) { paragraph.appendChild(document.createTextNode("… ")); }
          cut.segments.forEach(function (segment) {
            if (segment.mark) {
              var mark = document.createElement("mark");
              mark.textContent = segment.text;
              paragraph.appendChild(mark);
            } else {
              paragraph.appendChild(document.createTextNode(segment.text));
            }
          });
          if (cut.suffix) { paragraph.appendChild(document.createTextNode(" …")); }
          item.appendChild(paragraph);
          list.appendChild(item);
        });
      }

      // Shows what `runbook match` prints for the paste: each match with its title as a link,
      // its confidence, the reason, the pattern's summary and the matched signature. When none
      // fits, it names the closest pattern. Text nodes only, so no paste reaches the page as HTML.
      function renderPasteResult(box, target, searchIndex, language) {
        while (target.firstChild) { target.removeChild(target.firstChild); }
        if (!box.value.trim() || !root.RunbookMatcher || !root.RUNBOOK_MATCHER_INDEX) { return; }
        var message = function (name) { return target.getAttribute("data-" + name) || ""; };
        var entryOf = function (id) {
          return (searchIndex || []).find(function (candidate) { return candidate.id === id && candidate.lang === language; });
        };
        var titleLink = function (id, hash) {
          var link = document.createElement("a");
          var entry = entryOf(id);
          link.href = id + ".html" + (hash || "");
          link.textContent = entry ? entry.title : id;
          return link;
        };

        var matches = root.RunbookMatcher.match(root.RUNBOOK_MATCHER_INDEX, box.value);
        if (matches.length === 0) {
          renderNoMatch(target, root.RunbookMatcher.results(root.RUNBOOK_MATCHER_INDEX, box.value)[0], message, titleLink);
          return;
        }
        if (matches.length > 1) {
          appendParagraph(target, message("count").replace("{n}", String(matches.length)));
        }
        matches.forEach(function (match) {
          var card = document.createElement("div");
          card.className = "paste-match";
          var heading = document.createElement("p");
          heading.className = "paste-title";
          heading.appendChild(titleLink(match.id));
          var label = message("confidence-" + match.confidence) || match.confidence;
          heading.appendChild(document.createTextNode(" (" + label + message("separator") + message("score") + " " + match.score.toFixed(2) + ")"));
          card.appendChild(heading);

          var reason = message("why-likely").replace("{found}", String(match.foundCount)).replace("{total}", String(match.partCount));
          if (match.confidence === "exact") {
            reason = message("why-exact");
          } else if (match.foundCount === match.partCount) {
            reason = message("why-interrupted");
          }
          appendParagraph(card, reason);
          if (match.missingTokens.length > 0) {
            appendParagraph(card, message("missing").replace("{parts}", match.missingTokens.join(" ")));
          }
          var entry = entryOf(match.id);
          if (entry) {
            appendParagraph(card, entry.text.split("\n")[0]).className = "summary";
          }
          appendParagraph(card, message("signature")).className = "paste-label";
          var signature = document.createElement("pre");
          signature.textContent = match.signature.text;
          card.appendChild(signature);
          var fixLink = titleLink(match.id, "#fix");
          fixLink.textContent = message("fix");
          appendParagraph(card, "").appendChild(fixLink);
          target.appendChild(card);
        });
      }

      // Says that no pattern fits, and names the closest one as `runbook match` does.
      function renderNoMatch(target, closest, message, titleLink) {
        appendParagraph(target, message("none"));
        if (!closest) { return; }
        var contradiction = closest.contradictions[0];
        var text = contradiction
          ? message("closest-contradicted").replace("{expected}", contradiction.expected).replace("{found}", contradiction.found)
          : message("closest").replace("{score}", closest.score.toFixed(2));
        var parts = text.split("{title}");
        var paragraph = appendParagraph(target, parts[0]);
        paragraph.appendChild(titleLink(closest.id));
        paragraph.appendChild(document.createTextNode(parts.slice(1).join("")));
      }

      function appendParagraph(parent, text) {
        var paragraph = document.createElement("p");
        paragraph.textContent = text;
        parent.appendChild(paragraph);
        return paragraph;
      }

      // Shows only the index's patterns whose severity is ticked and that carry the chosen tag,
      // hides service groups left empty, and writes how many are shown into the status line.
      function applyFilters(form) {
        var severities = Array.from(form.querySelectorAll("input[name=severity]:checked")).map(function (box) { return box.value; });
        var tagSelect = form.querySelector("select[name=tag]");
        var tag = tagSelect ? tagSelect.value : "";
        var items = Array.from(document.querySelectorAll(".service-group li[data-severity]"));
        // A pattern with several services is listed once per service, so ids are counted.
        var all = {};
        var visibleIDs = {};
        items.forEach(function (item) {
          var tags = (item.getAttribute("data-tags") || "").split(" ");
          var visible = severities.indexOf(item.getAttribute("data-severity")) >= 0 && (!tag || tags.indexOf(tag) >= 0);
          item.hidden = !visible;
          all[item.getAttribute("data-id")] = true;
          if (visible) { visibleIDs[item.getAttribute("data-id")] = true; }
        });
        var shown = Object.keys(visibleIDs).length;
        var total = Object.keys(all).length;
        document.querySelectorAll(".service-group").forEach(function (group) {
          group.hidden = !group.querySelector("li[data-severity]:not([hidden])");
        });
        var status = document.getElementById("filter-status");
        status.textContent = shown === total ? "" : form.getAttribute("data-count").replace("{n}", String(shown)).replace("{m}", String(total));
      }

      // Adds a copy button to every code block of an article. Clipboard access needs a secure
      // context and the reader's permission. Where either is missing, the button selects the
      // text so that the reader can copy it by hand.
      function addCopyButtons() {
        var labels = {
          copy: document.body.getAttribute("data-copy"),
          copied: document.body.getAttribute("data-copied"),
          selected: document.body.getAttribute("data-selected")
        };
        document.querySelectorAll("article pre").forEach(function (block) {
          var button = document.createElement("button");
          button.type = "button";
          button.className = "copy";
          button.textContent = labels.copy;
          button.addEventListener("click", function () {
            var text = block.querySelector("code") ? block.querySelector("code").textContent : block.textContent;
            function show(label, milliseconds) {
              button.textContent = label;
              setTimeout(function () { button.textContent = labels.copy; }, milliseconds);
            }
            function select() {
              selectContents(block);
              show(labels.selected, 4000);
            }
            if (navigator.clipboard && root.isSecureContext) {
              navigator.clipboard.writeText(text).then(function () { show(labels.copied, 1500); }, select);
            } else {
              select();
            }
          });
          block.appendChild(button);
        });
      }

      function selectContents(element) {
        var range = document.createRange();
        range.selectNodeContents(element.querySelector("code") || element);
        var selection = root.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
      }

      // Returns the first of the browser's languages that the site has, or null.
      function preferredLanguage(available, browserLanguages) {
        for (var i = 0; i < browserLanguages.length; i++) {
          var primary = String(browserLanguages[i]).toLowerCase().split("-")[0];
          if (available.indexOf(primary) >= 0) { return primary; }
        }
        return null;
      }

      // On the language chooser, puts the browser's language first, marks it and focuses its
      // link, so that Enter opens it. The other language stays one click away.
      function highlightPreferredLanguage(list) {
        var items = Array.from(list.querySelectorAll("li[lang]"));
        var language = preferredLanguage(items.map(function (item) { return item.getAttribute("lang"); }), navigator.languages || [navigator.language || ""]);
        var item = items.find(function (candidate) { return candidate.getAttribute("lang") === language; });
        if (!item) { return; }
        item.classList.add("preferred");
        list.insertBefore(item, list.firstChild);
        var note = document.createElement("span");
        note.className = "preferred-note";
        note.textContent = item.getAttribute("data-preferred");
        item.appendChild(note);
        item.querySelector("a").focus();
      }

      document.addEventListener("DOMContentLoaded", function () {
        var filters = document.getElementById("filters");
        if (filters) {
          filters.hidden = false;
          filters.addEventListener("change", function () { applyFilters(filters); });
          // The form resets its fields after the event, so the list follows a moment later.
          filters.addEventListener("reset", function () { setTimeout(function () { applyFilters(filters); }, 0); });
          applyFilters(filters);
        }
        var languages = document.querySelector("ul.languages");
        if (languages) { highlightPreferredLanguage(languages); }
        addCopyButtons();
        var pasteBox = document.getElementById("paste-input");
        var pasteTarget = document.getElementById("paste-result");
        if (pasteBox && pasteTarget) {
          pasteBox.addEventListener("input", function () {
            renderPasteResult(pasteBox, pasteTarget, root.RUNBOOK_SEARCH_INDEX, document.documentElement.lang);
          });
        }
        var input = document.querySelector("input[name=q]");
        var list = document.getElementById("search-results");
        if (list && input && root.RUNBOOK_SEARCH_INDEX) {
          var index = prepare(root.RUNBOOK_SEARCH_INDEX);
          var language = document.documentElement.lang;
          var messages = { none: list.getAttribute("data-none"), count: list.getAttribute("data-count"), countOne: list.getAttribute("data-count-one") };
          input.value = new URLSearchParams(root.location.search).get("q") || "";
          renderResults(list, index, input.value, language, messages);
          input.addEventListener("input", function () { renderResults(list, index, input.value, language, messages); });
        }
      });

      document.addEventListener("keydown", function (event) {
        var input = document.querySelector("input[name=q]");
        var active = document.activeElement;
        var typing = active && (active.tagName === "INPUT" || active.tagName === "TEXTAREA");
        if (event.key === "/" && input && !typing) {
          event.preventDefault();
          input.focus();
          return;
        }
        if (event.key !== "ArrowDown" && event.key !== "ArrowUp") { return; }
        var links = Array.from(document.querySelectorAll("#search-results a"));
        if (links.length === 0) { return; }
        event.preventDefault();
        var position = links.indexOf(active);
        var next = event.key === "ArrowDown" ? position + 1 : position - 1;
        if (position < 0) { next = event.key === "ArrowDown" ? 0 : links.length - 1; }
        links[Math.max(0, Math.min(links.length - 1, next))].focus();
      });
    })(typeof window !== "undefined" ? window : globalThis);

    """#
}
