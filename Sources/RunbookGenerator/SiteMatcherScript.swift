/// The site's port of `runbook match` to JavaScript, for the paste box. It reads the signatures
/// that `assets/matcher-index.js` exports (`RUNBOOK_MATCHER_INDEX`), and it normalizes, masks and
/// tokenizes the paste, aligns and rates the signatures, and picks the matches as
/// Sources/RunbookMatcher does with `MatchThresholds.truncatedMinimumShare` as the minimum share,
/// like `runbook match` without `--top` or `--explain`. docs/matching.md specifies the rules.
/// Tests/Site/matcher-parity.test.mjs checks that the top match agrees with the CLI on the
/// labelled cases. The script has no DOM code and runs in browsers and under Node.
enum SiteMatcherScript {
    static let javaScript = #"""
    (function (root) {
      "use strict";

      // MARK: Normalization (TextNormalizer)

      var doubleQuotes = [0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB, 0x300C, 0x300D];
      var singleQuotes = [0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x0060, 0x00B4];
      var dashes = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE63];
      // `\s` would also match U+FEFF, which is not Unicode White_Space.
      var whitespace = /^\p{White_Space}$/u;
      var alphabetic = /^\p{Alphabetic}/u;
      // Outside the CJK ranges, a Numeric_Type other than None is the same as category N.
      var numeric = /^\p{N}/u;

      function unify(codePoint) {
        if (doubleQuotes.indexOf(codePoint) >= 0) { return 0x22; }
        if (singleQuotes.indexOf(codePoint) >= 0) { return 0x27; }
        if (dashes.indexOf(codePoint) >= 0) { return 0x2D; }
        return codePoint;
      }

      function isWhitespace(codePoint) {
        if (codePoint < 0x80) {
          return codePoint === 0x20 || (codePoint >= 0x09 && codePoint <= 0x0D);
        }
        return whitespace.test(String.fromCodePoint(codePoint));
      }

      function isCJK(codePoint) {
        return (codePoint >= 0x3040 && codePoint <= 0x309F) || (codePoint >= 0x30A0 && codePoint <= 0x30FF)
          || (codePoint >= 0x31F0 && codePoint <= 0x31FF) || (codePoint >= 0x3400 && codePoint <= 0x4DBF)
          || (codePoint >= 0x4E00 && codePoint <= 0x9FFF) || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
          || (codePoint >= 0xAC00 && codePoint <= 0xD7AF) || (codePoint >= 0x20000 && codePoint <= 0x3FFFF);
      }

      // Lowercases one code point at a time, as Swift's `lowercaseMapping` does, so that a
      // capital sigma never takes the final form that whole-string lowercasing would give.
      function lowercased(codePoint) {
        if (codePoint < 0x80) {
          return String.fromCharCode(codePoint >= 0x41 && codePoint <= 0x5A ? codePoint + 0x20 : codePoint);
        }
        return String.fromCodePoint(codePoint).toLowerCase();
      }

      // NOTE: NFKC, the character properties and lowercasing come from the browser's Unicode
      // version, which may differ from the Swift runtime's for recently added characters.
      function normalize(text) {
        // Swift strings cannot hold a lone surrogate, and reading a paste turns one into U+FFFD.
        var wellFormed = typeof text.toWellFormed === "function" ? text.toWellFormed() : text;
        var compatible = wellFormed.normalize("NFKC");
        var parts = [];
        var pendingSpace = false;
        var pendingHasLineBreak = false;
        var lastCodePoint = null;

        for (var character of compatible) {
          var mapped = unify(character.codePointAt(0));
          if (isWhitespace(mapped)) {
            pendingSpace = lastCodePoint !== null;
            pendingHasLineBreak = pendingHasLineBreak || mapped === 0x0A || mapped === 0x0D;
            continue;
          }
          if (pendingSpace) {
            // A wrapped Japanese line has no space at the break, so the lines are joined.
            var isJapaneseWrap = pendingHasLineBreak && isCJK(lastCodePoint) && isCJK(mapped);
            if (!isJapaneseWrap) {
              parts.push(pendingHasLineBreak ? "\n" : " ");
            }
          }
          pendingSpace = false;
          pendingHasLineBreak = false;
          parts.push(lowercased(mapped));
          lastCodePoint = mapped;
        }
        return parts.join("");
      }

      // MARK: Masking (ValueMasker)

      var placeholderStart = "\uE000";
      var placeholderEnd = "\uE001";

      // The expressions of ValueMasker.kinds in ICU syntax, rewritten for JavaScript: ICU's `\d`
      // is any decimal digit (`\p{Nd}`), and ICU's `\s` is Unicode white space.
      var maskKinds = [
        ["arn", /(?<![0-9a-z_])arn:(aws[a-z-]*):([a-z0-9-]+):[a-z0-9-]*:[0-9]{0,12}:([^\p{White_Space}"'`,;()<>\[\]{}、。]+)/gu],
        ["timestamp", /(?<![0-9a-z_])\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}[t ]\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}(?:[.,]\p{Nd}+)?(?:z|[+-]\p{Nd}{2}:?\p{Nd}{2})?/gu],
        ["uuid", /(?<![0-9a-z_])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-z_])/gu],
        ["email", /(?<![0-9a-z_])[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}(?![0-9a-z_])/gu],
        ["ip", /(?<![0-9a-z_.])(?:\p{Nd}{1,3}\.){3}\p{Nd}{1,3}(?![0-9a-z_])/gu],
        ["access_key", /(?<![0-9a-z_])(?:akia|asia)[0-9a-z]{16}(?![0-9a-z_])/gu],
        ["region", /(?<![0-9a-z_])(?:us|eu|ap|sa|ca|me|af|il|mx|cn)-(?:gov-)?(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\p{Nd}(?![0-9a-z_])/gu],
        ["account", /(?<![0-9a-z_])\p{Nd}{12}(?![0-9a-z_])/gu],
        ["hex", /(?<![0-9a-z_])(?=[0-9a-f]*\p{Nd})(?=[0-9a-f]*[a-f])[0-9a-f]{16,}(?![0-9a-z_])/gu]
      ];

      var graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

      // Returns the extended grapheme clusters of `text`, which are Swift's Characters.
      function characters(text) {
        var result = [];
        for (var segment of graphemeSegmenter.segment(text)) {
          result.push(segment.segment);
        }
        return result;
      }

      // Swift compares strings and Characters by canonical equivalence.
      function isCanonicallyEqual(a, b) {
        return a === b || a.normalize("NFC") === b.normalize("NFC");
      }

      // Returns whether `text` starts (or, with `atEnd`, ends) with `piece`, comparing whole
      // Characters as Swift's hasPrefix and hasSuffix do.
      function hasAffix(text, piece, atEnd) {
        var whole = characters(text);
        var part = characters(piece);
        if (part.length > whole.length) {
          return false;
        }
        var offset = atEnd ? whole.length - part.length : 0;
        for (var index = 0; index < part.length; index++) {
          if (!isCanonicallyEqual(whole[offset + index], part[index])) {
            return false;
          }
        }
        return true;
      }

      function isLetter(character) {
        return alphabetic.test(character);
      }

      // Returns an ARN's resource type, such as `role` in `role/app`, or null when the resource
      // part has no type prefix made of letters and `-`.
      function resourceType(resource) {
        var parts = characters(resource);
        var separator = -1;
        for (var index = 0; index < parts.length; index++) {
          if (parts[index] === "/" || parts[index] === ":") {
            separator = index;
            break;
          }
        }
        if (separator <= 0) {
          return null;
        }
        var type = parts.slice(0, separator);
        for (var character of type) {
          if (!(isLetter(character) || character === "-")) {
            return null;
          }
        }
        return type.join("");
      }

      function replacement(name, match) {
        if (name !== "arn") {
          return placeholderStart + name + placeholderEnd;
        }
        var partition = match[1];
        var service = match[2];
        // An S3 ARN starts with the bucket name, which is volatile, not with a resource type.
        var type = service === "s3" ? null : resourceType(match[3]);
        var words = ["arn", partition, service];
        if (type !== null) {
          words.push(type);
        }
        words.push(placeholderStart + "arn" + placeholderEnd);
        return words.join(" ");
      }

      function mask(text) {
        var result = text;
        for (var kind of maskKinds) {
          var name = kind[0];
          result = result.replace(kind[1], function () {
            return " " + replacement(name, arguments) + " ";
          });
        }
        return result;
      }

      // MARK: Tokenization (Tokenizer)

      function isWordCharacter(character) {
        return character === "_" || alphabetic.test(character) || numeric.test(character);
      }

      function tokens(maskedText) {
        var result = [];
        var word = "";
        var cjkRun = [];
        var lineBreakPending = false;

        function append(text, isCJKBigram) {
          result.push({ text: text, isCJKBigram: isCJKBigram, startsLine: lineBreakPending });
          lineBreakPending = false;
        }
        function flushWord() {
          if (word) {
            append(word, false);
            word = "";
          }
        }
        function flushCJK() {
          if (cjkRun.length === 1) {
            append(cjkRun[0], true);
          } else {
            for (var index = 0; index + 1 < cjkRun.length; index++) {
              append(cjkRun[index] + cjkRun[index + 1], true);
            }
          }
          cjkRun = [];
        }

        var clusters = characters(maskedText);
        for (var position = 0; position < clusters.length; position++) {
          var character = clusters[position];
          if (character === placeholderStart) {
            var name = "";
            position++;
            while (position < clusters.length && clusters[position] !== placeholderEnd) {
              name += clusters[position];
              position++;
            }
            flushWord();
            flushCJK();
            append("{" + name + "}", false);
            continue;
          }
          if (isCJK(character.codePointAt(0))) {
            flushWord();
            cjkRun.push(character);
          } else if (isWordCharacter(character)) {
            flushCJK();
            word += character;
          } else {
            flushWord();
            flushCJK();
            if (character === "\n") {
              lineBreakPending = true;
            }
          }
        }
        flushWord();
        flushCJK();
        return result;
      }

      function matchTokens(text) {
        return tokens(mask(normalize(text)));
      }

      // MARK: Index

      // Swift's dictionary of token texts hashes strings by canonical equivalence.
      function vocabularyKey(text) {
        return /^[\x00-\x7F]*$/.test(text) ? text : text.normalize("NFC");
      }

      // Returns the exported index with the lookups the matcher needs, computed once per index.
      function prepare(index) {
        if (index.prepared) {
          return index.prepared;
        }
        var tokenIDs = new Map();
        index.vocabulary.forEach(function (text, id) {
          tokenIDs.set(vocabularyKey(text), id);
        });
        var signatures = index.signatures.map(function (signature) {
          var total = 0;
          for (var weight of signature.weights) {
            total += weight;
          }
          return {
            id: signature.id,
            sample: { text: signature.text, path: signature.path, line: signature.line },
            ids: signature.tokens,
            texts: signature.tokens.map(function (id) { return index.vocabulary[id]; }),
            weights: signature.weights,
            cjk: signature.cjk,
            followsPlaceholder: signature.followsPlaceholder,
            totalWeight: total
          };
        });
        var prepared = { thresholds: index.thresholds, tokenIDs: tokenIDs, vocabularySize: index.vocabulary.length, signatures: signatures };
        Object.defineProperty(index, "prepared", { value: prepared, enumerable: false });
        return prepared;
      }

      // MARK: Alignment (SignatureAligner)

      function sum(values, from, to) {
        var total = 0;
        for (var index = from; index < to; index++) {
          total += values[index];
        }
        return total;
      }

      // Returns, for each signature token, the paste position it aligned with, or null: the
      // heaviest in-order subsequence, backtracked in SignatureAligner.align's tie order.
      function align(signature, pasteIDs) {
        var ids = signature.ids;
        var weights = signature.weights;
        var signatureIDSet = new Set(ids);
        var relevant = [];
        for (var position = 0; position < pasteIDs.length; position++) {
          if (signatureIDSet.has(pasteIDs[position])) {
            relevant.push(position);
          }
        }
        var rows = ids.length + 1;
        var columns = relevant.length + 1;
        var table = new Float64Array(rows * columns);

        for (var i = 1; i < rows; i++) {
          for (var j = 1; j < columns; j++) {
            var best = Math.max(table[(i - 1) * columns + j], table[i * columns + j - 1]);
            if (ids[i - 1] === pasteIDs[relevant[j - 1]]) {
              best = Math.max(best, table[(i - 1) * columns + j - 1] + weights[i - 1]);
            }
            table[i * columns + j] = best;
          }
        }

        var positions = new Array(ids.length).fill(null);
        var row = rows - 1;
        var column = columns - 1;
        while (row > 0 && column > 0) {
          var cell = table[row * columns + column];
          var isSame = ids[row - 1] === pasteIDs[relevant[column - 1]];
          if (isSame && cell === table[(row - 1) * columns + column - 1] + weights[row - 1]) {
            positions[row - 1] = relevant[column - 1];
            row--;
            column--;
          } else if (cell === table[row * columns + column - 1]) {
            column--;
          } else {
            row--;
          }
        }
        return positions;
      }

      // Moves aligned tokens next to their aligned neighbour where the paste has the same token
      // there: a forward pass, then a backward pass, as SignatureAligner.tighten does.
      function tighten(signature, alignment, pasteIDs) {
        var ids = signature.ids;
        var follows = signature.followsPlaceholder;
        var positions = alignment.slice();

        var previous = null;
        for (var offset = 0; offset < ids.length; offset++) {
          var current = positions[offset];
          if (current === null) {
            previous = null;
            continue;
          }
          if (previous !== null && previous === offset - 1 && positions[previous] !== null && current > positions[previous] + 1) {
            var before = positions[previous];
            var searchEnd = follows[offset] ? current : before + 2;
            for (var candidate = before + 1; candidate < searchEnd; candidate++) {
              if (pasteIDs[candidate] === ids[offset]) {
                positions[offset] = candidate;
                break;
              }
            }
          }
          previous = offset;
        }

        for (var back = ids.length - 2; back >= 0; back--) {
          var position = positions[back];
          var after = positions[back + 1];
          if (position === null || after === null || !(position < after - 1) || follows[back + 1] || pasteIDs[after - 1] !== ids[back]) {
            continue;
          }
          if (back === 0 || positions[back - 1] === null || positions[back - 1] < after - 1) {
            positions[back] = after - 1;
          }
        }
        return positions;
      }

      function placeholderBetween(signature, from, to) {
        for (var index = from + 1; index <= to; index++) {
          if (signature.followsPlaceholder[index]) {
            return true;
          }
        }
        return false;
      }

      // Returns the paste text where an unaligned run belongs when the paste puts other text on
      // the same line right after the last aligned token. Only the signature's tail and a run
      // that a placeholder follows are judged. Returns null when the run is simply missing.
      function contradictionAtPlaceholderOrTail(signature, runStart, runEnd, previous, positions, paste, truncatedAtEnd) {
        var follows = signature.followsPlaceholder;
        var count = signature.ids.length;
        var next = runEnd + 1;
        var isPlainRun = true;
        for (var index = runStart + 1; index <= runEnd; index++) {
          if (follows[index]) {
            isPlainRun = false;
          }
        }
        if (previous === null || positions[previous] === null || !isPlainRun || follows[runStart]) {
          return null;
        }
        var before = positions[previous];
        var isTail = next === count && !truncatedAtEnd;
        var placeholderFollows = false;
        if (next < count && follows[next]) {
          for (var later = next; later < count; later++) {
            if (positions[later] !== null) {
              placeholderFollows = true;
            }
          }
        }
        if (!isTail && !placeholderFollows) {
          return null;
        }

        var position = before + 1;
        if (position < 0 || position >= paste.length || paste[position].startsLine) {
          return null;
        }
        var token = paste[position];
        if (token.text.startsWith("{") || isCanonicallyEqual(token.text, signature.texts[runStart])) {
          return null;
        }
        // Missing Japanese bigrams are other wording of the same thing, not a contradiction.
        if (signature.cjk[runStart]) {
          return null;
        }
        return token.text;
      }

      // Classifies each unaligned run of signature tokens as found (a word a line wrap split),
      // missing or contradicted, by the paste between its aligned neighbours.
      function classify(signature, positions, paste, truncatedAtEnd) {
        var texts = signature.texts;
        var count = texts.length;
        var states = positions.map(function (position) { return position === null ? "missing" : "found"; });
        var isInterrupted = false;
        var contradictions = [];
        var previousFound = null;
        var offset = 0;

        while (offset < count) {
          if (positions[offset] !== null) {
            if (previousFound !== null && previousFound === offset - 1 && positions[previousFound] !== null
              && positions[offset] - positions[previousFound] > 1 && !placeholderBetween(signature, previousFound, offset)) {
              isInterrupted = true;
            }
            previousFound = offset;
            offset++;
            continue;
          }

          var runEnd = offset;
          while (runEnd + 1 < count && positions[runEnd + 1] === null) {
            runEnd++;
          }
          var next = runEnd + 1;
          var index;
          var replaced = contradictionAtPlaceholderOrTail(signature, offset, runEnd, previousFound, positions, paste, truncatedAtEnd);
          if (replaced !== null) {
            for (index = offset; index <= runEnd; index++) {
              states[index] = "contradicted";
            }
            contradictions.push({ expected: texts.slice(offset, runEnd + 1).join(" "), found: replaced });
          } else if (previousFound !== null && next < count && positions[previousFound] !== null && positions[next] !== null
            && !placeholderBetween(signature, previousFound, next) && positions[next] - positions[previousFound] > 1) {
            var between = paste.slice(positions[previousFound] + 1, positions[next]).map(function (token) { return token.text; });
            var signatureText = texts.slice(offset, runEnd + 1).join("");
            var isJapaneseWording = true;
            for (index = offset; index <= runEnd; index++) {
              if (!signature.cjk[index]) {
                isJapaneseWording = false;
              }
            }
            var state = isCanonicallyEqual(between.join(""), signatureText) ? "found" : (isJapaneseWording ? "missing" : "contradicted");
            for (index = offset; index <= runEnd; index++) {
              states[index] = state;
            }
            if (state === "contradicted") {
              contradictions.push({ expected: texts.slice(offset, runEnd + 1).join(" "), found: between.join(" ") });
            }
          }
          offset = next;
        }
        return { states: states, isInterrupted: isInterrupted, contradictions: contradictions };
      }

      // Returns whether the paste was cut right at the aligned token at `position`: nothing
      // follows it (or precedes it, with `before`), or only a piece of the signature's next (or
      // previous) token. That one token is MatchThresholds.truncationSlack.
      function isCut(signature, position, before, signatureIndex, paste) {
        var neighbour = before ? position - 1 : position + 1;
        if (neighbour < 0 || neighbour >= paste.length) {
          return true;
        }
        var beyond = before ? neighbour - 1 : neighbour + 1;
        var expectedIndex = before ? signatureIndex - 1 : signatureIndex + 1;
        if (!(beyond < 0 || beyond >= paste.length) || expectedIndex < 0 || expectedIndex >= signature.texts.length) {
          return false;
        }
        return hasAffix(signature.texts[expectedIndex], paste[neighbour].text, before);
      }

      // Returns the signature's result against the paste, or null when too little of it was
      // found, as SignatureAligner.result(against:pasteIDs:) does.
      function alignResult(signature, paste, pasteIDs, thresholds) {
        var weights = signature.weights;
        var count = signature.ids.length;
        var totalWeight = signature.totalWeight;
        if (!(totalWeight > 0)) {
          return null;
        }

        var positions = tighten(signature, align(signature, pasteIDs), pasteIDs);
        var firstFoundIndex = -1;
        var lastFoundIndex = -1;
        for (var offset = 0; offset < count; offset++) {
          if (positions[offset] !== null) {
            if (firstFoundIndex < 0) {
              firstFoundIndex = offset;
            }
            lastFoundIndex = offset;
          }
        }
        if (firstFoundIndex < 0) {
          return null;
        }
        var first = positions[firstFoundIndex];
        var last = positions[lastFoundIndex];
        var truncatedAtStart = isCut(signature, first, true, firstFoundIndex, paste);
        var truncatedAtEnd = isCut(signature, last, false, lastFoundIndex, paste);
        var classified = classify(signature, positions, paste, truncatedAtEnd);

        var found = [];
        var missing = [];
        var contradicted = [];
        var foundWeight = 0;
        var contradictedWeight = 0;
        classified.states.forEach(function (state, index) {
          var text = signature.texts[index];
          if (state === "found") {
            found.push(text);
            foundWeight += weights[index];
          } else if (state === "missing") {
            missing.push(text);
          } else {
            contradicted.push(text);
            contradictedWeight += weights[index];
          }
        });

        // A paste cut where the alignment starts or ends leaves the text beyond the cut out.
        var truncatedWeight = 0;
        if (truncatedAtStart) {
          truncatedWeight += sum(weights, 0, firstFoundIndex);
        }
        if (truncatedAtEnd) {
          truncatedWeight += sum(weights, lastFoundIndex + 1, count);
        }

        var tolerance = 1e-9;
        var coverage = foundWeight / totalWeight;
        var coverageOfCopiedPart = foundWeight / Math.max(totalWeight - truncatedWeight, foundWeight);
        var isTruncatedMatch = coverageOfCopiedPart + tolerance >= thresholds.likely
          && coverage + tolerance >= thresholds.truncatedMinimumShare;
        var score = Math.max(0, (foundWeight - contradictedWeight) / totalWeight);
        var confidence;
        if (missing.length === 0 && contradicted.length === 0 && !classified.isInterrupted) {
          confidence = "exact";
        } else if (contradicted.length === 0 && found.length >= Math.min(thresholds.minimumFoundTokens, count)
          && (coverage + tolerance >= thresholds.likely || isTruncatedMatch)) {
          confidence = "likely";
        } else if (score + tolerance >= thresholds.weak) {
          confidence = "weak";
        } else {
          return null;
        }

        return {
          id: signature.id,
          signature: signature.sample,
          confidence: confidence,
          score: score,
          foundWeight: foundWeight,
          foundTokens: found,
          missingTokens: missing,
          contradictedTokens: contradicted,
          contradictions: classified.contradictions,
          span: [first, last]
        };
      }

      // MARK: Ranking (MatchIndex)

      var confidenceRank = { exact: 2, likely: 1, weak: 0 };

      function isBetter(a, b) {
        if (a.confidence !== b.confidence) {
          return confidenceRank[a.confidence] > confidenceRank[b.confidence];
        }
        if (Math.abs(a.score - b.score) > 1e-9) {
          return a.score > b.score;
        }
        if (Math.abs(a.foundWeight - b.foundWeight) > 1e-9) {
          return a.foundWeight > b.foundWeight;
        }
        return a.id < b.id;
      }

      // Returns whether some span of the signature contains enough of the paste's tokens for a
      // paste cut there to match. A span starts at the signature's first token or at one of the
      // paste's first tokens, and ends at its last token or at one of the paste's last tokens.
      function canBeCutMatch(signature, present, head, tail, thresholds) {
        var ids = signature.ids;
        var weights = signature.weights;
        for (var start = 0; start < ids.length; start++) {
          if (start !== 0 && head.indexOf(ids[start]) < 0) {
            continue;
          }
          var spanWeight = 0;
          var presentInSpan = 0;
          for (var end = start; end < ids.length; end++) {
            spanWeight += weights[end];
            if (present[ids[end]]) {
              presentInSpan += weights[end];
            }
            if ((end === ids.length - 1 || tail.indexOf(ids[end]) >= 0)
              && presentInSpan + 1e-9 >= thresholds.likely * spanWeight
              && presentInSpan + 1e-9 >= thresholds.truncatedMinimumShare * signature.totalWeight) {
              return true;
            }
          }
        }
        return false;
      }

      // Returns each pattern's best result that reaches `minimumShare` of its signature's
      // weight, best first: by confidence, score, found weight, then id. The default share is
      // the truncated minimum share, which `runbook match` uses when it shows only matches.
      function results(index, paste, minimumShare) {
        var prepared = prepare(index);
        var thresholds = prepared.thresholds;
        var share = minimumShare === undefined ? thresholds.truncatedMinimumShare : minimumShare;
        var pasteTokens = matchTokens(paste);
        var pasteIDs = pasteTokens.map(function (token) {
          var id = prepared.tokenIDs.get(vocabularyKey(token.text));
          return id === undefined ? -1 : id;
        });

        // Words that a line wrap or a hyphen split count as present, since the alignment
        // finds them (MatchIndex.presentTokenIDs).
        var present = new Uint8Array(prepared.vocabularySize);
        for (var id of pasteIDs) {
          if (id >= 0) {
            present[id] = 1;
          }
        }
        for (var start = 0; start < pasteTokens.length; start++) {
          var joined = pasteTokens[start].text;
          for (var next = start + 1; next < Math.min(start + 3, pasteTokens.length); next++) {
            joined += pasteTokens[next].text;
            var joinedID = prepared.tokenIDs.get(vocabularyKey(joined));
            if (joinedID !== undefined) {
              present[joinedID] = 1;
            }
          }
        }
        var slack = thresholds.truncationSlack;
        var head = pasteIDs.slice(0, slack + 1).filter(function (id) { return id >= 0; });
        var tail = pasteIDs.slice(Math.max(0, pasteIDs.length - (slack + 1))).filter(function (id) { return id >= 0; });
        var needsOnlyMatches = share >= thresholds.truncatedMinimumShare;

        var bestByPattern = new Map();
        for (var signature of prepared.signatures) {
          // The weight of the signature's tokens that occur in the paste bounds its score.
          var presentWeight = 0;
          for (var offset = 0; offset < signature.ids.length; offset++) {
            if (present[signature.ids[offset]]) {
              presentWeight += signature.weights[offset];
            }
          }
          var presentShare = presentWeight / signature.totalWeight;
          if (!(presentWeight > 0) || presentShare + 1e-9 < share) {
            continue;
          }
          if (needsOnlyMatches && presentShare + 1e-9 < thresholds.likely && !canBeCutMatch(signature, present, head, tail, thresholds)) {
            continue;
          }

          var result = alignResult(signature, pasteTokens, pasteIDs, thresholds);
          if (result === null) {
            continue;
          }
          var current = bestByPattern.get(signature.id);
          if (current !== undefined && !isBetter(result, current)) {
            continue;
          }
          bestByPattern.set(signature.id, result);
        }

        return Array.from(bestByPattern.values()).sort(function (a, b) {
          return isBetter(a, b) ? -1 : (isBetter(b, a) ? 1 : 0);
        });
      }

      // Returns one match for each distinct error in the paste, in paste order, as
      // MatchIndex.matches(among:) does: better results claim their span of the paste first.
      function matchesAmong(ranked) {
        var chosen = [];
        for (var result of ranked) {
          if (result.confidence === "weak") {
            continue;
          }
          var overlaps = chosen.some(function (other) {
            return other.span[0] <= result.span[1] && result.span[0] <= other.span[1];
          });
          if (!overlaps) {
            chosen.push(result);
          }
        }
        return chosen.sort(function (a, b) {
          if (a.span[0] !== b.span[0]) {
            return a.span[0] - b.span[0];
          }
          return a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
        });
      }

      // Returns the matches as `runbook match --json` lists them, with the score unrounded and
      // the counts of parts that the CLI's "Why" line gives.
      // NOTE: the CLI matches only the first 2 MiB of UTF-8 of a paste, and this matches it whole.
      function match(index, paste) {
        return matchesAmong(results(index, paste)).map(function (result) {
          return {
            id: result.id,
            confidence: result.confidence,
            score: result.score,
            signature: result.signature,
            foundCount: result.foundTokens.length,
            partCount: result.foundTokens.length + result.missingTokens.length + result.contradictedTokens.length,
            missingTokens: result.missingTokens
          };
        });
      }

      root.RunbookMatcher = {
        normalize: normalize,
        mask: mask,
        matchTokens: matchTokens,
        results: results,
        matchesAmong: matchesAmong,
        match: match
      };
    })(typeof window !== "undefined" ? window : globalThis);

    """#
}
