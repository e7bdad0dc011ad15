import { Fn } from "aws-cdk-lib";
import { AllowedMethods, CachePolicy, OriginProtocolPolicy, OriginRequestPolicy, ViewerProtocolPolicy, type BehaviorOptions } from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { Api, StaticSite, type StackContext } from "sst/constructs";
import { chinaSite } from "./china-site.js";
import { deploySettings } from "./deploy-settings.js";
import { API_PATHS } from "./site-paths.js";

export { API_PATHS } from "./site-paths.js";

/**
 * The public entry: one CloudFront origin serving the page (StaticSite) and forwarding the API
 * paths to the HTTP API gateway. One origin keeps the session cookie first-party (SameSite=Lax)
 * and lets emailed links, the page and the API share BASE_URL. The gateway is created here, before
 * the Lambdas, so their BASE_URL can be the site URL without a cross-stack cycle; ApiStack attaches
 * the handler to it. In the China regions the distribution is our own (china-site.ts).
 */
export function WebStack({ stack, app }: StackContext) {
  const settings = deploySettings(process.env, app.region);
  const api = new Api(stack, "Api", { cors: false });
  const gatewayDomain = Fn.select(2, Fn.split("/", api.url));

  const site = new StaticSite(stack, "Web", {
    path: "web",
    buildCommand: "npm run build:web",
    buildOutput: "dist",
    // The page calls same-origin paths; keep SST's generated env types out of web/src.
    vite: { types: "../.sst/types/web-env.d.ts" },
    cdk: settings.china ? chinaSite(stack, gatewayDomain, settings.china) : { distribution: globalDistribution(gatewayDomain) },
  });

  // Under `sst dev` the site is not deployed and has no URL; links then point at the gateway.
  const baseUrl = settings.baseUrl ?? site.url ?? api.url;
  stack.addOutputs({ SiteUrl: site.url ?? "", BaseUrl: baseUrl, GatewayUrl: api.url });
  return { api, site, baseUrl };
}

/** SST's distribution, with the API paths forwarded to the gateway uncached with every viewer header but Host. */
function globalDistribution(gatewayDomain: string) {
  const toApi: BehaviorOptions = {
    origin: new HttpOrigin(gatewayDomain, { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY }),
    viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
    allowedMethods: AllowedMethods.ALLOW_ALL,
    cachePolicy: CachePolicy.CACHING_DISABLED,
    originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
  };
  return {
    additionalBehaviors: Object.fromEntries(API_PATHS.map((path) => [path, toApi])),
    // SST maps 403/404 to index.html distribution-wide, which would mask the API's own errors.
    errorResponses: [],
  };
}
