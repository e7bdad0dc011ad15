/** @jsxImportSource hono/jsx/dom */
import type { ChainVerdict } from "@beian/core";
import { useState } from "hono/jsx/dom";
import { errorMessage } from "../ui/api-client.js";
import { filingApi } from "./api.js";

type Check = { state: "idle" } | { state: "checking" } | { state: "done"; verdict: ChainVerdict } | { state: "failed"; message: string };

/** 校验审计链: the server recomputes the hash chain; the page only reports the verdict. */
export function AuditVerifier({ filingId }: { filingId: string }) {
  const [check, setCheck] = useState<Check>({ state: "idle" });
  const run = async () => {
    setCheck({ state: "checking" });
    try {
      setCheck({ state: "done", verdict: await filingApi.verifyAudit(filingId) });
    } catch (error) {
      setCheck({ state: "failed", message: errorMessage(error, "校验失败，请稍后重试") });
    }
  };
  const verdict = check.state === "done" ? check.verdict : undefined;
  const tone = verdict ? (verdict.ok ? " ok" : " err") : check.state === "failed" ? " err" : "";
  const text =
    check.state === "checking"
      ? "正在校验…"
      : check.state === "failed"
        ? check.message
        : !verdict
          ? ""
          : verdict.ok
            ? `完整：共 ${verdict.count} 条记录，哈希链校验通过`
            : `被篡改：第 ${verdict.brokenAt} 条记录起校验失败（共 ${verdict.count} 条）`;
  return (
    <div class="verify">
      <button type="button" class="btn btn-secondary btn-small" data-testid="verify-audit" disabled={check.state === "checking"} onClick={run}>
        校验审计链
      </button>
      <span class={`verify-result${tone}`} role="status" data-testid="audit-result" data-ok={verdict ? String(verdict.ok) : undefined}>
        {text}
      </span>
    </div>
  );
}
