import { awsServices, readEnvConfig } from "@beian/aws-adapters";
import { handle } from "hono/aws-lambda";
// Not the `@beian/http` barrel: it also exports the full app, whose module graph reaches exceljs.
import { createApiApp } from "../packages/http/src/app.js";
import { clientAddress, lambdaPeer } from "../packages/http/src/client-address.js";

/**
 * The Hono app behind API Gateway (HTTP API, payload v2), reached through CloudFront over HTTPS:
 * every route but the register's export and import, which functions/register-files.ts serves.
 * Rate limits key on the client address CloudFront appended (TRUSTED_PROXY_HOPS), never on what
 * the client itself put in X-Forwarded-For.
 */
export const handler = handle(createApiApp(awsServices(), { secureCookies: true, clientAddress: clientAddress(lambdaPeer, readEnvConfig().trustedProxyHops) }));
