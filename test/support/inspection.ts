import { ANNUAL_REPORT_CHECKLISTS, type Decision, type Stage } from "@beian/core";
import { expect } from "vitest";
import { decisionForm, reviewLink } from "./flow.js";
import { HttpClient } from "./http-client.js";
import type { TestSystem } from "./test-system.js";

/** A complete, valid annual report as a unit would submit it. */
export function reportAnswers(overrides: Record<string, unknown> = {}) {
  return {
    interaction: { messagesReceived: 120, messagesAnswered: 118, averageReplyDays: 1.5, functionsWorking: true },
    security: { incidents: 0 },
    rectification: "上年度检查指出的更新不及时问题已整改：建立每周发布计划，指定专人负责。",
    selfAssessment: { grade: "qualified", text: "全年按计划更新，留言均在 3 个工作日内答复，无安全事件。" },
    leader: { name: "李明", title: "副局长", confirmed: true, confirmedOn: "2026-11-10" },
    ...overrides,
  };
}

export interface Score {
  vetoes?: string[];
  deductions?: Record<string, number>;
}

/** The confirm page's form for an annual report: the decision, the checklist and, on approval, the score sheet. */
export function reportDecisionForm(stage: Stage, decision: Decision, comment = "", score: Score = {}): [string, string][] {
  const fields = decisionForm(stage, decision, comment, ANNUAL_REPORT_CHECKLISTS);
  if (decision !== "approve") return fields;
  return [...fields, ...(score.vetoes ?? []).map((id): [string, string] => ["a:veto", id]), ...Object.entries(score.deductions ?? {}).map(([id, n]): [string, string] => [`a:deduct.${id}`, String(n)])];
}

/** Opens an annual report's review mail and posts the decision, as a reviewer would. */
export async function decideReport(ts: TestSystem, accountName: string, stage: Stage, decision: Decision, options: { comment?: string; nth?: number; score?: Score } = {}) {
  const path = await reviewLink(ts.mail, ts.directory.reviewers[stage].email, stage, accountName, options.nth ?? 1);
  const reviewer = new HttpClient(ts.system.app);
  const page = await reviewer.get(path);
  expect(page.status).toBe(200);
  const html = await page.text();
  const response = await reviewer.postForm(path, reportDecisionForm(stage, decision, options.comment ?? "", options.score));
  expect(response.status, await response.clone().text()).toBe(200);
  return { path, html, reviewer };
}

/** 发起年度检查 through the API and waits for the opening execution to finish. */
export async function openCampaign(ts: TestSystem, admin: HttpClient, year: number, deadline: string) {
  const response = await admin.post("/api/inspection/campaigns", { year, deadline });
  const body = (await response.json()) as { campaign: { executionName: string } };
  expect(response.status, JSON.stringify(body)).toBe(201);
  const outcome = await ts.system.inspectionEngine.waitForExecution(body.campaign.executionName);
  expect(outcome.status, JSON.stringify(outcome)).toBe("SUCCEEDED");
  return body.campaign;
}
