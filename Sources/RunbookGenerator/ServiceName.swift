/// The names AWS uses for the services that patterns name by id, so that index headings and
/// page titles read "CloudWatch Logs" instead of `cloudwatch-logs`. A team's own service ids,
/// and ids not in the table, are shown as they are.
enum ServiceName {
    static func display(_ id: String) -> String {
        names[id] ?? id
    }

    /// Returns `ids` in the order of their display names, ignoring letter case, with the id
    /// breaking ties so that the order is stable.
    static func sorted(_ ids: [String]) -> [String] {
        ids.sorted { left, right in
            let leftName = display(left).lowercased()
            let rightName = display(right).lowercased()
            return leftName != rightName ? leftName < rightName : left < right
        }
    }

    // Short forms of the official names, without "Amazon" or "AWS".
    private static let names: [String: String] = [
        "acm": "Certificate Manager (ACM)",
        "apigateway": "API Gateway",
        "athena": "Athena",
        "autoscaling": "EC2 Auto Scaling",
        "backup": "Backup",
        "batch": "Batch",
        "cloudformation": "CloudFormation",
        "cloudfront": "CloudFront",
        "cloudtrail": "CloudTrail",
        "cloudwatch": "CloudWatch",
        "cloudwatch-logs": "CloudWatch Logs",
        "codebuild": "CodeBuild",
        "codedeploy": "CodeDeploy",
        "codepipeline": "CodePipeline",
        "cognito": "Cognito",
        "config": "Config",
        "dynamodb": "DynamoDB",
        "ebs": "EBS",
        "ec2": "EC2",
        "ecr": "ECR",
        "ecs": "ECS",
        "efs": "EFS",
        "eks": "EKS",
        "elasticache": "ElastiCache",
        "elb": "Elastic Load Balancing",
        "end-user-messaging": "End User Messaging",
        "eventbridge": "EventBridge",
        "glue": "Glue",
        "guardduty": "GuardDuty",
        "iam": "IAM",
        "kinesis": "Kinesis",
        "kms": "KMS",
        "lambda": "Lambda",
        "organizations": "Organizations",
        "rds": "RDS",
        "route53": "Route 53",
        "s3": "S3",
        "secretsmanager": "Secrets Manager",
        "securityhub": "Security Hub",
        "service-quotas": "Service Quotas",
        "ses": "SES",
        "sns": "SNS",
        "sqs": "SQS",
        "ssm": "Systems Manager",
        "stepfunctions": "Step Functions",
        "sts": "STS",
        "vpc": "VPC",
        "waf": "WAF",
    ]
}
