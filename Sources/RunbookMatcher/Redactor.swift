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
enum RedactionScope {
    /// Every rule, for pasted text.
    case text

    /// The rules that cannot mistake a resource name for a value, for the resource part of an ARN.
    /// Host names, UUIDs and base64 runs stay, because `my.bucket.example.com`, a KMS key id
    /// or a 40-character role path are names there.
    case arnResource
}

/// A single left-to-right pass that copies bytes to `output` and replaces each value it finds.
struct RedactionScanner {
    let bytes: [UInt8]
    let scope: RedactionScope
    var output: [UInt8] = []

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

    mutating func replace(upTo end: Int, with placeholder: String) -> Int {
        output.append(contentsOf: placeholder.utf8)
        return end
    }

    // MARK: Byte access

    func byte(at index: Int) -> UInt8? {
        index >= 0 && index < bytes.count ? bytes[index] : nil
    }

    func byte(before index: Int) -> UInt8? {
        byte(at: index - 1)
    }

    /// Returns the index after the bytes from `start` that satisfy `predicate`, reading at most
    /// `maximumLength` bytes.
    func runEnd(from start: Int, while predicate: (UInt8) -> Bool, maximumLength: Int = .max) -> Int {
        var end = start
        while end < bytes.count, end - start < maximumLength, predicate(bytes[end]) {
            end += 1
        }
        return end
    }

    func hasPrefix(_ prefix: [UInt8], at start: Int, caseInsensitive: Bool) -> Bool {
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
