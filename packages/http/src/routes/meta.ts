import { FILING_STATUS_LABELS, OPERATION_MODE_LABELS, PLATFORMS, STAGE_LABELS, VERIFICATION_LABELS } from "@beian/core";
import { Hono } from "hono";

const options = (labels: Record<string, string | { label: string }>) =>
  Object.entries(labels).map(([id, v]) => ({ id, label: typeof v === "string" ? v : v.label }));

/** Choice lists for the page's forms, so labels live in one place (the core). Public: no data. */
export function metaApi() {
  const body = {
    platforms: options(PLATFORMS),
    operationModes: options(OPERATION_MODE_LABELS),
    verificationStatuses: options(VERIFICATION_LABELS),
    stages: options(STAGE_LABELS),
    filingStatuses: options(FILING_STATUS_LABELS),
  };
  return new Hono().get("/", (c) => c.json(body));
}
