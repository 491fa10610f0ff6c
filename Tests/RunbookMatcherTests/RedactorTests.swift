import Testing

import RunbookMatcher

/// An input and its expected redaction, named in the test report by `name`.
struct RedactionCase: Sendable, CustomTestStringConvertible {
    var name: String
    var input: String
    var expected: String

    init(_ name: String, _ input: String, _ expected: String) {
        self.name = name
        self.input = input
        self.expected = expected
    }

    var testDescription: String {
        name
    }
}

struct RedactorTests {
    @Test("masks each kind", arguments: RedactionCase.eachKind)
    func masksEachKind(example: RedactionCase) {
        #expect(Redactor.redact(example.input) == example.expected)
    }

    @Test("keeps text that is not sensitive", arguments: [
        "Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Proxy: null",
        "regions ap-northeast-1, us-gov-west-1 and cn-north-1",
        "role/deploy-role, bucket prod-app-logs, topic alarm-notify",
        "アクションの実行に失敗しました。エラーが発生しました",
        "key.txt config.prod.json setup.config.py app.2024.log example.com",
        "sns.us-east-1.amazonaws.com docs.aws.amazon.com console.aws.amazon.com s3.amazonaws.com.cn",
        "registry.terraform.io/hashicorp/aws node.kubernetes.io/instance-type raw.githubusercontent.com",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html",
        "com.amazonaws.services.sns.AmazonSNSClient jp.co.example.batch.Main",
        "commit 0123456789abcdef0123456789abcdef01234567",
        "at 2024-03-01T02:13:45.123Z and 12:34:56, epoch 1709251200123, 11 digits 12345678901",
        "aws-cli/2.15.0 Python/3.11.6 version 1.2.3.4.5",
        "mac 00:1a:2b:3c:4d:5e, C++ std::string, Aws::S3::S3Client, Ruby ad:: and 1::",
        "i-0123456789abcdef0 vpc-0a1b2c3d sg-0123456789abcdef0",
        "arn:aws:iam::aws:policy/AdministratorAccess",
        "arn:aws:s3:::my.bucket.example.com/reports/key.txt",
        "Request ID: null; RequestId: abcdefgh",
        #""SecretAccessKey": null, "SessionToken": "short""#,
        "AKIAIOSFODNN7EXAMPLE12 is 18 characters after the prefix",
        "SignatureDoesNotMatch: The request signature we calculated does not match",
    ])
    func keepsTextThatIsNotSensitive(text: String) {
        #expect(Redactor.redact(text) == text)
    }

    @Test("whole paste", arguments: RedactionCase.pastes)
    func wholePaste(paste: RedactionCase) {
        #expect(Redactor.redact(paste.input) == paste.expected)
    }

    @Test("second pass changes nothing", arguments: (RedactionCase.pastes + RedactionCase.eachKind).map(\.input) + [
        // Each value below becomes recognizable only after the value beside it is replaced.
        "https://db.prod.example.com/abcdefghijklmnopqrstuvwxyzABCDEFGH1234X",
        "see @/lLGogwd9EafG/2KygllZwEQVSK4cwI43svMpiH/alice@example.com",
        "from fe80:0:0:1::IYWM6V123bHI3aRdypc/HT+82pTNiPrMuPHJw/YP now",
    ])
    func secondPassChangesNothing(text: String) {
        let once = Redactor.redact(text)

        #expect(Redactor.redact(once) == once)
    }

    @Test("codes, services, regions and names survive", arguments: [
        (RedactionCase.japaneseSeed, ["AWSKMS", "AccessDeniedException", "ap-northeast-1", "alarm-notify", "アクション", "の実行に失敗しました。", "“null", "Proxy: null)”"]),
        (RedactionCase.cli, ["AccessDenied", "PutObject", "prod-app-logs/2024/03/01/app.log", "AWSReservedSSO_AdministratorAccess_0123456789abcdef", "deploy-role", "service control policy"]),
        (RedactionCase.cloudTrail, ["AssumedRole", "kms.amazonaws.com", "Decrypt", "ap-northeast-1", "AccessDenied", "key/1234abcd-12ab-34cd-56ef-1234567890ab", "aws-cli/2.15.0"]),
        (RedactionCase.presignedURL, ["examplebucket.s3.ap-northeast-1.amazonaws.com", "reports/2024/q1.csv", "X-Amz-Expires=3600", "Request has expired"]),
        (RedactionCase.kubelet, ["kubelet_node_status.go:96", "Unauthorized", "ec2-user@", "eks.amazonaws.com", "i/o timeout"]),
        (RedactionCase.terraform, ["AuthorizationError", "InvalidClientTokenId", "SNS:Subscribe", "terraform-deployer", "aws_sns_topic_subscription.alarm_email", "registry.terraform.io/hashicorp/aws"]),
    ])
    func codesServicesRegionsAndNamesSurvive(paste: RedactionCase, kept: [String]) {
        let redacted = Redactor.redact(paste.input)

        for text in kept {
            #expect(redacted.contains(text), "\(text) was masked in \(paste.name)")
        }
    }

    @Test("line breaks and spacing survive")
    func lineBreaksAndSpacingSurvive() {
        let text = "Request ID: 4442587FB7D0A2F9\r\n\tfrom 10.0.1.23  \r\n\r\n　全角スペース ops@example.com\n"

        let redacted = Redactor.redact(text)

        #expect(redacted == "Request ID: <request-id>\r\n\tfrom <ip>  \r\n\r\n　全角スペース <email>\n")
    }

    @Test("generated keys and secrets do not survive")
    func generatedKeysAndSecretsDoNotSurvive() throws {
        let keyIDPattern = try Regex("(AKIA|ASIA)[A-Z0-9]{16}")
        let secretPattern = try Regex("[A-Za-z0-9/+]{40}")
        var generator = SeededGenerator(seed: 20_240_301)

        for _ in 0..<100 {
            let keyID = GeneratedCredential.keyID(using: &generator)
            let secret = GeneratedCredential.secret(using: &generator)

            for template in GeneratedCredential.templates {
                let text = template.replacing("{key}", with: keyID).replacing("{secret}", with: secret)

                let redacted = Redactor.redact(text)

                #expect(!redacted.contains(keyID), "\(keyID) survived in \(redacted)")
                #expect(!redacted.contains(secret), "\(secret) survived in \(redacted)")
                #expect(redacted.firstMatch(of: keyIDPattern) == nil, "key id survived in \(redacted)")
                #expect(redacted.firstMatch(of: secretPattern) == nil, "secret survived in \(redacted)")
            }
        }
    }

    /// Each input repeats to 256 KB on one line, a run that a scanner rereading it from every
    /// position would read about 3·10^10 bytes of, which takes far longer than the time limit in a
    /// debug build. The inputs are kept this small because a debug build scans about 50 times
    /// slower than a release build.
    @Test("long line in linear time", .timeLimit(.minutes(1)), arguments: ["a.", "a.b@", "1.", "ab:", "RequestId=", "1-"])
    func longLineInLinearTime(unit: String) {
        let text = String(repeating: unit, count: 256_000 / unit.utf8.count)

        #expect(Redactor.redact(text) == text)
    }

    @Test("2 MB of real pastes", .timeLimit(.minutes(1)))
    func twoMegabytesOfRealPastes() {
        let paste = RedactionCase.cloudTrail
        let count = 2_000_000 / paste.input.utf8.count + 1

        let redacted = Redactor.redact(String(repeating: paste.input, count: count))

        #expect(redacted == String(repeating: paste.expected, count: count))
    }
}

extension RedactionCase {
    static let eachKind: [RedactionCase] = [
        RedactionCase("plain account", "account 123456789012.", "account <account>."),
        RedactionCase("console account", "Account ID: 1234-5678-9012", "Account ID: <account>"),
        RedactionCase("account in JSON", #""Account": "123456789012""#, #""Account": "<account>""#),
        RedactionCase("account after Japanese", "アカウント123456789012で失敗", "アカウント<account>で失敗"),
        RedactionCase("SNS ARN", "arn:aws:sns:us-east-1:123456789012:topic", "arn:aws:sns:us-east-1:<account>:topic"),
        RedactionCase("IAM ARN", "arn:aws:iam::123456789012:role/app-role", "arn:aws:iam::<account>:role/app-role"),
        RedactionCase("ECR host", "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1.4", "<account>.dkr.ecr.us-east-1.amazonaws.com/app:1.4"),
        RedactionCase("access point host", "myap-123456789012.s3-accesspoint.us-east-1.amazonaws.com", "myap-<account>.s3-accesspoint.us-east-1.amazonaws.com"),
        RedactionCase("IPv4", "from 203.0.113.10.", "from <ip>."),
        RedactionCase("IPv4 of three-digit octets", "netmask 255.255.255.255.", "netmask <ip>."),
        RedactionCase("IPv4 with port and CIDR", "10.0.1.23:10250 in 10.0.0.0/16", "<ip>:10250 in <ip>/16"),
        RedactionCase("IPv4 after user", "ssh admin@10.0.0.5", "ssh admin@<ip>"),
        RedactionCase("IPv6 compressed", "dial tcp 2001:db8::1: connection reset", "dial tcp <ip>: connection reset"),
        RedactionCase("IPv6 full", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "<ip>"),
        RedactionCase("IPv6 with zone and port", "fe80::1ff:fe23:4567:890a%eth0 [2001:db8::2]:443 ::1", "<ip>%eth0 [<ip>]:443 <ip>"),
        RedactionCase("IPv6 with IPv4 suffix", "::ffff:192.0.2.128", "<ip>"),
        RedactionCase("IPv6 before a masked value", "from fe80:0:0:1::IYWM6V123bHI3aRdypc/HT+82pTNiPrMuPHJw/YP now", "from <ip><secret> now"),
        RedactionCase("e-mail", "notify ops+alerts@example.co.jp.", "notify <email>."),
        RedactionCase("e-mail in ARN", "assumed-role/Admin/taro.yamada@example.com", "assumed-role/Admin/<email>"),
        RedactionCase("access key id", "aws_access_key_id=AKIAIOSFODNN7EXAMPLE", "aws_access_key_id=<access-key-id>"),
        RedactionCase("temporary key id", "(ASIAY34FZKBOKMUTVV7A)", "(<access-key-id>)"),
        RedactionCase("role id", "AROA3XFRBF535PLBIFPI4:session", "<access-key-id>:session"),
        RedactionCase("user id", "AIDAJQABLZS4A3QDU576Q", "<access-key-id>"),
        RedactionCase("secret in credentials", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws_secret_access_key = <secret>"),
        RedactionCase("secret in env", "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AWS_SECRET_ACCESS_KEY=<secret>"),
        RedactionCase("secret in JSON", #""SecretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY","#, #""SecretAccessKey": "<secret>","#),
        RedactionCase("short labelled secret", "SecretAccessKey: abcdEFGH12345678", "SecretAccessKey: <secret>"),
        RedactionCase("standalone secret", "keys AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "keys <access-key-id> <secret>"),
        RedactionCase("session token in credentials", "aws_session_token = IQoJb3JpZ2luX2VjEJr//////////wEa", "aws_session_token = <session-token>"),
        RedactionCase("session token in JSON", #""SessionToken": "FwoGZXIvYXdzEBYaDHqa0AP1h3example""#, #""SessionToken": "<session-token>""#),
        RedactionCase("security token header", "X-Amz-Security-Token: IQoJb3JpZ2luX2VjEJr%2F%2FwEa", "X-Amz-Security-Token: <session-token>"),
        RedactionCase("standalone session token", "token " + RedactionCase.longToken + " expired", "token <session-token> expired"),
        RedactionCase("UUID", "eventID 0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e", "eventID <request-id>"),
        RedactionCase("upper-case UUID", "Request ID: 7D9E0C1B-2A3F-4B5C-9D8E-1F2A3B4C5D6E;", "Request ID: <request-id>;"),
        RedactionCase("S3 request id", "Request ID: 4442587FB7D0A2F9; S3 Extended Request ID: vlR7PnpV2Ce81l0PRw6jlUpck7Jo5ZsQjryTjKlc5aLWGVHPZLj5NeC6qMa0emYBDXOo6QBU0Wo=; Proxy: null", "Request ID: <request-id>; S3 Extended Request ID: <request-id>; Proxy: null"),
        RedactionCase("Go SDK request id", "StatusCode: 403, RequestID: 4442587FB7D0A2F9, HostID: vlR7PnpV2Ce81l0PRw6jlUpck7Jo5ZsQ=, api error", "StatusCode: 403, RequestID: <request-id>, HostID: <request-id>, api error"),
        RedactionCase("request id headers", "x-amz-request-id: 4442587FB7D0A2F9\nx-amz-id-2: vlR7PnpV2Ce81l0PRw6jlUpck7Jo5ZsQ=", "x-amz-request-id: <request-id>\nx-amz-id-2: <request-id>"),
        RedactionCase("request id element", "<RequestId>4442587FB7D0A2F9</RequestId>", "<RequestId><request-id></RequestId>"),
        RedactionCase("database host", "could not connect to db.prod.example.com:5432", "could not connect to <host>:5432"),
        RedactionCase("host in URL", "https://api.internal.example.jp/v1/orders", "https://<host>/v1/orders"),
        RedactionCase("EC2 private DNS name", "ip-10-0-1-23.ap-northeast-1.compute.internal ip-172-31-5-10.ec2.internal", "<host> <host>"),
        RedactionCase("EC2 public DNS name", "ec2-54-250-1-2.ap-northeast-1.compute.amazonaws.com", "<host>"),
        RedactionCase("node name", "node ip-10-0-1-23 NotReady", "node <host> NotReady"),
        RedactionCase("local host", "printer.office.local.", "<host>."),
        RedactionCase("presigned credential and signature", "?X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240301%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=aeeed9bbccd4d02e", "?X-Amz-Credential=<redacted>&X-Amz-Signature=<redacted>"),
        RedactionCase("signature version 2 URL", "?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Expires=1709251200&Signature=vjbyPxybdZaNmGa%2ByT272YEAiv4%3D", "?AWSAccessKeyId=<access-key-id>&Expires=1709251200&Signature=<redacted>"),
    ]

    /// A 120-character STS session token fragment with no label.
    static let longToken = "IQoJb3JpZ2luX2VjEJr//////////wEaDmFwLW5vcnRoZWFzdC0xIkcwRQIhAKz3FexampleTokenValue0123456789abcdefABCDEF+/ghijklmnopqrs"

    static let japaneseSeed = RedactionCase(
        "Japanese seed",
        "アクション arn:aws:sns:ap-northeast-1:123456789012:alarm-notify の実行に失敗しました。エラーが発生しました: “null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 4f6c1a2e-9b7d-4c1e-8a53-0d2e6b7f9c10;Proxy: null)”",
        "アクション arn:aws:sns:ap-northeast-1:<account>:alarm-notify の実行に失敗しました。エラーが発生しました: “null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: <request-id>;Proxy: null)”"
    )

    static let englishSeed = RedactionCase(
        "English seed",
        #"Failed to execute action arn:aws:sns:us-east-1:111122223333:ops-alerts. Received error: "null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: 7d9e0c1b-2a3f-4b5c-9d8e-1f2a3b4c5d6e; Proxy: null)""#,
        #"Failed to execute action arn:aws:sns:us-east-1:<account>:ops-alerts. Received error: "null (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: <request-id>; Proxy: null)""#
    )

    static let cli = RedactionCase(
        "CLI assumed role",
        """
        $ aws s3 cp app.log s3://prod-app-logs/2024/03/01/app.log
        upload failed: ./app.log to s3://prod-app-logs/2024/03/01/app.log An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_AdministratorAccess_0123456789abcdef/taro.yamada@example.co.jp is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::prod-app-logs/2024/03/01/app.log" with an explicit deny in a service control policy
        $ aws sts get-caller-identity
        {
            "UserId": "AROA3XFRBF535PLBIFPI4:botocore-session-1709251200",
            "Account": "123456789012",
            "Arn": "arn:aws:sts::123456789012:assumed-role/deploy-role/botocore-session-1709251200"
        }
        """,
        """
        $ aws s3 cp app.log s3://prod-app-logs/2024/03/01/app.log
        upload failed: ./app.log to s3://prod-app-logs/2024/03/01/app.log An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::<account>:assumed-role/AWSReservedSSO_AdministratorAccess_0123456789abcdef/<email> is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::prod-app-logs/2024/03/01/app.log" with an explicit deny in a service control policy
        $ aws sts get-caller-identity
        {
            "UserId": "<access-key-id>:botocore-session-1709251200",
            "Account": "<account>",
            "Arn": "arn:aws:sts::<account>:assumed-role/deploy-role/botocore-session-1709251200"
        }
        """
    )

    static let credentials = RedactionCase(
        "credentials file",
        """
        $ cat ~/.aws/credentials
        [default]
        aws_access_key_id = AKIAIOSFODNN7EXAMPLE
        aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
        region = ap-northeast-1

        [prod]
        aws_access_key_id=ASIAY34FZKBOKMUTVV7A
        aws_secret_access_key=je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY
        aws_session_token=IQoJb3JpZ2luX2VjEJr//////////wEaDmFwLW5vcnRoZWFzdC0xIkcwRQIhAKz3Fexample

        """,
        """
        $ cat ~/.aws/credentials
        [default]
        aws_access_key_id = <access-key-id>
        aws_secret_access_key = <secret>
        region = ap-northeast-1

        [prod]
        aws_access_key_id=<access-key-id>
        aws_secret_access_key=<secret>
        aws_session_token=<session-token>

        """
    )

    static let environment = RedactionCase(
        "env output",
        """
        $ env | grep AWS_
        AWS_ACCESS_KEY_ID=ASIAY34FZKBOKMUTVV7A
        AWS_SECRET_ACCESS_KEY=je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY
        AWS_SESSION_TOKEN=\(longToken)==
        AWS_DEFAULT_REGION=ap-northeast-1
        AWS_PROFILE=prod-admin
        AWS_ROLE_ARN=arn:aws:iam::123456789012:role/github-actions-deploy
        AWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token
        """,
        """
        $ env | grep AWS_
        AWS_ACCESS_KEY_ID=<access-key-id>
        AWS_SECRET_ACCESS_KEY=<secret>
        AWS_SESSION_TOKEN=<session-token>
        AWS_DEFAULT_REGION=ap-northeast-1
        AWS_PROFILE=prod-admin
        AWS_ROLE_ARN=arn:aws:iam::<account>:role/github-actions-deploy
        AWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token
        """
    )

    static let cloudTrail = RedactionCase(
        "CloudTrail event",
        """
        {
            "eventVersion": "1.08",
            "userIdentity": {
                "type": "AssumedRole",
                "principalId": "AROA3XFRBF535PLBIFPI4:alice@example.com",
                "arn": "arn:aws:sts::123456789012:assumed-role/Admin/alice@example.com",
                "accountId": "123456789012",
                "accessKeyId": "ASIAY34FZKBOKMUTVV7A"
            },
            "eventTime": "2024-03-01T02:13:45Z",
            "eventSource": "kms.amazonaws.com",
            "eventName": "Decrypt",
            "awsRegion": "ap-northeast-1",
            "sourceIPAddress": "203.0.113.10",
            "userAgent": "aws-cli/2.15.0 Python/3.11.6 Linux/6.1.0 botocore/2.4.5",
            "errorCode": "AccessDenied",
            "errorMessage": "User: arn:aws:sts::123456789012:assumed-role/Admin/alice@example.com is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:ap-northeast-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab because no resource-based policy allows the kms:Decrypt action",
            "requestID": "7d9e0c1b-2a3f-4b5c-9d8e-1f2a3b4c5d6e",
            "eventID": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
            "recipientAccountId": "123456789012"
        }

        """,
        """
        {
            "eventVersion": "1.08",
            "userIdentity": {
                "type": "AssumedRole",
                "principalId": "<access-key-id>:<email>",
                "arn": "arn:aws:sts::<account>:assumed-role/Admin/<email>",
                "accountId": "<account>",
                "accessKeyId": "<access-key-id>"
            },
            "eventTime": "2024-03-01T02:13:45Z",
            "eventSource": "kms.amazonaws.com",
            "eventName": "Decrypt",
            "awsRegion": "ap-northeast-1",
            "sourceIPAddress": "<ip>",
            "userAgent": "aws-cli/2.15.0 Python/3.11.6 Linux/6.1.0 botocore/2.4.5",
            "errorCode": "AccessDenied",
            "errorMessage": "User: arn:aws:sts::<account>:assumed-role/Admin/<email> is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:ap-northeast-1:<account>:key/1234abcd-12ab-34cd-56ef-1234567890ab because no resource-based policy allows the kms:Decrypt action",
            "requestID": "<request-id>",
            "eventID": "<request-id>",
            "recipientAccountId": "<account>"
        }

        """
    )

    static let presignedURL = RedactionCase(
        "presigned S3 URL",
        """
        $ curl -sS "https://examplebucket.s3.ap-northeast-1.amazonaws.com/reports/2024/q1.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIAY34FZKBOKMUTVV7A%2F20240301%2Fap-northeast-1%2Fs3%2Faws4_request&X-Amz-Date=20240301T000000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Security-Token=IQoJb3JpZ2luX2VjEJr%2F%2F%2F%2F%2F%2F%2F%2F%2F%2FwEaDmFw&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"
        <?xml version="1.0" encoding="UTF-8"?>
        <Error><Code>AccessDenied</Code><Message>Request has expired</Message><X-Amz-Expires>3600</X-Amz-Expires><Expires>2024-03-01T01:00:00Z</Expires><ServerTime>2024-03-01T02:13:45Z</ServerTime><RequestId>4442587FB7D0A2F9</RequestId><HostId>vlR7PnpV2Ce81l0PRw6jlUpck7Jo5ZsQjryTjKlc5aLWGVHPZLj5NeC6qMa0emYBDXOo6QBU0Wo=</HostId></Error>
        """,
        """
        $ curl -sS "https://examplebucket.s3.ap-northeast-1.amazonaws.com/reports/2024/q1.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=<redacted>&X-Amz-Date=20240301T000000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Security-Token=<session-token>&X-Amz-Signature=<redacted>"
        <?xml version="1.0" encoding="UTF-8"?>
        <Error><Code>AccessDenied</Code><Message>Request has expired</Message><X-Amz-Expires>3600</X-Amz-Expires><Expires>2024-03-01T01:00:00Z</Expires><ServerTime>2024-03-01T02:13:45Z</ServerTime><RequestId><request-id></RequestId><HostId><request-id></HostId></Error>
        """
    )

    static let kubelet = RedactionCase(
        "kubelet and SSH",
        """
        Mar 01 02:13:45 ip-10-0-1-23.ap-northeast-1.compute.internal kubelet[2154]: E0301 02:13:45.123456    2154 kubelet_node_status.go:96] "Unable to register node with API server" err="Unauthorized" node="ip-10-0-1-23.ap-northeast-1.compute.internal"
        Mar 01 02:13:46 ip-10-0-1-23.ap-northeast-1.compute.internal kubelet[2154]: E0301 02:13:46.234567    2154 reflector.go:147] failed to list *v1.Node: Get "https://4F6C1A2E9B7D4C1E8A530D2E6B7F9C10.gr7.ap-northeast-1.eks.amazonaws.com/api/v1/nodes?limit=500": dial tcp 10.0.12.34:443: i/o timeout
        $ ssh -i key.pem ec2-user@ec2-54-250-1-2.ap-northeast-1.compute.amazonaws.com
        ssh: connect to host ec2-54-250-1-2.ap-northeast-1.compute.amazonaws.com port 22: Connection timed out
        """,
        """
        Mar 01 02:13:45 <host> kubelet[2154]: E0301 02:13:45.123456    2154 kubelet_node_status.go:96] "Unable to register node with API server" err="Unauthorized" node="<host>"
        Mar 01 02:13:46 <host> kubelet[2154]: E0301 02:13:46.234567    2154 reflector.go:147] failed to list *v1.Node: Get "https://4F6C1A2E9B7D4C1E8A530D2E6B7F9C10.gr7.ap-northeast-1.eks.amazonaws.com/api/v1/nodes?limit=500": dial tcp <ip>:443: i/o timeout
        $ ssh -i key.pem ec2-user@<host>
        ssh: connect to host <host> port 22: Connection timed out
        """
    )

    static let terraform = RedactionCase(
        "Terraform errors",
        """
        ╷
        │ Error: creating SNS Topic Subscription (arn:aws:sns:ap-northeast-1:123456789012:alarm-notify): operation error SNS: Subscribe, https response error StatusCode: 403, RequestID: 0a1b2c3d-4e5f-5a6b-8c7d-9e0f1a2b3c4d, api error AuthorizationError: User: arn:aws:sts::123456789012:assumed-role/terraform-deployer/aws-go-sdk-1709251200123456789 is not authorized to perform: SNS:Subscribe on resource: arn:aws:sns:ap-northeast-1:123456789012:alarm-notify because no identity-based policy allows the SNS:Subscribe action
        │ 
        │   with aws_sns_topic_subscription.alarm_email,
        │   on main.tf line 42, in resource "aws_sns_topic_subscription" "alarm_email":
        │   42: resource "aws_sns_topic_subscription" "alarm_email" {
        │ 
        ╵
        Error: configuring Terraform AWS Provider: validating provider credentials: retrieving caller identity from STS: operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: 9f8e7d6c-5b4a-4392-8170-fedcba987654, api error InvalidClientTokenId: The security token included in the request is invalid.

          with provider["registry.terraform.io/hashicorp/aws"],
          on providers.tf line 1, in provider "aws":
           1: provider "aws" {
        """,
        """
        ╷
        │ Error: creating SNS Topic Subscription (arn:aws:sns:ap-northeast-1:<account>:alarm-notify): operation error SNS: Subscribe, https response error StatusCode: 403, RequestID: <request-id>, api error AuthorizationError: User: arn:aws:sts::<account>:assumed-role/terraform-deployer/aws-go-sdk-1709251200123456789 is not authorized to perform: SNS:Subscribe on resource: arn:aws:sns:ap-northeast-1:<account>:alarm-notify because no identity-based policy allows the SNS:Subscribe action
        │ 
        │   with aws_sns_topic_subscription.alarm_email,
        │   on main.tf line 42, in resource "aws_sns_topic_subscription" "alarm_email":
        │   42: resource "aws_sns_topic_subscription" "alarm_email" {
        │ 
        ╵
        Error: configuring Terraform AWS Provider: validating provider credentials: retrieving caller identity from STS: operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: <request-id>, api error InvalidClientTokenId: The security token included in the request is invalid.

          with provider["registry.terraform.io/hashicorp/aws"],
          on providers.tf line 1, in provider "aws":
           1: provider "aws" {
        """
    )

    static let pastes = [japaneseSeed, englishSeed, cli, credentials, environment, cloudTrail, presignedURL, kubelet, terraform]
}

/// Access key ids and secret access keys drawn from a seeded generator, and the texts they are
/// pasted in.
enum GeneratedCredential {
    static let templates = [
        "aws_access_key_id = {key}\naws_secret_access_key = {secret}\n",
        "AWS_ACCESS_KEY_ID={key}\nAWS_SECRET_ACCESS_KEY={secret}",
        #"{"AccessKeyId": "{key}", "SecretAccessKey": "{secret}"}"#,
        "export AWS_ACCESS_KEY_ID='{key}'; export AWS_SECRET_ACCESS_KEY='{secret}'",
        "キー {key} とシークレット {secret} を設定しました。",
        "credentials ({key}, {secret}) were rejected",
        "key:{key}\tsecret:{secret}",
        "aws configure set aws_access_key_id {key} && aws configure set aws_secret_access_key {secret}",
    ]

    private static let uppercase = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    private static let lowercase = Array("abcdefghijklmnopqrstuvwxyz")
    private static let digits = Array("0123456789")

    static func keyID(using generator: inout SeededGenerator) -> String {
        let prefix = ["AKIA", "ASIA"].randomElement(using: &generator)!
        let body = (0..<16).map { _ in (uppercase + digits).randomElement(using: &generator)! }
        return prefix + String(body)
    }

    /// Returns 40 base64 characters with at least one upper-case letter, lower-case letter and
    /// digit, the shape of a secret access key.
    static func secret(using generator: inout SeededGenerator) -> String {
        let alphabet = uppercase + lowercase + digits + ["/", "+"]
        var characters = (0..<37).map { _ in alphabet.randomElement(using: &generator)! }
        characters += [uppercase.randomElement(using: &generator)!, lowercase.randomElement(using: &generator)!, digits.randomElement(using: &generator)!]
        characters.shuffle(using: &generator)
        return String(characters)
    }
}

/// SplitMix64, so that a failing generated case is the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
