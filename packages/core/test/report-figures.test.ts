import { describe, expect, it } from "vitest";
import { ANY, bucketLabel, cellsOf, countOfCell, figureDeltas, figureId, addressOf, keyText, monthOf, monthsBetween, quantileBucket, scopeOf, waitBucket, type FigureContext, type FigureCount } from "@beian/core";
import { daysSinceDistribution, recentMonths } from "../src/reports/days-since.js";
import { publicationFigures } from "../src/reports/sources/content-figures.js";
import { annualReportFigures } from "../src/reports/sources/inspection-figures.js";
import { monitorEntryFigures } from "../src/reports/sources/update-figures.js";

const context: FigureContext = { unitOfReviewItem: async () => undefined };

const f = (key: string[], n: number, set = "accounts", period = "now"): FigureCount => ({ set, period, key, n });

describe("figure deltas: what the new item contributes minus what the old one did", () => {
  it("moves a count from one status to another and leaves unchanged figures out", () => {
    const before = [f(["u1", "wechat", "filed"], 1), f(["u1", "wechat", "opened"], 1, "accountEvents", "2026-11")];
    const after = [f(["u1", "wechat", "suspended"], 1), f(["u1", "wechat", "opened"], 1, "accountEvents", "2026-11")];
    expect(figureDeltas(before, after)).toEqual([f(["u1", "wechat", "suspended"], 1), f(["u1", "wechat", "filed"], -1)]);
    expect(figureDeltas(after, after)).toEqual([]);
    expect(figureDeltas([], after)).toEqual(after);
  });

  it("keeps key parts apart even when they contain the separator", () => {
    const a = f(["a|b", "c"], 1);
    const b = f(["a", "b|c"], 1);
    expect(figureId(a)).not.toBe(figureId(b));
    expect(addressOf(scopeOf(a.set, a.period), keyText(a.key))).toEqual({ set: "accounts", period: "now", key: ["a|b", "c"] });
  });
});

describe("waiting-time histograms", () => {
  it("puts a wait in the bucket of its upper bound and reads p50 / p90 from the buckets", () => {
    expect(waitBucket("2026-11-01T00:00:00Z", "2026-11-01T00:30:00Z")).toBe("1");
    expect(waitBucket("2026-11-01T00:00:00Z", "2026-11-01T08:00:00Z")).toBe("8");
    expect(waitBucket("2026-11-01T00:00:00Z", "2026-11-03T00:00:01Z")).toBe("72");
    expect(waitBucket("2026-11-01T00:00:00Z", "2026-11-20T00:00:00Z")).toBe("more");
    const h = new Map([["1", 5], ["24", 3], ["120", 2]]);
    expect(quantileBucket(h, 0.5)).toBe("1");
    expect(quantileBucket(h, 0.9)).toBe("120");
    expect(quantileBucket(new Map(), 0.5)).toBeUndefined();
    expect([bucketLabel("8"), bucketLabel("48"), bucketLabel("more"), bucketLabel(undefined)]).toEqual(["≤ 8 小时", "≤ 2 天", "超过 14 天", "—"]);
  });
});

describe("months in Asia/Shanghai", () => {
  it("takes the Beijing month of an instant and spans a range across a year end", () => {
    expect(monthOf("2026-11-30T16:30:00Z")).toBe("2026-12");
    expect(monthsBetween("2026-11", "2027-02")).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"]);
  });
});

describe("roll-up levels", () => {
  it("keeps a count per unit and platform, per unit, per platform and in all, and reads each back in the set's key shape", () => {
    const count = f(["u1", "wechat", "filed"], 1);
    const cells = cellsOf(count, { platform: true });
    expect(cells.map((c) => c.key)).toEqual([["UP", "u1", "wechat", "filed"], ["U", "u1", "filed"], ["P", "wechat", "filed"], ["A", "filed"]]);
    expect(cells.map((c) => countOfCell(c, { platform: true }).key)).toEqual([["u1", "wechat", "filed"], ["u1", ANY, "filed"], [ANY, "wechat", "filed"], [ANY, ANY, "filed"]]);
    const review = f(["u1", "filing", "submitted"], 1, "reviews", "2026-11");
    expect(cellsOf(review, { platform: false }).map((c) => countOfCell(c, { platform: false }).key)).toEqual([["u1", "filing", "submitted"], [ANY, "filing", "submitted"]]);
  });
});

describe("days since the last update, read at request time", () => {
  // 10 January 2027, 09:00 in Beijing.
  const now = new Date("2027-01-10T01:00:00Z");
  const day = (d: string, n = 1) => f([ANY, ANY, d], n, "lastUpdates", d.slice(0, 7));

  it("reads the months holding the last 60 Beijing days, across a year end", () => {
    expect(recentMonths(now)).toEqual(["2026-11", "2026-12", "2027-01"]);
    expect(recentMonths(new Date("2027-03-31T01:00:00Z"))).toEqual(["2027-01", "2027-02", "2027-03"]);
  });

  it("puts each last-update day in its bucket and leaves the watched accounts not read to the oldest", () => {
    const counts = [day("2027-01-10", 2), day("2027-01-04"), day("2027-01-01"), day("2026-12-31", 3), day("2026-12-27"), day("2026-11-12"), day("2026-11-11", 4)];
    // Days: 0 (×2), 6, 9, 10 (×3), 14, 59 and 60 (×4: past the window though read with its month), and 5 accounts not read at all.
    expect(daysSinceDistribution(counts, 18, now).map((b) => [b.label, b.accounts])).toEqual([
      ["0–6 天", 3],
      ["7–9 天", 1],
      ["10–13 天", 3],
      ["14–29 天", 1],
      ["30–59 天", 1],
      ["60 天及以上", 9],
    ]);
  });

  it("counts a post dated a few minutes ahead as today", () => {
    expect(daysSinceDistribution([day("2027-01-11")], 1, new Date("2027-01-10T15:58:00Z"))[0].accounts).toBe(1);
  });
});

describe("content's figure sources", () => {
  const publication = { publicationId: "p", accountId: "a1", unitId: "u1", platform: "weibo", title: "t", publishedAt: "2027-03-31T17:00:00Z", recordedBy: "x", recordedByName: "x", recordedAt: "2027-04-01T00:00:00Z" };

  it("counts a publication in its Beijing month as 原创, 转载 or 非系统发布, and in its account's year", async () => {
    const original = await publicationFigures.count({ ...publication, source: "system", contentType: "original" }, context);
    expect(original).toEqual([
      { set: "publications", period: "2027-04", key: ["u1", "weibo", "original"], n: 1 },
      { set: "accountYear", period: "2027", key: ["u1", "a1", "publications"], n: 1 },
      { set: "accountYear", period: "2027", key: ["u1", "a1", "originals"], n: 1 },
    ]);
    expect((await publicationFigures.count({ ...publication, source: "system", contentType: "repost" }, context)).map((c) => c.key.at(-1))).toEqual(["repost", "publications"]);
    expect((await publicationFigures.count({ ...publication, source: "manual" }, context)).map((c) => c.key.at(-1))).toEqual(["manual", "publications"]);
  });

  it("moves a watched account between states and last-update days as its entry changes", () => {
    const entry = { accountId: "a1", unitId: "u1", platform: "wechat", accountName: "n", filingNumber: "BA", lastPublishedAt: "2027-03-01T01:00:00Z", lastSource: "enrolled", state: "ok", dueOn: "2027-03-11", version: 1, updatedAt: "2027-03-01T01:00:00Z" } as const;
    const warned = { ...entry, state: "warned" as const, version: 2 };
    expect(figureDeltas(monitorEntryFigures.count(entry, context) as FigureCount[], monitorEntryFigures.count(warned, context) as FigureCount[])).toEqual([
      { set: "updateStatus", period: "now", key: ["u1", "wechat", "warned"], n: 1 },
      { set: "updateAlerts", period: "now", key: ["u1", "2027-03-01T01:00:00Z", "a1", "warned"], n: 1 },
      { set: "updateStatus", period: "now", key: ["u1", "wechat", "ok"], n: -1 },
    ]);
  });
});

describe("the inspection's figure source", () => {
  const fresh = { year: 2026, accountId: "a1", unitId: "u1", platform: "weibo", status: "pending", outcome: "open", round: 0 } as const;
  const count = (r: Parameters<typeof annualReportFigures.count>[0]) => annualReportFigures.count(r, context) as FigureCount[];
  const at = (...facts: string[]) => facts.map((fact) => ({ set: "inspection", period: "2026", key: ["u1", "weibo", fact], n: 1 }));
  const now = (fact: string) => ({ set: "inspectionNow", period: "now", key: ["u1", "weibo", fact], n: 1 });

  it("counts a report just opened in its campaign year, as to submit now and on the list", () => {
    expect(count(fresh)).toEqual([
      ...at("reports", "status:pending", "outcome:open"),
      now("toSubmit"),
      { set: "inspectionDue", period: "now", key: ["u1", "2026", "2", "-", "a1", "pending"], n: 1 },
    ]);
  });

  it("keeps a report decided in the next calendar year in its campaign year, and puts its result in the account's year", () => {
    // Approved 基本合格 in January 2027: the 2026 inspection, nothing open any more.
    const passed = { ...fresh, status: "approved", outcome: "inspected", round: 2, result: "basic", score: 70, submittedAt: "2027-01-05T02:00:00Z" } as const;
    expect(count(passed)).toEqual([
      ...at("reports", "status:approved", "outcome:inspected", "submitted", "result:basic"),
      { set: "accountYear", period: "2026", key: ["u1", "a1", "inspection:基本合格"], n: 1 },
    ]);
    // Submitting moves it off the list and out of 待提交; the change touches only what differs.
    expect(figureDeltas(count(fresh), count({ ...fresh, status: "in_review", round: 1 }))).toEqual([
      ...at("status:in_review", "submitted"),
      { ...at("status:pending")[0], n: -1 },
      { ...now("toSubmit"), n: -1 },
      { set: "inspectionDue", period: "now", key: ["u1", "2026", "2", "-", "a1", "pending"], n: -1 },
    ]);
  });

  it("lists a suspended account's rectification ahead of annual reports, by the end of its grace period, until it is in review", () => {
    const overdue = { ...fresh, outcome: "suspended", suspendReason: "overdue", graceUntil: "2026-12-31" } as const;
    expect(count(overdue)).toEqual([
      ...at("reports", "status:pending", "outcome:suspended", "overdue"),
      now("suspended"),
      now("toSubmit"),
      { set: "inspectionDue", period: "now", key: ["u1", "2026", "1", "2026-12-31", "a1", "pending"], n: 1 },
    ]);
    // Approved 不合格: suspended with its status approved, and still owes a rectification.
    const failed = { ...fresh, status: "approved", outcome: "suspended", round: 1, result: "failed", suspendReason: "failed", graceUntil: "2026-12-20" } as const;
    expect(count(failed).filter((c) => c.set !== "inspection")).toEqual([
      { set: "accountYear", period: "2026", key: ["u1", "a1", "inspection:不合格"], n: 1 },
      now("suspended"),
      now("toSubmit"),
      { set: "inspectionDue", period: "now", key: ["u1", "2026", "1", "2026-12-20", "a1", "approved"], n: 1 },
    ]);
    expect(count({ ...failed, status: "in_review", round: 2 }).filter((c) => c.set.startsWith("inspection") && c.set !== "inspection")).toEqual([now("suspended")]);
    // Cancelled after the grace period: counted as 注销 and 逾期未报, nothing open.
    expect(count({ ...overdue, outcome: "cancelled" })).toEqual(at("reports", "status:pending", "outcome:cancelled", "overdue"));
  });
});
