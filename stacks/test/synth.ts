import { Template } from "aws-cdk-lib/assertions";
import { App, getStack } from "sst/constructs";
import { initProject } from "sst/project.js";
import config from "../../sst.config.js";
import { ApiStack } from "../api-stack.js";
import { ContentStack } from "../content-stack.js";
import { ReportsStack } from "../reports-stack.js";
import { InspectionStack } from "../inspection-stack.js";
import { ReviewStack } from "../review-stack.js";
import { StorageStack } from "../storage-stack.js";
import { WebStack } from "../web-stack.js";

export const TEST_MAIL_FROM = "政务新媒体备案管理系统 <noreply@beian.example.gov.cn>";
export const TEST_ACCOUNT = "123456789012";
export const TEST_REGION = "ap-southeast-1";

const STACKS = { StorageStack, WebStack, ReviewStack, ApiStack, ContentStack, InspectionStack, ReportsStack } as const;
export type StackName = keyof typeof STACKS;

export interface SynthOptions {
  region?: string;
  /** Deploy settings for this synthesis only (as `sst deploy` would read them); restored afterwards. */
  env?: Record<string, string | undefined>;
}

/**
 * Synthesizes the real app (sst.config.ts) offline, the way `sst deploy` would before building
 * function code: no AWS calls, templates only. Output stays under .sst/.
 */
export async function synthesize(stage = "test", options: SynthOptions = {}): Promise<Record<StackName, Template>> {
  const region = options.region ?? TEST_REGION;
  process.env.SST_TELEMETRY_DISABLED = "1";
  process.env.MAIL_FROM ??= TEST_MAIL_FROM;
  const saved = Object.fromEntries(Object.keys(options.env ?? {}).map((name) => [name, process.env[name]]));
  setEnv(options.env ?? {});
  try {
    await initProject({ stage });
    const app = new App({ mode: "deploy", stage, name: "beian", region, account: TEST_ACCOUNT }, { outdir: `.sst/cdk.out-${stage}-${region}` });
    await config.stacks(app);
    const templates = {} as Record<StackName, Template>;
    for (const [name, stack] of Object.entries(STACKS)) templates[name as StackName] = Template.fromStack(getStack(stack));
    return templates;
  } finally {
    setEnv(saved);
  }
}

function setEnv(values: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}
