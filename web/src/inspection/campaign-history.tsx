/** @jsxImportSource hono/jsx/dom */
import type { AuditRecord } from "@beian/core";
import { LoadError, Loading } from "../ui/notice.js";
import { formatTime } from "../ui/time.js";
import { useLoad } from "../ui/use-load.js";
import { inspectionApi } from "./api.js";

/** One campaign record in words. */
function describe(record: AuditRecord): string {
  const d = record.details as Record<string, unknown>;
  switch (record.action) {
    case "campaign_started":
      return `发起 ${d.year} 年度检查，截止日期 ${d.deadline}${d.trigger === "schedule" ? "（按计划自动发起）" : ""}`;
    case "campaign_opened":
      return `开启完成：${d.reportCount} 个账号，${d.unitCount} 个单位已通知`;
    case "opening_failed":
      return `开启中断：${d.error}`;
    case "campaign_resumed":
      return "继续开启";
    case "deadline_extended":
      return `单位截止日期由 ${d.from} 延至 ${d.to}：${d.reason}`;
    default:
      return record.action;
  }
}

/** The campaign's own audit chain: started, opened, failures, deadline extensions. */
export function CampaignHistory(props: { year: number; version: number }) {
  const records = useLoad(() => inspectionApi.history(props.year), [props.year, props.version]);
  return (
    <section class="card">
      <h2>操作记录</h2>
      {records.state === "loading" ? <Loading /> : null}
      {records.state === "error" ? <LoadError error={records.error} /> : null}
      {records.state === "ok" ? (
        <ol class="timeline" data-testid="campaign-history">
          {[...records.data].reverse().map((r) => (
            <li>
              <time>{formatTime(r.at)}</time> {r.actorName}：{describe(r)}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
