import { DEFAULT_INSPECTION_SCHEDULE, type AppConfig, type InspectionSchedule } from "@beian/core";
import { secretsManagerString } from "./secret-string.js";

/** What a Lambda reads from its environment (set by the stacks). */
export interface LambdaEnvConfig {
  tableName: string;
  /** Only the API starts executions; task Lambdas answer tokens and need no ARN. */
  reviewStateMachineArn?: string;
  /** The API and the outbox sweep start the inspection's opening. */
  inspectionStateMachineArn?: string;
  /** The inspection's dates, when the deployment changes the defaults (1 Nov, 30 Nov, 30 days). */
  inspectionSchedule: InspectionSchedule;
  mailFrom: string;
  /**
   * Proxies in front of API Gateway that append the address they saw to X-Forwarded-For (our own
   * CloudFront distribution: 1). Rate limits key on the entry the outermost of them appended.
   */
  trustedProxyHops: number;
  app: AppConfig;
}

export const ENV = {
  tableName: "TABLE_NAME",
  reviewStateMachineArn: "REVIEW_STATE_MACHINE_ARN",
  inspectionStateMachineArn: "INSPECTION_STATE_MACHINE_ARN",
  inspectionOpensOn: "INSPECTION_OPENS_ON",
  inspectionDeadlineOn: "INSPECTION_DEADLINE_ON",
  inspectionGraceDays: "INSPECTION_GRACE_DAYS",
  mailFrom: "MAIL_FROM",
  baseUrl: "BASE_URL",
  approvalLinkTtlHours: "APPROVAL_LINK_TTL_HOURS",
  loginLinkTtlMinutes: "LOGIN_LINK_TTL_MINUTES",
  sessionTtlHours: "SESSION_TTL_HOURS",
  linkSecretArn: "LINK_SECRET_ARN",
  trustedProxyHops: "TRUSTED_PROXY_HOPS",
} as const;

export const DEFAULT_TTLS = { approvalLinkTtlHours: 72, loginLinkTtlMinutes: 15, sessionTtlHours: 12 } as const;

type Env = Record<string, string | undefined>;

function required(env: Env, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

function positiveNumber(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`Environment variable ${name} must be a positive number, got "${raw}"`);
  return value;
}

function wholeNumber(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw)) throw new Error(`Environment variable ${name} must be a whole number, got "${raw}"`);
  return Number(raw);
}

/** "MM-DD" of a real day in any year (29 February is refused: it would skip three years in four). */
function monthDay(env: Env, name: string, fallback: string): string {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const match = /^(\d{2})-(\d{2})$/.exec(raw);
  const valid = match && Number(match[1]) >= 1 && Number(match[1]) <= 12 && Number(match[2]) >= 1 && Number(match[2]) <= new Date(Date.UTC(2025, Number(match[1]), 0)).getUTCDate();
  if (!valid) throw new Error(`Environment variable ${name} must be a day as MM-DD (e.g. 11-01), got "${raw}"`);
  return raw;
}

/** The inspection's dates from the environment (the stacks pass the deploy settings on), else the regulations' defaults. */
export function readInspectionSchedule(env: Env = process.env): InspectionSchedule {
  return {
    ...DEFAULT_INSPECTION_SCHEDULE,
    openOn: monthDay(env, ENV.inspectionOpensOn, DEFAULT_INSPECTION_SCHEDULE.openOn),
    deadlineOn: monthDay(env, ENV.inspectionDeadlineOn, DEFAULT_INSPECTION_SCHEDULE.deadlineOn),
    graceDays: positiveNumber(env, ENV.inspectionGraceDays, DEFAULT_INSPECTION_SCHEDULE.graceDays),
  };
}

/** Reads and checks the Lambda environment; throws naming the first missing or bad variable. */
export function readEnvConfig(env: Env = process.env): LambdaEnvConfig {
  const baseUrl = required(env, ENV.baseUrl).replace(/\/+$/, "");
  if (!/^https?:\/\/[^/]+/.test(baseUrl)) throw new Error(`Environment variable ${ENV.baseUrl} must be an http(s) URL, got "${baseUrl}"`);
  return {
    tableName: required(env, ENV.tableName),
    reviewStateMachineArn: env[ENV.reviewStateMachineArn]?.trim() || undefined,
    inspectionStateMachineArn: env[ENV.inspectionStateMachineArn]?.trim() || undefined,
    inspectionSchedule: readInspectionSchedule(env),
    mailFrom: required(env, ENV.mailFrom),
    trustedProxyHops: wholeNumber(env, ENV.trustedProxyHops, 1),
    app: {
      baseUrl,
      approvalLinkTtlHours: positiveNumber(env, ENV.approvalLinkTtlHours, DEFAULT_TTLS.approvalLinkTtlHours),
      loginLinkTtlMinutes: positiveNumber(env, ENV.loginLinkTtlMinutes, DEFAULT_TTLS.loginLinkTtlMinutes),
      sessionTtlHours: positiveNumber(env, ENV.sessionTtlHours, DEFAULT_TTLS.sessionTtlHours),
      linkSecret: secretsManagerString(required(env, ENV.linkSecretArn)),
    },
  };
}
