import type { Filing, FilingInput } from "@beian/core";
import { expect } from "vitest";
import { filingInput } from "../../../test/support/fixtures.js";
import { decide } from "../../../test/support/flow.js";
import type { HttpClient } from "../../../test/support/http-client.js";
import type { TestSystem } from "../../../test/support/test-system.js";

/** A filing submitted through the API as the operator would; returns it as stored. */
export async function submitFiling(operatorApi: HttpClient, overrides: Partial<FilingInput>): Promise<{ filing: Filing; body: FilingInput }> {
  const body = filingInput(overrides);
  const response = await operatorApi.post("/api/filings", body);
  expect(response.status).toBe(201);
  return { filing: ((await response.json()) as { filing: Filing }).filing, body };
}

/** A register account, opened through the real three-stage review; returns its (filed) open filing. */
export async function filedAccount(ts: TestSystem, operatorApi: HttpClient, overrides: Partial<FilingInput>): Promise<Filing> {
  const { filing, body } = await submitFiling(operatorApi, overrides);
  for (const stage of ["first", "second", "final"] as const) await decide(ts, body.accountName, stage, "approve");
  // A plain wait rather than expect.poll, so set-up hooks can use it too.
  for (let tries = 0; tries < 100; tries++) {
    const stored = await ts.system.stores.filings.getFiling(filing.filingId);
    if (stored?.status === "filed") return stored;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`filing ${filing.filingId} was not filed in time`);
}
