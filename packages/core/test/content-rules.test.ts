import { describe, expect, it } from "vitest";
import { contentHash, type ContentVersion } from "@beian/core";
import { textDiff } from "../src/content/text-diff.js";
import { afterPublication, dueStep, type MonitorEntry } from "../src/content/monitor/monitor-entry.js";

const version: ContentVersion = { title: "通知", body: "正文", type: "original", author: "王芳", accountIds: ["b", "a"], images: [] };

describe("the content hash an approval binds to", () => {
  it("changes with the text and the accounts, not with their order or the planned time", () => {
    expect(contentHash({ ...version, accountIds: ["a", "b"], plannedAt: "2027-01-01T00:00:00Z" })).toBe(contentHash(version));
    expect(contentHash({ ...version, body: "正文。" })).not.toBe(contentHash(version));
    expect(contentHash({ ...version, accountIds: ["a"] })).not.toBe(contentHash(version));
  });
});

describe("the reviewers' diff", () => {
  it("marks inserted and deleted characters of Chinese text", () => {
    const { segments, changed } = textDiff("开学时间为9月1日。", "开学时间为8月31日。");
    expect(changed).toBe(true);
    expect(segments.filter((s) => s.mark === "del").map((s) => s.text).join("")).toBe("9");
    expect(segments.filter((s) => s.mark === "ins").map((s) => s.text).join("")).toBe("83");
  });

  it("shortens long unchanged runs around a change", () => {
    const long = "甲".repeat(500);
    const { segments } = textDiff(`${long}乙`, `${long}丙`);
    expect(segments[0].text).toContain("略去 440 字");
  });
});

describe("update thresholds", () => {
  const entry: MonitorEntry = { accountId: "a", unitId: "u", platform: "wechat", accountName: "x", filingNumber: "n", lastPublishedAt: "2027-03-01T01:00:00Z", lastSource: "system", state: "ok", dueOn: "2027-03-11", version: 1, updatedAt: "" };
  const t = { warnDays: 10, violationDays: 14 };
  it("warns on the 10th Beijing day and records a violation on the 14th", () => {
    expect(dueStep(entry, t, new Date("2027-03-10T15:59:00Z"))).toBeUndefined();
    expect(dueStep(entry, t, new Date("2027-03-10T16:00:00Z"))).toBe("warn");
    expect(dueStep({ ...entry, state: "warned" }, t, new Date("2027-03-15T01:00:00Z"))).toBe("violation");
    expect(dueStep({ ...entry, state: "violated" }, t, new Date("2027-04-15T01:00:00Z"))).toBeUndefined();
  });
  it("restarts the count on a newer publication and ignores an older one", () => {
    expect(afterPublication({ ...entry, state: "violated" }, "2027-03-20T02:00:00Z", "manual", "x", t, "now")).toMatchObject({ state: "ok", dueOn: "2027-03-30", lastSource: "manual" });
    expect(afterPublication(entry, "2027-02-01T00:00:00Z", "system", "x", t, "now")).toMatchObject({ lastPublishedAt: entry.lastPublishedAt, version: 2 });
  });
});
