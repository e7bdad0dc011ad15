/**
 * What the AWS China regions (Beijing cn-north-1, operated by Sinnet; Ningxia cn-northwest-1,
 * operated by NWCD) lack or do differently, as data the stacks and the stack tests share.
 *
 * Sources (read 2026-12; recheck when adding a resource type):
 * - "Getting Started with Amazon Web Services in China", per service, "Feature Availability and
 *   Implementation Differences": https://docs.amazonaws.cn/en_us/aws/latest/userguide/cloudfront.html,
 *   …/lambda.html, …/api-gateway.html, …/waf.html; SES has no page there: it is not offered.
 * - AWS, "Content delivery in China" (CloudFront China: no Lambda@Edge, no Origin Shield):
 *   https://aws.amazon.com/developer/application-security-performance/articles/content-delivery-in-china
 * - CloudFormation in cn-*: "Unrecognized resource types: [AWS::CloudFront::OriginAccessControl]"
 *   (awslabs/aws-solutions-constructs#1050, 2024-01); "The parameter CachePolicyId can't be set for
 *   this region" (aws/aws-cdk#13584, #31033, 2024-08, still open).
 */

export const CHINA_REGIONS = ["cn-north-1", "cn-northwest-1"] as const;

export function isChinaRegion(region: string | undefined): boolean {
  return !!region && region.startsWith("cn-");
}

/** The ARN partition of a region, for checks made before CloudFormation resolves AWS::Partition. */
export function partitionOf(region: string | undefined): "aws" | "aws-cn" | "aws-us-gov" {
  if (isChinaRegion(region)) return "aws-cn";
  if (region?.startsWith("us-gov-")) return "aws-us-gov";
  return "aws";
}

export interface Unavailable {
  /** A CloudFormation resource type, or a prefix ending in `::` for a whole service. */
  type: string;
  why: string;
}

/** Resource types a China template must not contain: CloudFormation rejects them there or they cannot work. */
export const RESOURCE_TYPES_MISSING_IN_CHINA: readonly Unavailable[] = [
  { type: "AWS::CloudFront::Function", why: "CloudFront Functions are not offered by CloudFront China (SST's StaticSite creates one)" },
  { type: "AWS::CloudFront::KeyValueStore", why: "belongs to CloudFront Functions" },
  { type: "AWS::CloudFront::OriginAccessControl", why: "unrecognized resource type in cn-*; an origin access identity (OAI) is used instead" },
  { type: "AWS::CloudFront::CachePolicy", why: "CachePolicyId cannot be set in the China regions; legacy ForwardedValues instead" },
  { type: "AWS::CloudFront::OriginRequestPolicy", why: "policies are not settable on CloudFront China behaviors (as CachePolicyId)" },
  { type: "AWS::CloudFront::ResponseHeadersPolicy", why: "policies are not settable on CloudFront China behaviors (as CachePolicyId)" },
  { type: "AWS::Lambda::Url", why: "Lambda function URLs are not available in the China regions" },
  { type: "AWS::SES::", why: "Amazon SES is not offered in the China regions: mail goes out over SMTP" },
  { type: "AWS::Shield::", why: "AWS Shield is not available in the China regions" },
  { type: "AWS::FMS::", why: "AWS Firewall Manager is not available in the China regions" },
  { type: "AWS::XRay::", why: "X-Ray integration with Lambda is not available in the China regions" },
];

/** Properties that name a feature CloudFront China lacks, wherever they appear in a distribution. */
export const CLOUDFRONT_PROPERTIES_MISSING_IN_CHINA = [
  "FunctionAssociations", // CloudFront Functions
  "LambdaFunctionAssociations", // Lambda@Edge
  "OriginShield",
  "OriginAccessControlId",
  "CachePolicyId",
  "OriginRequestPolicyId",
  "ResponseHeadersPolicyId",
  "AcmCertificateArn", // CloudFront China takes IAM server certificates only
] as const;

/**
 * Every resource type the China templates contain, each checked against the sources above. A new
 * type fails the China stack test until someone checks it and adds it here with what they found.
 */
export const RESOURCE_TYPES_CHECKED_FOR_CHINA: Readonly<Record<string, string>> = {
  "AWS::ApiGatewayV2::Api": "API Gateway HTTP APIs: regional endpoints only (no edge-optimized); unauthenticated calls need an ICP-licensed account",
  "AWS::ApiGatewayV2::Integration": "as above",
  "AWS::ApiGatewayV2::Route": "as above",
  "AWS::ApiGatewayV2::Stage": "as above",
  "AWS::CloudFront::CloudFrontOriginAccessIdentity": "OAI is how CloudFront China reads a private bucket",
  "AWS::CloudFront::Distribution": "needs an ICP-recorded alias and an IAM server certificate; no cache policies, functions or Lambda@Edge (see CLOUDFRONT_PROPERTIES_MISSING_IN_CHINA)",
  "AWS::DynamoDB::Table": "on-demand, GSIs, TTL, point-in-time recovery",
  "AWS::Events::Rule": "EventBridge scheduled rules",
  "AWS::IAM::Policy": "aws-cn ARNs come from AWS::Partition",
  "AWS::IAM::Role": "service principals are <service>.amazonaws.com there too (aws-cdk-lib region-info)",
  "AWS::Lambda::Function": "nodejs22.x; no X-Ray (tracing is disabled); arm64 assumed available (not confirmed from the sources above)",
  "AWS::Lambda::Permission": "plain resource-based policy",
  "AWS::Lambda::EventSourceMapping": "DynamoDB stream → Lambda (the report figures' consumer). The Lambda page lists for event source mappings only: no ESM metrics, no ESM tags, no provisioned mode, no S3 on-failure destination — none used here; the DynamoDB page lists only global tables MRSC",
  "AWS::Logs::LogGroup": "API access logs",
  "AWS::S3::Bucket": "private site bucket",
  "AWS::SecretsManager::Secret": "Secrets Manager is offered in both China regions: the approval-link secret (generated) beside the SMTP secret the deployer creates",
  "AWS::S3::BucketPolicy": "grants the OAI read access",
  "AWS::StepFunctions::StateMachine": "standard workflow with .waitForTaskToken Lambda tasks; resources take the partition",
  "Custom::S3AutoDeleteObjects": "Lambda-backed custom resource (aws-cdk-lib)",
  "Custom::S3Uploader": "Lambda-backed custom resource (SST StaticSite upload, added at deploy time)",
  "Custom::CloudFrontInvalidator": "Lambda-backed custom resource (SST, added at deploy time)",
};

/** Whether a resource type is on the missing list (exactly, or under a missing service's prefix). */
export function missingInChina(type: string): Unavailable | undefined {
  return RESOURCE_TYPES_MISSING_IN_CHINA.find((entry) => (entry.type.endsWith("::") ? type.startsWith(entry.type) : type === entry.type));
}
