import { RemovalPolicy, type Stack } from "aws-cdk-lib";
import { CfnDistribution, Distribution, OriginAccessIdentity, type IDistribution } from "aws-cdk-lib/aws-cloudfront";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket } from "aws-cdk-lib/aws-s3";
import type { ChinaSiteSettings } from "./deploy-settings.js";
import { API_FORWARDED_HEADERS, API_PATHS } from "./site-paths.js";

const ALL_METHODS = ["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"];

/**
 * The site's bucket and CloudFront distribution for the China regions, built from aws-cdk-lib and
 * handed to SST's StaticSite, which still builds the page, uploads it and invalidates the cache.
 *
 * Why not SST's own distribution: it adds a CloudFront Function (to turn `/x` into `/x.html`) and
 * cache policies, and CloudFront China has neither. The page needs no such rewrite: it is one
 * index.html with hash routes (`#/accounts/…`), so `DefaultRootObject` covers `/` and every other
 * file is a real object. No error responses either: mapping 403/404 to index.html would mask the
 * API's own errors. Why not serve the page from the API Lambda: it would weigh on that Lambda's
 * bundle and cold start, and the site would differ from the global deployment in more than its edge.
 *
 * China specifics (see china-regions.ts): an origin access identity (no OAC there), legacy
 * ForwardedValues and TTLs (no CachePolicyId), the ICP-recorded domain as alias with its IAM server
 * certificate (no ACM, and *.cloudfront.cn does not serve content).
 */
export function chinaSite(stack: Stack, gatewayDomain: string, settings: ChinaSiteSettings): { bucket: IBucket; distribution: IDistribution } {
  const bucket = new Bucket(stack, "WebBucket", {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    // The build output, re-uploaded on every deploy: nothing to keep (as SST's own site bucket).
    autoDeleteObjects: true,
    removalPolicy: RemovalPolicy.DESTROY,
  });
  const identity = new OriginAccessIdentity(stack, "WebOriginAccessIdentity", { comment: "Beian site bucket" });
  // GetObject only: a missing file answers 403 rather than revealing the listing.
  bucket.addToResourcePolicy(new PolicyStatement({ actions: ["s3:GetObject"], resources: [bucket.arnForObjects("*")], principals: [identity.grantPrincipal] }));

  const distribution = new CfnDistribution(stack, "WebDistribution", {
    distributionConfig: {
      enabled: true,
      comment: "Beian site and API (China regions)",
      aliases: [settings.domainName],
      viewerCertificate: { iamCertificateId: settings.iamCertificateId, sslSupportMethod: "sni-only", minimumProtocolVersion: "TLSv1.2_2019" },
      defaultRootObject: "index.html",
      httpVersion: "http2",
      origins: [
        {
          id: "site",
          domainName: bucket.bucketRegionalDomainName,
          s3OriginConfig: { originAccessIdentity: `origin-access-identity/cloudfront/${identity.originAccessIdentityId}` },
        },
        { id: "gateway", domainName: gatewayDomain, customOriginConfig: { originProtocolPolicy: "https-only", originSslProtocols: ["TLSv1.2"] } },
      ],
      // The uploader sets Cache-Control per file (index.html no-cache, hashed assets immutable); the TTLs defer to it.
      defaultCacheBehavior: {
        targetOriginId: "site",
        viewerProtocolPolicy: "redirect-to-https",
        allowedMethods: ["GET", "HEAD"],
        cachedMethods: ["GET", "HEAD"],
        compress: true,
        forwardedValues: { queryString: false, cookies: { forward: "none" } },
      },
      cacheBehaviors: API_PATHS.map((pathPattern) => ({
        pathPattern,
        targetOriginId: "gateway",
        viewerProtocolPolicy: "redirect-to-https",
        allowedMethods: ALL_METHODS,
        cachedMethods: ["GET", "HEAD"],
        compress: true,
        // Nothing from the API is cached; the session cookie, query and needed headers go through.
        minTtl: 0,
        defaultTtl: 0,
        maxTtl: 0,
        forwardedValues: { queryString: true, cookies: { forward: "all" }, headers: [...API_FORWARDED_HEADERS] },
      })),
    },
  });

  return {
    bucket,
    distribution: Distribution.fromDistributionAttributes(stack, "WebDistributionRef", { distributionId: distribution.ref, domainName: distribution.attrDomainName }),
  };
}
