import type { ReportTable } from "@beian/core";
import { expect } from "vitest";
import type { HttpClient } from "./http-client.js";

/** A report route's JSON body, after asserting its status (the body is shown when it differs). */
export async function json<T>(client: HttpClient, path: string, status = 200): Promise<T> {
  const response = await client.get(path);
  const body = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(status);
  return body as T;
}

/** One table (or chart) of a report page by its id. */
export const table = (page: { tables?: ReportTable[]; charts?: ReportTable[] }, id: string) => [...(page.tables ?? []), ...(page.charts ?? [])].find((t) => t.id === id)!;
