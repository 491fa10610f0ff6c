/// The placeholders, labels and character classes that `Redactor`'s scanner uses, kept apart
/// from the scanner so that each file reads on its own.

/// The placeholders that replace masked values.
enum Placeholder {
    static let account = "<account>"
    static let ip = "<ip>"
    static let email = "<email>"
    static let accessKeyID = "<access-key-id>"
    static let secret = "<secret>"
    static let sessionToken = "<session-token>"
    static let requestID = "<request-id>"
    static let host = "<host>"
    static let presignedValue = "<redacted>"
}

/// A label whose value is masked because of its position after the label, whatever its
/// characters, within the length limits of its kind.
struct ValueLabel {
    enum Form {
        /// `label: value`, `label=value` or `"label": "value"`.
        case field

        /// `<Label>value`, as in an S3 error document.
        case xmlElement

        /// `label=value` with nothing between, as in a URL query.
        case queryParameter
    }

    /// The label in lower case, matched without regard to case.
    let name: [UInt8]
    let value: LabeledValue
    let form: Form

    init(_ name: String, _ value: LabeledValue, _ form: Form = .field) {
        self.name = Array(name.utf8)
        self.value = value
        self.form = form
    }

    static let all: [ValueLabel] = [
        ValueLabel("aws_secret_access_key", .secret),
        ValueLabel("secret_access_key", .secret),
        ValueLabel("secretaccesskey", .secret),
        ValueLabel("aws_session_token", .sessionToken),
        ValueLabel("aws_security_token", .sessionToken),
        ValueLabel("session_token", .sessionToken),
        ValueLabel("sessiontoken", .sessionToken),
        ValueLabel("x-amz-security-token", .sessionToken),
        ValueLabel("request id", .requestID),
        ValueLabel("requestid", .requestID),
        ValueLabel("request-id", .requestID),
        ValueLabel("request_id", .requestID),
        ValueLabel("host id", .requestID),
        ValueLabel("hostid", .requestID),
        ValueLabel("x-amz-id-2", .requestID),
        ValueLabel("requestid", .requestID, .xmlElement),
        ValueLabel("hostid", .requestID, .xmlElement),
        ValueLabel("x-amz-signature", .presignedParameter, .queryParameter),
        ValueLabel("x-amz-credential", .presignedParameter, .queryParameter),
        ValueLabel("signature", .presignedParameter, .queryParameter),
    ]
}

/// The kinds of labelled value, each with the bytes it may contain.
enum LabeledValue {
    case secret
    case sessionToken
    case requestID
    case presignedParameter

    var placeholder: String {
        switch self {
        case .secret: Placeholder.secret
        case .sessionToken: Placeholder.sessionToken
        case .requestID: Placeholder.requestID
        case .presignedParameter: Placeholder.presignedValue
        }
    }

    /// The shortest value that is masked. A label with a shorter value, such as
    /// `"SecretAccessKey": null` or `Request ID: null`, shows no secret and stays. A request id
    /// must also contain a digit, because S3 ids, extended ids and UUIDs all do.
    var minimumLength: Int {
        switch self {
        case .secret, .sessionToken: 16
        case .requestID: 8
        case .presignedParameter: 1
        }
    }

    /// The longest value that is masked. An S3 extended request id, the longest kind of request
    /// id, has about 76 characters. The cap also keeps a run of labels without a digit, such as
    /// `RequestId=RequestId=…`, from being read once per label.
    var maximumLength: Int {
        switch self {
        case .requestID: 128
        case .secret, .sessionToken, .presignedParameter: .max - 1
        }
    }

    func allows(_ byte: UInt8) -> Bool {
        switch self {
        case .secret:
            byte.isBase64Character || byte == ASCII.equals
        case .sessionToken:
            // A token in a URL query is percent-encoded.
            byte.isBase64Character || byte == ASCII.equals || byte == ASCII.percent
        case .requestID:
            byte.isBase64Character || byte == ASCII.equals || byte == ASCII.hyphen
        case .presignedParameter:
            byte > 0x20 && byte < 0x7F && !ASCII.presignedValueTerminators.contains(byte)
        }
    }
}

/// A maximal run of base64 characters, with what the secret and session token rules check.
struct Base64Run {
    let start: Int
    var end: Int

    /// The end including up to two `=` padding bytes.
    var paddedEnd: Int
    var previous: UInt8?
    var next: UInt8?
    var hasUppercase = false
    var hasLowercase = false
    var hasDigit = false
    var hasSymbol = false

    init(start: Int, end: Int, paddedEnd: Int, previous: UInt8?, next: UInt8?) {
        self.start = start
        self.end = end
        self.paddedEnd = paddedEnd
        self.previous = previous
        self.next = next
    }

    mutating func record(_ byte: UInt8) {
        if byte.isASCIIUppercase {
            hasUppercase = true
        } else if byte.isASCIILowercase {
            hasLowercase = true
        } else if byte.isASCIIDigit {
            hasDigit = true
        } else {
            hasSymbol = true
        }
    }

    /// A Boolean value indicating whether the run is an unlabelled session token. An STS session
    /// token has hundreds of base64 characters. The minimum of 100 stays above a base64 SHA-512
    /// digest, which has 88, and a hex digest has no upper-case letters.
    var isSessionToken: Bool {
        end - start >= 100 && hasUppercase && hasLowercase && hasDigit
    }

    /// A Boolean value indicating whether the run is an unlabelled secret access key: exactly 40
    /// characters with mixed case and a digit, `/` or `+`, so that a lower-case SHA-1 hash stays.
    /// A run after a dot, as in the path of `docs.aws.amazon.com/IAM/...`, and a run followed by
    /// padding, `-` or `_`, which make it part of a longer token, are not secrets.
    var isSecret: Bool {
        guard end - start == 40, paddedEnd == end, hasUppercase, hasLowercase, hasDigit || hasSymbol else {
            return false
        }
        return previous != ASCII.dot && next != ASCII.hyphen && next != ASCII.underscore
    }
}

/// The parts of an ARN, `arn:partition:service:region:account:resource`.
enum ARN {
    static let scheme = Array("arn:".utf8)

    static func isNameCharacter(_ byte: UInt8) -> Bool {
        byte.isASCIILowercase || byte.isASCIIDigit || byte == ASCII.hyphen
    }

    static func isServiceCharacter(_ byte: UInt8) -> Bool {
        isNameCharacter(byte) || byte == ASCII.dot
    }

    /// Returns whether `byte` can be part of an account field, which contains 12 digits, `aws` for
    /// AWS managed policies, nothing for S3, or the placeholder of an earlier pass.
    static func isAccountCharacter(_ byte: UInt8) -> Bool {
        byte.isASCIIAlphanumeric || byte == ASCII.hyphen || byte == ASCII.lessThan || byte == ASCII.greaterThan
    }

    /// Returns whether `byte` can be part of a resource, which ends at the first space, quote,
    /// bracket or separator that ends it in prose, JSON or a log line, or at a non-ASCII byte.
    static func isResourceCharacter(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F && !ASCII.resourceTerminators.contains(byte)
    }
}

/// Host names and the e-mail addresses that contain them.
enum Host {
    /// Top-level domains whose host names are masked: common generic ones, a short list of country
    /// codes and private suffixes. Country codes that are also file extensions, such as `py`,
    /// `sh`, `md`, `rs`, `pl` and `ai`, are left out, so that `setup.config.py` stays.
    ///
    /// NOTE: The list is chosen by hand, so a host name under any other top-level domain, such as
    /// `db.prod.example.in`, is not masked.
    static let commonTopLevelDomains: Set<String> = [
        "com", "net", "org", "edu", "gov", "mil", "int", "io", "dev", "cloud", "biz", "info", "tech",
        "co", "me", "jp", "cn", "kr", "tw", "hk", "sg", "au", "nz", "uk", "de", "fr", "nl", "eu", "us", "ca",
        "internal", "local", "localdomain", "lan", "corp", "intra",
    ]

    /// Domains that name a service or project rather than the user's systems, in labels.
    static let keptDomains: [[String]] = [
        ["amazonaws", "com"], ["amazonaws", "com", "cn"], ["amazon", "com"],
        ["kubernetes", "io"], ["k8s", "io"], ["terraform", "io"], ["hashicorp", "com"],
        ["github", "com"], ["githubusercontent", "com"], ["docker", "io"], ["docker", "com"],
    ]

    static func isNameCharacter(_ byte: UInt8) -> Bool {
        byte.isASCIIAlphanumeric || byte == ASCII.hyphen || byte == ASCII.dot
    }

    static func isEmailLocalCharacter(_ byte: UInt8) -> Bool {
        byte.isASCIIAlphanumeric || ASCII.emailLocalSymbols.contains(byte)
    }

    /// Returns whether `label` is a DNS label: 1 to 63 letters, digits and inner hyphens.
    static func isValidLabel(_ label: ArraySlice<UInt8>) -> Bool {
        guard let first = label.first, let last = label.last, label.count <= 63 else {
            return false
        }
        return first != ASCII.hyphen && last != ASCII.hyphen && label.allSatisfy { $0.isASCIIAlphanumeric || $0 == ASCII.hyphen }
    }

    static func isKeptDomain(_ labels: [ArraySlice<UInt8>]) -> Bool {
        let lowercased = labels.map { String(decoding: $0, as: UTF8.self).lowercased() }
        return keptDomains.contains { domain in
            lowercased.count > domain.count && Array(lowercased.suffix(domain.count)) == domain
        }
    }

    /// Returns whether the name starts with `i` or `e`, a cheap test that spares most words the
    /// full one.
    static func mayStartWithIPv4Label(_ name: ArraySlice<UInt8>) -> Bool {
        let first = name.first?.asciiLowercased
        return first == UInt8(ascii: "i") || first == UInt8(ascii: "e")
    }

    /// Returns whether the first label is `ip-` or `ec2-` followed by an IPv4 address with
    /// hyphens, the form of EC2 private and public DNS names and of EKS node names.
    static func firstLabelSpellsIPv4(_ name: ArraySlice<UInt8>) -> Bool {
        let firstLabel = name.prefix { $0 != ASCII.dot }.map(\.asciiLowercased)
        for prefix in ipLabelPrefixes where firstLabel.starts(with: prefix) {
            let address = firstLabel.dropFirst(prefix.count).map { $0 == ASCII.hyphen ? ASCII.dot : $0 }
            return IPAddress.isIPv4(address[...])
        }
        return false
    }

    private static let ipLabelPrefixes = [Array("ip-".utf8), Array("ec2-".utf8)]
}

enum IPAddress {
    /// Returns whether `text` is four decimal octets from 0 to 255 separated by dots.
    static func isIPv4(_ text: ArraySlice<UInt8>) -> Bool {
        let octets = text.split(separator: ASCII.dot, omittingEmptySubsequences: false)
        return octets.count == 4 && octets.allSatisfy { octet in
            guard (1...3).contains(octet.count), octet.allSatisfy(\.isASCIIDigit) else {
                return false
            }
            return Int(String(decoding: octet, as: UTF8.self)).map { $0 <= 255 } ?? false
        }
    }

    /// Returns whether `text` is an IPv6 address: eight groups of one to four hex digits, or fewer
    /// with one `::`, where an IPv4 address may stand for the last two groups. A compressed
    /// address needs two groups unless it starts with `::`, as `::1` does, so that a hex word
    /// followed by `::`, such as `dead::` or `1::`, stays.
    static func isIPv6(_ text: ArraySlice<UInt8>) -> Bool {
        let colonCount = text.reduce(0) { $1 == ASCII.colon ? $0 + 1 : $0 }
        guard colonCount >= 2 else {
            return false
        }

        let bytes = Array(text)
        let doubleColonCount = zip(bytes, bytes.dropFirst()).filter { $0 == ASCII.colon && $1 == ASCII.colon }.count
        guard doubleColonCount <= 1 else {
            return false
        }
        let isCompressed = doubleColonCount == 1
        let startsWithSingleColon = bytes.first == ASCII.colon && bytes.dropFirst().first != ASCII.colon
        let endsWithSingleColon = bytes.last == ASCII.colon && bytes.dropLast().last != ASCII.colon
        guard !startsWithSingleColon, !endsWithSingleColon else {
            return false
        }

        let groups = text.split(separator: ASCII.colon)
        var groupCount = 0
        for (index, group) in groups.enumerated() {
            if group.contains(ASCII.dot) {
                guard index == groups.count - 1, isIPv4(group) else {
                    return false
                }
                groupCount += 2
            } else {
                guard (1...4).contains(group.count), group.allSatisfy(\.isASCIIHexDigit) else {
                    return false
                }
                groupCount += 1
            }
        }
        guard isCompressed else {
            return groupCount == 8
        }
        let startsWithDoubleColon = bytes.starts(with: [ASCII.colon, ASCII.colon])
        return (startsWithDoubleColon ? 1...7 : 2...7).contains(groupCount)
    }
}

/// IAM key ids and unique ids.
enum KeyID {
    /// The prefixes of IAM unique ids, from the "Understanding unique ID prefixes" table of the
    /// IAM User Guide: bearer token, context-specific credential, group, user, instance profile,
    /// access key, managed policy, policy version, public key, role, certificate, temporary key.
    static let prefixes: Set<[UInt8]> = Set(
        ["ABIA", "ACCA", "AGPA", "AIDA", "AIPA", "AKIA", "ANPA", "ANVA", "APKA", "AROA", "ASCA", "ASIA"].map { Array($0.utf8) }
    )

    /// An access key id has 16 characters after its prefix, a unique id such as a role id 17.
    static let bodyLengths = 16...17
}

enum ASCII {
    static let at = UInt8(ascii: "@")
    static let colon = UInt8(ascii: ":")
    static let dot = UInt8(ascii: ".")
    static let equals = UInt8(ascii: "=")
    static let greaterThan = UInt8(ascii: ">")
    static let hyphen = UInt8(ascii: "-")
    static let lessThan = UInt8(ascii: "<")
    static let percent = UInt8(ascii: "%")
    static let underscore = UInt8(ascii: "_")

    static let emailLocalSymbols: Set<UInt8> = Set("._%+-".utf8)
    static let resourceTerminators: Set<UInt8> = Set("\"'`,;()<>[]{}".utf8)
    static let presignedValueTerminators: Set<UInt8> = Set("&#\"'`,;()<>[]{}".utf8)

    static func isQuote(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}

extension UInt8 {
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
    var isASCIIUppercase: Bool { self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z") }
    var isASCIILowercase: Bool { self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z") }
    var isASCIILetter: Bool { isASCIIUppercase || isASCIILowercase }
    var isASCIIAlphanumeric: Bool { isASCIILetter || isASCIIDigit }

    var isASCIIHexDigit: Bool {
        let lowercased = asciiLowercased
        return isASCIIDigit || (lowercased >= UInt8(ascii: "a") && lowercased <= UInt8(ascii: "f"))
    }

    /// A Boolean value indicating whether the byte is in the base64 alphabet, without the `=`
    /// padding.
    var isBase64Character: Bool {
        isASCIIAlphanumeric || self == UInt8(ascii: "/") || self == UInt8(ascii: "+")
    }

    var asciiLowercased: UInt8 { isASCIIUppercase ? self + 32 : self }
}
