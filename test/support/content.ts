import { CONTENT_CHECKLISTS, type ContentDraft, type Decision, type Stage } from "@beian/core";
import { expect } from "vitest";
import { decisionForm, login, reviewLink } from "./flow.js";
import { HttpClient } from "./http-client.js";
import { importAccounts, importRow } from "./register.js";
import type { TestSystem } from "./test-system.js";

/** A draft's input for the given accounts. */
export function draftInput(accountIds: string[], overrides: Record<string, unknown> = {}) {
  return {
    title: `清河县教育局关于秋季开学的通知${Math.random().toString(36).slice(2, 7)}`,
    body: "各学校：\n按照县委、县政府工作部署，现将秋季开学有关事项通知如下。\n一、开学时间为9月1日。\n二、请各校做好安全检查。",
    type: "original",
    author: "王芳",
    accountIds,
    images: [],
    ...overrides,
  };
}

/** Filed accounts of the test unit (imported by the admin, as a registry office would). */
export async function filedAccounts(ts: TestSystem, count = 1, unitId = ts.directory.unitId): Promise<string[]> {
  const admin = await login(ts, ts.directory.admin.email);
  const created = await importAccounts(admin, Array.from({ length: count }, () => importRow(unitId)));
  return created.map((c) => c.accountId);
}

/** Opens a content review mail's link and posts the decision with the content checklist, as a reviewer would. */
export async function decideContent(ts: TestSystem, title: string, stage: Stage, decision: Decision, options: { comment?: string; nth?: number } = {}) {
  const path = await reviewLink(ts.mail, ts.directory.reviewers[stage].email, stage, title, options.nth ?? 1);
  const reviewer = new HttpClient(ts.system.app);
  const page = await reviewer.get(path);
  expect(page.status).toBe(200);
  const html = await page.text();
  const response = await reviewer.postForm(path, decisionForm(stage, decision, options.comment ?? "", CONTENT_CHECKLISTS));
  expect(response.status).toBe(200);
  return { path, html, reviewer };
}

export async function createDraft(operator: HttpClient, input: unknown): Promise<ContentDraft> {
  const response = await operator.post("/api/content/drafts", input);
  const body = (await response.json()) as { draft: ContentDraft };
  expect(response.status, JSON.stringify(body)).toBe(201);
  return body.draft;
}

export async function submitDraft(operator: HttpClient, draftId: string, body: unknown = {}) {
  return operator.post(`/api/content/drafts/${draftId}/submit`, body);
}

export async function draftOf(operator: HttpClient, draftId: string) {
  const response = await operator.get(`/api/content/drafts/${draftId}`);
  expect(response.status).toBe(200);
  return (await response.json()) as { draft: ContentDraft; version: { title: string; body: string }; hits: { entryId: string; field: "title" | "body"; start: number; severity: string; text: string }[]; publications: unknown[]; tasks: unknown[]; history: { action: string }[] };
}
