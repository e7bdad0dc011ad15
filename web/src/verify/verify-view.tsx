/** @jsxImportSource hono/jsx/dom */
import type { PublicAccount } from "@beian/core";
import { useState } from "hono/jsx/dom";
import type { PublicViewProps } from "../shell/route.js";
import { errorMessage } from "../ui/api-client.js";
import { Loading, Notice } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { FilingNumber } from "../ui/filing-number.js";
import { SummaryItem } from "../ui/summary.js";
import { formatTime } from "../ui/time.js";
import { useLoad } from "../ui/use-load.js";
import { verifyApi } from "./api.js";

type Answer = { state: "idle" } | { state: "checking" } | { state: "found"; matches: PublicAccount[] } | { state: "none" } | { state: "failed"; message: string };

/** #/verify (no log-in): 账号核验 — is this an officially filed account? — and the 注销公告. */
export function VerifyView({ person }: PublicViewProps) {
  const [q, setQ] = useState("");
  const [answer, setAnswer] = useState<Answer>({ state: "idle" });
  const cancelled = useLoad(() => verifyApi.cancelled());
  const submit = async (event: Event) => {
    event.preventDefault();
    setAnswer({ state: "checking" });
    try {
      const result = await verifyApi.verify(q);
      setAnswer(result.found ? { state: "found", matches: result.matches } : { state: "none" });
    } catch (error) {
      setAnswer({ state: "failed", message: errorMessage(error, "核验失败，请稍后重试") });
    }
  };
  return (
    <>
      <div class="page-head">
        <PageTitle>政务新媒体账号核验</PageTitle>
        <a href="#/">{person ? "返回首页" : "工作人员登录"}</a>
      </div>
      <section class="card">
        <p>输入账号的网址、平台账号、账号名称或备案编号，核验其是否为已备案的政务新媒体账号。</p>
        <form class="register-filters" role="search" aria-label="账号核验" onSubmit={submit}>
          <div class="field">
            <label for="verify-q">核验内容</label>
            <input
              id="verify-q"
              type="text"
              maxLength={200}
              placeholder="账号网址、平台账号、账号名称或备案编号"
              data-testid="verify-q"
              value={q}
              onInput={(e: Event) => setQ((e.target as HTMLInputElement).value)}
            />
          </div>
          <div class="register-actions">
            <button type="submit" class="btn btn-primary" data-testid="verify-submit">
              核验
            </button>
          </div>
        </form>
        <div class="verify-result-card" role="status" aria-live="polite">
          {answer.state === "checking" ? <Loading text="正在核验…" /> : null}
          {answer.state === "found" ? answer.matches.map((a) => <MatchCard account={a} />) : null}
          {answer.state === "none" ? (
            <p class="verify-verdict unknown" data-testid="verify-verdict">
              未查询到该账号的备案信息，请谨慎辨别。
            </p>
          ) : null}
          {answer.state === "failed" ? <Notice tone="err">{answer.message}</Notice> : null}
        </div>
      </section>
      <section class="card">
        <h2>注销公告</h2>
        {cancelled.state === "loading" ? <Loading /> : null}
        {cancelled.state === "error" ? <Notice tone="err">注销公告加载失败，请稍后重试</Notice> : null}
        {cancelled.state === "ok" ? cancelled.data.items.length ? <CancelledTable items={cancelled.data.items} /> : <p class="hint">暂无注销账号。</p> : null}
      </section>
    </>
  );
}

function MatchCard({ account: a }: { account: PublicAccount }) {
  const tone = a.status === "filed" ? "ok" : "gone";
  const verdict =
    a.status === "filed" ? `已备案的政务新媒体账号（${a.statusLabel}）` : a.status === "cancelled" ? `该账号已注销（${formatTime(a.cancelledAt)}）` : `该账号已停用（${a.statusLabel}）`;
  return (
    <div class="card" data-testid="verify-match">
      <p class={`verify-verdict ${tone}`} data-testid="verify-verdict">
        {verdict}
      </p>
      <dl class="summary">
        <SummaryItem term="账号名称">{a.accountName}</SummaryItem>
        <SummaryItem term="平台">{a.platformLabel}</SummaryItem>
        <SummaryItem term="平台账号或网址">{a.platformAccountId}</SummaryItem>
        <SummaryItem term="主办单位">{a.unitName}</SummaryItem>
        <SummaryItem term="备案编号">
          <FilingNumber value={a.filingNumber} />
        </SummaryItem>
        <SummaryItem term="状态">{a.statusLabel}</SummaryItem>
      </dl>
    </div>
  );
}

const CancelledTable = ({ items }: { items: PublicAccount[] }) => (
  <div class="table-wrap">
    <table class="data-table" data-testid="cancelled-list">
      <caption class="visually-hidden">注销公告</caption>
      <thead>
        <tr>
          {["账号名称", "平台", "主办单位", "备案编号", "注销时间", "注销原因"].map((t) => (
            <th scope="col">{t}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((a) => (
          <tr>
            <td data-label="账号名称">{a.accountName}</td>
            <td data-label="平台">{a.platformLabel}</td>
            <td data-label="主办单位">{a.unitName}</td>
            <td data-label="备案编号">
              <FilingNumber value={a.filingNumber} />
            </td>
            <td data-label="注销时间">{formatTime(a.cancelledAt)}</td>
            <td data-label="注销原因">{a.cancelReason ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
