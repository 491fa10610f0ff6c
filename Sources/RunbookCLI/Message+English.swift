import Foundation
import RunbookCatalog
import RunbookMatcher

extension Message {
    var english: String {
        switch self {
        case .help:
            """
            runbook: find the known failure pattern behind a pasted error, and publish the catalog.

            USAGE:
              runbook <command> [options]

            COMMANDS:
              match [FILE]   Find the pattern that explains an error (reads standard input without FILE).
              build          Write the Markdown runbooks and the static site.
              show ID        Print the runbook of one pattern.
              list           List the patterns (filter by --service, --tag, --severity).
              lint           Check a catalog for problems.
              new ID         Write the two files of a new pattern to fill in.
              redact [FILE]  Print a paste with account ids, addresses, keys and tokens masked.
              eval FILE      Measure the matcher on labelled pastes (JSON Lines).
              help COMMAND   Show the options of COMMAND.

            OPTIONS:
              --lang ja|en   Language of messages and content (default: from LC_ALL, LC_MESSAGES, LANG).
              --no-color     Turn off colour and bold on a terminal (as NO_COLOR does; pipes never get them).
              --help         Show this help.
              --version      Show the version.

            ENVIRONMENT:
              RUNBOOK_CATALOG  Colon-separated folders of team patterns, read before --catalog.

            EXIT CODES:
              0  success, or a pattern matched
              1  no pattern matched, catalog problems found, or runbooks out of date
              2  usage error or unreadable input
            """
        case .helpMatch:
            """
            USAGE:
              runbook match [FILE] [--json] [--explain] [--redact] [--top N] [--catalog DIR]... [--no-builtin]

            Reads a pasted error from FILE, or from standard input when FILE is missing or `-`, and
            prints the failure pattern that explains it: title, why it matched, cause, fix and checklist.
            A paste with several different errors gets one result per error, in paste order.

            OPTIONS:
              --json           Print a JSON object {"matches": [...]} instead of text.
              --explain        Show which parts of each signature were found, missing or contradicted.
              --redact         Also print the paste with account ids, addresses, keys and tokens masked.
              --top N          Also list up to N - 1 other candidate patterns (default: 1).
              --catalog DIR    Add the patterns in DIR (repeatable); one with a built-in id replaces it.
              --no-builtin     Leave the built-in patterns out.

            EXIT CODES:
              0  a pattern matched   1  no pattern fits   2  usage error or unreadable paste
            """
        case .helpBuild:
            """
            USAGE:
              runbook build [--out DIR] [--check] [--base-url URL] [--title TEXT] [--catalog DIR]... [--no-builtin]

            Writes the canonical Markdown runbooks to DIR/runbooks/{ja,en}/ID.md and the static site
            to DIR/site/. Old output is replaced only when the whole build succeeded.

            OPTIONS:
              --out DIR        Folder that receives runbooks/ and site/ (default: the current folder).
              --check          Write nothing; exit 1 when DIR/runbooks/ differs from a fresh build.
              --base-url URL   Also write site/sitemap.xml for the site published at URL.
              --title TEXT     The site's name in every page's header (default: Runbook).
              --catalog DIR    Add the patterns in DIR (repeatable); one with a built-in id replaces it.
              --no-builtin     Leave the built-in patterns out.

            EXIT CODES:
              0  built, or up to date   1  catalog problems or stale runbooks   2  usage error
            """
        case .helpLint:
            """
            USAGE:
              runbook lint [--catalog DIR]... [--no-builtin]

            Checks every pattern file and prints each problem as path:line: message [identifier].
            Examples must match their own pattern; near misses must not select it.

            OPTIONS:
              --catalog DIR    Add the patterns in DIR (repeatable); one with a built-in id replaces it.
              --no-builtin     Leave the built-in patterns out.

            EXIT CODES:
              0  no problems   1  problems found   2  usage error
            """
        case .helpShow:
            """
            USAGE:
              runbook show ID [--catalog DIR]... [--no-builtin]

            Prints the runbook of pattern ID for reading in the terminal: what it is, signatures,
            impact, cause, fix, verify steps, checklist, similar errors and references.

            EXIT CODES:
              0  shown   1  no pattern has that id   2  usage error
            """
        case .helpList:
            """
            USAGE:
              runbook list [--service NAME] [--tag NAME] [--severity LEVEL] [--catalog DIR]... [--no-builtin]

            Lists the patterns, one per line: id, severity, services and title.

            OPTIONS:
              --service NAME     Only patterns of this service, such as sns.
              --tag NAME         Only patterns with this tag.
              --severity LEVEL   Only patterns of this severity: critical, high, medium or low.

            EXIT CODES:
              0  listed   1  no pattern fits the filters   2  usage error
            """
        case .helpNew:
            """
            USAGE:
              runbook new ID [--dir DIR]

            Writes DIR/ID.en.md and DIR/ID.ja.md with every section and a placeholder signature.
            Every TODO marks a part to fill in; runbook lint lists those that remain.

            OPTIONS:
              --dir DIR   Folder that receives the two files (default: the current folder).

            EXIT CODES:
              0  written   1  a file exists already or cannot be written   2  usage error
            """
        case .helpRedact:
            """
            USAGE:
              runbook redact [FILE]

            Prints the paste from FILE, or from standard input, with account ids (also inside ARNs),
            IP and e-mail addresses, access key ids, secret keys, session tokens, request ids and
            host names masked, so that it can go into a ticket or a chat. Everything else stays.

            EXIT CODES:
              0  printed   2  usage error or unreadable paste
            """
        case .redactedPasteHeading:
            "Redacted paste, for a ticket or a chat:"
        case .helpEval:
            """
            USAGE:
              runbook eval FILE.jsonl [--fail-under PERCENT] [--catalog DIR]... [--no-builtin]

            Matches every labelled paste in FILE.jsonl, one JSON object per line with "text" and
            "id" (the expected pattern id, or null when no pattern may match), and prints the top-1
            accuracy, the share of unrelated pastes that found no pattern, and every miss.

            OPTIONS:
              --fail-under PERCENT   Exit 1 when either figure is below PERCENT (0 to 100).
              --catalog DIR          Add the patterns in DIR (repeatable); one with a built-in id replaces it.
              --no-builtin           Leave the built-in patterns out.

            EXIT CODES:
              0  measured   1  below --fail-under   2  usage error or invalid file
            """
        case .helpHelp:
            """
            USAGE:
              runbook help [COMMAND]

            Shows the general help, or the options of COMMAND (match, show, list, build, lint, new, eval, redact).
            """
        case .version(let version, let cmark):
            "runbook \(version) (libcmark \(cmark))"

        case .usage(let error):
            error.english
        case .usageHint:
            "Run 'runbook --help' for the list of commands and options."
        case .commandUsageHint(let command):
            "Run 'runbook help \(command.rawValue)' for its options."

        case .catalogNotFound(let path):
            "Catalog folder not found: \(path). Pass an existing folder to --catalog."
        case .catalogUnreadable(let path, let reason):
            "Cannot read catalog folder \(path): \(reason). Check its permissions."
        case .builtInCatalogMissing:
            "The built-in catalog is missing next to the program. Rebuild with 'swift build', or pass --catalog DIR."
        case .catalogHasProblems(let count, let lintCommand):
            "warning: the catalog has \(count == 1 ? "1 problem" : "\(count) problems"); run '\(lintCommand)' to see them."
        case .patternOverridden(let path, let id, let replacedPath):
            "note: \(path) replaces the pattern '\(id)' of \(replacedPath)."
        case .noCatalogSelected:
            "No patterns to use: --no-builtin leaves out the built-in patterns, and no team folder was given. Add --catalog DIR or set RUNBOOK_CATALOG."
        case .catalogEmpty(let path):
            "No pattern files (ID.en.md, ID.ja.md) found in \(path). Add patterns or check the folder."

        case .pasteNotFound(let path):
            "File not found: \(path). Give the path of a file that holds the error text, or pipe the text in."
        case .pasteUnreadable(let path):
            "Cannot read \(path). Check that it is a readable file."
        case .pasteEmpty:
            "The paste is empty. Paste the error text, or give a file that holds it."
        case .pasteTruncated(let bytes, let kept):
            "warning: the paste has \(bytes) bytes; only the first \(kept) are matched. Paste the part around the error for a full result."
        case .pastePrompt:
            "Paste the error text, then press Ctrl-D on a new line:"

        case .noMatch:
            "No known failure pattern fits this error."
        case .closestContradicted(let id, let expected, let found):
            "The closest pattern, \(id), does not fit: the paste has \"\(found)\" where its signature has \"\(expected)\"."
        case .closestCandidate(let id, let score, let explained):
            "The closest pattern, \(id), is not a trusted match (score \(formatted(score)))."
                + (explained ? " The parts found and missing follow." : " Add --explain to see why.")
        case .matchHeader(let id, let title, let confidence, let score):
            "\(title)\n\(id) (\(confidence.label(in: .english)), score \(formatted(score)))"
        case .whyExact(let location):
            "Why: every part of the signature at \(location) was found in order."
        case .whyLikely(let found, let total, let location):
            "Why: \(found) of \(total) parts of the signature at \(location) were found in order, and nothing contradicts it."
        case .whyInterrupted(let location):
            "Why: every part of the signature at \(location) was found in order, with other text between some parts."
        case .whyWeak(let found, let total, let location):
            "Why: only \(found) of \(total) parts of the signature at \(location) were found."
        case .missingParts(let parts):
            "Not found in the paste: \(parts)"
        case .contradictedParts(let parts):
            "The paste has other text in place of: \(parts)"
        case .contentFallback(let language):
            "Note: this pattern has no English text yet; showing the \(language == .japanese ? "Japanese" : "English") text."
        case .alternative(let rank, let id, let title, let confidence, let score):
            "\(rank). \(id): \(title) (\(confidence.label(in: .english)), score \(formatted(score)))"
        case .otherCandidates:
            "Other candidates:"
        case .matchCount(let count):
            "The paste contains \(count) known errors; each follows in paste order."
        case .matchNumber(let number, let total):
            "[\(number)/\(total)]"
        case .explainSignature(let location):
            "Signature: \(location)"
        case .explainFound(let count, let total, let parts):
            "  found \(count) of \(total) parts: \(parts)"
        case .explainContradiction(let expected, let found):
            "  the paste has \"\(found)\" where the signature has \"\(expected)\""
        case .explainNoCandidates:
            "No signature shares enough words with the paste to be a candidate."

        case .diagnostic(let problem):
            problem.english
        case .lintClean(let patterns):
            "No problems found in \(patterns == 1 ? "1 pattern" : "\(patterns) patterns")."
        case .lintProblems(let count):
            count == 1 ? "1 problem found." : "\(count) problems found."

        case .buildWritten(let runbooks, let pages, let runbooksPath, let sitePath, let indexKilobytes):
            "Wrote \(runbooks) runbooks to \(runbooksPath) and \(pages) pages to \(sitePath) (search and matcher index \(indexKilobytes) KB)."
        case .buildFailed(let path, let reason):
            "Build failed while writing \(path): \(reason). The previous output was left unchanged."
        case .progressReading(let done, let total):
            "Reading pattern files: \(done)/\(total)"
        case .progressRendering(let done, let total):
            "Rendering runbooks and pages: \(done)/\(total)"
        case .progressWriting(let done, let total):
            "Writing files: \(done)/\(total)"
        case .buildUpToDate(let path):
            "\(path) is up to date."
        case .buildMissing(let path):
            "\(path) does not exist yet, so there is nothing to compare with a fresh build."
        case .buildStale(let path, let count):
            "\(path) is out of date: \(count == 1 ? "1 file differs" : "\(count) files differ") from a fresh build."
        case .staleFile(let path):
            "  \(path)"
        case .buildCheckHint(let command):
            "Run '\(command)' and commit the result."
        case .patternNotFound(let id, let suggestion):
            "No pattern has the id '\(id)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? " Run 'runbook list' to see the ids.")
        case .noPatternsListed:
            "No pattern fits these filters."
        case .unknownFilterValue(let option, let value, let suggestion):
            "No pattern has \(option) '\(value)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? " Run 'runbook list' to see every pattern.")
        case .listRow(let id, let severity, let services, let title):
            "\(id)  [\(severity)] \(services)  \(title)"
        case .newFileExists(let path):
            "\(path) exists already. Choose another id, or remove the file first."
        case .newWriteFailed(let path, let reason):
            "Cannot write \(path): \(reason). Check that the folder exists and is writable."
        case .newCreated(let english, let japanese, let lintCommand):
            "Wrote \(english) and \(japanese). Replace every TODO, then run '\(lintCommand)'."
        case .evalFileNotFound(let path):
            "File not found: \(path). Give the path of a JSON Lines file of labelled pastes."
        case .evalFileInvalid(let location, let reason):
            switch reason {
            case .invalidJSON: "\(location): invalid JSON; write one object per line such as {\"text\": \"...\", \"id\": null}"
            case .missingText: "\(location): missing \"text\"; give the paste as a string"
            case .invalidID: "\(location): invalid \"id\"; use a pattern id string, or null when no pattern may match"
            }
        case .evalTopOne(let correct, let total, let percent):
            "Top-1 accuracy on cases with a pattern: \(correct)/\(total) (\(percent)%)"
        case .evalAbstain(let correct, let total, let percent):
            "Abstained on cases with no pattern: \(correct)/\(total) (\(percent)%)"
        case .evalMissesHeader:
            "Misses:"
        case .evalMiss(let location, let expected, let actual, let closest):
            "  \(location): expected \(expected ?? "no match"), got \(actual ?? "no match")\(closest)"
        case .evalBelowThreshold(let threshold):
            "At least one figure is below \(threshold)%."
        }
    }
}

extension UsageError {
    var english: String {
        switch self {
        case .unknownCommand(let command, let suggestion):
            "Unknown command '\(command)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
        case .unknownOption(let option, let command, let suggestion):
            "Unknown option '\(option)'" + (command.map { " for '\($0.rawValue)'" } ?? "") + "."
                + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
        case .missingValue(let option):
            "Option '\(option)' needs a value."
        case .invalidLanguage(let value):
            "Invalid language '\(value)' for --lang. Use 'ja' or 'en'."
        case .invalidNumber(let option, let value):
            "Invalid value '\(value)' for \(option). Use a whole number of 1 or more."
        case .invalidPercent(let option, let value):
            "Invalid value '\(value)' for \(option). Use a percentage from 0 to 100."
        case .missingArgument(let name):
            "Missing argument \(name)."
        case .invalidSeverity(let value):
            "Invalid severity '\(value)'. Use critical, high, medium or low."
        case .invalidPatternID(let id):
            "Invalid pattern id '\(id)'. Use lowercase kebab-case such as 'sns-topic-denied'."
        case .reservedPatternID(let id):
            "Pattern id '\(id)' is the name of a site page. Choose another, such as '\(id)-failed'."
        case .invalidTitle(let value):
            "Invalid value '\(value)' for --title. Give the site's name on one line, such as 'ACME runbooks'."
        case .invalidBaseURL(let value):
            "Invalid value '\(value)' for --base-url. Use the site's absolute http or https address without query, fragment or user name, such as 'https://docs.example.com/runbook/'."
        case .unexpectedArgument(let argument):
            "Unexpected argument '\(argument)'."
        }
    }
}

extension Problem {
    var english: String {
        switch self {
        case .unreadableFile(let reason):
            "cannot read the file (\(reason)); check its permissions"
        case .invalidUTF8:
            "the file is not valid UTF-8; save it as UTF-8"
        case .invalidFileName(let name):
            "file name '\(name)' is not ID.LANG.md; rename it like 'sns-topic-denied.en.md' with a lowercase kebab-case ID and LANG 'en' or 'ja'"
        case .missingFrontMatter:
            "missing front matter; start the file with a line '---', the keys, and another '---'"
        case .unterminatedFrontMatter:
            "front matter is not closed; add a line '---' after the last key"
        case .invalidFrontMatterLine(let text):
            "invalid front-matter line '\(text)'; write 'key: value', a list '[a, b]', or '- item' under 'key:'"
        case .unknownKey(let key, let suggestion):
            "unknown front-matter key '\(key)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "; valid keys are id, services, severity, tags, owner, reviewed, related, confusable")
        case .duplicateKey(let key, let firstLine):
            "key '\(key)' appears again (first on line \(firstLine)); keep one"
        case .missingKey(let key):
            "missing front-matter key '\(key)'; add a line '\(key): ...' between the '---' lines"
        case .invalidID(let id):
            "invalid id '\(id)'; use lowercase kebab-case such as 'sns-topic-denied'"
        case .reservedID(let id):
            "id '\(id)' is the name of a site page; choose another, such as '\(id)-failed'"
        case .idDiffersFromFileName(let id, let fileID):
            "id '\(id)' differs from the file name's '\(fileID)'; make them equal"
        case .invalidSeverity(let value):
            "invalid severity '\(value)'; use critical, high, medium or low"
        case .invalidDate(let value):
            "invalid date '\(value)' for reviewed; use a real date as YYYY-MM-DD"
        case .invalidServiceName(let value):
            "invalid service name '\(value)'; use lowercase kebab-case such as 'cloudwatch'"
        case .invalidTagName(let value):
            "invalid tag '\(value)'; use lowercase kebab-case such as 'key-policy'"
        case .emptyList(let key):
            "'\(key)' is empty; list at least one value"
        case .metadataDiffers(let key, let value, let otherPath, let otherValue):
            "'\(key)' is '\(value)' here but '\(otherValue)' in \(otherPath); both language files must have the same value"
        case .missingTitle:
            "missing title; add a level-1 heading '# Title' after the front matter"
        case .extraTitle(let firstLine):
            "second level-1 heading (the title is on line \(firstLine)); use '##' for sections"
        case .missingSection(let kind):
            "missing section '## \(kind.heading(in: .english))' (or '## \(kind.heading(in: .japanese))')"
        case .repeatedSection(let kind, let firstLine):
            "section '\(kind.heading(in: .english))' appears again (first on line \(firstLine)); merge them"
        case .unknownSection(let heading, let suggestion):
            if let suggestion {
                "unknown section '\(heading)'; did you mean '## \(suggestion.heading(in: .english))' (or '## \(suggestion.heading(in: .japanese))')?"
            } else {
                "unknown section '\(heading)'; use Signatures, Impact, Cause, Fix, Verify, Checklist, Examples, Near misses or References (or their Japanese names), or '###' for a subheading"
            }
        case .missingCodeBlock(let kind):
            "section '\(kind.heading(in: .english))' has no fenced code block; put each \(kind == .signatures ? "signature" : "paste") in its own ``` block"
        case .emptyCodeBlock(let kind):
            "empty code block in '\(kind.heading(in: .english))'; put the text in it or remove it"
        case .missingReferenceLink:
            "References has no link; add at least one '[title](https://...)'"
        case .duplicateID(let id, let otherPath):
            "id '\(id)' is also defined in \(otherPath); give one of them another id"
        case .unresolvedPatternLink(let key, let id):
            "'\(key)' names '\(id)', which is not another pattern of this catalog; fix the id or remove it"
        case .invalidJSON(let column, let expected):
            "invalid JSON at column \(column): expected \(expected); fix it, because AWS rejects such a policy"
                + ", or mark the block as text if it is not meant to be complete"
        case .missingLanguageFile(let id, let language):
            "missing \(id).\(language.rawValue).md; every pattern needs both ID.en.md and ID.ja.md"
        case .exampleDoesNotMatch(let id, let winner):
            "example does not match pattern '\(id)'"
                + (winner.map { "; '\($0)' matched instead" } ?? "; no pattern matched")
                + "; adjust the signatures or the example"
        case .indistinguishableSignatures(let otherID, let otherLocation):
            "this signature and the one of '\(otherID)' at \(otherLocation) match each other; no paste can tell the two patterns apart, so make one of them more specific"
        case .unfinishedText(let text):
            "unfinished line '\(text)'; replace the TODO with the real text"
        case .nearMissSelectsPattern(let id):
            "near miss selects pattern '\(id)'; make a signature more specific or remove the near miss"
        }
    }
}

func formatted(_ score: Double) -> String {
    let hundredths = Int((score * 100).rounded())
    return "\(hundredths / 100).\(String(format: "%02d", hundredths % 100))"
}
