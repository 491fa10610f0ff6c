/// Masks sensitive values in a pasted error so that it can go into a ticket or a chat, and keeps
/// every other byte: line breaks, spacing, quotes, non-ASCII text, error codes, service names,
/// regions and resource names.
///
/// Each kind of value becomes a fixed placeholder:
///
/// | Value | Placeholder |
/// | --- | --- |
/// | Account id: 12 digits alone or written `1234-5678-9012`, the account field of an ARN, or a 12-digit part of an AWS host name such as `123456789012.dkr.ecr.us-east-1.amazonaws.com` | `<account>` |
/// | IPv4 address, or IPv6 address in full, compressed (`::`) or IPv4-suffixed form | `<ip>` |
/// | E-mail address | `<email>` |
/// | IAM key or unique id: `AKIA`, `ASIA`, `AROA`, `AIDA` or another IAM prefix, then 16 or 17 upper-case letters and digits | `<access-key-id>` |
/// | Value after `aws_secret_access_key`, `secret_access_key` or `SecretAccessKey`, or a standalone run of exactly 40 base64 characters with upper and lower case and a digit, `/` or `+` | `<secret>` |
/// | Value after `aws_session_token`, `aws_security_token`, `SessionToken` or `X-Amz-Security-Token`, or a standalone base64 run of 100 or more characters with upper case, lower case and a digit | `<session-token>` |
/// | UUID, or the value after `Request ID`, `RequestId`, `x-amz-request-id`, `HostId`, `x-amz-id-2` and their variants, or inside `<RequestId>` and `<HostId>` elements | `<request-id>` |
/// | Host name with three or more labels that ends in a common top-level domain, `.internal` or `.local`, or a host name whose first label spells an IPv4 address, such as `ip-10-0-1-23` or `ec2-54-250-1-2` | `<host>` |
/// | Value of the `X-Amz-Signature`, `X-Amz-Credential` or `Signature` parameter of a presigned URL | `<redacted>` |
///
/// Host names under AWS domains (`sns.us-east-1.amazonaws.com`, `docs.aws.amazon.com`) and a few
/// public project domains (`registry.terraform.io`, `node.kubernetes.io`) are kept, because they
/// name a service rather than the user's systems. The resource part of an ARN keeps its names and
/// UUIDs, such as a bucket named like a domain or a KMS key id, but account ids, key ids, e-mail
/// and IP addresses inside it are masked.
///
/// Each pass reads the UTF-8 bytes from left to right. At each byte it tries the rules in a fixed
/// order: labelled values, ARNs, e-mail addresses, host names, IP addresses, UUIDs, long base64
/// runs, key ids and account ids. The first rule that matches writes its replacement and the pass
/// resumes after the match, so two replacements never overlap. A rule starts only where a run of
/// its characters starts, so a pass takes time linear in the length of the text. No rule matches
/// a placeholder, and passes repeat until one changes nothing, so redacting twice gives the same
/// text as redacting once. A text without values takes one pass and each paste in the tests two.
///
/// NOTE: The number of passes has no constant bound. A chain of values, each recognizable only
/// once the value beside it is a placeholder, takes one more pass per link.
public enum Redactor {
    /// Returns `text` with account ids, the account part of ARNs, IP addresses, e-mail addresses,
    /// access key ids, secret access keys, session tokens, request ids and host names masked.
    public static func redact(_ text: String) -> String {
        // A replacement changes the bytes beside it, so a pass can leave a value that only the
        // next pass finds. In `fe80:0:0:1::` followed directly by a secret, the address counts
        // only once the secret is a placeholder. Passes repeat until one changes nothing. The
        // loop ends because no replaced value contains `<` or `>`, so each pass that changes the
        // text turns bytes outside placeholders into one.
        var bytes = Array(text.utf8)
        while true {
            var scanner = RedactionScanner(bytes: bytes, scope: .text)
            scanner.scan()
            if scanner.output == bytes {
                return String(decoding: bytes, as: UTF8.self)
            }
            bytes = scanner.output
        }
    }
}

/// The rules a scan applies.
private enum RedactionScope {
    /// Every rule, for pasted text.
    case text

    /// The rules that cannot mistake a resource name for a value, for the resource part of an ARN.
    /// Host names, UUIDs and base64 runs stay, because `my.bucket.example.com`, a KMS key id
    /// or a 40-character role path are names there.
    case arnResource
}

/// A single left-to-right pass that copies bytes to `output` and replaces each value it finds.
private struct RedactionScanner {
    let bytes: [UInt8]
    let scope: RedactionScope
    private(set) var output: [UInt8] = []

    init(bytes: [UInt8], scope: RedactionScope) {
        self.bytes = bytes
        self.scope = scope
        output.reserveCapacity(bytes.count)
    }

    mutating func scan() {
        var position = 0
        while position < bytes.count {
            if let end = redactValue(at: position) {
                position = end
            } else {
                output.append(bytes[position])
                position += 1
            }
        }
    }

    /// Writes the replacement of the value that starts at `start` and returns the index after
    /// the value, or returns nil without writing anything when no value starts there.
    private mutating func redactValue(at start: Int) -> Int? {
        if scope == .text {
            if let end = redactLabeledValue(at: start) {
                return end
            }
            if let end = redactARN(at: start) {
                return end
            }
        }

        if let end = emailEnd(from: start) {
            return replace(upTo: end, with: Placeholder.email)
        }
        if scope == .text, let end = redactHost(at: start) {
            return end
        }
        if let end = ipv6End(from: start) ?? ipv4End(from: start) {
            return replace(upTo: end, with: Placeholder.ip)
        }

        if scope == .text {
            if let end = uuidEnd(from: start) {
                return replace(upTo: end, with: Placeholder.requestID)
            }
            // A base64 run comes before key and account ids, so that a secret that happens to
            // start with `AKIA` or with 12 digits is masked whole, not cut in two.
            if let run = base64Run(from: start) {
                if run.isSessionToken {
                    return replace(upTo: run.paddedEnd, with: Placeholder.sessionToken)
                }
                if run.isSecret {
                    return replace(upTo: run.end, with: Placeholder.secret)
                }
            }
        }

        if let end = keyIDEnd(from: start) {
            return replace(upTo: end, with: Placeholder.accessKeyID)
        }
        if let end = accountEnd(from: start) {
            return replace(upTo: end, with: Placeholder.account)
        }
        return nil
    }

    private mutating func replace(upTo end: Int, with placeholder: String) -> Int {
        output.append(contentsOf: placeholder.utf8)
        return end
    }

    // MARK: Labelled values

    /// Masks the value after a label such as `Request ID:`, `"SecretAccessKey": "` or
    /// `X-Amz-Signature=`.
    private mutating func redactLabeledValue(at start: Int) -> Int? {
        guard bytes[start].isASCIILetter, !(byte(before: start)?.isASCIIAlphanumeric ?? false) else {
            return nil
        }

        for label in ValueLabel.all where hasPrefix(label.name, at: start, caseInsensitive: true) {
            guard let valueStart = valueStart(after: start + label.name.count, in: label.form, labelStart: start) else {
                continue
            }
            let valueEnd = runEnd(from: valueStart, while: label.value.allows, maximumLength: label.value.maximumLength + 1)
            let value = bytes[valueStart..<valueEnd]
            guard (label.value.minimumLength...label.value.maximumLength).contains(value.count) else {
                continue
            }
            if label.value == .requestID, !value.contains(where: \.isASCIIDigit) {
                continue
            }

            output.append(contentsOf: bytes[start..<valueStart])
            return replace(upTo: valueEnd, with: label.value.placeholder)
        }
        return nil
    }

    /// Returns the index where the value starts after a label that ends at `labelEnd`, or nil
    /// when the bytes there do not separate a label from its value.
    private func valueStart(after labelEnd: Int, in form: ValueLabel.Form, labelStart: Int) -> Int? {
        switch form {
        case .queryParameter:
            return byte(at: labelEnd) == ASCII.equals ? labelEnd + 1 : nil

        case .xmlElement:
            guard byte(before: labelStart) == ASCII.lessThan, byte(at: labelEnd) == ASCII.greaterThan else {
                return nil
            }
            return labelEnd + 1

        case .field:
            // A field is `label`, an optional closing quote, spaces, `:` or `=`, spaces and an
            // optional opening quote, as in `Request ID: x` and `"SecretAccessKey": "x"`.
            var cursor = labelEnd
            if byte(at: cursor).map(ASCII.isQuote) == true {
                cursor += 1
            }
            cursor = runEnd(from: cursor, while: ASCII.isBlank)
            guard byte(at: cursor) == ASCII.colon || byte(at: cursor) == ASCII.equals else {
                return nil
            }
            cursor = runEnd(from: cursor + 1, while: ASCII.isBlank)
            if byte(at: cursor).map(ASCII.isQuote) == true {
                cursor += 1
            }
            return cursor
        }
    }

    // MARK: ARNs

    /// Copies an ARN with its account field masked, and scans its resource part with the rules
    /// of `RedactionScope.arnResource`.
    private mutating func redactARN(at start: Int) -> Int? {
        guard hasPrefix(ARN.scheme, at: start, caseInsensitive: false),
              !(byte(before: start)?.isASCIIAlphanumeric ?? false)
        else {
            return nil
        }

        // Partition, service, region and account, each ended by a colon. The length caps keep
        // a text that only starts like an ARN from being read far.
        guard let partitionEnd = arnFieldEnd(from: start + 4, maximumLength: 32, allowing: ARN.isNameCharacter),
              partitionEnd > start + 4,
              let serviceEnd = arnFieldEnd(from: partitionEnd + 1, maximumLength: 64, allowing: ARN.isServiceCharacter),
              let regionEnd = arnFieldEnd(from: serviceEnd + 1, maximumLength: 32, allowing: ARN.isNameCharacter),
              let accountEnd = arnFieldEnd(from: regionEnd + 1, maximumLength: 16, allowing: ARN.isAccountCharacter)
        else {
            return nil
        }
        let accountStart = regionEnd + 1
        let resourceStart = accountEnd + 1
        let resourceEnd = runEnd(from: resourceStart, while: ARN.isResourceCharacter)
        guard resourceEnd > resourceStart else {
            return nil
        }

        output.append(contentsOf: bytes[start..<accountStart])
        let account = bytes[accountStart..<accountEnd]
        if account.count == 12, account.allSatisfy(\.isASCIIDigit) {
            output.append(contentsOf: Placeholder.account.utf8)
        } else {
            output.append(contentsOf: account)
        }
        output.append(ASCII.colon)

        var resourceScanner = RedactionScanner(bytes: Array(bytes[resourceStart..<resourceEnd]), scope: .arnResource)
        resourceScanner.scan()
        output.append(contentsOf: resourceScanner.output)
        return resourceEnd
    }

    /// Returns the index of the colon that ends an ARN field starting at `start`.
    private func arnFieldEnd(from start: Int, maximumLength: Int, allowing isAllowed: (UInt8) -> Bool) -> Int? {
        let end = runEnd(from: start, while: isAllowed, maximumLength: maximumLength + 1)
        guard end - start <= maximumLength, byte(at: end) == ASCII.colon else {
            return nil
        }
        return end
    }

    // MARK: E-mail addresses and host names

    private func emailEnd(from start: Int) -> Int? {
        guard Host.isEmailLocalCharacter(bytes[start]) else {
            return nil
        }
        if let previous = byte(before: start), Host.isEmailLocalCharacter(previous) || previous == ASCII.at {
            return nil
        }

        let at = runEnd(from: start, while: Host.isEmailLocalCharacter)
        guard byte(at: at) == ASCII.at else {
            return nil
        }
        let domainEnd = trimmingDots(before: runEnd(from: at + 1, while: Host.isNameCharacter), after: at + 1)
        let domain = bytes[(at + 1)..<domainEnd]
        // `ec2-user@ec2-54-250-1-2.compute.amazonaws.com` is an SSH login, not an address: the
        // host rule masks the host and the user name stays.
        if Host.mayStartWithIPv4Label(domain), Host.firstLabelSpellsIPv4(domain) {
            return nil
        }
        let labels = domain.split(separator: ASCII.dot, omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy(Host.isValidLabel),
              let topLevel = labels.last, topLevel.count >= 2, topLevel.allSatisfy(\.isASCIILetter)
        else {
            return nil
        }
        return domainEnd
    }

    /// Masks a host name, or copies a kept AWS or project host name with its account ids masked.
    private mutating func redactHost(at start: Int) -> Int? {
        guard bytes[start].isASCIIAlphanumeric else {
            return nil
        }
        if let previous = byte(before: start), Host.isNameCharacter(previous) || previous == ASCII.underscore {
            return nil
        }

        let runEnd = runEnd(from: start, while: Host.isNameCharacter)
        let end = trimmingDots(before: runEnd, after: start)
        let name = bytes[start..<end]
        let dotCount = name.reduce(0) { $1 == ASCII.dot ? $0 + 1 : $0 }
        let spellsIPv4 = Host.mayStartWithIPv4Label(name) && Host.firstLabelSpellsIPv4(name)
        guard dotCount >= 2 || spellsIPv4 else {
            return nil
        }
        if spellsIPv4 {
            return replace(upTo: end, with: Placeholder.host)
        }

        let labels = name.split(separator: ASCII.dot, omittingEmptySubsequences: false)
        guard labels.allSatisfy(Host.isValidLabel), let topLevel = labels.last,
              Host.commonTopLevelDomains.contains(String(decoding: topLevel, as: UTF8.self).lowercased())
        else {
            return nil
        }

        guard Host.isKeptDomain(labels) else {
            return replace(upTo: end, with: Placeholder.host)
        }
        appendMaskingAccounts(name)
        return end
    }

    /// Copies `name`, replacing each run of exactly 12 digits between non-alphanumeric bytes with
    /// the account placeholder.
    private mutating func appendMaskingAccounts(_ name: ArraySlice<UInt8>) {
        var cursor = name.startIndex
        while cursor < name.endIndex {
            guard name[cursor].isASCIIDigit else {
                output.append(name[cursor])
                cursor += 1
                continue
            }
            let digitsEnd = name[cursor...].firstIndex { !$0.isASCIIDigit } ?? name.endIndex
            let isDelimited = (cursor == name.startIndex || !name[cursor - 1].isASCIIAlphanumeric)
                && (digitsEnd == name.endIndex || !name[digitsEnd].isASCIIAlphanumeric)
            if digitsEnd - cursor == 12, isDelimited {
                output.append(contentsOf: Placeholder.account.utf8)
            } else {
                output.append(contentsOf: name[cursor..<digitsEnd])
            }
            cursor = digitsEnd
        }
    }

    /// Returns `end` moved back over the dots that end a sentence, but not before `start`.
    private func trimmingDots(before end: Int, after start: Int) -> Int {
        var trimmed = end
        while trimmed > start, bytes[trimmed - 1] == ASCII.dot {
            trimmed -= 1
        }
        return trimmed
    }

    // MARK: IP addresses

    private func ipv4End(from start: Int) -> Int? {
        guard bytes[start].isASCIIDigit else {
            return nil
        }
        if let previous = byte(before: start), previous.isASCIIAlphanumeric || previous == ASCII.dot {
            return nil
        }

        // "255.255.255.255." has 16 bytes with a full stop, so a run that reaches the cap is a
        // version number or similar, rejected without reading it to its end.
        let runEnd = runEnd(from: start, while: { $0.isASCIIDigit || $0 == ASCII.dot }, maximumLength: 20)
        let end = trimmingDots(before: runEnd, after: start)
        let address = bytes[start..<end]
        guard runEnd - start < 20, address.lazy.filter({ $0 == ASCII.dot }).count == 3, IPAddress.isIPv4(address),
              !(byte(at: end)?.isASCIIAlphanumeric ?? false)
        else {
            return nil
        }
        return end
    }

    private func ipv6End(from start: Int) -> Int? {
        guard bytes[start].isASCIIHexDigit || bytes[start] == ASCII.colon else {
            return nil
        }
        if let previous = byte(before: start),
           previous.isASCIIAlphanumeric || previous == ASCII.colon || previous == ASCII.dot || previous == ASCII.underscore {
            return nil
        }

        // The maximum textual length is 45 bytes, for eight groups with an IPv4 suffix.
        let isAddressCharacter: (UInt8) -> Bool = { $0.isASCIIHexDigit || $0 == ASCII.colon || $0 == ASCII.dot }
        let runEnd = runEnd(from: start, while: isAddressCharacter, maximumLength: 46)
        guard runEnd - start <= 45, !(byte(at: runEnd)?.isASCIIAlphanumeric ?? false) else {
            return nil
        }

        // A colon or dot that ends a sentence or a log field, as in "from 2001:db8::1: reset",
        // is not part of the address. A compressed address can end in "::", so it keeps that.
        var end = trimmingDots(before: runEnd, after: start)
        if end - start >= 2, bytes[end - 1] == ASCII.colon, bytes[end - 2] != ASCII.colon {
            end -= 1
        }
        guard IPAddress.isIPv6(bytes[start..<end]) else {
            return nil
        }
        return end
    }

    // MARK: Ids, keys and tokens

    private func uuidEnd(from start: Int) -> Int? {
        guard bytes[start].isASCIIHexDigit, !(byte(before: start)?.isASCIIAlphanumeric ?? false) else {
            return nil
        }

        var cursor = start
        for (index, length) in [8, 4, 4, 4, 12].enumerated() {
            if index > 0 {
                guard byte(at: cursor) == ASCII.hyphen else {
                    return nil
                }
                cursor += 1
            }
            let groupEnd = runEnd(from: cursor, while: \.isASCIIHexDigit, maximumLength: length)
            guard groupEnd - cursor == length else {
                return nil
            }
            cursor = groupEnd
        }
        guard !(byte(at: cursor)?.isASCIIAlphanumeric ?? false) else {
            return nil
        }
        return cursor
    }

    /// Returns the run of base64 characters that starts at `start`, or nil when `start` is
    /// inside a run.
    private func base64Run(from start: Int) -> Base64Run? {
        guard bytes[start].isBase64Character, !(byte(before: start)?.isBase64Character ?? false) else {
            return nil
        }

        var run = Base64Run(start: start, end: start, paddedEnd: start, previous: byte(before: start), next: nil)
        while run.end < bytes.count, bytes[run.end].isBase64Character {
            run.record(bytes[run.end])
            run.end += 1
        }
        run.paddedEnd = runEnd(from: run.end, while: { $0 == ASCII.equals }, maximumLength: 2)
        run.next = byte(at: run.paddedEnd)
        return run
    }

    private func keyIDEnd(from start: Int) -> Int? {
        guard bytes[start] == UInt8(ascii: "A"), start + 4 <= bytes.count,
              !(byte(before: start)?.isASCIIAlphanumeric ?? false),
              KeyID.prefixes.contains(Array(bytes[start..<(start + 4)]))
        else {
            return nil
        }

        let end = runEnd(from: start + 4, while: { $0.isASCIIUppercase || $0.isASCIIDigit }, maximumLength: 18)
        guard KeyID.bodyLengths.contains(end - start - 4), !(byte(at: end)?.isASCIIAlphanumeric ?? false) else {
            return nil
        }
        return end
    }

    /// Returns the end of a 12-digit account id, written plain or as `1234-5678-9012`.
    private func accountEnd(from start: Int) -> Int? {
        guard bytes[start].isASCIIDigit else {
            return nil
        }
        // A letter, digit or dot before the run makes it part of a word or a longer or decimal
        // number.
        if let previous = byte(before: start), previous.isASCIIAlphanumeric || previous == ASCII.dot {
            return nil
        }

        let plainEnd = runEnd(from: start, while: \.isASCIIDigit, maximumLength: 13)
        if plainEnd - start == 12, !(byte(at: plainEnd)?.isASCIIAlphanumeric ?? false),
           !(byte(at: plainEnd) == ASCII.dot && byte(at: plainEnd + 1)?.isASCIIDigit == true) {
            return plainEnd
        }

        // The console writes an account id in three groups of four digits.
        guard plainEnd - start == 4, byte(before: start) != ASCII.hyphen else {
            return nil
        }
        var cursor = plainEnd
        for _ in 0..<2 {
            guard byte(at: cursor) == ASCII.hyphen else {
                return nil
            }
            let groupEnd = runEnd(from: cursor + 1, while: \.isASCIIDigit, maximumLength: 5)
            guard groupEnd - cursor - 1 == 4 else {
                return nil
            }
            cursor = groupEnd
        }
        if let next = byte(at: cursor), next.isASCIIAlphanumeric || next == ASCII.hyphen {
            return nil
        }
        return cursor
    }

    // MARK: Byte access

    private func byte(at index: Int) -> UInt8? {
        index >= 0 && index < bytes.count ? bytes[index] : nil
    }

    private func byte(before index: Int) -> UInt8? {
        byte(at: index - 1)
    }

    /// Returns the index after the bytes from `start` that satisfy `predicate`, reading at most
    /// `maximumLength` bytes.
    private func runEnd(from start: Int, while predicate: (UInt8) -> Bool, maximumLength: Int = .max) -> Int {
        var end = start
        while end < bytes.count, end - start < maximumLength, predicate(bytes[end]) {
            end += 1
        }
        return end
    }

    private func hasPrefix(_ prefix: [UInt8], at start: Int, caseInsensitive: Bool) -> Bool {
        guard start + prefix.count <= bytes.count else {
            return false
        }
        for (offset, expected) in prefix.enumerated() {
            let actual = bytes[start + offset]
            if (caseInsensitive ? actual.asciiLowercased : actual) != expected {
                return false
            }
        }
        return true
    }
}
