import { expect } from "vitest";
import { FILING_CHECKLISTS, type Checklists, type Decision, type Stage } from "@beian/core";
import { HttpClient } from "./http-client.js";
import { linkIn, type MailReader } from "./runtime-imports.js";
import { TEST_BASE_URL, type TestSystem } from "./test-system.js";

const STAGE_SUBJECT: Record<Stage, string> = { first: "待初审", second: "待复审", final: "待终审" };

/** Logs in through the emailed magic link, as a person would. */
export async function login(ts: TestSystem, email: string): Promise<HttpClient> {
  const client = new HttpClient(ts.system.app);
  const before = (await ts.mail.to(email)).filter((m) => m.subject.includes("登录链接")).length;
  expect((await client.post("/api/auth/login-link", { email })).status).toBe(202);
  const [mail] = (await ts.mail.waitFor(email, "登录链接", before + 1)).slice(-1);
  const link = linkIn(mail, `${TEST_BASE_URL}/auth/verify?token=`);
  expect((await client.get(link)).status).toBe(200);
  const token = new URL(link).searchParams.get("token")!;
  const confirmed = await client.postForm("/auth/verify", [["token", token]]);
  expect(confirmed.status).toBe(303);
  expect(client.hasSession()).toBe(true);
  return client;
}

/** Waits for the n-th review mail of a stage about an account and returns the link path it carries. */
export async function reviewLink(mail: MailReader, reviewerEmail: string, stage: Stage, accountName: string, nth = 1): Promise<string> {
  const mails = await mail.waitFor(reviewerEmail, `${STAGE_SUBJECT[stage]}：${accountName}（`, nth);
  return new URL(linkIn(mails[nth - 1], `${TEST_BASE_URL}/review/`)).pathname;
}

/** The confirm page's form as a reviewer fills it in (a rejection comes already confirmed). */
export function decisionForm(stage: Stage, decision: Decision, comment = "", checklists: Checklists = FILING_CHECKLISTS): [string, string][] {
  const checks: [string, string][] = decision === "approve" ? checklists[stage].map((i) => ["checklist", i.id]) : [];
  const confirmed: [string, string][] = decision === "reject" ? [["confirm", "reject"]] : [];
  return [["decision", decision], ["comment", comment], ...checks, ...confirmed];
}

export interface DecideOptions {
  comment?: string;
  /** Which review mail of this stage and account (a resubmission sends another). */
  nth?: number;
  reviewerEmail?: string;
  /** The item kind's checklists (account filings' by default). */
  checklists?: Checklists;
}

/** Opens the emailed link (GET confirm page) and posts the decision from it, as a reviewer would. */
export async function decide(ts: TestSystem, accountName: string, stage: Stage, decision: Decision, options: DecideOptions = {}) {
  const { comment = "", nth = 1 } = options;
  const email = options.reviewerEmail ?? ts.directory.reviewers[stage].email;
  const path = await reviewLink(ts.mail, email, stage, accountName, nth);
  const reviewer = new HttpClient(ts.system.app);
  const page = await reviewer.get(path);
  expect(page.status).toBe(200);
  const response = await reviewer.postForm(path, decisionForm(stage, decision, comment, options.checklists));
  expect(response.status).toBe(200);
  return { path, reviewer };
}
