import { h } from "./dom.js";
import type { Decision, FilingStatus, Meta, Option, Stage } from "./types.js";

/** Labels used until /api/meta answers (and if it never does); the server's lists replace them. */
const labels: Record<keyof Meta, Record<string, string>> = {
  platforms: {
    wechat: "微信公众号",
    weibo: "微博",
    douyin: "抖音",
    kuaishou: "快手",
    toutiao: "今日头条",
    channels: "视频号",
    xiaohongshu: "小红书",
    bilibili: "哔哩哔哩",
    baijiahao: "百家号",
    app: "移动客户端",
    other: "其他",
  },
  operationModes: { self: "自主运营", outsourced: "委托运营" },
  verificationStatuses: { verified: "已认证", in_progress: "认证中", unverified: "未认证" },
  stages: { first: "初审", second: "复审", final: "终审" },
  filingStatuses: { in_review: "审核中", returned: "已退回修改", rejected: "未通过", filed: "已备案" },
};

export const STAGE_ORDER: Stage[] = ["first", "second", "final"];

export const DECISION_LABELS: Record<Decision, string> = { approve: "通过", reject: "不予通过", return: "退回修改" };

export function useMeta(meta: Meta): void {
  for (const key of Object.keys(labels) as (keyof Meta)[]) {
    if (Array.isArray(meta[key]) && meta[key].length) labels[key] = Object.fromEntries(meta[key].map((o) => [o.id, o.label]));
  }
}

export function options(kind: keyof Meta): Option[] {
  return Object.entries(labels[kind]).map(([id, label]) => ({ id, label }));
}

export function label(kind: keyof Meta, id: string | undefined): string {
  if (!id) return "";
  return labels[kind][id] ?? id;
}

export const platformLabel = (id: string) => label("platforms", id);
export const stageLabel = (id: Stage | undefined) => label("stages", id);
export const statusLabel = (id: FilingStatus) => label("filingStatuses", id);

const dateTime = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** Every time on the page is Beijing time, whatever the browser's zone. */
export function formatTime(iso: string | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

export function statusBadge(status: FilingStatus, testId = "filing-status"): HTMLSpanElement {
  return h("span", { class: `badge badge-${status}`, "data-testid": testId, "data-status": status }, statusLabel(status));
}
