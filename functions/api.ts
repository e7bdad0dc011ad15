import { awsServices } from "@beian/aws-adapters";
import { createApp } from "@beian/http";
import { handle } from "hono/aws-lambda";

/** The Hono app behind API Gateway (HTTP API, payload v2), reached through CloudFront over HTTPS. */
export const handler = handle(createApp(awsServices(), { secureCookies: true }));
